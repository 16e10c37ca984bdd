/**
 * The open deck read in one REST call: `Slides.Presentations.get` with a fields mask holding only
 * what the reader looks at, seen through a read-only facade with exactly the SlidesApp read methods
 * the reader calls (scan.ts, keys.ts), so the unchanged reader runs over it. SlidesApp needs about
 * five calls per table cell (getCell, getText, asString…), some 1,260 for a 12 × 20 deck; this is
 * one call. Used only where the user's grant reaches the deck (direct-access.ts); a refusal is
 * remembered and any failure falls back to SlidesApp, so a read never fails because of it.
 *
 * Text as SlidesApp's `TextRange.asString()` gives it: the raw text, paragraph ends included
 * (every Slides text ends with one), auto text (a slide number) and other non-text elements as
 * U+E907 (https://developers.google.com/apps-script/reference/slides/text-range#asString()). The
 * API's text runs hold the same characters, paragraph ends included; its paragraph markers hold
 * none; each auto text holds one index (TextElement: "The zero-based start/end index … in Unicode
 * code units", https://developers.google.com/workspace/slides/api/reference/rest/v1/text#textelement).
 * A table lists a merged cell once, at its upper-left `location`, with its row and column spans
 * ("the length of this collection does not always match the number of columns",
 * https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations.pages/tables#tablerow):
 * the cells it covers read as empty (SlidesApp's text of a covered cell is not documented: assumed
 * empty, as foreign-scan.ts reads it). Zero indices
 * are left out of the JSON (proto3 mapping), so a missing row or column index is 0.
 */
import type { slides_v1 } from '@googleapis/slides';
import { directAccess, isRefusal, rememberDirectAccess } from '../direct-access';
import type { SlidesApi } from '../rest-services';
import type { PropertiesServiceApi } from '../ui';
import type {
  PageElement,
  PageElementType,
  Presentation,
  SlidesAppService,
  Table,
  TextRange,
} from './services';

type Text = slides_v1.Schema$TextContent | null | undefined;
type Json = slides_v1.Schema$PageElement;

/** What the direct read needs besides the deck: the Advanced service and where answers are kept. */
export interface DirectRead {
  rest?: SlidesApi | undefined;
  properties: PropertiesServiceApi;
}

const TEXT = 'text(textElements(textRun(content),autoText(type)))';

/**
 * Everything the reader looks at, and one field of each element kind that is always there, so
 * the kind shows even when the rest is empty (a shape without text).
 */
export const READ_FIELDS =
  'slides(objectId,pageElements(objectId,title,description,' +
  `shape(shapeType,${TEXT}),table(rows,columns,tableRows(tableCells(location,${TEXT}))),` +
  'line(lineCategory),image(contentUrl),video(id),elementGroup(children(objectId)),' +
  'wordArt(renderedText),sheetsChart(chartId)))';

/** PageElement fields and the SlidesApp PageElementType each stands for, checked in this order. */
const KINDS: [keyof Json, string][] = [
  ['shape', 'SHAPE'],
  ['table', 'TABLE'],
  ['line', 'LINE'],
  ['image', 'IMAGE'],
  ['video', 'VIDEO'],
  ['elementGroup', 'GROUP'],
  ['wordArt', 'WORD_ART'],
  ['sheetsChart', 'SHEETS_CHART'],
  ['speakerSpotlight', 'SPEAKER_SPOTLIGHT'],
];

/** `asString()` of a whole shape's or cell's text. */
export function rawText(text: Text): string {
  let raw = '';
  for (const e of text?.textElements ?? [])
    raw += e.textRun ? (e.textRun.content ?? '') : e.autoText ? '\ue907' : '';
  return raw;
}

function textRange(text: Text): TextRange {
  const raw = rawText(text);
  return { asString: () => raw } as TextRange;
}

function notA(kind: string): never {
  throw new Error(`This page element is not a ${kind}.`);
}

function tableOf(id: string, t: slides_v1.Schema$Table): Table {
  const cells: Text[][] = [];
  (t.tableRows ?? []).forEach((row, r) => {
    (row.tableCells ?? []).forEach((cell, c) => {
      const at = cell.location;
      const rowIndex = at ? (at.rowIndex ?? 0) : r;
      const line = cells[rowIndex] ?? [];
      cells[rowIndex] = line;
      line[at ? (at.columnIndex ?? 0) : c] = cell.text;
    });
  });
  return {
    getObjectId: () => id,
    getNumRows: () => t.rows ?? cells.length,
    getNumColumns: () => t.columns ?? 0,
    getCell: (r: number, c: number) => ({ getText: () => textRange(cells[r]?.[c]) }),
  } as unknown as Table;
}

function elementOf(app: SlidesAppService, e: Json): PageElement {
  const id = e.objectId ?? '';
  const kind = KINDS.find(([field]) => e[field]);
  const types = app.PageElementType as unknown as Record<string, PageElementType>;
  const name = kind ? kind[1] : 'UNSUPPORTED';
  const type = types[name] ?? (name as unknown as PageElementType);
  return {
    getObjectId: () => id,
    getTitle: () => e.title ?? '',
    getDescription: () => e.description ?? '',
    getPageElementType: () => type,
    asShape: () =>
      e.shape ? { getObjectId: () => id, getText: () => textRange(e.shape?.text) } : notA('shape'),
    asTable: () => (e.table ? tableOf(id, e.table) : notA('table')),
  } as unknown as PageElement;
}

/** The deck as the reader sees it through SlidesApp, from the API's JSON. */
export function presentationOf(app: SlidesAppService, deck: slides_v1.Schema$Presentation): Presentation {
  const slides = (deck.slides ?? []).map((page) => {
    const elements = (page.pageElements ?? []).map((e) => elementOf(app, e));
    return { getObjectId: () => page.objectId ?? '', getPageElements: () => elements.slice() };
  });
  return { getSlides: () => slides.slice() } as unknown as Presentation;
}

/**
 * The open deck in one `get`, or undefined when the user's grant does not reach it (remembered)
 * or the call failed (not remembered): the caller then reads through SlidesApp. The first `get`
 * is itself the question directAccess asks, so a first read costs one call too.
 */
export function directDeck(
  app: SlidesAppService,
  presentation: Presentation,
  direct: DirectRead | undefined,
): Presentation | undefined {
  const rest = direct?.rest;
  if (!direct || !rest) return undefined;
  const id = presentation.getId();
  let got: slides_v1.Schema$Presentation | undefined;
  const get = () => {
    got = rest.Presentations.get(id, { fields: READ_FIELDS }) as slides_v1.Schema$Presentation;
  };
  try {
    if (directAccess(direct.properties, id, get) === 'denied') return undefined;
    if (!got) get();
  } catch (error) {
    // The grant was withdrawn since it was remembered: ask no more until the user picks the deck.
    if (isRefusal(error)) rememberDirectAccess(direct.properties, id, 'denied');
    return undefined;
  }
  return got && presentationOf(app, got);
}
