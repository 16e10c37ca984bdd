/**
 * The narrow slice of SpreadsheetApp that Journey Grid uses, as interfaces.
 *
 * Host adapters are written against these, never against the full `GoogleAppsScript` types, so
 * that (1) the emulator in dev/ implements exactly what the add-on calls and nothing more, and
 * (2) the compiler proves the real services satisfy them: every interface is `Pick`ed from the
 * published types where the methods return plain data, re-declared where they chain (a real
 * `Range.setValues` returns a full `Range`, which is assignable to `SheetRange`), and the
 * assignability checks at the end of this file fail to compile if a signature drifts.
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
  getLocationType(): MetadataLocationType;
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
  withValue(value: string): DeveloperMetadataFinder;
  withLocationType(locationType: MetadataLocationType): DeveloperMetadataFinder;
  onIntersectingLocations(): DeveloperMetadataFinder;
}

export interface DataValidation
  extends Pick<
    GoogleAppsScript.Spreadsheet.DataValidation,
    'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
  > {}

export interface DataValidationBuilder {
  requireNumberBetween(start: number, end: number): DataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
}

export interface ContainerInfo
  extends Pick<
    GoogleAppsScript.Spreadsheet.ContainerInfo,
    'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
  > {}

export interface EmbeddedChart extends Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId'> {
  getRanges(): SheetRange[];
  getContainerInfo(): ContainerInfo;
  modify(): EmbeddedChartBuilder;
}

export interface EmbeddedChartBuilder {
  addRange(range: SheetRange): EmbeddedChartBuilder;
  clearRanges(): EmbeddedChartBuilder;
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
  copy(): ConditionalFormatRuleBuilder;
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
  extends Pick<
    GoogleAppsScript.Spreadsheet.Protection,
    'canEdit' | 'getDescription' | 'isWarningOnly' | 'remove' | 'getProtectionType'
  > {
  getRange(): SheetRange;
  setDescription(description: string): Protection;
  setWarningOnly(warningOnly: boolean): Protection;
}

export interface SheetRange
  extends Pick<
    GRange,
    | 'getRow'
    | 'getColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getA1Notation'
    | 'getValues'
    | 'getDisplayValues'
    | 'getFormulas'
    | 'getNotes'
    | 'getBackgrounds'
    | 'getFontColors'
    | 'getFontWeights'
    | 'getFontStyles'
    | 'getNumberFormats'
    | 'isPartOfMerge'
    | 'canEdit'
  > {
  getSheet(): Sheet;
  getCell(row: number, column: number): SheetRange;
  getMergedRanges(): SheetRange[];
  getDataValidations(): (DataValidation | null)[][];
  setValues(values: CellValueIn[][]): SheetRange;
  setValue(value: CellValueIn): SheetRange;
  setNotes(notes: (string | null)[][]): SheetRange;
  setNote(note: string | null): SheetRange;
  setBackgrounds(color: (string | null)[][]): SheetRange;
  setBackground(color: string | null): SheetRange;
  setFontColors(colors: (string | null)[][]): SheetRange;
  setFontColor(color: string | null): SheetRange;
  setFontWeights(fontWeights: (string | null)[][]): SheetRange;
  setFontWeight(fontWeight: string | null): SheetRange;
  setFontStyles(fontStyles: (string | null)[][]): SheetRange;
  setFontStyle(fontStyle: string | null): SheetRange;
  setFontSize(size: number): SheetRange;
  setFontSizes(sizes: number[][]): SheetRange;
  setNumberFormat(numberFormat: string): SheetRange;
  setNumberFormats(numberFormats: string[][]): SheetRange;
  setHorizontalAlignment(alignment: string | null): SheetRange;
  setHorizontalAlignments(alignments: (string | null)[][]): SheetRange;
  setVerticalAlignment(alignment: string | null): SheetRange;
  setWrap(isWrapEnabled: boolean): SheetRange;
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
  clearContent(): SheetRange;
  clearFormat(): SheetRange;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): SheetRange;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  protect(): Protection;
  sort(sortSpecObj: number | { column: number; ascending: boolean }): SheetRange;
}

export interface RangeList {
  getRanges(): SheetRange[];
  setBackground(color: string | null): RangeList;
  setFontColor(color: string | null): RangeList;
  setFontWeight(fontWeight: string | null): RangeList;
  setFontStyle(fontStyle: string | null): RangeList;
  setFontSize(size: number): RangeList;
  setNumberFormat(format: string): RangeList;
  setHorizontalAlignment(alignment: string | null): RangeList;
  setVerticalAlignment(alignment: string | null): RangeList;
  setWrap(isWrapEnabled: boolean): RangeList;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): RangeList;
  clear(): RangeList;
  clearContent(): RangeList;
}

export interface Sheet
  extends Pick<
    GSheet,
    | 'getName'
    | 'getSheetId'
    | 'getIndex'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'getFrozenRows'
    | 'getFrozenColumns'
    | 'getColumnWidth'
    | 'getRowHeight'
    | 'isSheetHidden'
  > {
  getParent(): Spreadsheet;
  setName(name: string): Sheet;
  getRange(row: number, column: number): SheetRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetRange;
  getRange(a1Notation: string): SheetRange;
  getRangeList(a1Notations: string[]): RangeList;
  getDataRange(): SheetRange;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertRowsBefore(beforePosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  moveRows(rowSpec: SheetRange, destinationIndex: number): void;
  moveColumns(columnSpec: SheetRange, destinationIndex: number): void;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setRowHeight(rowPosition: number, height: number): Sheet;
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  setRowHeightsForced(startRow: number, numRows: number, height: number): Sheet;
  setHiddenGridlines(hideGridlines: boolean): Sheet;
  setTabColor(color: string | null): Sheet;
  activate(): Sheet;
  clear(): Sheet;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  updateChart(chart: EmbeddedChart): void;
  removeChart(chart: EmbeddedChart): void;
  getCharts(): EmbeddedChart[];
  protect(): Protection;
  getProtections(type: ProtectionType): Protection[];
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  copyTo(spreadsheet: Spreadsheet): Sheet;
}

export interface Spreadsheet
  extends Pick<GSpreadsheet, 'getId' | 'getName' | 'getUrl' | 'getSpreadsheetLocale' | 'getNumSheets'> {
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  getActiveSheet(): Sheet;
  setActiveSheet(sheet: Sheet): Sheet;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Spreadsheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

/** The document-independent parts of SpreadsheetApp the add-on uses. */
export interface SpreadsheetAppService {
  getActiveSpreadsheet(): Spreadsheet | null;
  getUi(): import('../ui').Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  flush(): void;
  DeveloperMetadataVisibility: { DOCUMENT: MetadataVisibility; PROJECT: MetadataVisibility };
  DeveloperMetadataLocationType: {
    SPREADSHEET: MetadataLocationType;
    SHEET: MetadataLocationType;
    ROW: MetadataLocationType;
    COLUMN: MetadataLocationType;
  };
  BorderStyle: {
    SOLID: BorderStyle;
    SOLID_MEDIUM: BorderStyle;
    SOLID_THICK: BorderStyle;
    DASHED: BorderStyle;
  };
  WrapStrategy: { WRAP: WrapStrategy; CLIP: WrapStrategy; OVERFLOW: WrapStrategy };
  ProtectionType: { SHEET: ProtectionType; RANGE: ProtectionType };
}

/** The `Charts` global's enums the chart builder needs. */
export interface ChartsService {
  ChartType: { LINE: ChartType };
  ChartMergeStrategy: { MERGE_COLUMNS: ChartMergeStrategy; MERGE_ROWS: ChartMergeStrategy };
}

// Compile-time proof that the real services satisfy the narrow interfaces above.
type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realServicesSatisfyNarrowInterfaces: [
  Assignable<GSpreadsheet, Spreadsheet>,
  Assignable<GSheet, Sheet>,
  Assignable<GRange, SheetRange>,
  Assignable<GoogleAppsScript.Spreadsheet.RangeList, RangeList>,
  Assignable<GMetadata, DeveloperMetadata>,
  Assignable<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChart>,
  Assignable<GoogleAppsScript.Spreadsheet.Protection, Protection>,
  Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppService>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
