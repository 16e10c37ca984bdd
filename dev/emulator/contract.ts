/**
 * The add-on's narrow service interfaces (src/hosts), re-exported in one place so every emulator
 * module types its objects against exactly what the add-on is allowed to call.
 */

export type {
  BorderStyle,
  CellValueIn,
  ChartMergeStrategy,
  ChartsService,
  ChartType,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  ContainerInfo,
  DataValidation,
  DataValidationBuilder,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  DeveloperMetadataLocation,
  EmbeddedChart,
  EmbeddedChartBuilder,
  MetadataLocationType,
  MetadataVisibility,
  Protection,
  ProtectionType,
  RangeList,
  Sheet,
  SheetRange,
  Spreadsheet,
  SpreadsheetAppService,
  WrapStrategy,
} from '../user-surface/sheets';
export type {
  AuthMode,
  HtmlOutput,
  HtmlServiceApi,
  HtmlTemplate,
  Lock,
  LockServiceApi,
  Menu,
  Properties,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  Ui,
} from '../user-surface/ui';
