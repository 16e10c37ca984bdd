/**
 * The state of one spreadsheet document: its sheets in order, the active sheet, developer
 * metadata, and the id counters. It also owns what spans sheets: formula evaluation (a formula
 * may read another sheet), and the fan-out of a structural change of one sheet to everything
 * anchored to it anywhere in the document (metadata, chart ranges, formula references).
 */
import type { EmulatorContext } from '../context';
import type { DriveFile } from '../drive';
import { exception, messages } from '../errors';
import { isDate, type Scalar } from './cell';
import { type Axis, type DimOp, type IndexMap, indexMap, mapFrozen, mapRect, mapSpan } from './dims';
import { dateToSerial } from './format';
import {
  type EvalHost,
  evaluateFormula,
  FormulaError,
  type FValue,
  type RefArea,
  type RefEdit,
  rewriteReferences,
} from './formula';
import type { MetadataEntry } from './metadata-model';
import type { ChartRangeRef, SheetModel } from './sheet-model';

export const SHEET_NAME_MAX = 100;

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  metadata: MetadataEntry[] = [];
  nextMetadataId = 1;
  nextChartId = 100_001;
  nextProtectionId = 1;
  private sheetIdSeed = 0x1d872b41;
  /** The script-facing Spreadsheet object, created on first use (see spreadsheet.ts). */
  facade: object | null = null;

  constructor(
    readonly ctx: EmulatorContext,
    readonly file: DriveFile,
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
