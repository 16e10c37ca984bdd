/**
 * A host-neutral "document" for reader tests: a table plan drawn into a RawTable exactly as a
 * host would show it (texts, numbers, keys on rows and columns), which tests then edit as users
 * would before reading it back.
 */
import { encodeColumn, encodeRow } from '../../src/layout/keys';
import type { TablePlan } from '../../src/layout/table';
import type { RawCell, RawTable } from '../../src/read/raw';

export interface MutableRaw extends RawTable {
  cells: RawCell[][];
  rowKeys: (string | undefined)[];
  columnKeys: (string | undefined)[];
}

export function rawFromPlan(plan: TablePlan): MutableRaw {
  return {
    cells: plan.cells.map((row) =>
      row.map((cell): RawCell => ({ text: cell.shown, value: cell.value === null ? '' : cell.value })),
    ),
    rowKeys: plan.rows.map(encodeRow),
    columnKeys: plan.columns.map(encodeColumn),
    address: (r, c) => `R${r + 1}C${c + 1}`,
  };
}
