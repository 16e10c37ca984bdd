/**
 * Reads journeys out of a spreadsheet: finds the journey sheets by their keys, turns each into a
 * RawTable (what the cells show, their values and notes, the keys still on rows and columns) and
 * hands it to the shared reader. A constant number of calls per sheet for the cells, plus a few
 * per keyed row or column to learn where each key now sits.
 */
import { COLUMN_KEY, DOCUMENT_KEY, JOURNEY_KEY, ROW_KEY } from '../../layout/keys';
import { problem, type Result } from '../../model/problems';
import type { Persona } from '../../model/types';
import {
  type Assembled,
  assembleDocument,
  assignJourneyIds,
  type JourneyRead,
  unionInOrder,
} from '../../read/assemble';
import type { DocumentSkeleton, RawCell, RawTable } from '../../read/raw';
import { readTable } from '../../read/read-table';
import type { FormBaseline } from '../../read/rebuild';
import type { DeveloperMetadata, Sheet, Spreadsheet } from './services';
import { joinedValue } from './store';
import { a1 } from './write';

/** What the builder stores on each journey sheet (sheet-level developer metadata, as JSON). */
export interface StoredJourney {
  personaId: string;
  persona: Persona;
  /** The document skeleton, so a sheet copied into another spreadsheet still reads back. */
  skeleton: DocumentSkeleton;
  hints: boolean;
  /** Notes the builder wrote, not to be reported as the user's. */
  notes: string[];
  /** The emotion chart the builder drew, so a rebuild replaces only that one. */
  chartId?: number;
  /** What the form held at the last build, so an unchanged form does not undo edits in the sheet. */
  form?: FormBaseline;
}

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

function joined(head: DeveloperMetadata | undefined, owner: () => Sheet | Spreadsheet | null) {
  return head && { getValue: () => joinedValue(head, owner) };
}

export function journeyMetadata(sheet: Sheet): StoredValue | undefined {
  const head = sheet
    .createDeveloperMetadataFinder()
    .withKey(JOURNEY_KEY)
    .find()
    .find((md) => md.getLocation().getSheet()?.getSheetId() === sheet.getSheetId());
  return joined(head, () => sheet);
}

export function documentMetadata(spreadsheet: Spreadsheet): StoredValue | undefined {
  return joined(
    spreadsheet.createDeveloperMetadataFinder().withKey(DOCUMENT_KEY).find()[0],
    () => spreadsheet,
  );
}

/** The journey sheets of a spreadsheet, in tab order, with what each one stores. */
export function journeySheets(spreadsheet: Spreadsheet): { sheet: Sheet; stored: StoredJourney }[] {
  const found: { sheet: Sheet; stored: StoredJourney }[] = [];
  for (const md of spreadsheet.createDeveloperMetadataFinder().withKey(JOURNEY_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    const stored = parseStored<StoredJourney>(joined(md, () => sheet));
    if (sheet && stored?.personaId) found.push({ sheet, stored });
  }
  return found.sort((a, b) => a.sheet.getIndex() - b.sheet.getIndex());
}

function keysOf(sheet: Sheet, key: string, axis: 'row' | 'column'): Map<number, string> {
  const keys = new Map<number, string>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(key).find()) {
    const location = md.getLocation();
    const at = axis === 'row' ? location.getRow()?.getRow() : location.getColumn()?.getColumn();
    const value = md.getValue();
    // Two keys on one row (a row pasted onto a keyed one) : the first stays, the reader copes.
    if (at !== undefined && value && !keys.has(at)) keys.set(at, value);
  }
  return keys;
}

export function rawTableFromSheet(sheet: Sheet): RawTable {
  const rowKeys = keysOf(sheet, ROW_KEY, 'row');
  const columnKeys = keysOf(sheet, COLUMN_KEY, 'column');
  const height = Math.max(1, sheet.getLastRow(), ...rowKeys.keys());
  const width = Math.max(1, sheet.getLastColumn(), ...columnKeys.keys());
  const range = sheet.getRange(1, 1, height, width);
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const notes = range.getNotes();
  const cells: RawCell[][] = shown.map((row, r) =>
    row.map((text, c): RawCell => {
      const value = values[r]?.[c];
      const note = notes[r]?.[c];
      const cell: RawCell = {
        text,
        value:
          typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : text,
      };
      if (note) cell.note = note;
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

/** The spreadsheet's skeleton, completed with what this sheet's own copy knows (kept or copied lanes). */
export function mergeSkeletons(base: DocumentSkeleton, extra: DocumentSkeleton): DocumentSkeleton {
  return {
    ...base,
    stages: unionInOrder([base.stages, extra.stages]),
    lanes: unionInOrder([base.lanes, extra.lanes]),
  };
}

export function readSheet(
  sheet: Sheet,
  stored: StoredJourney,
  skeleton: DocumentSkeleton,
): JourneyRead & { raw: RawTable } {
  const raw = rawTableFromSheet(sheet);
  const reading = readTable(raw, mergeSkeletons(skeleton, stored.skeleton), {
    hints: stored.hints,
    knownNotes: new Set(stored.notes),
  });
  return {
    where: sheet.getName(),
    key: { personaId: stored.personaId, persona: stored.persona },
    reading,
    builtTitle: stored.skeleton.title,
    raw,
  };
}

const NOT_A_JOURNEY = problem(
  '',
  'not-a-journey',
  'このシートには Journey Grid のジャーニーがありません。サイドバーから作成してください。',
  'This sheet holds no Journey Grid journey. Build one from the sidebar first.',
);
const NO_JOURNEYS = problem(
  '',
  'no-journeys',
  'このスプレッドシートには Journey Grid のジャーニーがありません。',
  'This spreadsheet holds no Journey Grid journeys.',
);

/** Reads the active sheet's journey, or every journey sheet, into one document. */
export function readSpreadsheet(spreadsheet: Spreadsheet, scope: 'active' | 'all'): Result<Assembled> {
  const sheets = journeySheets(spreadsheet);
  if (scope === 'all') {
    if (sheets.length === 0) return { ok: false, problems: [NO_JOURNEYS] };
    const skeleton =
      parseStored<DocumentSkeleton>(documentMetadata(spreadsheet)) ?? sheets[0]!.stored.skeleton;
    return assembleDocument(
      skeleton,
      sheets.map(({ sheet, stored }) => readSheet(sheet, stored, skeleton)),
    );
  }
  // One sheet, under the id it has among all of them: a duplicated sheet reads as its own persona.
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  const ids = assignJourneyIds(sheets.map((s) => s.stored.personaId));
  const index = sheets.findIndex((s) => s.sheet.getSheetId() === activeId);
  const active = sheets[index];
  if (!active) return { ok: false, problems: [NOT_A_JOURNEY] };
  const skeleton = parseStored<DocumentSkeleton>(documentMetadata(spreadsheet)) ?? active.stored.skeleton;
  return assembleDocument(skeleton, [
    readSheet(active.sheet, { ...active.stored, personaId: ids[index]! }, skeleton),
  ]);
}
