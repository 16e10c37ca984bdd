/**
 * The Advanced Slides service (Slides API v1) as "Send to Slides" uses it under `drive.file`:
 * presentations.create, presentations.batchUpdate and presentations.get. Every call is validated
 * against slides.v1.json first (unknown fields, types, enums), then each request of a batch must
 * name exactly one kind and pass the semantic rules of slides-apply.ts. A failure throws like Apps
 * Script ("GoogleJsonResponseException: API call to slides.presentations.batchUpdate failed with
 * error: Invalid requests[3].insertText: …") and applies nothing. The result is an ordinary
 * emulated presentation in the emulated Drive, so SlidesApp and the inspector see it.
 */
import type { EmulatorContext } from '../context';
import { type FieldType, loadApi, validateCall } from '../discovery';
import { expose, ServiceObject } from '../expose';
import { grownRowHeight } from '../slides/inspect';
import { type ElementModel, PresentationModel, type TextModel } from '../slides/model';
import {
  apiError,
  applyFieldMask,
  BatchFaults,
  checkPayloadSize,
  markCreated,
  parseFieldMask,
  RequestRejected,
  reachable,
  requestKind,
  rgbOf,
} from './common';
import { copySlides, SlidesBatch, type SlidesReply } from './slides-apply';

type Json = Record<string, unknown>;
const EMU = 12_700;

function emu(points: number) {
  return { magnitude: Math.round(points * EMU), unit: 'EMU' };
}

/**
 * A text as the API lists it: per paragraph, its marker then one run of its characters, the
 * paragraph end included ("A TextElement kind that represents the beginning of a new paragraph";
 * indices "in Unicode code units", https://developers.google.com/workspace/slides/api/reference/rest/v1/text#textelement).
 * Zero values are left out, as the proto3 JSON mapping does (a first `startIndex`).
 * The model keeps one run per text and no auto text (README.md).
 */
function textView(t: TextModel): Json {
  if (t.text === '') return {};
  const style: Json = {
    fontSize: { magnitude: t.style.fontSize, unit: 'PT' },
    bold: t.style.bold,
    italic: t.style.italic,
    foregroundColor: { opaqueColor: { rgbColor: rgbOf(t.style.color) } },
  };
  const textElements: Json[] = [];
  let start = 0;
  for (const line of `${t.text}\n`.split(/(?<=\n)/)) {
    if (line === '') continue;
    const at = { ...(start ? { startIndex: start } : {}), endIndex: start + line.length };
    textElements.push(
      { ...at, paragraphMarker: { style: { alignment: t.align } } },
      { ...at, textRun: { content: line, style } },
    );
    start += line.length;
  }
  return { textElements };
}

/** A cell's place in its table, zero indices left out as the API leaves them out. */
function locationView(rowIndex: number, columnIndex: number): Json {
  return { ...(rowIndex ? { rowIndex } : {}), ...(columnIndex ? { columnIndex } : {}) };
}

function elementView(e: ElementModel): Json {
  const base: Json = {
    objectId: e.id,
    size: { width: emu(e.width), height: emu(e.height) },
    transform: { scaleX: 1, scaleY: 1, translateX: e.left * EMU, translateY: e.top * EMU, unit: 'EMU' },
    ...(e.title ? { title: e.title } : {}),
    ...(e.description ? { description: e.description } : {}),
  };
  if (e.kind === 'shape') return { ...base, shape: { shapeType: e.shapeType, text: textView(e.text) } };
  if (e.kind === 'line')
    return {
      ...base,
      line: {
        lineCategory: e.category,
        lineProperties: {
          weight: { magnitude: e.weight, unit: 'PT' },
          dashStyle: e.dash,
          lineFill: { solidFill: { color: { rgbColor: rgbOf(e.color) } } },
        },
      },
    };
  return {
    ...base,
    table: {
      rows: e.cells.length,
      columns: e.columnWidths.length,
      tableColumns: e.columnWidths.map((w) => ({ columnWidth: { magnitude: w, unit: 'PT' } })),
      tableRows: e.cells.map((row, r) => ({
        // A row is as tall as its text needs, never below its minimum (TableRowProperties).
        rowHeight: { magnitude: grownRowHeight(e, r), unit: 'PT' },
        tableRowProperties: { minRowHeight: { magnitude: e.rowMinHeights[r] ?? 0, unit: 'PT' } },
        tableCells: row.map((cell, c) => ({
          location: locationView(r, c),
          // The model has no merged cells: each spans one row and one column.
          rowSpan: 1,
          columnSpan: 1,
          text: textView(cell.text),
          ...(cell.fill
            ? {
                tableCellProperties: {
                  tableCellBackgroundFill: { solidFill: { color: { rgbColor: rgbOf(cell.fill) } } },
                },
              }
            : {}),
        })),
      })),
    },
  };
}

