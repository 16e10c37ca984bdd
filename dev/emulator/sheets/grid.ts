/**
 * The cells of one sheet plus its row heights and column widths, stored so that structural
 * changes are cheap array splices: an outer array of rows (undefined for a row with no cell data),
 * each a sparse array of cells. Indices are 0-based. Everything anchored elsewhere (merges,
 * metadata, charts, protections) is remapped by the sheet model with the same DimOp.
 */
import { type Cell, cloneCell, hasContent, isBlank } from './cell';
import { type Axis, type DimOp, newOrder, reorder } from './dims';

export const DEFAULT_ROW_HEIGHT = 21;
export const DEFAULT_COLUMN_WIDTH = 100;

type Row = (Cell | undefined)[];

export class Grid {
  private rows: (Row | undefined)[];
  rowHeights: number[];
  /** Heights set with setRowHeightsForced (Sheets will not grow them to fit wrapped text). */
  rowForced: boolean[];
  colWidths: number[];

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {
    this.rows = new Array<Row | undefined>(maxRows).fill(undefined);
    this.rowHeights = new Array<number>(maxRows).fill(DEFAULT_ROW_HEIGHT);
    this.rowForced = new Array<boolean>(maxRows).fill(false);
    this.colWidths = new Array<number>(maxCols).fill(DEFAULT_COLUMN_WIDTH);
  }

  get(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  /** The cell at (r, c), created if needed; call prune() after clearing fields. */
  edit(r: number, c: number): Cell {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    let cell = row[c];
    if (!cell) {
      cell = {};
      row[c] = cell;
    }
    return cell;
  }

  put(r: number, c: number, cell: Cell | undefined): void {
    if (cell === undefined || isBlank(cell)) {
      const row = this.rows[r];
      if (row) row[c] = undefined;
      return;
    }
    this.edit(r, c);
    (this.rows[r] as Row)[c] = cell;
  }

  prune(r: number, c: number): void {
    const cell = this.get(r, c);
    if (cell && isBlank(cell)) (this.rows[r] as Row)[c] = undefined;
  }

  /** Applies an insert/delete/move to rows or columns. */
  apply(axis: Axis, op: DimOp): void {
    if (axis === 'row') {
      const order = newOrder(op, this.maxRows);
      this.rows = reorder(this.rows, order, () => undefined);
      this.rowHeights = reorder(this.rowHeights, order, () => DEFAULT_ROW_HEIGHT);
      this.rowForced = reorder(this.rowForced, order, () => false);
      this.maxRows = order.length;
    } else {
      const order = newOrder(op, this.maxCols);
      this.rows = this.rows.map((row) => (row ? reorder(row, order, () => undefined) : row));
      this.colWidths = reorder(this.colWidths, order, () => DEFAULT_COLUMN_WIDTH);
      this.maxCols = order.length;
    }
    if (op.kind === 'insert' && op.inherit) this.inherit(axis, op.at, op.count, op.inherit);
  }

  /** New lines at..at+count-1 take the formats (not values, notes or validation) and size of a neighbour. */
  private inherit(axis: Axis, at: number, count: number, from: 'before' | 'after'): void {
    const source = from === 'before' ? at - 1 : at + count;
    const size = axis === 'row' ? this.maxRows : this.maxCols;
    if (source < 0 || source >= size) return;
    const formatOf = (cell: Cell | undefined) =>
      cell?.format ? cloneCell({ format: cell.format }).format : undefined;
    for (let i = at; i < at + count; i++) {
      if (axis === 'row') {
        this.rowHeights[i] = this.rowHeights[source]!;
        this.rowForced[i] = this.rowForced[source]!;
        this.rows[source]?.forEach((cell, c) => {
          const format = formatOf(cell);
          if (format) this.edit(i, c).format = format;
        });
      } else {
        this.colWidths[i] = this.colWidths[source]!;
        this.rows.forEach((row, r) => {
          const format = formatOf(row?.[source]);
          if (format) this.edit(r, i).format = format;
        });
      }
    }
  }

  forEach(fn: (cell: Cell, r: number, c: number) => void): void {
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell) fn(cell, r, c);
      });
    });
  }

  /** 1-based number of the last row holding a value or formula (0 when empty), like getLastRow. */
  lastContentRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if (this.rows[r]?.some((cell) => hasContent(cell))) return r + 1;
    }
    return 0;
  }

  lastContentColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Rows × columns covering every cell with any data (content, format, note or validation). */
  usedExtent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.forEach((_, r, c) => {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
    return { rows, cols };
  }

  clone(): Grid {
    const g = new Grid(this.maxRows, this.maxCols);
    g.rows = this.rows.map((row) =>
      row ? row.map((cell) => (cell ? cloneCell(cell) : undefined)) : undefined,
    );
    g.rowHeights = [...this.rowHeights];
    g.rowForced = [...this.rowForced];
    g.colWidths = [...this.colWidths];
    return g;
  }
}
