/**
 * Reads journeys out of a spreadsheet: finds the journey sheets by their keys, turns each into a
 * RawTable (what the cells show, their values and notes, the keys still on rows and columns) and
 * hands it to the shared reader. A constant number of calls per sheet for the cells, or one REST
 * get for every sheet where the user's grant reaches the file (direct-read.ts); the keys of the
 * whole file come from one developer-metadata find (key-index.ts).
 *
 * Why keys stay in developer metadata, not in a hidden key row and column read with the grid:
 * by the model (dev/emulator/calls.ts, 12 stages × 20 lanes × 6 personas; `npx tsx
 * bench/profile.ts sheets-read 12 20 6 --all`) the keys cost one 150 ms find plus ≈ 0.15 s of
 * local calls per read (≈ 0.3 s of a 5.2 s read), and one find per build call plus 40 queued
 * entries per persona (≈ 0.45 s of a 7.9 s build in two calls). A key row and column would save
 * at most that: no goal of the benchmark is met by it that is not met without it (through
 * SpreadsheetApp the read stays above 3 s, bound by five range reads per sheet, and the direct
 * read's one get brings it to ≈ 2.8 s with the keys as they are; the one-persona build stays
 * above 2.5 s, bound by the cells it writes).
 * Key cells would go wherever an edit takes cells: a paste copies them, a sort of the visible
 * columns leaves them behind, a user can unhide and type over them, and every export, filter
 * and COUNTA sees them; the reliability tests (sorted, renamed, inserted and deleted rows, the
 * typed-text property test) pass with keys that no cell edit can change, and would need that
 * proof again for a small saving.
 */

import { a1 } from '../../layout/a1';
import { cardValue } from '../../layout/card';
import { stripEmotionScale } from '../../layout/emotion';
import { CARD_FIELDS } from '../../layout/keys';
import { problem, type Result } from '../../model/problems';
import { type Assembled, assembleDocument, assignJourneyIds, type JourneyRead } from '../../read/assemble';
import type { DocumentSkeleton, RawCell, RawTable } from '../../read/raw';
import { readTable } from '../../read/read-table';
import { titleKept } from '../../read/rebuild';
import { mergeSkeletons, type StoredJourney } from '../../read/stored';
import { HOST_MESSAGES as M } from '../messages';
import { documentText, indexKeys, journeyTexts, keysOfSheet, type SheetKeys } from './key-index';
import type { Sheet, Spreadsheet } from './services';

/** A stored value, joined from its pieces (see store.ts). */
export interface StoredValue {
  getValue(): string | null;
}

export function parseStored<T>(metadata: StoredValue | undefined): T | undefined {
  const value = metadata?.getValue();
  if (!value) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

/** The file's skeleton as stored (one find for the whole execution if `index` is passed). */
export function documentMetadata(spreadsheet: Spreadsheet, index = indexKeys(spreadsheet)): StoredValue {
  const text = documentText(index);
  return { getValue: () => text ?? null };
}

/** The journey sheets of a spreadsheet, in tab order, with what each one stores. */
export function journeySheets(
  spreadsheet: Spreadsheet,
  index = indexKeys(spreadsheet),
): { sheet: Sheet; stored: StoredJourney }[] {
  const found: { sheet: Sheet; stored: StoredJourney }[] = [];
  for (const { sheet, text } of journeyTexts(index)) {
    const stored = parseStored<StoredJourney>({ getValue: () => text });
    if (stored?.personaId) found.push({ sheet, stored });
  }
  return found.sort((a, b) => a.sheet.getIndex() - b.sheet.getIndex());
}

/**
 * A sheet's cells as SpreadsheetApp answers for them: the data range's last row and column
 * (Sheet.getDataRange) and, from A1, what getDisplayValues, getValues, getNotes and
 * getNumberFormats give (0-based; a missing entry is an empty cell). SpreadsheetApp reads each
 * sheet with five server calls; the direct read (direct-read.ts) answers for all from one get.
 */
export interface SheetCells {
  lastRow: number;
  lastColumn: number;
  read(
    rows: number,
    columns: number,
  ): {
    shown: string[][];
    values: unknown[][];
    notes: string[][];
    formats: string[][];
  };
}

/** Reads a sheet's cells per range through SpreadsheetApp. */
function cellsThroughApp(sheet: Sheet): SheetCells {
  // One server call for the used area, "functionally equivalent to creating a Range bounded by A1
  // and (Sheet.getLastColumn(), Sheet.getLastRow())" (Sheet.getDataRange, Apps Script reference).
  const used = sheet.getDataRange();
  return {
    lastRow: used.getLastRow(),
    lastColumn: used.getLastColumn(),
    read(rows, columns) {
      const range = sheet.getRange(1, 1, rows, columns);
      return {
        shown: range.getDisplayValues(),
        values: range.getValues(),
        notes: range.getNotes(),
        // What a number means depends on how it is shown: 0.4 under 0.0% and 40 under 0.0"%" are both 40 %.
        formats: range.getNumberFormats(),
      };
    },
  };
}

export function rawTableFromSheet(sheet: Sheet, keys: SheetKeys, grid?: SheetCells): RawTable {
  const rowKeys = keys.rows;
  const columnKeys = keys.columns;
  const used = grid ?? cellsThroughApp(sheet);
  const height = Math.max(1, used.lastRow, ...rowKeys.keys());
  const width = Math.max(1, used.lastColumn, ...columnKeys.keys());
  const { shown, values, notes, formats } = used.read(height, width);
  // The emotion lane's label shows its scale on a second line: layout, not the lane's name.
  const labels = [...columnKeys].find(([, value]) => value === 'labels')?.[0];
  const cells: RawCell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): RawCell => {
      const shownText = shown[r]?.[c] ?? '';
      const text = c + 1 === labels ? stripEmotionScale(shownText) : shownText;
      const value = values[r]?.[c] ?? '';
      const note = notes[r]?.[c];
      const numberFormat = formats[r]?.[c];
      const cell: RawCell = {
        text,
        value:
          typeof value === 'number' ||
          typeof value === 'boolean' ||
          (typeof value === 'string' && text === shownText)
            ? value
            : text,
      };
      if (note) cell.note = note;
      if (typeof value === 'number' && numberFormat) cell.numberFormat = numberFormat;
      return cell;
    }),
  );
  return {
    cells,
    rowKeys: Array.from({ length: height }, (_, r) => rowKeys.get(r + 1)),
    columnKeys: Array.from({ length: width }, (_, c) => columnKeys.get(c + 1)),
    address: (row, column) => a1(row + 1, column + 1),
  };
}

