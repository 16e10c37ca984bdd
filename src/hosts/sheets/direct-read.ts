/**
 * The fast read of the open spreadsheet: every journey sheet's cells from one Sheets API
 * `spreadsheets.get` (ranges: the sheets; a `fields` mask: only what the reader uses), where
 * SpreadsheetApp needs five server calls per sheet. Only where the user's grant reaches the file
 * (../direct-access.ts); a refusal is remembered and any failure reads through SpreadsheetApp,
 * so a read never fails because of this path.
 *
 * Each cell becomes exactly what SpreadsheetApp answers for it (read.ts, SheetCells), from CellData
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData):
 * - getDisplayValues: `formattedValue`, "the value as it's shown to the user"; '' when absent.
 * - getValues: `effectiveValue` ("the effective value of the cell ... the calculated value"):
 *   numberValue, boolValue, stringValue; '' when absent (Range.getValues: "Empty cells are
 *   represented by an empty string"); an errorValue as the error text the cell shows (#DIV/0!),
 *   which is what getValues returns for it. A number under a DATE, TIME or DATE_TIME format
 *   (NumberFormatType) is a Date to getValues ("dates are stored as serial numbers", guide "Date
 *   and number formats"); the reader keeps of a Date only the text it shows, which stands for it.
 * - getNotes: `note`.
 * - getNumberFormats: `userEnteredFormat.numberFormat.pattern`; a type without a pattern (TEXT,
 *   PERCENT…) is the effective pattern or the type's own (formatOf); no format is General, which
 *   SpreadsheetApp reports as '0.###############'.
 * - getDataRange: the last row and column with a value or formula. The API leaves out rows and
 *   cells after the last one holding anything (GridData.rowData), so the whole sheet is asked for
 *   and the used area found in what comes back: no server call per sheet for it.
 * Merged cells need nothing: a merge keeps only its top-left value, in both services.
 */

import { directAccess, isRefusal, rememberDirectAccess } from '../direct-access';
import type { SheetsContext } from './context';
import type { GridsReader, SheetCells } from './read';
import type { Sheet, Spreadsheet } from './services';

interface NumberFormat {
  type?: string | null;
  pattern?: string | null;
}

interface CellData {
  formattedValue?: string | null;
  effectiveValue?: {
    numberValue?: number | null;
    boolValue?: boolean | null;
    stringValue?: string | null;
    errorValue?: object | null;
  } | null;
  userEnteredValue?: object | null;
  note?: string | null;
  userEnteredFormat?: { numberFormat?: NumberFormat | null } | null;
  effectiveFormat?: { numberFormat?: NumberFormat | null } | null;
}

interface GridData {
  startRow?: number | null;
  startColumn?: number | null;
  rowData?: { values?: CellData[] | null }[] | null;
}

interface Reply {
  sheets?: { properties?: { sheetId?: number | null } | null; data?: GridData[] | null }[] | null;
}

/** Only what the reader needs (https://developers.google.com/workspace/sheets/api/guides/performance#partial_response). */
export const GRID_FIELDS =
  'sheets(properties(sheetId),data(startRow,startColumn,rowData(values(formattedValue,effectiveValue,' +
  'userEnteredValue/formulaValue,note,userEnteredFormat/numberFormat,effectiveFormat/numberFormat))))';

const GENERAL = '0.###############';
const DATE_TYPES = /^(DATE|TIME|DATE_TIME)$/;

/** A sheet name in A1 notation: quoted, quotes doubled (guide "Google Sheets API overview", A1 notation). */
export function sheetRange(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function cellValue(cell: CellData, shown: string): unknown {
  const v = cell.effectiveValue;
  if (!v) return '';
  if (v.errorValue) return shown;
  if (typeof v.numberValue === 'number') {
    const type = (cell.effectiveFormat?.numberFormat ?? cell.userEnteredFormat?.numberFormat)?.type;
    return type && DATE_TYPES.test(type) ? shown : v.numberValue;
  }
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  return typeof v.stringValue === 'string' ? v.stringValue : '';
}

/**
 * A format set with a type and no pattern ("If not set, a default pattern based on the user's
 * locale will be used", NumberFormat.pattern) is reported by getNumberFormats with the type's
 * pattern: what matters to the reader is that a PERCENT one scales by 100 (0.4 is 40 %).
 */
const TYPE_PATTERNS: Record<string, string> = { TEXT: '@', NUMBER: '#,##0.00', PERCENT: '0.00%' };

function formatOf(cell: CellData): string {
  const format = cell.userEnteredFormat?.numberFormat;
  if (format?.pattern) return format.pattern;
  const type = format?.type;
  if (!type) return GENERAL;
  return cell.effectiveFormat?.numberFormat?.pattern || TYPE_PATTERNS[type] || GENERAL;
}

function rowOf<T>(grid: T[][], r: number): T[] {
  const row = grid[r] ?? [];
  grid[r] = row;
  return row;
}

/** One sheet's cells from its GridData blocks. */
export function cellsOf(blocks: readonly GridData[]): SheetCells {
  const shown: string[][] = [];
  const values: unknown[][] = [];
  const notes: string[][] = [];
  const formats: string[][] = [];
  let lastRow = 0;
  let lastColumn = 0;
  for (const block of blocks) {
    (block.rowData ?? []).forEach((row, i) => {
      const r = (block.startRow ?? 0) + i;
      (row.values ?? []).forEach((cell, j) => {
        const c = (block.startColumn ?? 0) + j;
        const text = cell.formattedValue ?? '';
        if (cell.effectiveValue || cell.userEnteredValue) {
          lastRow = Math.max(lastRow, r + 1);
          lastColumn = Math.max(lastColumn, c + 1);
        }
        rowOf(shown, r)[c] = text;
        rowOf(values, r)[c] = cellValue(cell, text);
        rowOf(notes, r)[c] = cell.note ?? '';
        rowOf(formats, r)[c] = formatOf(cell);
      });
    });
  }
  return { lastRow, lastColumn, read: () => ({ shown, values, notes, formats }) };
}

/**
 * The reader of several sheets' cells in one get, or undefined without the Advanced Sheets
 * service. The first read on a file is also the question whether REST reaches it: a refusal is
 * remembered as 'denied', a success as 'allowed' (no separate probe call).
 */
export function directGrids(
  ctx: Pick<SheetsContext, 'rest' | 'properties'> | undefined,
  spreadsheet: Spreadsheet,
): GridsReader | undefined {
  const rest = ctx?.rest;
  const properties = ctx?.properties;
  if (!rest || !properties) return undefined;
  return (sheets: Sheet[]) => {
    const id = spreadsheet.getId();
    const ranges = sheets.map((sheet) => sheetRange(sheet.getName()));
    let reply: Reply | undefined;
    const get = () => {
      reply = rest.Spreadsheets.get(id, { ranges, fields: GRID_FIELDS }) as Reply;
    };
    try {
      if (directAccess(properties, id, get) !== 'allowed') return undefined;
      if (!reply) get();
    } catch (error) {
      // Allowed before, refused now (the grant was withdrawn): ask no more; anything else: next time.
      if (isRefusal(error)) rememberDirectAccess(properties, id, 'denied');
      return undefined;
    }
    const grids = new Map<number, SheetCells>();
    for (const sheet of reply?.sheets ?? []) {
      const sheetId = sheet.properties?.sheetId;
      if (typeof sheetId === 'number') grids.set(sheetId, cellsOf(sheet.data ?? []));
    }
    // A sheet missing from the reply (renamed since its name was read) reads through SpreadsheetApp.
    return grids;
  };
}
