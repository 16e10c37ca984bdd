/**
 * Range: a fixed rectangle of one sheet (it does not move when rows are inserted, as in Apps
 * Script). Reads go through the formula engine; 2-D setters check the data's dimensions with
 * Google's messages before touching anything, then guard the whole rectangle once (read-only
 * document, protections), then write.
 */
import type { EmulatorContext } from '../context';
import type {
  BorderStyle,
  CellValueIn,
  DataValidation,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  Protection,
  Sheet,
  SheetRange,
  WrapStrategy,
} from '../contract';
import { enumName } from '../enums';
import { exception, messages } from '../errors';
import { ServiceObject } from '../expose';
import { rectA1 } from './a1';
import type { CellFormat, FormatKey } from './cell';
import type { Rect } from './dims';
import { CELL_MAX_CHARS, type CellOut, type SheetModel } from './document-model';
import { normalizeColor } from './format';
import type { RangeFlags } from './links';
import { DeveloperMetadataFinderImpl, metadataFacades } from './metadata';
import { createMetadata } from './metadata-model';
import { addProtection, ProtectionImpl } from './protection';
import { DataValidationImpl } from './validation';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

function checkDimensions(data: unknown, numRows: number, numCols: number): unknown[][] {
  if (!Array.isArray(data)) throw exception(messages.invalidArgument('values'));
  if (data.length !== numRows) throw exception(messages.rowsMismatch(data.length, numRows));
  for (const row of data) {
    if (!Array.isArray(row)) throw exception(messages.invalidArgument('values'));
    if (row.length !== numCols) throw exception(messages.columnsMismatch(row.length, numCols));
  }
  return data as unknown[][];
}

function checkLength(value: unknown): void {
  if (typeof value === 'string' && value.length > CELL_MAX_CHARS) throw exception(messages.cellTooLong);
}

function colorOrDefault(color: unknown): string | undefined {
  return color === null || color === undefined || color === '' ? undefined : normalizeColor(String(color));
}

function textOrDefault(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : String(value).toLowerCase();
}

export class RangeImpl extends ServiceObject implements SheetRange {
  constructor(
    ctx: EmulatorContext,
    readonly sheet: SheetModel,
    readonly rect: Rect,
    readonly flags: RangeFlags = {},
  ) {
    super(ctx, 'Range');
  }

  private get numRows(): number {
    return this.rect.r2 - this.rect.r1 + 1;
  }

  private get numCols(): number {
    return this.rect.c2 - this.rect.c1 + 1;
  }

  private read<T>(fn: (r: number, c: number) => T): T[][] {
    this.sheet.assertLive();
    const out: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const row: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }

