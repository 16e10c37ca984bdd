/**
 * What one grid cell holds. Every field is optional and absent means "the default", so an
 * untouched cell costs nothing and snapshots stay small. Formats are per cell, as in Sheets; the
 * number format also drives the displayed text (format.ts).
 */

export type Scalar = string | number | boolean | Date;

export interface BorderEdge {
  color: string;
  /** A SpreadsheetApp.BorderStyle name, e.g. "SOLID". */
  style: string;
}

export interface CellBorders {
  top?: BorderEdge;
  left?: BorderEdge;
  bottom?: BorderEdge;
  right?: BorderEdge;
}

export interface CellFormat {
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  numberFormat?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** A SpreadsheetApp.WrapStrategy name. */
  wrapStrategy?: string;
  borders?: CellBorders;
}

export type CriteriaName = 'NUMBER_BETWEEN' | 'VALUE_IN_LIST';

/** A data validation rule; immutable once built, so cells may share one. */
export interface ValidationRule {
  readonly criteria: CriteriaName;
  /** NUMBER_BETWEEN: [min, max]; VALUE_IN_LIST: [values[], showDropdown]. */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface Cell {
  value?: Scalar;
  /** The formula text including "=", when the cell holds a formula. */
  formula?: string;
  note?: string;
  format?: CellFormat;
  validation?: ValidationRule;
}

export const GENERAL_FORMAT = '0.###############';

export const FORMAT_DEFAULTS = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  numberFormat: GENERAL_FORMAT,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
} as const;

export type FormatKey = Exclude<keyof CellFormat, 'borders'>;

export function isDate(value: unknown): value is Date {
  // Dates may come from another realm (the add-on bundle runs in a vm context), so no instanceof.
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function cloneScalar(value: Scalar): Scalar {
  return isDate(value) ? new Date(value.getTime()) : value;
}

export function cloneCell(cell: Cell): Cell {
  const out: Cell = {};
  if (cell.value !== undefined) out.value = cloneScalar(cell.value);
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.note !== undefined) out.note = cell.note;
  if (cell.validation !== undefined) out.validation = cell.validation;
  if (cell.format) {
    const { borders, ...rest } = cell.format;
    out.format = { ...rest };
    if (borders) {
      out.format.borders = {};
      for (const side of ['top', 'left', 'bottom', 'right'] as const) {
        const edge = borders[side];
        if (edge) out.format.borders[side] = { ...edge };
      }
    }
  }
  return out;
}

export function hasContent(cell: Cell | undefined): boolean {
  return (
    cell !== undefined && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''))
  );
}

export function isBlank(cell: Cell): boolean {
  const f = cell.format;
  const formatEmpty =
    !f ||
    Object.entries(f).every(([k, v]) => v === undefined || (k === 'borders' && Object.keys(v).length === 0));
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.note === undefined &&
    cell.validation === undefined &&
    formatEmpty
  );
}
