/**
 * Everything a rebuild checks before it writes anything, so that a rebuild either works or
 * leaves the sheet exactly as it was: no cell over Sheets' 50,000-character limit, and no merge
 * that the frozen header row or label column would cut (Sheets refuses to freeze through a merge,
 * and to merge across a frozen edge). Merges that reach into the builder's area are not a
 * problem: the rebuild undoes them whole and keeps their text.
 */

import { a1 } from '../../layout/a1';
import type { Block, SheetPlan } from '../../layout/sheet-plan';
import { JourneyGridError, type Problem, problem } from '../../model/problems';
import { LIMITS } from '../../model/types';
import { HOST_MESSAGES as M } from '../messages';
import type { Extent } from './clear';
import type { Sheet } from './services';

const PROBLEMS = {
  mergeCutByFreeze: (range: string) => problem(range, 'merge-cut-by-freeze', M.mergeCutByFreeze(range)),
  cellTooLong: (cell: string) => problem(cell, 'cell-too-long', M.cellTooLong(cell)),
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

export const WRITE_FAILED = (detail: string) => problem('', 'write-failed', M.sheetWriteFailed(detail));
