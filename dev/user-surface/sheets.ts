/**
 * What a simulated person does in a spreadsheet, on top of what the add-on calls: insert, move and
 * delete rows and columns, rename and copy sheets, protect ranges, reformat cells. The add-on's
 * own interfaces (src/hosts/sheets/services.ts) list only the members src/ calls
 * (scripts/check-surface.mjs proves it); these extend them for the emulator, the tests and the
 * playground, and return the wider types, so a test can go from a spreadsheet to a sheet to a
 * range and act there as a user would.
 *
 * Every name exported by the add-on's file is exported here too, widened where a user needs more;
 * the compile-time checks at the end prove the real SpreadsheetApp provides all of it.
 */
import type * as Narrow from '../../src/hosts/sheets/services';
import type {
  BorderStyle,
  CellValueIn,
  ChartMergeStrategy,
  ChartType,
  MetadataLocationType,
  MetadataVisibility,
  ProtectionType,
  WrapStrategy,
} from '../../src/hosts/sheets/services';

export type * from '../../src/hosts/sheets/services';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface DeveloperMetadataLocation extends Narrow.DeveloperMetadataLocation {
  getRow(): SheetRange | null;
  getColumn(): SheetRange | null;
  getSheet(): Sheet | null;
  getLocationType(): MetadataLocationType;
}

export interface DeveloperMetadata extends Narrow.DeveloperMetadata {
  getLocation(): DeveloperMetadataLocation;
  setValue(value: string): DeveloperMetadata;
}

export interface DeveloperMetadataFinder extends Narrow.DeveloperMetadataFinder {
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

export interface DataValidationBuilder extends Narrow.DataValidationBuilder {
  requireNumberBetween(start: number, end: number): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
}

export interface ContainerInfo
  extends Pick<
    GoogleAppsScript.Spreadsheet.ContainerInfo,
    'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
  > {}

export interface EmbeddedChart extends Narrow.EmbeddedChart {
  getRanges(): SheetRange[];
  getContainerInfo(): ContainerInfo;
  modify(): EmbeddedChartBuilder;
}

export interface EmbeddedChartBuilder extends Narrow.EmbeddedChartBuilder {
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
  clearRanges(): EmbeddedChartBuilder;
}

export interface ConditionalFormatRule extends Narrow.ConditionalFormatRule {
  getRanges(): SheetRange[];
  copy(): ConditionalFormatRuleBuilder;
}

export interface ConditionalFormatRuleBuilder extends Narrow.ConditionalFormatRuleBuilder {
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
  extends Narrow.Protection,
    Pick<GoogleAppsScript.Spreadsheet.Protection, 'getDescription' | 'remove' | 'getProtectionType'> {
  getRange(): SheetRange;
  setDescription(description: string): Protection;
  setWarningOnly(warningOnly: boolean): Protection;
}

export interface SheetRange
  extends Narrow.SheetRange,
    Pick<GRange, 'getA1Notation' | 'isPartOfMerge' | 'canEdit'> {
  getDataValidations(): (DataValidation | null)[][];
  getMergedRanges(): SheetRange[];
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
  getSheet(): Sheet;
  getCell(row: number, column: number): SheetRange;
  setBackground(color: string | null): SheetRange;
  setFontColor(color: string | null): SheetRange;
  setFontWeight(fontWeight: string | null): SheetRange;
  setFontStyle(fontStyle: string | null): SheetRange;
  setFontSize(size: number): SheetRange;
  setHorizontalAlignment(alignment: string | null): SheetRange;
  setWrap(isWrapEnabled: boolean): SheetRange;
  clearContent(): SheetRange;
  clearFormat(): SheetRange;
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
  extends Narrow.Sheet,
    Pick<GSheet, 'getLastRow' | 'getLastColumn' | 'getColumnWidth' | 'getRowHeight' | 'isSheetHidden'> {
  getRange(row: number, column: number): SheetRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetRange;
  getRange(a1Notation: string): SheetRange;
  getDataRange(): SheetRange;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setRowHeight(rowPosition: number, height: number): Sheet;
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  setHiddenGridlines(hideGridlines: boolean): Sheet;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  newChart(): EmbeddedChartBuilder;
  getCharts(): EmbeddedChart[];
  getProtections(type: ProtectionType): Protection[];
  getConditionalFormatRules(): ConditionalFormatRule[];
  getParent(): Spreadsheet;
  setName(name: string): Sheet;
  getRangeList(a1Notations: string[]): RangeList;
  insertRowsBefore(beforePosition: number, howMany: number): Sheet;
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet;
  moveRows(rowSpec: SheetRange, destinationIndex: number): void;
  moveColumns(columnSpec: SheetRange, destinationIndex: number): void;
  setRowHeightsForced(startRow: number, numRows: number, height: number): Sheet;
  setTabColor(color: string | null): Sheet;
  activate(): Sheet;
  clear(): Sheet;
  updateChart(chart: EmbeddedChart): void;
  protect(): Protection;
  copyTo(spreadsheet: Spreadsheet): Sheet;
}

export interface Spreadsheet
  extends Narrow.Spreadsheet,
    Pick<GSpreadsheet, 'getUrl' | 'getSpreadsheetLocale'> {
  getSheets(): Sheet[];
  getActiveSheet(): Sheet;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): Spreadsheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  getSheetByName(name: string): Sheet | null;
  setActiveSheet(sheet: Sheet): Sheet;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface SpreadsheetAppService extends Narrow.SpreadsheetAppService {
  getUi(): import('./ui').Ui;
  getActiveSpreadsheet(): Spreadsheet | null;
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
}

export interface ChartsService extends Narrow.ChartsService {
  ChartMergeStrategy: { MERGE_COLUMNS: ChartMergeStrategy; MERGE_ROWS: ChartMergeStrategy };
}

// Compile-time proof that the real services satisfy the wider interfaces too (tests and the
// conformance scenarios act through them on real documents).
type Assignable<Real, Wide> = Real extends Wide ? true : never;
export const realServicesSatisfyUserInterfaces: [
  Assignable<GSpreadsheet, Spreadsheet>,
  Assignable<GSheet, Sheet>,
  Assignable<GRange, SheetRange>,
  Assignable<GoogleAppsScript.Spreadsheet.RangeList, RangeList>,
  Assignable<GMetadata, DeveloperMetadata>,
  Assignable<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidation, DataValidation>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.ContainerInfo, ContainerInfo>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChart>,
  Assignable<GoogleAppsScript.Spreadsheet.Protection, Protection>,
  Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppService>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