  /** Checks dimensions, guards once, then writes each cell. */
  private writeGrid(data: unknown, fn: (r: number, c: number, value: unknown) => void): this {
    const rows = checkDimensions(data, this.numRows, this.numCols);
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        fn(this.rect.r1 + i, this.rect.c1 + j, value);
      });
    });
    return this;
  }

  private fill(fn: (r: number, c: number) => void): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      for (let c = this.rect.c1; c <= this.rect.c2; c++) fn(r, c);
    }
    return this;
  }

  private formats<K extends FormatKey>(key: K): NonNullable<CellFormat[K]>[][] {
    return this.read((r, c) => this.sheet.getFormat(r, c, key));
  }

  private setFormats<K extends FormatKey>(
    key: K,
    data: unknown,
    convert: (v: unknown) => CellFormat[K],
  ): this {
    return this.writeGrid(data, (r, c, v) => this.sheet.setFormat(r, c, key, convert(v)));
  }

  private setFormatAll<K extends FormatKey>(key: K, value: CellFormat[K]): this {
    return this.fill((r, c) => this.sheet.setFormat(r, c, key, value));
  }

  // ---- geometry ------------------------------------------------------------------------------

  getRow(): number {
    return this.rect.r1 + 1;
  }

  getColumn(): number {
    return this.rect.c1 + 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numCols;
  }

  getLastRow(): number {
    return this.rect.r2 + 1;
  }

  getLastColumn(): number {
    return this.rect.c2 + 1;
  }

  getA1Notation(): string {
    return rectA1(this.rect, this.flags);
  }

  getSheet(): Sheet {
    return this.ctx.facades.sheet(this.sheet);
  }

  getCell(row: number, column: number): SheetRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw exception(messages.cellOutOfRange);
    }
    const r = this.rect.r1 + row - 1;
    const c = this.rect.c1 + column - 1;
    return new RangeImpl(this.ctx, this.sheet, { r1: r, r2: r, c1: c, c2: c });
  }

  // ---- values --------------------------------------------------------------------------------

  getValues(): CellOut[][] {
    const recalc = this.sheet.parent.recalc();
    return this.read((r, c) => this.sheet.readValue(r, c, recalc));
  }

  getValue(): CellOut {
    this.sheet.assertLive();
    return this.sheet.readValue(this.rect.r1, this.rect.c1, this.sheet.parent.recalc());
  }

  getDisplayValues(): string[][] {
    const recalc = this.sheet.parent.recalc();
    return this.read((r, c) => this.sheet.readDisplay(r, c, recalc));
  }

  getDisplayValue(): string {
    this.sheet.assertLive();
    return this.sheet.readDisplay(this.rect.r1, this.rect.c1, this.sheet.parent.recalc());
  }

  getFormulas(): string[][] {
    return this.read((r, c) => this.sheet.formulaAt(r, c));
  }

  getFormula(): string {
    return this.sheet.formulaAt(this.rect.r1, this.rect.c1);
  }

  setValues(values: CellValueIn[][]): this {
    const rows = checkDimensions(values, this.numRows, this.numCols);
    for (const row of rows) for (const v of row) checkLength(v);
    const skip = this.sheet.nonAnchorKeys(this.rect);
    return this.writeGrid(rows, (r, c, v) => {
      // Writes into the hidden cells of a merge are discarded, as in Sheets.
      if (!skip.has(r * 20_000 + c)) this.sheet.writeValue(r, c, v);
    });
  }

  setValue(value: CellValueIn): this {
    checkLength(value);
    const skip = this.sheet.nonAnchorKeys(this.rect);
    return this.fill((r, c) => {
      if (!skip.has(r * 20_000 + c)) this.sheet.writeValue(r, c, value);
    });
  }

  // ---- notes ---------------------------------------------------------------------------------

  getNotes(): string[][] {
    return this.read((r, c) => this.sheet.grid.get(r, c)?.note ?? '');
  }

  getNote(): string {
    return this.sheet.grid.get(this.rect.r1, this.rect.c1)?.note ?? '';
  }

  setNotes(notes: (string | null)[][]): this {
    return this.writeGrid(notes, (r, c, v) => this.sheet.setNote(r, c, v === null ? null : String(v)));
  }

  setNote(note: string | null): this {
    return this.fill((r, c) => this.sheet.setNote(r, c, note === null ? null : String(note)));
  }

  // ---- formats -------------------------------------------------------------------------------

  getBackgrounds(): string[][] {
    return this.formats('background');
  }

  getBackground(): string {
    return this.sheet.getFormat(this.rect.r1, this.rect.c1, 'background');
  }

  setBackgrounds(color: (string | null)[][]): this {
    return this.setFormats('background', color, colorOrDefault);
  }

  setBackground(color: string | null): this {
    return this.setFormatAll('background', colorOrDefault(color));
  }

  getFontColors(): string[][] {
    return this.formats('fontColor');
  }

  setFontColors(colors: (string | null)[][]): this {
    return this.setFormats('fontColor', colors, colorOrDefault);
  }

  setFontColor(color: string | null): this {
    return this.setFormatAll('fontColor', colorOrDefault(color));
  }

  getFontWeights(): FontWeight[][] {
    return this.formats('fontWeight') as FontWeight[][];
  }

  setFontWeights(fontWeights: (string | null)[][]): this {
    return this.setFormats('fontWeight', fontWeights, textOrDefault);
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setFormatAll('fontWeight', textOrDefault(fontWeight));
  }

  getFontStyles(): FontStyle[][] {
    return this.formats('fontStyle') as FontStyle[][];
  }

  setFontStyles(fontStyles: (string | null)[][]): this {
    return this.setFormats('fontStyle', fontStyles, textOrDefault);
  }

  setFontStyle(fontStyle: string | null): this {
    return this.setFormatAll('fontStyle', textOrDefault(fontStyle));
  }

  setFontSizes(sizes: number[][]): this {
    return this.setFormats('fontSize', sizes, (v) => (v === null || v === undefined ? undefined : Number(v)));
  }

  setFontSize(size: number): this {
    return this.setFormatAll('fontSize', Number(size));
  }

  getNumberFormats(): string[][] {
    return this.formats('numberFormat');
  }

  getNumberFormat(): string {
    return this.sheet.getFormat(this.rect.r1, this.rect.c1, 'numberFormat');
  }

  setNumberFormats(numberFormats: string[][]): this {
    return this.setFormats('numberFormat', numberFormats, (v) =>
      v === null || v === undefined || v === '' ? undefined : String(v),
    );
  }

  setNumberFormat(numberFormat: string): this {
    return this.setFormatAll('numberFormat', numberFormat === '' ? undefined : String(numberFormat));
  }

  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.setFormats('horizontalAlignment', alignments, textOrDefault);
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setFormatAll('horizontalAlignment', textOrDefault(alignment));
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.setFormatAll('verticalAlignment', textOrDefault(alignment));
  }

  /** setWrap(true) is the WRAP strategy, setWrap(false) OVERFLOW, as in Sheets. */
  setWrap(isWrapEnabled: boolean): this {
    return this.setFormatAll('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  setWrapStrategy(strategy: WrapStrategy): this {
    return this.setFormatAll('wrapStrategy', enumName(strategy));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: BorderStyle | null,
  ): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    const edge = {
      color: colorOrDefault(color) ?? '#000000',
      style: style === null || style === undefined ? 'SOLID' : enumName(style),
    };
    this.sheet.setBorders(this.rect, { top, left, bottom, right, vertical, horizontal }, edge);
    return this;
  }

  // ---- data validation -----------------------------------------------------------------------

  getDataValidations(): (DataValidation | null)[][] {
    return this.read((r, c) => {
      const rule = this.sheet.grid.get(r, c)?.validation;
      return rule ? new DataValidationImpl(this.ctx, rule) : null;
    });
  }

  setDataValidation(rule: DataValidation | null): this {
    const model = rule instanceof DataValidationImpl ? rule.rule : null;
    return this.fill((r, c) => this.sheet.setValidation(r, c, model));
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    return this.writeGrid(rules, (r, c, v) =>
      this.sheet.setValidation(r, c, v instanceof DataValidationImpl ? v.rule : null),
    );
  }

  clearDataValidations(): this {
    return this.fill((r, c) => this.sheet.setValidation(r, c, null));
  }

  // ---- merges --------------------------------------------------------------------------------

  isPartOfMerge(): boolean {
    this.sheet.assertLive();
    return this.sheet.mergesIntersecting(this.rect).length > 0;
  }

  getMergedRanges(): SheetRange[] {
    this.sheet.assertLive();
    return this.sheet.mergesIntersecting(this.rect).map((m) => new RangeImpl(this.ctx, this.sheet, { ...m }));
  }

  merge(): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    this.sheet.merge(this.rect);
    return this;
  }

  breakApart(): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    this.sheet.breakApart(this.rect);
    return this;
  }

  // ---- clearing ------------------------------------------------------------------------------

  /**
   * Range.clear() with no options clears everything Google lists for clear(options): contents,
   * formats, notes and data validation. Merges are kept (clearing formats does not unmerge).
   */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    const any =
      options &&
      (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    this.sheet.clearRect(
      this.rect,
      any
        ? {
            contents: options.contentsOnly === true,
            formats: options.formatOnly === true,
            notes: options.commentsOnly === true,
            validations: options.validationsOnly === true,
          }
        : { contents: true, formats: true, notes: true, validations: true },
    );
    return this;
  }

  clearContent(): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    this.sheet.clearRect(this.rect, { contents: true });
    return this;
  }

  clearFormat(): this {
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    this.sheet.clearRect(this.rect, { formats: true });
    return this;
  }

  // ---- permissions ---------------------------------------------------------------------------

  canEdit(): boolean {
    return this.sheet.canEditRect(this.rect, this.ctx.user.email);
  }

  protect(): Protection {
    this.sheet.guardSheet(this.ctx.user.email);
    return new ProtectionImpl(this.ctx, addProtection(this.sheet, 'RANGE', this.rect, [this.ctx.user.email]));
  }

  // ---- developer metadata --------------------------------------------------------------------

  /** The whole row or column this range is, if it is exactly one. */
  private line(): { type: 'ROW' | 'COLUMN'; index: number } | null {
    const { rect, sheet } = this;
    if (rect.r1 === rect.r2 && rect.c1 === 0 && rect.c2 === sheet.maxCols - 1)
      return { type: 'ROW', index: rect.r1 };
    if (rect.c1 === rect.c2 && rect.r1 === 0 && rect.r2 === sheet.maxRows - 1)
      return { type: 'COLUMN', index: rect.c1 };
    return null;
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: unknown): this {
    const line = this.line();
    if (!line) throw exception(messages.metadataOnArbitraryRange);
    this.sheet.guardSheet(this.ctx.user.email);
    createMetadata(this.sheet.parent, key, value, visibility, { ...line, sheet: this.sheet });
    return this;
  }

  /** Metadata located exactly on this range (which must be one whole row or column to have any). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    const line = this.line();
    if (!line) return [];
    return metadataFacades(
      this.ctx,
      this.sheet.parent,
      (m) =>
        m.location.type === line.type && m.location.sheet === this.sheet && m.location.index === line.index,
    );
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinderImpl(this.ctx, this.sheet.parent, {
      kind: 'range',
      sheet: this.sheet,
      rect: { ...this.rect },
    });
  }

  // ---- sorting -------------------------------------------------------------------------------

  sort(sortSpecObj: number | { column: number; ascending?: boolean }): this {
    const spec = typeof sortSpecObj === 'number' ? { column: sortSpecObj, ascending: true } : sortSpecObj;
    const col0 = Number(spec.column) - 1;
    if (col0 < this.rect.c1 || col0 > this.rect.c2)
      throw exception(messages.sortColumnOutside(Number(spec.column)));
    this.sheet.guardRect(this.rect, this.ctx.user.email);
    this.sheet.sortRect(this.rect, col0, spec.ascending !== false);
    return this;
  }
}
