/**
 * Normalised snapshots: what a scenario returns, in plain JSON that holds nothing specific to one
 * run (no file ids, object ids or sheet ids, which differ between Google and the emulator and
 * between runs), so a recording from Google and an emulator run compare key by key. Timings are
 * kept under keys named `ms` / `elapsedMs`, which the comparison leaves out (compare.ts).
 */

import type {
  DeveloperMetadata,
  EmbeddedChart,
  Sheet,
  SheetRange,
  Spreadsheet,
} from '../user-surface/sheets';
import type { PageElement, Presentation } from '../user-surface/slides';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What a call did: its value, or the message it threw (Apps Script's "Exception: " prefix dropped). */
export type Outcome<T extends Json = Json> = { ok: true; value: T } | { ok: false; threw: string };

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Exception: /, '');
}

export function attempt<T extends Json>(body: () => T): Outcome<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    return { ok: false, threw: errorMessage(error) };
  }
}

/** Runs `body` `times` times; the figures are kept, never compared. */
export function timed(now: () => number, times: number, body: (i: number) => void): { ms: number[] } {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = now();
    body(i);
    ms.push(now() - start);
  }
  return { ms };
}

/** UTF-8 bytes of a string, counted by hand (no TextEncoder in Apps Script). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function rangeAddress(range: SheetRange | null): string | null {
  return range ? range.getA1Notation() : null;
}

export function metadataSnapshot(metadata: DeveloperMetadata): Json {
  const location = metadata.getLocation();
  const type = String(location.getLocationType());
  return {
    key: metadata.getKey(),
    valueLength: (metadata.getValue() ?? '').length,
    valueBytes: utf8Bytes(metadata.getValue() ?? ''),
    location: type,
    row: type === 'ROW' ? rangeAddress(location.getRow()) : null,
    column: type === 'COLUMN' ? rangeAddress(location.getColumn()) : null,
    sheet: type === 'SHEET' ? (location.getSheet()?.getName() ?? null) : null,
  };
}

function byKeyAndPlace(a: Json, b: Json): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

/** Every developer metadata a spreadsheet holds (on itself, its sheets, rows and columns). */
export function allMetadata(doc: Spreadsheet): Json[] {
  return doc.createDeveloperMetadataFinder().find().map(metadataSnapshot).sort(byKeyAndPlace);
}

export function chartSnapshot(chart: EmbeddedChart): Json {
  const info = chart.getContainerInfo();
  return {
    ranges: chart.getRanges().map((r) => r.getA1Notation()),
    anchorRow: info.getAnchorRow(),
    anchorColumn: info.getAnchorColumn(),
    offsetX: info.getOffsetX(),
    offsetY: info.getOffsetY(),
  };
}

/** The top-left `rows` × `columns` of a sheet, as the narrow interface reads it. */
export function sheetSnapshot(sheet: Sheet, rows?: number, columns?: number): Json {
  const lastRow = Math.max(1, rows ?? sheet.getLastRow());
  const lastColumn = Math.max(1, columns ?? sheet.getLastColumn());
  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  return {
    name: sheet.getName(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    values: range.getValues().map((row) => row.map(cellJson)),
    displayValues: range.getDisplayValues(),
    formulas: range.getFormulas(),
    numberFormats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    fontWeights: range.getFontWeights(),
    merges: range
      .getMergedRanges()
      .map((m) => m.getA1Notation())
      .sort(),
    charts: sheet.getCharts().map(chartSnapshot),
  };
}

/**
 * A cell value as JSON: dates as ISO text. Dates are recognised by their tag, not `instanceof`,
 * which fails for a Date made in another realm (the emulator's, when the kit runs in a vm).
 */
export function cellJson(value: unknown): Json {
  if (Object.prototype.toString.call(value) === '[object Date]')
    return { date: (value as Date).toISOString() };
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}

const round = (n: number) => Math.round(n * 100) / 100;

function elementSnapshot(
  element: PageElement,
  slidesTypes: { TABLE: unknown; SHAPE: unknown; LINE: unknown },
): Json {
  const type = element.getPageElementType();
  const base = {
    title: element.getTitle() ?? '',
    description: element.getDescription() ?? '',
    left: round(element.getLeft()),
    top: round(element.getTop()),
    width: round(element.getWidth()),
    height: round(element.getHeight()),
  };
  if (type === slidesTypes.TABLE) {
    const table = element.asTable();
    const cells: string[][] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row: string[] = [];
      for (let c = 0; c < table.getNumColumns(); c++) row.push(table.getCell(r, c).getText().asString());
      cells.push(row);
    }
    return { kind: 'table', ...base, cells };
  }
  if (type === slidesTypes.SHAPE)
    return { kind: 'shape', ...base, text: element.asShape().getText().asString() };
  if (type === slidesTypes.LINE) return { kind: 'line', ...base };
  return { kind: String(type), ...base };
}

/** Every slide's elements with their positions and texts, in z-order. */
export function deckSnapshot(
  deck: Presentation,
  types: { TABLE: unknown; SHAPE: unknown; LINE: unknown },
): Json {
  return {
    pageWidth: round(deck.getPageWidth()),
    pageHeight: round(deck.getPageHeight()),
    slides: deck.getSlides().map((slide) => slide.getPageElements().map((e) => elementSnapshot(e, types))),
  };
}

/**
 * Text runs and paragraph styles of a REST `Page` element's text, as the Slides API reports them
 * (this is where font size, bold, colour and alignment can be read: SlidesApp's narrow interface
 * only sets them).
 */
export function restTextSnapshot(text: unknown): Json {
  const elements = ((text as { textElements?: unknown[] } | undefined)?.textElements ?? []) as {
    startIndex?: number;
    endIndex?: number;
    textRun?: { content?: string; style?: Record<string, unknown> };
    paragraphMarker?: { style?: Record<string, unknown> };
  }[];
  return elements.map(
    (e): Json =>
      e.textRun
        ? { run: e.textRun.content ?? '', style: (e.textRun.style ?? {}) as Json }
        : { paragraph: (e.paragraphMarker?.style ?? {}) as Json },
  );
}

type RestElement = {
  title?: string;
  shape?: { text?: unknown };
  table?: { tableRows?: { tableCells?: { text?: unknown }[] }[] };
};

/**
 * Text styles of every element of a deck as the Slides API reports them (font size, weight,
 * colour, alignment), by alt-text title; table cells as rows of runs.
 */
export function restDeckStyles(deck: { slides?: { pageElements?: unknown[] }[] }): Json {
  return (deck.slides ?? []).map((slide) =>
    ((slide.pageElements ?? []) as RestElement[]).map((e): Json => {
      if (e.table)
        return {
          title: e.title ?? '',
          cells: (e.table.tableRows ?? []).map((row) =>
            (row.tableCells ?? []).map((c) => restTextSnapshot(c.text)),
          ),
        };
      return { title: e.title ?? '', text: e.shape ? restTextSnapshot(e.shape.text) : null };
    }),
  );
}
