/**
 * A host-neutral "document" for reader tests: a table plan drawn into a RawTable exactly as a
 * host would show it (texts, numbers, keys on rows and columns), which tests then edit as users
 * would before reading it back.
 */
import { encodeColumn, encodeRow } from '../../src/layout/keys';
import type { TablePlan } from '../../src/layout/table';
import { NUMBER_FORMATS } from '../../src/layout/theme';
import { toPercentPoints } from '../../src/model/cells';
import type { RawCell, RawTable } from '../../src/read/raw';

export interface MutableRaw extends RawTable {
  cells: RawCell[][];
  rowKeys: (string | undefined)[];
  columnKeys: (string | undefined)[];
}

export function rawFromPlan(plan: TablePlan): MutableRaw {
  return {
    cells: plan.cells.map((row) =>
      row.map((cell): RawCell => {
        // As the Sheets host writes it: rates as percent points under their literal-% format.
        if (typeof cell.value === 'number' && cell.style.numberFormat === NUMBER_FORMATS.metric)
          return {
            text: cell.shown,
            value: toPercentPoints(cell.value),
            numberFormat: NUMBER_FORMATS.metric,
          };
        return { text: cell.shown, value: cell.value === null ? '' : cell.value };
      }),
    ),
    rowKeys: plan.rows.map(encodeRow),
    columnKeys: plan.columns.map(encodeColumn),
    address: (r, c) => `R${r + 1}C${c + 1}`,
  };
}
