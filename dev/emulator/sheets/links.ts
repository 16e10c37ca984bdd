/**
 * How one script-facing Sheets object reaches another without importing it: a Range gives its
 * Sheet, a Sheet its Spreadsheet, developer metadata and protections their Range, and a
 * Spreadsheet or Sheet passed back in by a script is traced to its model. The emulator context
 * carries one implementation (facades.ts), which also keeps the one Spreadsheet and Sheet object
 * per model, so `range.getSheet() === sheet` holds as in Apps Script.
 */
import type { Sheet, SheetRange, Spreadsheet } from '../contract';
import type { Rect } from './dims';
import type { SheetModel, SpreadsheetModel } from './document-model';

/** How a Range was asked for: "A:B" and "1:3" keep their whole-column/row A1 notation. */
export interface RangeFlags {
  wholeRows?: boolean;
  wholeColumns?: boolean;
}

export interface SheetsFacades {
  /** The one Spreadsheet object of a document. */
  spreadsheet(model: SpreadsheetModel): Spreadsheet;
  /** The one Sheet object of a sheet. */
  sheet(model: SheetModel): Sheet;
  range(sheet: SheetModel, rect: Rect, flags?: RangeFlags): SheetRange;
  /** The document behind a Spreadsheet from this emulator, or null for anything else. */
  spreadsheetModel(value: unknown): SpreadsheetModel | null;
  /** The sheet behind a Sheet from this emulator, or null for anything else. */
  sheetModel(value: unknown): SheetModel | null;
}
