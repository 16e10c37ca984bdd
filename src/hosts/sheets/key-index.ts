/**
 * Every Journey Grid key of a spreadsheet from one developer-metadata find. A spreadsheet's
 * finder "considers all metadata associated with the spreadsheet, sheets, rows, and columns"
 * (Spreadsheet.createDeveloperMetadataFinder, Apps Script reference), so one find() answers what
 * a finder per key and per sheet used to: the file's skeleton, the journey sheets and the row
 * and column keys of each, grouped here by sheet. A find reaches the server; reading a found
 * entry's key, value and location does not, so this costs one server call per document.
 */
import { COLUMN_KEY, DOCUMENT_KEY, JOURNEY_KEY, KEY_PREFIX, ROW_KEY } from '../../layout/keys';
import type { DeveloperMetadata, DeveloperMetadataLocation, Sheet, Spreadsheet } from './services';
import { joinPieces } from './store';

/** Our keys on one sheet. */
export interface SheetKeys {
  sheet: Sheet;
  /** Sheet-level entries (the journey key and its pieces). */
  own: DeveloperMetadata[];
  /** Row and column keys, in creation order: what a rebuild removes before writing new ones. */
  grid: DeveloperMetadata[];
  rows: Map<number, string>;
  columns: Map<number, string>;
}

export interface KeyIndex {
  /** Spreadsheet-level entries (the document key and its pieces). */
  file: DeveloperMetadata[];
  /** Sheet-level entries by sheet id. */
  own: Map<number, { sheet: Sheet; own: DeveloperMetadata[] }>;
  /** Row and column keys of every sheet: sorted by sheet only when a sheet's keys are asked for. */
  grid: GridKey[];
  bySheet?: Map<number, GridKey[]>;
}

interface GridKey {
  md: DeveloperMetadata;
  row: boolean;
  location?: DeveloperMetadataLocation;
}

export function indexKeys(spreadsheet: Spreadsheet): KeyIndex {
  const index: KeyIndex = { file: [], own: new Map(), grid: [] };
  for (const md of spreadsheet.createDeveloperMetadataFinder().find()) {
    const key = md.getKey();
    if (key.indexOf(KEY_PREFIX) !== 0) continue;
    if (key === ROW_KEY || key === COLUMN_KEY) {
      index.grid.push({ md, row: key === ROW_KEY });
      continue;
    }
    const sheet = md.getLocation().getSheet();
    if (!sheet) {
      index.file.push(md);
      continue;
    }
    const id = sheet.getSheetId();
    const entry = index.own.get(id) ?? { sheet, own: [] };
    entry.own.push(md);
    index.own.set(id, entry);
  }
  return index;
}

/** The keys of one sheet (empty if it has none). */
export function keysOfSheet(index: KeyIndex, sheet: Sheet): SheetKeys {
  if (!index.bySheet) {
    const bySheet = new Map<number, GridKey[]>();
    for (const key of index.grid) {
      key.location = key.md.getLocation();
      const id = key.location.getSheet()?.getSheetId();
      if (id !== undefined) bySheet.set(id, [...(bySheet.get(id) ?? []), key]);
    }
    index.bySheet = bySheet;
  }
  const id = sheet.getSheetId();
  const grid = index.bySheet.get(id) ?? [];
  const keys: SheetKeys = {
    sheet,
    own: index.own.get(id)?.own ?? [],
    grid: grid.map((key) => key.md),
    rows: new Map(),
    columns: new Map(),
  };
  for (const { md, row, location } of grid) {
    if (!location) continue;
    const at = row ? location.getRow()?.getRow() : location.getColumn()?.getColumn();
    const value = md.getValue();
    const map = row ? keys.rows : keys.columns;
    // Two keys on one row (a row pasted onto a keyed one): the first stays, the reader copes.
    if (at !== undefined && value && !map.has(at)) map.set(at, value);
  }
  return keys;
}

/** The whole text stored under `key` among one owner's entries, or undefined if it has none. */
export function storedText(entries: readonly DeveloperMetadata[], key: string): string | null | undefined {
  const head = entries.find((md) => md.getKey() === key);
  return head && joinPieces(head, entries);
}

export function documentText(index: KeyIndex): string | null | undefined {
  return storedText(index.file, DOCUMENT_KEY);
}

/** Journey sheets' stored texts, in no particular order. */
export function journeyTexts(index: KeyIndex): { sheet: Sheet; text: string | null }[] {
  const found: { sheet: Sheet; text: string | null }[] = [];
  index.own.forEach((keys) => {
    const text = storedText(keys.own, JOURNEY_KEY);
    if (text !== undefined) found.push({ sheet: keys.sheet, text });
  });
  return found;
}
