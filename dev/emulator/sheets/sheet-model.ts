/**
 * The state of one sheet and the operations on it that several script-facing objects share
 * (Range, RangeList, Sheet, the user-edit helpers): reading values through the formula engine,
 * writing values the way Sheets parses them, formats, borders, notes, validation, merges, sorting,
 * and the edit guards (read-only document, protections).
 *
 * Guards are separate from the writes: a script-facing method calls the guard once for the whole
 * area it touches, then writes cell by cell, so one call either changes everything or nothing.
 */
import { exception, messages } from '../errors';
import {
  type Cell,
  type CellFormat,
  cloneScalar,
  FORMAT_DEFAULTS,
  type FormatKey,
  isDate,
  type ValidationRule,
} from './cell';
import type { CfRuleSpec } from './conditional';
import { type Axis, contains, type DimOp, intersects, type Rect } from './dims';
import { displayText } from './format';
import { FormulaError, type FValue } from './formula';
import { Grid } from './grid';
import { parseInput } from './input';
import type { Recalc, SpreadsheetModel } from './spreadsheet-model';

export const CELL_MAX_CHARS = 50_000;

export interface ProtectionModel {
  readonly id: number;
  readonly type: 'SHEET' | 'RANGE';
  readonly sheet: SheetModel;
  /** The protected cells for RANGE protections; null for a whole-sheet protection. */
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  /** E-mails of the users allowed to edit; a protection a script creates lists its user. */
  editors: Set<string>;
  removed: boolean;
}

export interface ChartRangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartSpec {
  type: string;
  ranges: ChartRangeRef[];
  options: Record<string, unknown>;
  /** 0-based anchor cell plus pixel offsets. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  /**
   * How several ranges become one data table: MERGE_COLUMNS (the default of
   * EmbeddedChartBuilder.setMergeStrategy) puts them side by side, MERGE_ROWS stacks them
   * (https://developers.google.com/apps-script/reference/charts/chart-merge-strategy).
   */
  mergeStrategy: 'MERGE_COLUMNS' | 'MERGE_ROWS';
}

export interface ChartModel extends ChartSpec {
  readonly id: number;
}

/** What getValues returns for one cell. */
export type CellOut = string | number | boolean | Date;

export interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

export type BorderSide = 'top' | 'left' | 'bottom' | 'right';

function fvalueOut(v: FValue): CellOut {
  if (v === null) return '';
  if (v instanceof FormulaError) return v.code;
  return v;
}

export class SheetModel {
  frozenRows = 0;
  frozenCols = 0;
  hiddenGridlines = false;
  tabColor: string | null = null;
  hidden = false;
  merges: Rect[] = [];
  charts: ChartModel[] = [];
  protections: ProtectionModel[] = [];
  conditionalRules: CfRuleSpec[] = [];
  deleted = false;
  /** The script-facing Sheet object, created on first use (see sheet.ts). */
  facade: object | null = null;

  constructor(
    readonly parent: SpreadsheetModel,
    public id: number,
    public name: string,
    readonly grid: Grid = new Grid(),
  ) {}

  get ctx() {
    return this.parent.ctx;
  }

  get maxRows(): number {
    return this.grid.maxRows;
  }

  get maxCols(): number {
    return this.grid.maxCols;
  }

  fullRect(): Rect {
    return { r1: 0, c1: 0, r2: this.grid.maxRows - 1, c2: this.grid.maxCols - 1 };
  }

  // ---- guards --------------------------------------------------------------------------------

  assertLive(): void {
    if (this.deleted) throw exception(messages.sheetDeleted(this.name));
  }

  userCanEdit(p: ProtectionModel): boolean {
    return p.warningOnly || p.editors.has(this.ctx.user.email);
  }

  private blocking(): ProtectionModel[] {
    return this.protections.filter((p) => !p.removed && !this.userCanEdit(p));
  }

  /** For changes to the sheet as a whole (name, sizes, frozen panes, charts, metadata). */
  guardSheet(): void {
    this.assertLive();
    this.parent.assertWritable();
    if (this.blocking().some((p) => p.type === 'SHEET')) throw exception(messages.protected);
  }

  /** For changes to cells. */
  guardRect(rect: Rect): void {
    this.guardSheet();
    if (this.blocking().some((p) => p.rect !== null && intersects(p.rect, rect))) {
      throw exception(messages.protected);
    }
  }

  /** For inserting, deleting or moving rows/columns: refused when it would cut into protected cells. */
  guardStructure(axis: Axis, op: DimOp): void {
    this.guardSheet();
    for (const p of this.blocking()) {
      if (!p.rect) continue;
      const [lo, hi] = axis === 'row' ? [p.rect.r1, p.rect.r2] : [p.rect.c1, p.rect.c2];
      const overlaps = (a: number, b: number) => a <= hi && lo <= b;
      const touches =
        op.kind === 'insert'
          ? op.at > lo && op.at <= hi
          : op.kind === 'delete'
            ? overlaps(op.at, op.at + op.count - 1)
            : overlaps(op.from, op.from + op.count - 1) || (op.to > lo && op.to <= hi);
      if (touches) throw exception(messages.protected);
    }
  }

