/**
 * The service interfaces the emulator implements, re-exported in one place: the add-on's narrow
 * ones (src/hosts) widened by what a simulated user does (dev/user-surface).
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
