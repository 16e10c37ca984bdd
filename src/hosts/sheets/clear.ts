/**
 * Clears a journey sheet's grid before it is rebuilt in place, and puts back afterwards the text
 * and notes that users left in that area but that are not part of the model (text beside the
 * grid, a word typed into an emotion cell, notes): a rebuild never loses what people typed.
 * Only the builder's own chart and formatting rules are removed; the team's own stay.
 */
import { COLUMN_KEY, ROW_KEY } from '../../layout/keys';
import { type Finding, UNPLACED_CODES } from '../../read/findings';
import type { Placement } from '../../read/read-table';
import type { ConditionalFormatRule, Sheet } from './services';
import type { SheetPlan } from './sheet-plan';
import { a1 } from './write';

export interface Extent {
  rows: number;
  columns: number;
}

/** The area the builder owns: up to the last keyed row and column. */
export function journeyExtent(sheet: Sheet): Extent {
  let rows = 0;
  let columns = 0;
  for (const md of sheet.createDeveloperMetadataFinder().withKey(ROW_KEY).find()) {
    rows = Math.max(rows, md.getLocation().getRow()?.getRow() ?? 0);
  }
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    columns = Math.max(columns, md.getLocation().getColumn()?.getColumn() ?? 0);
  }
  return { rows, columns };
}

/**
 * Clears the builder's area and returns the conditional-format rules to keep: those that reach
 * outside the area are the team's own (the builder's rules all lie inside it).
 */
export function clearJourney(
  sheet: Sheet,
  extent: Extent,
  chartId: number | undefined,
): ConditionalFormatRule[] {
  for (const key of [ROW_KEY, COLUMN_KEY]) {
    for (const md of sheet.createDeveloperMetadataFinder().withKey(key).find()) md.remove();
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
  const keep = sheet.getConditionalFormatRules().filter((rule) => !inside(rule));
  for (const chart of sheet.getCharts()) {
    // Earlier builds did not record their chart: then the chart drawn from the grid is ours.
    const ours =
      chartId !== undefined
        ? chart.getChartId() === chartId
        : chart
            .getRanges()
            .every((r) => r.getLastRow() <= extent.rows && r.getLastColumn() <= extent.columns);
    if (ours) sheet.removeChart(chart);
  }
  return keep;
}

export function parseA1(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** Texts and notes from findings that lie where the rebuild writes: they are placed again. */
export function restoreUnplaced(
  sheet: Sheet,
  findings: readonly Finding[],
  cleared: Extent,
  plan: SheetPlan,
  placement: Placement,
): Finding[] {
  const moved: Finding[] = [];
  const nextFreeColumn = new Map<number, number>();
  const inside = (p: { row: number; column: number }, e: Extent) => p.row <= e.rows && p.column <= e.columns;
  const planned: Extent = { rows: plan.height, columns: plan.width };
  const rowOfLane = new Map(plan.rowKeys.map((k) => [k.value, k.row]));
  const columnOfStage = new Map(plan.columnKeys.map((k) => [k.value, k.column]));
  for (const finding of findings) {
    const at = parseA1(finding.path);
    if (!at || finding.text === undefined || finding.text === '') continue;
    if (!inside(at, cleared) && !inside(at, planned)) continue;
    if (finding.code === 'note') {
      // A note on a journey cell follows its lane and stage to wherever the rebuild draws them.
      const lane = placement.laneRows[at.row - 1];
      const stage = placement.stageColumns[at.column - 1];
      const row = lane === undefined ? at.row : (rowOfLane.get(`lane:${lane}`) ?? at.row);
      const column = stage === undefined ? at.column : (columnOfStage.get(`stage:${stage}`) ?? at.column);
      sheet.getRange(row, column).setNote(finding.text);
      continue;
    }
    if (!UNPLACED_CODES.has(finding.code)) continue;
    // Outside the new grid it goes back where it was; inside, to the first free column beside it.
    const overlapped = inside(at, planned);
    const column = overlapped ? Math.max(nextFreeColumn.get(at.row) ?? 0, plan.width + 2) : at.column;
    if (overlapped) nextFreeColumn.set(at.row, column + 1);
    sheet.getRange(at.row, column).setValue(`'${finding.text}`);
    if (!overlapped) continue;
    const to = a1(at.row, column);
    moved.push({
      path: to,
      code: 'moved-text',
      text: finding.text,
      message: {
        ja: `${finding.path} にあった文字をグリッドの外（${to}）に移しました。`,
        en: `Text from ${finding.path} was moved outside the grid, to ${to}.`,
      },
    });
  }
  return moved;
}
