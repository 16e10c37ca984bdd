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
import { loadApi, validateCall } from '../discovery';
import { expose, ServiceObject } from '../expose';
import { grownRowHeight } from '../slides/inspect';
import { type ElementModel, PresentationModel, type TextModel } from '../slides/model';
import {
  apiError,
  BatchFaults,
  checkPayloadSize,
  markCreated,
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

function textView(t: TextModel): Json {
  if (t.text === '') return {};
  const style: Json = {
    fontSize: { magnitude: t.style.fontSize, unit: 'PT' },
    bold: t.style.bold,
    italic: t.style.italic,
    foregroundColor: { opaqueColor: { rgbColor: rgbOf(t.style.color) } },
  };
  const content = `${t.text}\n`;
  return {
    textElements: [
      { endIndex: content.length, paragraphMarker: { style: { alignment: t.align } } },
      { endIndex: content.length, textRun: { content, style } },
    ],
  };
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
          location: { rowIndex: r, columnIndex: c },
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

  get(presentationId: string): Json {
    this.check('get', { presentationId });
    return this.view(this.deck(presentationId, 'get'));
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
