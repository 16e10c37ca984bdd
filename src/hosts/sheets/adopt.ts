/**
 * Adopts a hand-made journey grid in place: writes the keys a build writes (row and column keys,
 * the journey key on the sheet, the file's skeleton) onto the user's own rows and columns without
 * changing a cell, so from then on the keyed reader, rebuild, Send to Slides and export see it as
 * a built journey. The keys are then read back: if the keyed read would not give the model the
 * user accepted (faces in an emotion row, two grids on one sheet), every key written goes again
 * and the adoption is refused with the reason, so the file is as it was.
 */

import { columnLetter, parseA1 } from '../../layout/a1';
import {
  COLUMN_KEY,
  DOCUMENT_KEY,
  encodeColumn,
  encodeRow,
  JOURNEY_KEY,
  KEY_PREFIX,
  ROW_KEY,
} from '../../layout/keys';
import { JourneyGridError, type Problem } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import { differences } from '../../read/adopt';
import { findTables, GridView } from '../../read/foreign/find-tables';
import type { FoundTable } from '../../read/foreign/grid';
import { recognizeGrids } from '../../read/foreign/recognize';
import { fold, libraryLaneOf, personaFieldOf, stageForm } from '../../read/foreign/words';
import { skeletonOf } from '../../read/raw';
import type { StoredJourney } from '../../read/stored';
import { ADOPT_PROBLEMS } from '../adopt-problems';
import { sheetGrid } from './foreign-scan';
import { indexKeys } from './key-index';
import { journeySheets, readSpreadsheet } from './read';
import type { Sheet, Spreadsheet, SpreadsheetAppService } from './services';
import { writeStored } from './store';

interface SheetPlan {
  sheet: Sheet;
  personaId: string;
  rows: { row: number; value: string }[];
  columns: { column: number; value: string }[];
}

/** Per table entry, the id of the document item with the same recognition key (first unused). */
function idsFor(
  labels: readonly string[],
  items: readonly { id: string; label: string }[],
  form: (l: string) => string,
) {
  const used = new Set<string>();
  return labels.map((label) => {
    const item = items.find((i) => !used.has(i.id) && form(i.label) === form(label));
    if (item) used.add(item.id);
    return item?.id;
  });
}

const laneForm = (label: string) => libraryLaneOf(label) ?? `custom:${fold(label)}`;

/** Rows above the table whose label (in the lane label column) names a persona field holding that value. */
function cardRows(view: GridView, table: FoundTable, from: number, persona: Persona) {
  const rows: { row: number; value: string }[] = [];
  for (let r = from; r < table.top; r++) {
    const field = personaFieldOf(view.raw(r, table.labelColumn));
    if (!field || field === 'note') continue;
    let value = '';
    for (let c = table.labelColumn + 1; c < view.columns && !value; c++) value = view.raw(r, c).trim();
    if (value && persona[field] === value)
      rows.push({ row: r + 1, value: encodeRow({ kind: 'card', field }) });
  }
  return rows;
}