  /** Range.canEdit(): every cell editable by the current user. */
  canEditRect(rect: Rect): boolean {
    if (this.deleted || this.parent.file.access === 'view') return false;
    return !this.blocking().some((p) => p.rect === null || intersects(p.rect, rect));
  }

  // ---- merges --------------------------------------------------------------------------------

  mergesIntersecting(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersects(m, rect));
  }

  /** Keys (r * 20000 + c) of merged cells other than their top-left anchor, within rect. */
  nonAnchorKeys(rect: Rect): Set<number> {
    const keys = new Set<number>();
    for (const m of this.mergesIntersecting(rect)) {
      for (let r = m.r1; r <= m.r2; r++) {
        for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) keys.add(r * 20_000 + c);
      }
    }
    return keys;
  }

  merge(rect: Rect): void {
    // A merged cell cannot straddle the edge of the frozen panes.
    if (this.frozenCols > 0 && rect.c1 < this.frozenCols && rect.c2 >= this.frozenCols) {
      throw exception(messages.mergeAcrossFrozen('columns'));
    }
    if (this.frozenRows > 0 && rect.r1 < this.frozenRows && rect.r2 >= this.frozenRows) {
      throw exception(messages.mergeAcrossFrozen('rows'));
    }
    const existing = this.mergesIntersecting(rect);
    if (existing.some((m) => !contains(rect, m))) throw exception(messages.mergePartial);
    this.merges = this.merges.filter((m) => !existing.includes(m));
    if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return;
    // Sheets keeps only the top-left value of a merged range.
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        if (r === rect.r1 && c === rect.c1) continue;
        const cell = this.grid.get(r, c);
        if (cell) {
          delete cell.value;
          delete cell.formula;
          this.grid.prune(r, c);
        }
      }
    }
    this.merges.push({ ...rect });
  }

  breakApart(rect: Rect): void {
    const existing = this.mergesIntersecting(rect);
    if (existing.some((m) => !contains(rect, m))) throw exception(messages.mergePartial);
    this.merges = this.merges.filter((m) => !existing.includes(m));
  }

  // ---- values --------------------------------------------------------------------------------

  readValue(r: number, c: number, recalc: Recalc): CellOut {
    const cell = this.grid.get(r, c);
    if (!cell) return '';
    if (cell.formula !== undefined) return fvalueOut(recalc.value(this, r, c));
    return cell.value === undefined ? '' : cloneScalar(cell.value);
  }

  readDisplay(r: number, c: number, recalc: Recalc): string {
    const cell = this.grid.get(r, c);
    if (!cell) return '';
    const format = cell.format?.numberFormat;
    if (cell.formula !== undefined) {
      const v = recalc.value(this, r, c);
      if (v instanceof FormulaError) return v.code;
      return displayText(v, format);
    }
    return displayText(cell.value, format);
  }

  /**
   * Writes one value the way Apps Script does: strings are parsed like typed input (formulas,
   * numbers, percentages…), null or '' clears the content. Callers check the size limit and the
   * guards, and skip non-anchor cells of merges.
   */
  writeValue(r: number, c: number, v: unknown): void {
    const cell = this.grid.edit(r, c);
    delete cell.value;
    delete cell.formula;
    if (v === null || v === undefined || v === '') {
      this.grid.prune(r, c);
      return;
    }
    if (typeof v === 'number') {
      cell.value = Number.isFinite(v) ? v : '#NUM!';
    } else if (typeof v === 'boolean') {
      cell.value = v;
    } else if (isDate(v)) {
      cell.value = new Date(v.getTime());
    } else {
      const parsed = parseInput(String(v), cell.format?.numberFormat);
      if (parsed.formula !== undefined) cell.formula = parsed.formula;
      else if (parsed.value !== undefined) cell.value = parsed.value;
      // parseInput decides when an entry brings its own format (see input.ts).
      if (parsed.autoFormat) this.setFormat(r, c, 'numberFormat', parsed.autoFormat);
    }
    this.grid.prune(r, c);
  }

  formulaAt(r: number, c: number): string {
    return this.grid.get(r, c)?.formula ?? '';
  }

  // ---- formats, notes, validation -------------------------------------------------------------

  getFormat<K extends FormatKey>(r: number, c: number, key: K): NonNullable<CellFormat[K]> {
    const value = this.grid.get(r, c)?.format?.[key];
    return (value ?? FORMAT_DEFAULTS[key]) as NonNullable<CellFormat[K]>;
  }

  setFormat<K extends FormatKey>(r: number, c: number, key: K, value: CellFormat[K] | undefined): void {
    if (value === undefined || value === FORMAT_DEFAULTS[key]) {
      const cell = this.grid.get(r, c);
      if (cell?.format) {
        delete cell.format[key];
        if (Object.keys(cell.format).length === 0) delete cell.format;
        this.grid.prune(r, c);
      }
      return;
    }
    const cell = this.grid.edit(r, c);
    cell.format ??= {};
    cell.format[key] = value;
  }

  setNote(r: number, c: number, note: string | null | undefined): void {
    if (note === null || note === undefined || note === '') {
      const cell = this.grid.get(r, c);
      if (cell) {
        delete cell.note;
        this.grid.prune(r, c);
      }
      return;
    }
    this.grid.edit(r, c).note = note;
  }

  setValidation(r: number, c: number, rule: ValidationRule | null | undefined): void {
    if (!rule) {
      const cell = this.grid.get(r, c);
      if (cell) {
        delete cell.validation;
        this.grid.prune(r, c);
      }
      return;
    }
    this.grid.edit(r, c).validation = rule;
  }

  setBorderEdge(r: number, c: number, side: BorderSide, edge: { color: string; style: string } | null): void {
    if (edge === null) {
      const cell = this.grid.get(r, c);
      const borders = cell?.format?.borders;
      if (cell?.format && borders) {
        delete borders[side];
        if (Object.keys(borders).length === 0) delete cell.format.borders;
        if (Object.keys(cell.format).length === 0) delete cell.format;
        this.grid.prune(r, c);
      }
      return;
    }
    const cell = this.grid.edit(r, c);
    cell.format ??= {};
    cell.format.borders ??= {};
    cell.format.borders[side] = { ...edge };
  }

  /** Range.setBorder semantics: true sets, false removes, null leaves a side unchanged. */
  setBorders(
    rect: Rect,
    sides: {
      top: boolean | null;
      left: boolean | null;
      bottom: boolean | null;
      right: boolean | null;
      vertical: boolean | null;
      horizontal: boolean | null;
    },
    edge: { color: string; style: string },
  ): void {
    const apply = (r: number, c: number, side: BorderSide, flag: boolean | null) => {
      if (flag === null || flag === undefined) return;
      this.setBorderEdge(r, c, side, flag ? edge : null);
    };
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        if (r === rect.r1) apply(r, c, 'top', sides.top);
        if (r === rect.r2) apply(r, c, 'bottom', sides.bottom);
        if (c === rect.c1) apply(r, c, 'left', sides.left);
        if (c === rect.c2) apply(r, c, 'right', sides.right);
        if (r > rect.r1) apply(r, c, 'top', sides.horizontal);
        if (r < rect.r2) apply(r, c, 'bottom', sides.horizontal);
        if (c > rect.c1) apply(r, c, 'left', sides.vertical);
        if (c < rect.c2) apply(r, c, 'right', sides.vertical);
      }
    }
  }

  clearRect(rect: Rect, what: ClearWhat): void {
    for (let r = rect.r1; r <= Math.min(rect.r2, this.grid.maxRows - 1); r++) {
      for (let c = rect.c1; c <= Math.min(rect.c2, this.grid.maxCols - 1); c++) {
        const cell = this.grid.get(r, c);
        if (!cell) continue;
        if (what.contents) {
          delete cell.value;
          delete cell.formula;
        }
        if (what.formats) delete cell.format;
        if (what.notes) delete cell.note;
        if (what.validations) delete cell.validation;
        this.grid.prune(r, c);
      }
    }
  }

  // ---- sorting -------------------------------------------------------------------------------

  /**
   * Sorts the rows of rect by the values in column col0. Whole cells move (content, formats,
   * notes, validation). Blank keys go last in both directions; otherwise numbers < text <
   * booleans, text without case, ties keep their order. Assumptions: row developer metadata does
   * NOT move with sorted content (it stays on the row index, since sorting rewrites cells rather
   * than moving rows), and formulas move as text without adjusting their relative references.
   */
  sortRect(rect: Rect, col0: number, ascending: boolean): void {
    if (this.mergesIntersecting(rect).length > 0) throw exception(messages.sortMerged);
    const recalc = this.parent.recalc();
    const rows: { key: CellOut; cells: (Cell | undefined)[] }[] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const cells: (Cell | undefined)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) cells.push(this.grid.get(r, c));
      rows.push({ key: this.readValue(r, col0, recalc), cells });
    }
    const rank = (v: CellOut) =>
      v === '' ? 4 : typeof v === 'number' || isDate(v) ? 0 : typeof v === 'string' ? 1 : 2;
    const sorted = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => {
        const [ka, kb] = [a.row.key, b.row.key];
        const [ra, rb] = [rank(ka), rank(kb)];
        if (ra === 4 || rb === 4) return ra === rb ? a.i - b.i : ra - rb;
        let cmp = ra - rb;
        if (cmp === 0) {
          if (typeof ka === 'string' && typeof kb === 'string') {
            cmp = ka.localeCompare(kb, undefined, { sensitivity: 'base' });
          } else {
            cmp = Number(isDate(ka) ? ka.getTime() : ka) - Number(isDate(kb) ? kb.getTime() : kb);
          }
        }
        if (!ascending) cmp = -cmp;
        return cmp === 0 ? a.i - b.i : cmp;
      });
    sorted.forEach(({ row }, k) => {
      row.cells.forEach((cell, j) => {
        this.grid.put(rect.r1 + k, rect.c1 + j, cell);
      });
    });
  }
}
