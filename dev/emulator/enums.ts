/**
 * Apps Script enums as the emulator hands them out: string values cast to the published enum
 * types. A string's toString() is its own text, so `String(SpreadsheetApp.BorderStyle.SOLID)`
 * gives "SOLID" as it does in Apps Script, and values compare with === as scripts expect.
 */
import type {
  AuthMode as AuthModeT,
  BorderStyle as BorderStyleT,
  ChartMergeStrategy as ChartMergeStrategyT,
  ChartType as ChartTypeT,
  MetadataLocationType,
  MetadataVisibility,
  ProtectionType as ProtectionTypeT,
  WrapStrategy as WrapStrategyT,
} from './contract';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

function enumOf<T, const K extends string>(names: readonly K[]): { readonly [P in K]: T } {
  const out: Partial<Record<K, T>> = {};
  for (const name of names) out[name] = name as unknown as T;
  return Object.freeze(out) as { readonly [P in K]: T };
}

/** The name behind an enum value (also accepts plain strings scripts may pass). */
export function enumName(value: unknown): string {
  return String(value);
}

export const DeveloperMetadataVisibility = enumOf<MetadataVisibility, 'DOCUMENT' | 'PROJECT'>([
  'DOCUMENT',
  'PROJECT',
]);

export const DeveloperMetadataLocationType = enumOf<
  MetadataLocationType,
  'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN' | 'OBJECT'
>(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN', 'OBJECT']);

export const BorderStyle = enumOf<
  BorderStyleT,
  'DOTTED' | 'DASHED' | 'SOLID' | 'SOLID_MEDIUM' | 'SOLID_THICK' | 'DOUBLE'
>(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);

export const WrapStrategy = enumOf<WrapStrategyT, 'WRAP' | 'OVERFLOW' | 'CLIP'>(['WRAP', 'OVERFLOW', 'CLIP']);

export const ProtectionType = enumOf<ProtectionTypeT, 'SHEET' | 'RANGE'>(['SHEET', 'RANGE']);

export const DataValidationCriteria = enumOf<Criteria, 'NUMBER_BETWEEN' | 'VALUE_IN_LIST'>([
  'NUMBER_BETWEEN',
  'VALUE_IN_LIST',
]);

export const ChartType = enumOf<
  ChartTypeT,
  | 'AREA'
  | 'BAR'
  | 'BUBBLE'
  | 'CANDLESTICK'
  | 'COLUMN'
  | 'COMBO'
  | 'GAUGE'
  | 'GEO'
  | 'HISTOGRAM'
  | 'RADAR'
  | 'LINE'
  | 'ORG'
  | 'PIE'
  | 'SCATTER'
  | 'SPARKLINE'
  | 'STEPPED_AREA'
  | 'TABLE'
  | 'TIMELINE'
  | 'TREEMAP'
  | 'WATERFALL'
>([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);

export const AuthMode = enumOf<AuthModeT, 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL'>([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);

/** https://developers.google.com/apps-script/reference/charts/chart-merge-strategy */
export const ChartMergeStrategy = enumOf<ChartMergeStrategyT, 'MERGE_COLUMNS' | 'MERGE_ROWS'>([
  'MERGE_COLUMNS',
  'MERGE_ROWS',
]);
