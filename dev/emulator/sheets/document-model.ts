/**
 * The in-memory state of a spreadsheet document and its sheets: plain data plus the operations
 * on it, with no emulator context and no script-facing objects (those are in spreadsheet.ts,
 * sheet.ts, range.ts…, built on top). The document and its sheets refer to each other, so they
 * share this module.
 *
 * A sheet owns its grid and the operations several script-facing objects share (Range,
 * RangeList, Sheet, the user-edit helpers): reading values through the formula engine, writing
 * values the way Sheets parses them, formats, borders, notes, validation, merges, sorting, and
 * the edit guards (read-only document, protections, checked against the user passed in).
 * Guards are separate from the writes: a script-facing method calls the guard once for the
 * whole area it touches, then writes cell by cell, so one call either changes everything or
 * nothing.
 *
 * The document owns what spans sheets: formula evaluation (a formula may read another sheet),
 * and the fan-out of a structural change of one sheet to everything anchored to it anywhere in
 * the document (metadata, chart ranges, formula references).
 */
import { exception, messages } from '../errors';
import type { DocumentFile } from '../file';
import {
  type Cell,
  type CellFormat,
  cloneScalar,
  FORMAT_DEFAULTS,
  type FormatKey,
  isDate,
  type Scalar,
  type ValidationRule,
} from './cell';
import {
  type Axis,
  contains,
  type DimOp,
  type IndexMap,
  indexMap,
  intersects,
  mapFrozen,
  mapRect,
  mapSpan,
  type Rect,
} from './dims';
import { dateToSerial, displayText, isDateFormat, isGeneralFormat, serialToDate } from './format';
import {
  type EvalHost,
  evaluateFormula,
  FormulaError,
  type FValue,
  type RefArea,
  type RefEdit,
  rewriteReferences,
} from './formula';
import { Grid } from './grid';
import { parseInput } from './input';

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

  constructor(
    readonly parent: SpreadsheetModel,
    public id: number,
    public name: string,
    readonly grid: Grid = new Grid(),
  ) {}

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

  /** Whether `user` (an e-mail) may edit what the protection covers. */
  userCanEdit(p: ProtectionModel, user: string): boolean {
    return p.warningOnly || p.editors.has(user);
  }

  private blocking(user: string): ProtectionModel[] {
    return this.protections.filter((p) => !p.removed && !this.userCanEdit(p, user));
  }

  /** For changes to the sheet as a whole (name, sizes, frozen panes, charts, metadata) by `user`. */
  guardSheet(user: string): void {
    this.assertLive();
    this.parent.assertWritable();
    if (this.blocking(user).some((p) => p.type === 'SHEET')) throw exception(messages.protected);
  }

  /** For changes to cells. */
  guardRect(rect: Rect, user: string): void {
    this.guardSheet(user);
    if (this.blocking(user).some((p) => p.rect !== null && intersects(p.rect, rect))) {
      throw exception(messages.protected);
    }
  }

  /** For inserting, deleting or moving rows/columns: refused when it would cut into protected cells. */
  guardStructure(axis: Axis, op: DimOp, user: string): void {
    this.guardSheet(user);
    for (const p of this.blocking(user)) {
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

  /** Range.canEdit(): every cell editable by `user`. */
  canEditRect(rect: Rect, user: string): boolean {
    if (this.deleted || this.parent.file.access === 'view') return false;
    return !this.blocking(user).some((p) => p.rect === null || intersects(p.rect, rect));
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
    const format = cell.format?.numberFormat;
    const value =
      cell.formula !== undefined
        ? fvalueOut(recalc.value(this, r, c))
        : cell.value === undefined
          ? ''
          : cloneScalar(cell.value);
    // The format decides the type: a number shown as a date reads as a Date, a date shown as a
    // number reads as its serial number (Range.getValues: "Number, Boolean, Date, or String,
    // depending on the value of the cell"; dates are numbers formatted as dates, Sheets API guide
    // "Date and number formats"). Under General a written Date stays a Date (shown as one).
    if (typeof value === 'number' && isDateFormat(format)) return serialToDate(value);
    if (isDate(value) && !isGeneralFormat(format) && format !== '@' && !isDateFormat(format))
      return dateToSerial(value);
    return value;
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

/** A conditional format rule as stored on a sheet: the conditions the add-on writes, a look, ranges. */
export type CfCondition = { kind: 'formula'; formula: string } | { kind: 'numberEqualTo'; value: number };

export interface CfFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CfRuleSpec {
  condition: CfCondition | null;
  format: CfFormat;
  ranges: ChartRangeRef[];
}

/** Developer metadata as stored by the spreadsheet (see metadata-model.ts). */
export type MetadataLocationModel =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'ROW' | 'COLUMN'; sheet: SheetModel; index: number };

export interface MetadataEntry {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocationModel;
  removed: boolean;
}

// ---- the document ----------------------------------------------------------------------------

export const SHEET_NAME_MAX = 100;

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  metadata: MetadataEntry[] = [];
  nextMetadataId = 1;
  nextChartId = 100_001;
  nextProtectionId = 1;
  private sheetIdSeed = 0x1d872b41;

  constructor(
    readonly file: DocumentFile,
    public locale: string,
  ) {}

  get name(): string {
    return this.file.name;
  }

  /** A document the user may only view refuses every change. */
  assertWritable(): void {
    if (this.file.access === 'view') throw exception(messages.readOnly);
  }

  newSheetId(): number {
    // Like Sheets: the first sheet of a new spreadsheet has id 0, later ones a random positive id.
    if (this.sheets.length === 0) return 0;
    for (;;) {
      this.sheetIdSeed = (Math.imul(this.sheetIdSeed, 1103515245) + 12345) >>> 0;
      const id = (this.sheetIdSeed % 2_000_000_000) + 1;
      if (!this.sheets.some((s) => s.id === id)) return id;
    }
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  checkSheetName(name: string, self?: SheetModel): string {
    const text = String(name);
    if (text.trim() === '') throw exception(messages.sheetNameEmpty);
    if (text.length > SHEET_NAME_MAX) throw exception(messages.sheetNameTooLong(SHEET_NAME_MAX));
    const other = this.sheetByName(text);
    if (other && other !== self) throw exception(messages.sheetNameTaken(text));
    return text;
  }

  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  /** Adds a sheet at a 0-based position (clamped), as Spreadsheet.insertSheet does. */
  addSheet(sheet: SheetModel, index: number): void {
    const at = Math.max(0, Math.min(this.sheets.length, Math.trunc(index)));
    this.sheets.splice(at, 0, sheet);
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw exception(messages.lastSheet);
    const oldName = sheet.name;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const m of this.metadata) {
      if (m.location.type !== 'SPREADSHEET' && m.location.sheet === sheet) m.removed = true;
    }
    this.metadata = this.metadata.filter((m) => !m.removed);
    for (const other of this.sheets) {
      for (const chart of other.charts) chart.ranges = chart.ranges.filter((r) => r.sheet !== sheet);
      for (const rule of other.conditionalRules) rule.ranges = rule.ranges.filter((r) => r.sheet !== sheet);
    }
    this.rewriteAllFormulas((ref) =>
      ref.explicit && sameName(ref.sheet, oldName) ? 'ref-error' : undefined,
    );
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  renameSheet(sheet: SheetModel, newName: string): void {
    const oldName = sheet.name;
    sheet.name = newName;
    this.rewriteAllFormulas((ref) =>
      ref.explicit && sameName(ref.sheet, oldName) ? { sheet: newName } : undefined,
    );
  }

  /** Rewrites references in cell formulas and conditional-format formulas of every sheet. */
  private rewriteAllFormulas(edit: Parameters<typeof rewriteReferences>[2]): void {
    for (const sheet of this.sheets) {
      sheet.grid.forEach((cell) => {
        if (cell.formula !== undefined) cell.formula = rewriteReferences(cell.formula, sheet.name, edit);
      });
      for (const rule of sheet.conditionalRules) {
        if (rule.condition?.kind === 'formula') {
          rule.condition.formula = rewriteReferences(rule.condition.formula, sheet.name, edit);
        }
      }
    }
  }

  /**
   * Applies an insert/delete/move of rows or columns of `sheet` and remaps everything anchored to
   * them: merges, frozen counts, protected ranges, charts (their ranges on any sheet, their
   * anchor on this one), row/column metadata and formula references in every sheet.
   */
  applyStructure(sheet: SheetModel, axis: Axis, op: DimOp): void {
    sheet.grid.apply(axis, op);
    const map = indexMap(op);
    sheet.merges = sheet.merges
      .map((m) => mapRect(m, axis, map))
      .filter((m): m is NonNullable<typeof m> => m !== null && (m.r1 !== m.r2 || m.c1 !== m.c2));
    if (axis === 'row') sheet.frozenRows = mapFrozen(op, sheet.frozenRows);
    else sheet.frozenCols = mapFrozen(op, sheet.frozenCols);
    for (const p of sheet.protections) {
      if (p.rect) {
        const next = mapRect(p.rect, axis, map);
        if (next) p.rect = next;
        else p.removed = true;
      }
    }
    sheet.protections = sheet.protections.filter((p) => !p.removed);
    const remap = (ranges: ChartRangeRef[]) =>
      ranges.flatMap((r) => {
        if (r.sheet !== sheet) return [r];
        const next = mapRect(r.rect, axis, map);
        return next ? [{ sheet: r.sheet, rect: next }] : [];
      });
    for (const other of this.sheets) {
      for (const chart of other.charts) chart.ranges = remap(chart.ranges);
      for (const rule of other.conditionalRules) rule.ranges = remap(rule.ranges);
    }
    const size = axis === 'row' ? sheet.grid.maxRows : sheet.grid.maxCols;
    for (const chart of sheet.charts) {
      const key = axis === 'row' ? 'row' : 'col';
      const mapped = map(chart.anchor[key]);
      chart.anchor[key] = mapped ?? Math.min(op.kind === 'delete' ? op.at : chart.anchor[key], size - 1);
    }
    const locType = axis === 'row' ? 'ROW' : 'COLUMN';
    for (const m of this.metadata) {
      const loc = m.location;
      if (loc.type === locType && loc.sheet === sheet) {
        const next = map(loc.index);
        if (next === null) m.removed = true;
        else loc.index = next;
      }
    }
    this.metadata = this.metadata.filter((m) => !m.removed);
    const name = sheet.name;
    this.rewriteAllFormulas((ref) =>
      sameName(ref.sheet, name) ? remapArea(ref.area, axis, map) : undefined,
    );
  }

  /** A fresh evaluation pass; values are memoised for the duration of one read. */
  recalc(): Recalc {
    return new Recalc(this);
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function remapArea(area: RefArea, axis: Axis, map: IndexMap): RefEdit {
  if (axis === 'row' ? area.kind === 'cols' : area.kind === 'rows') return undefined;
  const [lo, hi] = axis === 'row' ? [area.r1, area.r2] : [area.c1, area.c2];
  const span = mapSpan(lo, hi, map);
  if (!span) return 'ref-error';
  if (area.kind === 'cell' && map(lo) === null) return 'ref-error';
  if (span[0] === lo && span[1] === hi) return undefined;
  return {
    area: axis === 'row' ? { ...area, r1: span[0], r2: span[1] } : { ...area, c1: span[0], c2: span[1] },
  };
}

function scalarToF(value: Scalar | undefined): FValue {
  if (value === undefined || value === '') return null;
  if (isDate(value)) return dateToSerial(value);
  return value;
}

/** Evaluates formula cells with memoisation and cycle detection (a cycle shows #REF!, as in Sheets). */
export class Recalc {
  private readonly memo = new Map<string, FValue>();
  private readonly visiting = new Set<string>();

  constructor(private readonly doc: SpreadsheetModel) {}

  private host(sheet: SheetModel): EvalHost {
    return {
      cell: (name, row, col) => {
        const target = name === null ? sheet : this.doc.sheetByName(name);
        if (!target) return new FormulaError('#REF!');
        if (row >= target.grid.maxRows || col >= target.grid.maxCols) return new FormulaError('#REF!');
        return this.value(target, row, col);
      },
      size: (name) => {
        const target = name === null ? sheet : this.doc.sheetByName(name);
        return target ? { rows: target.grid.maxRows, cols: target.grid.maxCols } : null;
      },
    };
  }

  value(sheet: SheetModel, r: number, c: number): FValue {
    const cell = sheet.grid.get(r, c);
    if (!cell) return null;
    if (cell.formula === undefined) return scalarToF(cell.value);
    const key = `${sheet.id}:${r}:${c}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.visiting.has(key)) return new FormulaError('#REF!');
    this.visiting.add(key);
    const v = evaluateFormula(cell.formula, this.host(sheet));
    this.visiting.delete(key);
    this.memo.set(key, v);
    return v;
  }

  /** Evaluates a formula that lives outside the cells (a conditional-format rule) on a sheet. */
  evaluate(sheet: SheetModel, formula: string): FValue {
    return evaluateFormula(formula, this.host(sheet));
  }
}
