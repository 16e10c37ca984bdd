/**
 * Plain-JSON snapshots of the emulated documents, for tests and for the playground that draws
 * them. Nothing here is a service call. Grids cover the sheet's used extent (every cell with a
 * value, format, note or validation, and every merge), or a size the caller asks for. Dates are
 * given as ISO strings so a snapshot survives JSON.stringify unchanged.
 */
import { rectA1 } from './sheets/a1';
import {
  type CellBorders,
  FORMAT_DEFAULTS,
  type FormatKey,
  isDate,
  type ValidationRule,
} from './sheets/cell';
import { type ChartData, chartData } from './sheets/chart-model';
import { conditionalFormatAt } from './sheets/conditional-model';
import type { Rect } from './sheets/dims';
import type { CellOut, CfFormat, SheetModel, SpreadsheetModel } from './sheets/document-model';

export type JsonValue = string | number | boolean;

export interface ValidationSnapshot {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  locationType: string;
  sheet: string | null;
  /** 1-based row for ROW metadata. */
  row?: number;
  /** 1-based column for COLUMN metadata. */
  column?: number;
}

export interface RangeRefSnapshot {
  sheet: string;
  a1: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartSnapshot {
  chartId: number;
  type: string;
  ranges: RangeRefSnapshot[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: 'MERGE_COLUMNS' | 'MERGE_ROWS';
  /** What the chart draws: the x-axis labels and each series. */
  data: ChartData;
}

export interface ProtectionSnapshot {
  id: number;
  type: 'SHEET' | 'RANGE';
  range: RangeRefSnapshot | null;
  description: string;
  warningOnly: boolean;
  canEdit: boolean;
  editors: string[];
}

export interface ConditionalRuleSnapshot {
  condition: unknown;
  format: CfFormat;
  ranges: RangeRefSnapshot[];
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hiddenGridlines: boolean;
  tabColor: string | null;
  /** Size of the 2-D arrays below. */
  rows: number;
  columns: number;
  values: JsonValue[][];
  displayValues: string[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontStyles: string[][];
  fontSizes: number[][];
  numberFormats: string[][];
  horizontalAlignments: string[][];
  verticalAlignments: string[][];
  wrapStrategies: string[][];
  borders: (CellBorders | null)[][];
  validations: (ValidationSnapshot | null)[][];
  /** The look conditional formatting gives each cell (null where no rule applies). */
  conditionalFormats: (CfFormat | null)[][];
  merges: RangeRefSnapshot[];
  columnWidths: number[];
  rowHeights: number[];
  forcedRowHeights: boolean[];
  charts: ChartSnapshot[];
  conditionalFormatRules: ConditionalRuleSnapshot[];
  /** Metadata on this sheet and on its rows and columns. */
  metadata: MetadataSnapshot[];
  protections: ProtectionSnapshot[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  url: string;
  locale: string;
  access: 'edit' | 'view';
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  /** Metadata on the spreadsheet itself. */
  metadata: MetadataSnapshot[];
  documentProperties: Record<string, string>;
}

function rangeRef(sheet: SheetModel, rect: Rect): RangeRefSnapshot {
  return {
    sheet: sheet.name,
    a1: rectA1(rect),
    row: rect.r1 + 1,
    column: rect.c1 + 1,
    numRows: rect.r2 - rect.r1 + 1,
    numColumns: rect.c2 - rect.c1 + 1,
  };
}

function jsonValue(value: CellOut): JsonValue {
  return isDate(value) ? value.toISOString() : value;
}

function validationSnapshot(rule: ValidationRule): ValidationSnapshot {
  return {
    criteria: rule.criteria,
    values: JSON.parse(JSON.stringify(rule.values)) as unknown[],
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

export function metadataSnapshots(doc: SpreadsheetModel, sheet: SheetModel | null): MetadataSnapshot[] {
  return doc.metadata
    .filter(
      (m) =>
        !m.removed &&
        (sheet === null
          ? m.location.type === 'SPREADSHEET'
          : m.location.type !== 'SPREADSHEET' && m.location.sheet === sheet),
    )
    .map((m) => {
      const loc = m.location;
      const snap: MetadataSnapshot = {
        id: m.id,
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        locationType: loc.type,
        sheet: loc.type === 'SPREADSHEET' ? null : loc.sheet.name,
      };
      if (loc.type === 'ROW') snap.row = loc.index + 1;
      if (loc.type === 'COLUMN') snap.column = loc.index + 1;
      return snap;
    });
}

/** `user` is whose rights `protections[].canEdit` reports (the emulator's current user). */
export function inspectSheet(
  sheet: SheetModel,
  user: string,
  size?: { rows?: number; columns?: number },
): SheetSnapshot {
  const used = sheet.grid.usedExtent();
  let rows = used.rows;
  let columns = used.cols;
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.r2 + 1);
    columns = Math.max(columns, m.c2 + 1);
  }
  rows = Math.min(size?.rows ?? rows, sheet.maxRows);
  columns = Math.min(size?.columns ?? columns, sheet.maxCols);
  const recalc = sheet.parent.recalc();
  const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => fn(r, c)));
  const format = <K extends FormatKey>(key: K) => grid((r, c) => sheet.getFormat(r, c, key));
  return {
    name: sheet.name,
    sheetId: sheet.id,
    index: sheet.parent.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    lastRow: sheet.grid.lastContentRow(),
    lastColumn: sheet.grid.lastContentColumn(),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    hiddenGridlines: sheet.hiddenGridlines,
    tabColor: sheet.tabColor,
    rows,
    columns,
    values: grid((r, c) => jsonValue(sheet.readValue(r, c, recalc))),
    displayValues: grid((r, c) => sheet.readDisplay(r, c, recalc)),
    formulas: grid((r, c) => sheet.formulaAt(r, c)),
    notes: grid((r, c) => sheet.grid.get(r, c)?.note ?? ''),
    backgrounds: format('background'),
    fontColors: format('fontColor'),
    fontWeights: format('fontWeight'),
    fontStyles: format('fontStyle'),
    fontSizes: format('fontSize'),
    numberFormats: format('numberFormat'),
    horizontalAlignments: format('horizontalAlignment'),
    verticalAlignments: format('verticalAlignment'),
    wrapStrategies: format('wrapStrategy'),
    borders: grid((r, c) => {
      const b = sheet.grid.get(r, c)?.format?.borders;
      return b && Object.keys(b).length > 0 ? JSON.parse(JSON.stringify(b)) : null;
    }),
    validations: grid((r, c) => {
      const rule = sheet.grid.get(r, c)?.validation;
      return rule ? validationSnapshot(rule) : null;
    }),
    conditionalFormats: grid((r, c) => {
      const f = conditionalFormatAt(sheet, r, c, recalc);
      return f ? { ...f } : null;
    }),
    merges: sheet.merges.map((m) => rangeRef(sheet, m)),
    columnWidths: sheet.grid.colWidths.slice(0, columns),
    rowHeights: sheet.grid.rowHeights.slice(0, rows),
    forcedRowHeights: sheet.grid.rowForced.slice(0, rows),
    charts: sheet.charts.map((chart) => ({
      chartId: chart.id,
      type: chart.type,
      ranges: chart.ranges.map((r) => rangeRef(r.sheet, r.rect)),
      options: JSON.parse(JSON.stringify(chart.options)) as Record<string, unknown>,
      position: {
        row: chart.anchor.row + 1,
        column: chart.anchor.col + 1,
        offsetX: chart.anchor.offsetX,
        offsetY: chart.anchor.offsetY,
      },
      numHeaders: chart.numHeaders,
      transpose: chart.transpose,
      mergeStrategy: chart.mergeStrategy,
      data: chartData(chart, recalc),
    })),
    conditionalFormatRules: sheet.conditionalRules.map((rule) => ({
      condition: rule.condition ? { ...rule.condition } : null,
      format: { ...rule.format },
      ranges: rule.ranges.map((r) => rangeRef(r.sheet, r.rect)),
    })),
    metadata: metadataSnapshots(sheet.parent, sheet),
    protections: sheet.protections.map((p) => ({
      id: p.id,
      type: p.type,
      range: p.rect ? rangeRef(sheet, p.rect) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      canEdit: sheet.userCanEdit(p, user),
      editors: [...p.editors],
    })),
  };
}

export function inspectSpreadsheet(doc: SpreadsheetModel, user: string): SpreadsheetSnapshot {
  return {
    id: doc.file.id,
    name: doc.name,
    url: doc.file.url,
    locale: doc.locale,
    access: doc.file.access,
    activeSheet: (doc.activeSheet ?? doc.sheets[0])?.name ?? null,
    sheets: doc.sheets.map((s) => inspectSheet(s, user)),
    metadata: metadataSnapshots(doc, null),
    documentProperties: doc.file.documentProperties.toObject(),
  };
}

/** The defaults a renderer needs to draw untouched cells. */
export const CELL_DEFAULTS = FORMAT_DEFAULTS;
