/**
 * Sheet: one tab of a spreadsheet. Structural changes (insert/delete/move rows and columns) are
 * validated here, guarded by the sheet model, and applied by the spreadsheet model so everything
 * anchored to the moved lines follows (see SpreadsheetModel.applyStructure).
 */
import type { EmulatorContext } from '../context';
import type {
  ConditionalFormatRule,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  EmbeddedChart,
  EmbeddedChartBuilder,
  Protection,
  ProtectionType,
  RangeList,
  Sheet,
  SheetRange,
  Spreadsheet,
} from '../contract';
import { enumName } from '../enums';
import { exception, messages } from '../errors';
import { ServiceObject, unwrap } from '../expose';
import { parseA1 } from './a1';
import { cloneSpec, emptySpec } from './chart-model';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl } from './charts';
import { ConditionalFormatRuleImpl } from './conditional';
import { cloneCfSpec } from './conditional-model';
import { copyName, copySheetInto } from './copy';
import type { Axis, DimOp, Rect } from './dims';
import type { SheetModel } from './document-model';
import { normalizeColor } from './format';
import { DeveloperMetadataFinderImpl, metadataFacades } from './metadata';
import { createMetadata } from './metadata-model';
import { addProtection, ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { RangeListImpl } from './range-list';

function integer(value: unknown, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw exception(messages.invalidArgument(name));
  return n;
}

export class SheetImpl extends ServiceObject implements Sheet {
  constructor(
    ctx: EmulatorContext,
    readonly model: SheetModel,
  ) {
    super(ctx, 'Sheet');
  }

  private get live(): SheetModel {
    this.model.assertLive();
    return this.model;
  }

  // ---- identity ------------------------------------------------------------------------------

  getName(): string {
    return this.model.name;
  }

  setName(name: string): this {
    const m = this.live;
    m.guardSheet(this.ctx.user.email);
    const text = m.parent.checkSheetName(name, m);
    m.parent.renameSheet(m, text);
    return this;
  }

  getSheetId(): number {
    return this.model.id;
  }

  getIndex(): number {
    return this.live.parent.sheets.indexOf(this.model) + 1;
  }

  getParent(): Spreadsheet {
    return this.ctx.facades.spreadsheet(this.model.parent);
  }

  activate(): this {
    this.live.parent.activeSheet = this.model;
    return this;
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  // ---- size and content extent ---------------------------------------------------------------

  getMaxRows(): number {
    return this.live.maxRows;
  }

  getMaxColumns(): number {
    return this.live.maxCols;
  }

  getLastRow(): number {
    return this.live.grid.lastContentRow();
  }

  getLastColumn(): number {
    return this.live.grid.lastContentColumn();
  }

  // ---- ranges --------------------------------------------------------------------------------

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): SheetRange {
    const m = this.live;
    if (typeof a === 'string') {
      const parsed = parseA1(a, m.maxRows, m.maxCols);
      if (!parsed) throw exception(messages.rangeNotFound);
      const { rect } = parsed;
      if (rect.r2 >= m.maxRows || rect.c2 >= m.maxCols) throw exception(messages.outsideSheet);
      return new RangeImpl(this.ctx, m, rect, {
        wholeRows: parsed.wholeRows,
        wholeColumns: parsed.wholeColumns,
      });
    }
    const row = integer(a, 'row');
    const col = integer(column, 'column');
    const rows = numRows === undefined ? 1 : integer(numRows, 'numRows');
    const cols = numColumns === undefined ? 1 : integer(numColumns, 'numColumns');
    if (row < 1) throw exception(messages.startRowTooSmall);
    if (col < 1) throw exception(messages.startColumnTooSmall);
    if (rows < 1) throw exception(messages.numRowsTooSmall);
    if (cols < 1) throw exception(messages.numColumnsTooSmall);
    const rect: Rect = { r1: row - 1, c1: col - 1, r2: row + rows - 2, c2: col + cols - 2 };
    if (rect.r2 >= m.maxRows || rect.c2 >= m.maxCols) throw exception(messages.outsideSheet);
    return new RangeImpl(this.ctx, m, rect);
  }

  getRangeList(a1Notations: string[]): RangeList {
    const ranges = a1Notations.map((a1) => unwrap(this.getRange(String(a1))) as RangeImpl);
    return new RangeListImpl(this.ctx, ranges);
  }

  getDataRange(): SheetRange {
    const m = this.live;
    const rows = Math.max(1, m.grid.lastContentRow());
    const cols = Math.max(1, m.grid.lastContentColumn());
    return new RangeImpl(this.ctx, m, { r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 });
  }

  // ---- structure -----------------------------------------------------------------------------

  private structure(axis: Axis, op: DimOp): void {
    const m = this.live;
    m.guardStructure(axis, op, this.ctx.user.email);
    m.parent.applyStructure(m, axis, op);
  }

  private checkPosition(axis: Axis, position: number, allowEnd = false): number {
    const max = axis === 'row' ? this.live.maxRows : this.live.maxCols;
    const p = integer(position, axis === 'row' ? 'rowPosition' : 'columnPosition');
    if (p < 1 || p > max + (allowEnd ? 1 : 0)) {
      throw exception(axis === 'row' ? messages.rowsOutOfBounds : messages.columnsOutOfBounds);
    }
    return p;
  }

  private howMany(value: number): number {
    const n = integer(value, 'howMany');
    if (n < 1) throw exception(messages.invalidArgument('howMany'));
    return n;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const at = this.checkPosition('row', afterPosition);
    this.structure('row', { kind: 'insert', at, count: this.howMany(howMany), inherit: 'before' });
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    const before = this.checkPosition('row', beforePosition);
    this.structure('row', { kind: 'insert', at: before - 1, count: this.howMany(howMany), inherit: 'after' });
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const at = this.checkPosition('col', afterPosition);
    this.structure('col', { kind: 'insert', at, count: this.howMany(howMany), inherit: 'before' });
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    const before = this.checkPosition('col', beforePosition);
    this.structure('col', { kind: 'insert', at: before - 1, count: this.howMany(howMany), inherit: 'after' });
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const start = this.checkPosition('row', rowPosition);
    const count = this.howMany(howMany);
    if (start + count - 1 > this.live.maxRows) throw exception(messages.rowsOutOfBounds);
    if (count >= this.live.maxRows) throw exception(messages.deleteAllRows);
    this.structure('row', { kind: 'delete', at: start - 1, count });
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const start = this.checkPosition('col', columnPosition);
    const count = this.howMany(howMany);
    if (start + count - 1 > this.live.maxCols) throw exception(messages.columnsOutOfBounds);
    if (count >= this.live.maxCols) throw exception(messages.deleteAllColumns);
    this.structure('col', { kind: 'delete', at: start - 1, count });
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /**
   * Google: the rows spanned by rowSpec move to destinationIndex, an index in the coordinates
   * before the move ("existing data is shifted down to make room… the data may end up at a
   * different index than originally specified"). moveRows('1:2', 5) leaves them at rows 3–4.
   */
  moveRows(rowSpec: SheetRange, destinationIndex: number): void {
    const spec = unwrap(rowSpec);
    if (!(spec instanceof RangeImpl) || spec.sheet !== this.model)
      throw exception(messages.invalidArgument('rowSpec'));
    const to = this.checkPosition('row', destinationIndex, true);
    this.structure('row', {
      kind: 'move',
      from: spec.rect.r1,
      count: spec.rect.r2 - spec.rect.r1 + 1,
      to: to - 1,
    });
  }

  moveColumns(columnSpec: SheetRange, destinationIndex: number): void {
    const spec = unwrap(columnSpec);
    if (!(spec instanceof RangeImpl) || spec.sheet !== this.model) {
      throw exception(messages.invalidArgument('columnSpec'));
    }
    const to = this.checkPosition('col', destinationIndex, true);
    this.structure('col', {
      kind: 'move',
      from: spec.rect.c1,
      count: spec.rect.c2 - spec.rect.c1 + 1,
      to: to - 1,
    });
  }

  // ---- frozen panes, sizes, look -------------------------------------------------------------

  getFrozenRows(): number {
    return this.live.frozenRows;
  }

  getFrozenColumns(): number {
    return this.live.frozenCols;
  }

  setFrozenRows(rows: number): void {
    const n = integer(rows, 'rows');
    if (n < 0) throw exception(messages.invalidArgument('rows'));
    if (n >= this.live.maxRows) throw exception(messages.frozenTooMany);
    if (this.model.merges.some((m) => m.r1 < n && m.r2 >= n))
      throw exception(messages.freezePartialMerge('rows'));
    this.model.guardSheet(this.ctx.user.email);
    this.model.frozenRows = n;
  }

  setFrozenColumns(columns: number): void {
    const n = integer(columns, 'columns');
    if (n < 0) throw exception(messages.invalidArgument('columns'));
    if (n >= this.live.maxCols) throw exception(messages.frozenTooMany);
    if (this.model.merges.some((m) => m.c1 < n && m.c2 >= n))
      throw exception(messages.freezePartialMerge('columns'));
    this.model.guardSheet(this.ctx.user.email);
    this.model.frozenCols = n;
  }

  getColumnWidth(columnPosition: number): number {
    const c = this.checkPosition('col', columnPosition);
    return this.model.grid.colWidths[c - 1] ?? 100;
  }

  getRowHeight(rowPosition: number): number {
    const r = this.checkPosition('row', rowPosition);
    return this.model.grid.rowHeights[r - 1] ?? 21;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const start = this.checkPosition('col', startColumn);
    const count = this.howMany(numColumns);
    if (start + count - 1 > this.live.maxCols) throw exception(messages.columnsOutOfBounds);
    this.model.guardSheet(this.ctx.user.email);
    for (let c = start - 1; c < start - 1 + count; c++) this.model.grid.colWidths[c] = Number(width);
    return this;
  }

  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    return this.rowHeights(startRow, numRows, height, false);
  }

  /** Like setRowHeights, but Sheets will not grow these rows to fit wrapped text. */
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    return this.rowHeights(startRow, numRows, height, true);
  }

  private rowHeights(startRow: number, numRows: number, height: number, forced: boolean): this {
    const start = this.checkPosition('row', startRow);
    const count = this.howMany(numRows);
    if (start + count - 1 > this.live.maxRows) throw exception(messages.rowsOutOfBounds);
    this.model.guardSheet(this.ctx.user.email);
    for (let r = start - 1; r < start - 1 + count; r++) {
      this.model.grid.rowHeights[r] = Number(height);
      this.model.grid.rowForced[r] = forced;
    }
    return this;
  }

  setHiddenGridlines(hideGridlines: boolean): this {
    this.live.guardSheet(this.ctx.user.email);
    this.model.hiddenGridlines = Boolean(hideGridlines);
    return this;
  }

  setTabColor(color: string | null): this {
    this.live.guardSheet(this.ctx.user.email);
    this.model.tabColor = color === null || color === '' ? null : normalizeColor(color);
    return this;
  }

  /** Sheet.clear(): contents, formats, notes and validation of every cell (merges stay). */
  clear(): this {
    const m = this.live;
    m.guardRect(m.fullRect(), this.ctx.user.email);
    m.clearRect(m.fullRect(), { contents: true, formats: true, notes: true, validations: true });
    return this;
  }

  // ---- developer metadata --------------------------------------------------------------------

  addDeveloperMetadata(key: string, value?: string | null, visibility?: unknown): this {
    const m = this.live;
    m.guardSheet(this.ctx.user.email);
    createMetadata(m.parent, key, value, visibility, { type: 'SHEET', sheet: m });
    return this;
  }

  /** Metadata on the sheet itself (its rows' and columns' metadata is reached with a finder). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    const m = this.live;
    return metadataFacades(this.ctx, m.parent, (e) => e.location.type === 'SHEET' && e.location.sheet === m);
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    const m = this.live;
    return new DeveloperMetadataFinderImpl(this.ctx, m.parent, { kind: 'sheet', sheet: m });
  }

  // ---- charts --------------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this.ctx, this.live, emptySpec(), null);
  }

  private chartArg(chart: EmbeddedChart): EmbeddedChartImpl {
    const c = unwrap(chart);
    if (!(c instanceof EmbeddedChartImpl)) throw exception(messages.invalidArgument('chart'));
    return c;
  }

  insertChart(chart: EmbeddedChart): void {
    const m = this.live;
    const c = this.chartArg(chart);
    m.guardSheet(this.ctx.user.email);
    const id = m.parent.nextChartId++;
    m.charts.push({ ...cloneSpec(c.spec()), id });
    c.id = id;
  }

  updateChart(chart: EmbeddedChart): void {
    const m = this.live;
    const c = this.chartArg(chart);
    const stored = m.charts.find((x) => x.id === c.id);
    if (!stored) throw exception(messages.chartNotFound);
    m.guardSheet(this.ctx.user.email);
    Object.assign(stored, cloneSpec(c.spec()));
  }

  removeChart(chart: EmbeddedChart): void {
    const m = this.live;
    const c = this.chartArg(chart);
    if (!m.charts.some((x) => x.id === c.id)) throw exception(messages.chartNotFound);
    m.guardSheet(this.ctx.user.email);
    m.charts = m.charts.filter((x) => x.id !== c.id);
  }

  getCharts(): EmbeddedChart[] {
    return this.live.charts.map((c) => new EmbeddedChartImpl(this.ctx, this.model, null, c.id));
  }

  // ---- conditional formatting ----------------------------------------------------------------

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.live.conditionalRules.map((r) => new ConditionalFormatRuleImpl(this.ctx, cloneCfSpec(r)));
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    const m = this.live;
    const specs = rules.map((rule) => {
      const r = unwrap(rule);
      if (!(r instanceof ConditionalFormatRuleImpl)) throw exception(messages.invalidArgument('rules'));
      return cloneCfSpec(r.spec);
    });
    m.guardSheet(this.ctx.user.email);
    m.conditionalRules = specs;
  }

  // ---- protection ----------------------------------------------------------------------------

  /** Google: if the sheet is already protected, returns the existing protection. */
  protect(): Protection {
    const m = this.live;
    const existing = m.protections.find((p) => p.type === 'SHEET');
    if (existing) return new ProtectionImpl(this.ctx, existing);
    m.guardSheet(this.ctx.user.email);
    return new ProtectionImpl(this.ctx, addProtection(m, 'SHEET', null, [this.ctx.user.email]));
  }

  getProtections(type: ProtectionType): Protection[] {
    const name = enumName(type);
    return this.live.protections.filter((p) => p.type === name).map((p) => new ProtectionImpl(this.ctx, p));
  }

  // ---- copying -------------------------------------------------------------------------------

  /** Copies the sheet to the end of a spreadsheet (possibly this one) as "Copy of <name>". */
  copyTo(spreadsheet: Spreadsheet): Sheet {
    const m = this.live;
    const targetDoc = this.ctx.facades.spreadsheetModel(spreadsheet);
    if (!targetDoc) throw exception(messages.invalidArgument('spreadsheet'));
    targetDoc.assertWritable();
    const copy = copySheetInto(m, targetDoc, copyName(targetDoc, m.name), targetDoc.sheets.length);
    return this.ctx.facades.sheet(copy);
  }
}
