/**
 * Clears a journey sheet's grid before it is rebuilt in place, and puts back afterwards the text
 * and notes that users left in that area but that are not part of the model (text beside the
 * grid, a word typed into an emotion cell, notes): a rebuild never loses what people typed.
 * Where each text goes is decided before anything is written (`planRestores`), and only on
 * empty cells outside every merge; texts go back as plain text, exactly as typed (no apostrophe,
 * so a 50,000-character text still fits its cell). Only the builder's own chart and formatting
 * rules are removed; the team's own stay.
 */

import { a1, parseA1 } from '../../layout/a1';
import type { Block, SheetPlan } from '../../layout/sheet-plan';
import { type Finding, UNPLACED_CODES } from '../../read/findings';
import type { RawTable } from '../../read/raw';
import type { Placement } from '../../read/read-table';
import { HOST_MESSAGES as M } from '../messages';
import type { ConditionalFormatRule, DeveloperMetadata, EmbeddedChart, Sheet } from './services';

export interface Extent {
  rows: number;
  columns: number;
}

/** The area the builder owns: up to the last keyed row and column of what was read. */
export function journeyExtent(raw: RawTable): Extent {
  const last = (keys: readonly (string | undefined)[]) => {
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== undefined) return i + 1;
    return 0;
  };
  return { rows: last(raw.rowKeys), columns: last(raw.columnKeys) };
}

/** The builder's charts among the sheet's `charts`: removed once the new one is drawn. */
export function ownCharts(
  charts: readonly EmbeddedChart[],
  extent: Extent,
  chartId: number | undefined,
): EmbeddedChart[] {
  return charts.filter((chart) =>
    // Earlier builds did not record their chart: then the chart drawn from the grid is ours.
    chartId !== undefined
      ? chart.getChartId() === chartId
      : chart.getRanges().every((r) => r.getLastRow() <= extent.rows && r.getLastColumn() <= extent.columns),
  );
}

/**
 * Clears the builder's area (merges reaching into it are undone whole: their text stays in their
 * top-left cell) and returns the conditional-format rules to keep: those that reach outside the
 * area are the team's own (the builder's rules all lie inside it).
 */
export function clearJourney(
  sheet: Sheet,
  extent: Extent,
  merges: readonly Block[],
  planned: Extent,
  gridKeys: readonly DeveloperMetadata[],
  /** The sheet's rules, read before anything was written (a read now would commit the writes). */
  rules: readonly ConditionalFormatRule[],
): ConditionalFormatRule[] {
  // The row and column keys, as found when the build started (key-index.ts): new ones follow.
  for (const md of gridKeys) md.remove();
  // Sheets unmerges only whole merges: those reaching into where the grid goes but not lying
  // wholly inside the cleared area go one by one, the rest with the area at once.
  const within = (m: Block, e: Extent) =>
    m.row + m.numRows - 1 <= e.rows && m.column + m.numColumns - 1 <= e.columns;
  const touches = (m: Block, e: Extent) => m.row <= e.rows && m.column <= e.columns;
  for (const m of merges) {
    if ((touches(m, extent) || touches(m, planned)) && !within(m, extent))
      sheet.getRange(m.row, m.column, m.numRows, m.numColumns).breakApart();
  }
  if (extent.rows > 0 && extent.columns > 0) {
    const area = sheet.getRange(1, 1, extent.rows, extent.columns);
    area.breakApart();
    area.clearDataValidations();
    area.clear();
    area.setNotes(
      Array.from({ length: extent.rows }, () => Array.from({ length: extent.columns }, () => '')),
    );
  }
  const inside = (rule: ConditionalFormatRule) =>
    rule.getRanges().every((r) => r.getLastRow() <= extent.rows && r.getLastColumn() <= extent.columns);
  return rules.filter((rule) => !inside(rule));
}

export interface Restore {
  row: number;
  column: number;
  text: string;
  note: boolean;
}

export interface RestorePlan {
  restores: Restore[];
  moved: Finding[];
}

/**
 * Texts and notes from findings that lie where the rebuild writes, and where each goes: a note
 * follows its lane and stage; a text outside the new grid goes back where it was; a text the new
 * grid covers goes to the first cell beside the grid, on its row, that is empty (`taken` says
 * which are not) and in no merge.
 */
export function planRestores(
  findings: readonly Finding[],
  cleared: Extent,
  plan: SheetPlan,
  placement: Placement,
  taken: (row: number, column: number) => boolean,
  merges: readonly Block[],
): RestorePlan {
  const restores: Restore[] = [];
  const moved: Finding[] = [];
  const used = new Set<string>();
  const inside = (p: { row: number; column: number }, e: Extent) => p.row <= e.rows && p.column <= e.columns;
  const merged = (row: number, column: number) =>
    merges.some(
      (m) =>
        row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns,
    );
  const planned: Extent = { rows: plan.height, columns: plan.width };
  const rowOfLane = new Map(plan.rowKeys.map((k) => [k.value, k.row]));
  const columnOfStage = new Map(plan.columnKeys.map((k) => [k.value, k.column]));
  for (const finding of findings) {
    const at = parseA1(finding.path);
    if (!at || finding.text === undefined || finding.text === '') continue;
    if (!inside(at, cleared) && !inside(at, planned)) continue;
    if (finding.code === 'note') {
      const lane = placement.laneRows[at.row - 1];
      const stage = placement.stageColumns[at.column - 1];
      const row = lane === undefined ? at.row : (rowOfLane.get(`lane:${lane}`) ?? at.row);
      const column = stage === undefined ? at.column : (columnOfStage.get(`stage:${stage}`) ?? at.column);
      restores.push({ row, column, text: finding.text, note: true });
      continue;
    }
    if (!UNPLACED_CODES.has(finding.code)) continue;
    if (!inside(at, planned)) {
      restores.push({ row: at.row, column: at.column, text: finding.text, note: false });
      used.add(`${at.row}:${at.column}`);
      continue;
    }
    let column = plan.width + 2;
    while (used.has(`${at.row}:${column}`) || taken(at.row, column) || merged(at.row, column)) column++;
    used.add(`${at.row}:${column}`);
    restores.push({ row: at.row, column, text: finding.text, note: false });
    const to = a1(at.row, column);
    moved.push({
      path: to,
      code: 'moved-text',
      text: finding.text,
      message: M.movedOutsideGrid(finding, to),
    });
  }
  return { restores, moved };
}

/** Writes the planned texts (as plain text, exactly as typed) and notes. */
export function applyRestores(sheet: Sheet, restores: readonly Restore[]): void {
  for (const r of restores) {
    const cell = sheet.getRange(r.row, r.column);
    if (r.note) {
      cell.setNote(r.text);
    } else {
      cell.setNumberFormat('@');
      cell.setValue(r.text);
    }
  }
}
