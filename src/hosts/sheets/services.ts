/**
 * The narrow slice of SpreadsheetApp that Journey Grid uses, as interfaces.
 *
 * Host adapters are written against these, never against the full `GoogleAppsScript` types, so
 * that (1) they list exactly what src/ calls (scripts/check-surface.mjs fails on any member src/
 * does not use; what tests do as users is in dev/user-surface/sheets.ts, which the emulator
 * implements), and (2) the compiler proves the real services satisfy them: every interface is
 * `Pick`ed from the published types where the methods return plain data, re-declared where they
 * chain (a real `Range.setValues` returns a full `Range`, which is assignable to `SheetRange`),
 * and the assignability checks at the end of this file fail to compile if a signature drifts.
 */

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type MetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
export type MetadataLocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
export type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
export type WrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
export type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
export type ChartType = GoogleAppsScript.Charts.ChartType;
export type ChartMergeStrategy = GoogleAppsScript.Charts.ChartMergeStrategy;
export type CellValueIn = string | number | boolean | Date | null;

export interface DeveloperMetadataLocation {
  getRow(): SheetRange | null;
  getColumn(): SheetRange | null;
  getSheet(): Sheet | null;
}

export interface DeveloperMetadata extends Pick<GMetadata, 'getId' | 'getKey' | 'getValue' | 'remove'> {
  getLocation(): DeveloperMetadataLocation;
  setValue(value: string): DeveloperMetadata;
}

export interface DeveloperMetadataFinder {
  find(): DeveloperMetadata[];
  withKey(key: string): DeveloperMetadataFinder;
}

/** A built validation rule: the add-on hands it back to setDataValidation(s) and never looks inside. */
export type DataValidation = object;

export interface DataValidationBuilder {
  requireNumberBetween(start: number, end: number): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
}

export interface EmbeddedChart extends Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId'> {
  getRanges(): SheetRange[];
}

export interface EmbeddedChartBuilder {
  addRange(range: SheetRange): EmbeddedChartBuilder;
  setChartType(type: ChartType): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder;
  setNumHeaders(headers: number): EmbeddedChartBuilder;
  setMergeStrategy(mergeStrategy: ChartMergeStrategy): EmbeddedChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface ConditionalFormatRule {
  getRanges(): SheetRange[];
}

export interface ConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder;
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder;
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: SheetRange[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export interface Protection
  extends Pick<GoogleAppsScript.Spreadsheet.Protection, 'canEdit' | 'isWarningOnly'> {}

export interface SheetRange
  extends Pick<
    GRange,
    | 'getRow'
    | 'getColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getValues'
    | 'getDisplayValues'
    | 'getFormulas'
    | 'getNotes'
    | 'getBackgrounds'
    | 'getFontColors'
    | 'getFontWeights'
    | 'getFontStyles'
    | 'getNumberFormats'
  > {
  getMergedRanges(): SheetRange[];
  getDataValidations(): (DataValidation | null)[][];
  setValues(values: CellValueIn[][]): SheetRange;
  setValue(value: CellValueIn): SheetRange;
  setNotes(notes: (string | null)[][]): SheetRange;
  setNote(note: string | null): SheetRange;
  setBackgrounds(color: (string | null)[][]): SheetRange;
  setFontColors(colors: (string | null)[][]): SheetRange;
  setFontWeights(fontWeights: (string | null)[][]): SheetRange;
  setFontStyles(fontStyles: (string | null)[][]): SheetRange;
  setFontSizes(sizes: number[][]): SheetRange;
  setNumberFormat(numberFormat: string): SheetRange;
  setNumberFormats(numberFormats: string[][]): SheetRange;
  setHorizontalAlignments(alignments: (string | null)[][]): SheetRange;
  setVerticalAlignment(alignment: string | null): SheetRange;
  setWrapStrategy(strategy: WrapStrategy): SheetRange;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): SheetRange;
  setDataValidation(rule: DataValidation | null): SheetRange;
  setDataValidations(rules: (DataValidation | null)[][]): SheetRange;
  clearDataValidations(): SheetRange;
  merge(): SheetRange;
  breakApart(): SheetRange;
  clear(): SheetRange;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): SheetRange;
}

export interface Sheet
  extends Pick<
    GSheet,
    | 'getName'
    | 'getSheetId'
    | 'getIndex'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'getFrozenRows'
    | 'getFrozenColumns'
  > {
  getRange(row: number, column: number): SheetRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetRange;
  getRange(a1Notation: string): SheetRange;
  getDataRange(): SheetRange;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setRowHeight(rowPosition: number, height: number): Sheet;
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  setHiddenGridlines(hideGridlines: boolean): Sheet;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  removeChart(chart: EmbeddedChart): void;
  getCharts(): EmbeddedChart[];
  getProtections(type: ProtectionType): Protection[];
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
}

export interface Spreadsheet extends Pick<GSpreadsheet, 'getId' | 'getName' | 'getNumSheets'> {
  getSheets(): Sheet[];
  getActiveSheet(): Sheet;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Spreadsheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
}

/** The document-independent parts of SpreadsheetApp the add-on uses. */
export interface SpreadsheetAppService {
  getActiveSpreadsheet(): Spreadsheet | null;
  getUi(): import('../ui').Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  DeveloperMetadataVisibility: { DOCUMENT: MetadataVisibility };
  BorderStyle: { SOLID: BorderStyle; DASHED: BorderStyle };
  WrapStrategy: { WRAP: WrapStrategy };
  ProtectionType: { SHEET: ProtectionType; RANGE: ProtectionType };
}

/** The `Charts` global's enums the chart builder needs. */
export interface ChartsService {
  ChartType: { LINE: ChartType };
  ChartMergeStrategy: { MERGE_ROWS: ChartMergeStrategy };
}

// Compile-time proof that the real services satisfy the narrow interfaces above.
type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realServicesSatisfyNarrowInterfaces: [
  Assignable<GSpreadsheet, Spreadsheet>,
  Assignable<GSheet, Sheet>,
  Assignable<GRange, SheetRange>,
  Assignable<GMetadata, DeveloperMetadata>,
  Assignable<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChart>,
  Assignable<GoogleAppsScript.Spreadsheet.Protection, Protection>,
  Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppService>,
] = [true, true, true, true, true, true, true, true, true, true, true];