function planKeys(
  spreadsheet: Spreadsheet,
  sheets: readonly Sheet[],
  doc: JourneyDocument,
): { plans: SheetPlan[]; seen: JourneyDocument } {
  const grids = sheets.map(sheetGrid);
  const fresh = recognizeGrids(grids, spreadsheet.getName());
  // It read a table a moment ago: none now means the grid (or the open tab) changed since.
  if (!fresh.ok) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  const seen = fresh.value.document;
  const same = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
    a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
  // The user corrected labels, kinds and the persona: the structure must still be what is there.
  if (!same(seen.stages, doc.stages) || !same(seen.lanes, doc.lanes) || !same(seen.personas, doc.personas))
    throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  const plans: SheetPlan[] = [];
  let lastBottom = new Map<string, number>();
  for (const j of fresh.value.recognition.journeys) {
    const at = sheets.findIndex((s) => s.getName() === j.where);
    const corner = parseA1(j.from);
    if (at < 0 || !corner) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
    if (plans.some((p) => p.sheet === sheets[at]))
      throw new JourneyGridError([ADOPT_PROBLEMS.twoOnOneSheet(j.where)]);
    const view = new GridView(grids[at]!);
    const table = findTables(view).find(
      (t) => t.top === corner.row - 1 && t.labelColumn === corner.column - 1,
    );
    if (!table) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
    const stageIds = idsFor(
      table.stages.map((s) => s.label),
      seen.stages,
      stageForm,
    );
    const laneIds = idsFor(
      table.lanes.map((l) => l.label),
      seen.lanes,
      laneForm,
    );
    const persona = doc.personas.find((p) => p.id === j.personaId)!;
    const plan: SheetPlan = {
      sheet: sheets[at]!,
      personaId: j.personaId,
      rows: [{ row: table.headerRow + 1, value: encodeRow({ kind: 'stage-header' }) }],
      columns: [{ column: table.labelColumn + 1, value: encodeColumn({ kind: 'labels' }) }],
    };
    table.stages.forEach((s, i) => {
      const id = stageIds[i];
      if (id)
        plan.columns.push({ column: s.columns[0]! + 1, value: encodeColumn({ kind: 'stage', stageId: id }) });
    });
    table.lanes.forEach((l, i) => {
      const id = laneIds[i];
      if (id) plan.rows.push({ row: l.rows[0]! + 1, value: encodeRow({ kind: 'lane', laneId: id }) });
    });
    plan.rows.push(...cardRows(view, table, lastBottom.get(j.where) ?? 0, persona));
    // The map's title, where it was found: the first text of its own row above the table.
    for (let r = 0; r < table.top && plans.length === 0; r++) {
      const texts = view.grid.cells[r]?.filter((t) => t.trim()) ?? [];
      if (texts.length === 1 && texts[0]!.trim() === doc.title) {
        plan.rows.push({ row: r + 1, value: encodeRow({ kind: 'title' }) });
        break;
      }
    }
    lastBottom = new Map(lastBottom).set(j.where, table.bottom + 1);
    plans.push(plan);
  }
  return { plans, seen };
}

/**
 * Writes the keys of every journey table in `sheets`, reads them back, and keeps them only if the
 * read gives `doc` (the structure recognised, with the user's corrections). Throws translated
 * problems otherwise, with the file as it was.
 */
export function adoptSheets(
  app: SpreadsheetAppService,
  spreadsheet: Spreadsheet,
  scope: 'active' | 'all',
  doc: JourneyDocument,
): void {
  const before = indexKeys(spreadsheet);
  if (journeySheets(spreadsheet, before).length > 0) throw new JourneyGridError([ADOPT_PROBLEMS.already]);
  const sheets = scope === 'active' ? [spreadsheet.getActiveSheet()] : spreadsheet.getSheets();
  const { plans, seen } = planKeys(spreadsheet, sheets, doc);
  // A cell typed since Read back: the model the user accepted is no longer what the grid says.
  if (differences(doc, seen, seen).length > 0) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  const old = new Set<number>();
  for (const md of spreadsheet.createDeveloperMetadataFinder().find()) old.add(md.getId());
  const visibility = app.DeveloperMetadataVisibility.DOCUMENT;
  const skeleton = skeletonOf(doc);
  let problems: Problem[] | undefined;
  try {
    for (const p of plans) {
      for (const { row, value } of p.rows)
        p.sheet.getRange(`${row}:${row}`).addDeveloperMetadata(ROW_KEY, value, visibility);
      for (const { column, value } of p.columns) {
        const letter = columnLetter(column);
        p.sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, value, visibility);
      }
      const stored: StoredJourney = {
        personaId: p.personaId,
        persona: doc.personas.find((x) => x.id === p.personaId)!,
        skeleton,
        hints: false,
        notes: [],
      };
      writeStored(p.sheet, JOURNEY_KEY, JSON.stringify(stored), visibility);
    }
    writeStored(spreadsheet, DOCUMENT_KEY, JSON.stringify(skeleton), visibility);
    const read = readSpreadsheet(spreadsheet, 'all');
    if (!read.ok) problems = read.problems;
    else {
      const off = differences(doc, seen, read.value.document);
      if (off.length > 0) problems = [ADOPT_PROBLEMS.notExact(off.slice(0, 5).join(', '))];
    }
  } catch (error) {
    problems = error instanceof JourneyGridError ? error.problems : undefined;
    if (!problems) throw undoThen(spreadsheet, old, error);
  }
  if (problems) throw undoThen(spreadsheet, old, new JourneyGridError(problems));
}

/** Removes every key written since `old` was taken, then answers `error` to be thrown. */
function undoThen(spreadsheet: Spreadsheet, old: ReadonlySet<number>, error: unknown): unknown {
  for (const md of spreadsheet.createDeveloperMetadataFinder().find())
    if (!old.has(md.getId()) && md.getKey().indexOf(KEY_PREFIX) === 0) md.remove();
  return error;
}
