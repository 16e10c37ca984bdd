/**
 * The grid data of spreadsheets.get (Sheets API v4): the cells of the requested ranges as
 * `GridData` (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#GridData):
 * `startRow` / `startColumn` (0-based, omitted when 0 as proto3's JSON mapping omits default
 * values), `rowData[].values[]` as `CellData`
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData):
 * `userEnteredValue` (what was typed or written: a formula as `formulaValue`), `effectiveValue`
 * (the calculated value; a formula's error as `errorValue`), `formattedValue` ("the formatted
 * value of the cell. This is the value as it's shown to the user"), `note`, and the number format
 * as `userEnteredFormat.numberFormat` / `effectiveFormat.numberFormat`. Dates are numbers to the
 * API ("serial number" days since 1899-12-30, guide "Date and number formats"). Rows and cells
 * after the last one holding anything are left out, as the API does.
 * Only the number format of a cell's formats is emitted (README.md: assumptions).
 */

import { parseA1 } from '../sheets/a1';
import { isDate, type Scalar } from '../sheets/cell';
import type { Rect } from '../sheets/dims';
import type { Recalc, SheetModel, SpreadsheetModel } from '../sheets/document-model';
import { dateToSerial, isDateFormat, isGeneralFormat } from '../sheets/format';
import { FormulaError, type FValue } from '../sheets/formula';
import { reject } from './common';

type Json = Record<string, unknown>;

/** ErrorValue.ErrorType per error text shown in the cell (ErrorValue, Sheets API reference). */
const ERROR_TYPES: Record<string, string> = {
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#NAME?': 'NAME',
  '#REF!': 'REF',
  '#N/A': 'N_A',
  '#ERROR!': 'ERROR',
  '#NUM!': 'NUM_ERROR',
};

/** One requested range: its sheet and rows × columns (whole sheet when the range is a sheet name). */
export interface RequestedRange {
  sheet: SheetModel;
  rect: Rect;
}

/**
 * Parses a `ranges` entry in A1 notation: `Sheet1!A1:B2`, `'My sheet'!A:C`, a sheet name alone
 * (every cell of it) or a range without a sheet (the first sheet), quotes doubled inside
 * quoted names (https://developers.google.com/workspace/sheets/api/guides/concepts#cell).
 */
export function parseRange(doc: SpreadsheetModel, text: string): RequestedRange {
  let name: string | undefined;
  let rest = text;
  if (text.startsWith("'")) {
    let i = 1;
    name = '';
    for (; i < text.length; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i++;
      } else if (text[i] === "'") break;
      else name += text[i];
    }
    rest = text.slice(i + 1);
    if (rest !== '' && !rest.startsWith('!')) reject(`Unable to parse range: ${text}`);
    rest = rest.slice(1);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang >= 0) {
      name = text.slice(0, bang);
      rest = text.slice(bang + 1);
    } else if (doc.sheetByName(text)) {
      name = text;
      rest = '';
    }
  }
  const sheet = name === undefined ? doc.sheets[0] : doc.sheetByName(name);
  if (!sheet) reject(`Unable to parse range: ${text}`);
  if (rest === '') return { sheet, rect: { r1: 0, c1: 0, r2: sheet.maxRows - 1, c2: sheet.maxCols - 1 } };
  const parsed = parseA1(rest, sheet.maxRows, sheet.maxCols);
  if (!parsed) reject(`Unable to parse range: ${text}`);
  return { sheet, rect: parsed.rect };
}

function extendedValue(value: FValue | Scalar): Json | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof FormulaError)
    return { errorValue: { type: ERROR_TYPES[value.code] ?? 'ERROR', message: value.code } };
  if (isDate(value)) return { numberValue: dateToSerial(value) };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  return { stringValue: value };
}

/**
 * A pattern as the API's NumberFormat: its type (NumberFormatType: TEXT, PERCENT, DATE, NUMBER…)
 * and the pattern itself; General has none (the cell's format is "based on the contents of the
 * cell", NUMBER_FORMAT_TYPE_UNSPECIFIED).
 */
function numberFormatOf(pattern: string | undefined): Json | undefined {
  if (pattern === undefined || isGeneralFormat(pattern)) return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern };
  if (isDateFormat(pattern)) {
    const time = /[hs]/i.test(pattern.replace(/"[^"]*"/g, ''));
    const date = /[yd]/i.test(pattern.replace(/"[^"]*"/g, ''));
    return { type: time && date ? 'DATE_TIME' : time ? 'TIME' : 'DATE', pattern };
  }
  if (/%/.test(pattern.replace(/"[^"]*"|\\./g, ''))) return { type: 'PERCENT', pattern };
  return { type: 'NUMBER', pattern };
}

function cellData(sheet: SheetModel, r: number, c: number, recalc: Recalc): Json {
  const cell = sheet.grid.get(r, c);
  if (!cell) return {};
  const out: Json = {};
  const entered =
    cell.formula !== undefined ? { formulaValue: cell.formula } : extendedValue(cell.value ?? '');
  if (entered) out.userEnteredValue = entered;
  const effective = extendedValue(recalc.value(sheet, r, c));
  if (effective) out.effectiveValue = effective;
  const shown = sheet.readDisplay(r, c, recalc);
  if (shown !== '') out.formattedValue = shown;
  const pattern = cell.format?.numberFormat;
  const userFormat = numberFormatOf(pattern);
  if (userFormat) out.userEnteredFormat = { numberFormat: userFormat };
  // A date written into a General (or plain-text) cell shows as a date: Sheets gives it a date
  // format of its own (the emulator keeps the cell's format and shows M/d/yyyy, format.ts), which
  // the effective format says; getValues reads it as a Date either way (document-model.ts).
  const writtenDate =
    isDate(cell.value) && cell.formula === undefined && (isGeneralFormat(pattern) || pattern === '@');
  const effectiveFormat = writtenDate ? { type: 'DATE', pattern: 'M/d/yyyy' } : userFormat;
  if (effectiveFormat) out.effectiveFormat = { numberFormat: effectiveFormat };
  if (cell.note !== undefined && cell.note !== '') out.note = cell.note;
  return out;
}

/** GridData of one range: rows and cells up to the last one holding anything, none after. */
export function gridData({ sheet, rect }: RequestedRange, recalc: Recalc): Json {
  const used = sheet.grid.usedExtent();
  const lastRow = Math.min(rect.r2, used.rows - 1);
  const lastCol = Math.min(rect.c2, used.cols - 1);
  const rowData: Json[] = [];
  for (let r = rect.r1; r <= lastRow; r++) {
    const values: Json[] = [];
    for (let c = rect.c1; c <= lastCol; c++) values.push(cellData(sheet, r, c, recalc));
    while (values.length > 0 && Object.keys(values[values.length - 1]!).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1]!).length === 0) rowData.pop();
  return {
    ...(rect.r1 > 0 ? { startRow: rect.r1 } : {}),
    ...(rect.c1 > 0 ? { startColumn: rect.c1 } : {}),
    ...(rowData.length > 0 ? { rowData } : {}),
  };
}