export function readSheet(
  sheet: Sheet,
  stored: StoredJourney,
  skeleton: DocumentSkeleton,
  keys: SheetKeys,
  grid?: SheetCells,
): JourneyRead & { raw: RawTable } {
  const raw = rawTableFromSheet(sheet, keys, grid);
  const reading = readTable(raw, mergeSkeletons(skeleton, stored.skeleton), {
    hints: stored.hints,
    knownNotes: new Set(stored.notes),
  });
  // The card has no row for a field that was empty when built: the sheet shows it empty, so a
  // rebuild keeps a field cleared in the sheet cleared (a deleted row of a filled one is no edit).
  for (const field of CARD_FIELDS)
    if (reading.card[field] === undefined && cardValue(stored.persona, field) === '')
      reading.card[field] = '';
  return {
    where: sheet.getName(),
    key: { personaId: stored.personaId, persona: stored.persona },
    reading,
    builtTitle: stored.skeleton.title,
    keptTitle: titleKept(stored.skeleton.title, stored.form),
    raw,
  };
}

const NOT_A_JOURNEY = problem('', 'not-a-journey', M.notAJourneySheet);
const NO_JOURNEYS = problem('', 'no-journeys', M.noJourneysSpreadsheet);

/**
 * The cells of several sheets at once, by sheet id, or undefined to read them through
 * SpreadsheetApp (direct-read.ts: one REST get where the user's grant covers the file).
 */
export type GridsReader = (sheets: Sheet[]) => Map<number, SheetCells> | undefined;

/** Reads the active sheet's journey, or every journey sheet, into one document. */
export function readSpreadsheet(
  spreadsheet: Spreadsheet,
  scope: 'active' | 'all',
  direct?: GridsReader,
): Result<Assembled> {
  const keys = indexKeys(spreadsheet);
  const sheets = journeySheets(spreadsheet, keys);
  if (scope === 'all') {
    if (sheets.length === 0) return { ok: false, problems: [NO_JOURNEYS] };
    const skeleton =
      parseStored<DocumentSkeleton>(documentMetadata(spreadsheet, keys)) ?? sheets[0]!.stored.skeleton;
    const grids = direct?.(sheets.map((s) => s.sheet));
    return assembleDocument(
      skeleton,
      sheets.map(({ sheet, stored }) =>
        readSheet(sheet, stored, skeleton, keysOfSheet(keys, sheet), grids?.get(sheet.getSheetId())),
      ),
    );
  }
  // One sheet, under the id it has among all of them: a duplicated sheet reads as its own persona.
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  const ids = assignJourneyIds(sheets.map((s) => s.stored.personaId));
  const index = sheets.findIndex((s) => s.sheet.getSheetId() === activeId);
  const active = sheets[index];
  if (!active) return { ok: false, problems: [NOT_A_JOURNEY] };
  const skeleton =
    parseStored<DocumentSkeleton>(documentMetadata(spreadsheet, keys)) ?? active.stored.skeleton;
  return assembleDocument(skeleton, [
    readSheet(
      active.sheet,
      { ...active.stored, personaId: ids[index]! },
      skeleton,
      keysOfSheet(keys, active.sheet),
      direct?.([active.sheet])?.get(activeId),
    ),
  ]);
}
