/**
 * Everything a rebuild checks before it writes anything, so that a rebuild either works or
 * leaves the sheet exactly as it was: no cell over Sheets' 50,000-character limit, and no merge
 * that the frozen header row or label column would cut (Sheets refuses to freeze through a merge,
 * and to merge across a frozen edge). Merges that reach into the builder's area are not a
 * problem: the rebuild undoes them whole and keeps their text.
 */

import { JourneyGridError, type Problem, problem } from '../../model/problems';
import { LIMITS } from '../../model/types';
import { a1 } from './a1';
import type { Extent } from './clear';
import type { Sheet } from './services';
import type { Block, SheetPlan } from './sheet-plan';

const PROBLEMS = {
  mergeCutByFreeze: (range: string) =>
    problem(
      range,
      'merge-cut-by-freeze',
      `結合されたセル ${range} が、固定する見出しの行または列の境目をまたいでいます。結合を解除するか移動してから、もう一度作成してください（シートは変更していません）。`,
      `The merged cells ${range} cross the edge of the header rows or label column that the journey freezes. Unmerge or move them, then build again (the sheet was not changed).`,
    ),
  cellTooLong: (cell: string) =>
    problem(
      cell,
      'cell-too-long',
      `${cell} に書く文字が ${LIMITS.cellTextLength} 文字を超えます。短くしてから、もう一度作成してください（シートは変更していません）。`,
      `The text for ${cell} is over ${LIMITS.cellTextLength} characters. Shorten it, then build again (the sheet was not changed).`,
    ),
};

function blockA1(b: Block): string {
  const end = a1(b.row + b.numRows - 1, b.column + b.numColumns - 1);
  const start = a1(b.row, b.column);
  return start === end ? start : `${start}:${end}`;
}

/** Every merge on the sheet, in one call. */
export function sheetMerges(sheet: Sheet): Block[] {
  return sheet
    .getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())
    .getMergedRanges()
    .map((m) => ({
      row: m.getRow(),
      column: m.getColumn(),
      numRows: m.getNumRows(),
      numColumns: m.getNumColumns(),
    }));
}

/** Throws, before any change, the problems that would make the write fail half-way. */
export function checkPlan(plan: SheetPlan, merges: readonly Block[], area: Extent): void {
  const problems: Problem[] = [];
  plan.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > LIMITS.cellTextLength)
        problems.push(PROBLEMS.cellTooLong(a1(r + 1, c + 1)));
    });
  });
  const cut = (first: number, count: number, frozen: number) =>
    frozen > 0 && first <= frozen && first + count - 1 > frozen;
  for (const m of merges) {
    // Inside the builder's area the rebuild breaks merges apart itself.
    if (m.row <= area.rows && m.column <= area.columns) continue;
    if (cut(m.row, m.numRows, plan.frozenRows) || cut(m.column, m.numColumns, plan.frozenColumns))
      problems.push(PROBLEMS.mergeCutByFreeze(blockA1(m)));
  }
  if (problems.length > 0) throw new JourneyGridError(problems);
}

export const WRITE_FAILED = (detail: string) =>
  problem(
    '',
    'write-failed',
    `シートへの書き込みに失敗したため、シートを作成前の状態に戻しました。もう一度お試しください。（Google スプレッドシートの応答: ${detail}）`,
    `Writing to the sheet failed, so the sheet was put back as it was before. Please try again. (Google Sheets said: ${detail})`,
  );