/** Names in a `fields` mask that the Presentation schema (slides.v1.json) does not define. */
function maskErrors(mask: string): string[] {
  const api = loadApi('slides.v1');
  let tree: ReturnType<typeof parseFieldMask>;
  try {
    tree = parseFieldMask(mask.replace(/\s+/g, ''));
  } catch (error) {
    return [(error as Error).message];
  }
  const walk = (type: FieldType, node: typeof tree, path: string): string[] =>
    [...node].flatMap(([name, inner]) => {
      if (name === '*') return [];
      const schema = typeof type === 'string' ? api.schemas[type.replace(/^\{|\}$|\[\]$/g, '')] : type;
      const child = schema?.[name];
      if (child === undefined) return [`Invalid field selection ${path}${name}`];
      return inner ? walk(child, inner, `${path}${name}/`) : [];
    });
  return walk('Presentation', tree, '');
}

export class SlidesPresentationsImpl extends ServiceObject {
  private readonly faults = new BatchFaults();

  /** Test control (uncounted): the n-th batchUpdate from now fails like a Google backend error. */
  _failBatch(n: number, message?: string): void {
    this.faults.arm(n, message);
  }

  constructor(ctx: EmulatorContext) {
    super(ctx, 'Slides.Presentations');
  }

  private check(method: string, parameters: Json, body?: unknown): void {
    const errors = validateCall(loadApi('slides.v1'), `presentations.${method}`, parameters, body);
    if (errors.length > 0) throw apiError(`slides.presentations.${method}`, errors.join('; '));
  }

  private deck(presentationId: string, method: string): PresentationModel {
    const file = this.ctx.drive.get(String(presentationId));
    if (!reachable(this.ctx, file) || !file.presentation)
      throw apiError(`slides.presentations.${method}`, 'Requested entity was not found.');
    return file.presentation;
  }

  private view(deck: PresentationModel): Json {
    return {
      presentationId: deck.file.id,
      title: deck.file.name,
      pageSize: { width: emu(deck.pageWidth), height: emu(deck.pageHeight) },
      slides: deck.slides.map((s) => ({
        objectId: s.id,
        pageType: 'SLIDE',
        pageElements: s.elements.map(elementView),
      })),
    };
  }

  /** A new deck with one empty slide, as the API makes it (other fields of the body are ignored). */
  create(resource: Json = {}): Json {
    this.check('create', {}, resource);
    const title =
      typeof resource.title === 'string' && resource.title !== '' ? resource.title : 'Untitled presentation';
    const file = this.ctx.drive.create('presentation', title);
    const deck = new PresentationModel(file);
    file.presentation = deck;
    deck.addSlide(0);
    markCreated(file);
    return this.view(deck);
  }

  batchUpdate(resource: Json, presentationId: string): Json {
    const method = 'slides.presentations.batchUpdate';
    checkPayloadSize(method, resource);
    this.check('batchUpdate', { presentationId }, resource);
    const deck = this.deck(presentationId, 'batchUpdate');
    if (deck.file.access === 'view') throw apiError(method, 'The caller does not have permission');
    this.faults.check(method);
    const requests = Array.isArray(resource.requests) ? (resource.requests as unknown[]) : [];
    const run = (batch: SlidesBatch): SlidesReply[] =>
      requests.map((request, i) => {
        let kind = '';
        try {
          kind = requestKind(request, i);
          return batch.apply(kind, (request as Json)[kind] as Json);
        } catch (error) {
          if (!(error instanceof RequestRejected)) throw error;
          throw apiError(method, kind ? `Invalid requests[${i}].${kind}: ${error.message}` : error.message);
        }
      });
    // Atomic: everything is tried on a copy first; the deck changes only when every request passes.
    run(new SlidesBatch(deck, copySlides(deck)));
    const replies = run(new SlidesBatch(deck, deck.slides));
    return { presentationId: deck.file.id, replies };
  }

  /**
   * The deck, or the part of it a `fields` mask names (a partial response,
   * https://developers.google.com/workspace/slides/api/guides/performance#partial-response); a
   * mask naming a field the Presentation schema does not have is refused (the wording is ours).
   */
  get(presentationId: string, optionalArgs: Json = {}): Json {
    this.check('get', { ...optionalArgs, presentationId });
    const fields = optionalArgs.fields as string | undefined;
    const unknown = fields === undefined ? [] : maskErrors(fields);
    if (unknown.length > 0) throw apiError('slides.presentations.get', unknown.join('; '));
    return applyFieldMask(this.view(this.deck(presentationId, 'get')), fields) as Json;
  }
}

export class SlidesServiceImpl extends ServiceObject {
  readonly Presentations: SlidesPresentationsImpl;
  constructor(ctx: EmulatorContext) {
    super(ctx, 'Slides');
    // Exposed itself, so calls on Slides.Presentations are counted and checked like any service call.
    this.Presentations = expose(new SlidesPresentationsImpl(ctx));
  }
}
