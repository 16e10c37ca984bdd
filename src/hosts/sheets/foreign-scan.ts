/**
 * Reads a spreadsheet Journey Grid did not build: each sheet's used range as displayed, with its
 * merged areas, handed to the recognizer of hand-made grids (src/read/foreign). Three calls per
 * sheet (getDataRange, getDisplayValues, getMergedRanges); the merges' positions are local reads.
 */
import type { Result } from '../../model/problems';
import type { ForeignGrid } from '../../read/foreign/grid';
import { type ForeignReading, recognizeGrids } from '../../read/foreign/recognize';
import { a1 } from './a1';
import { indexKeys } from './key-index';
import { journeySheets } from './read';
import type { Sheet, Spreadsheet } from './services';

export function sheetGrid(sheet: Sheet): ForeignGrid {
  // getDataRange starts at A1 and ends at the last row and column with content, so the grid's
  // rows and columns are the sheet's (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange).
  const range = sheet.getDataRange();
  return {
    where: sheet.getName(),
    cells: range.getDisplayValues(),
    merges: range.getMergedRanges().map((m) => ({
      row: m.getRow() - 1,
      column: m.getColumn() - 1,
      rows: m.getNumRows(),
      columns: m.getNumColumns(),
    })),
    address: (row, column) => a1(row + 1, column + 1),
  };
}

/**
 * The hand-made journey tables of the active sheet or of every sheet; undefined when the file
 * holds Journey Grid journeys (then the keyed read's answer stands).
 */
export function readForeignSpreadsheet(
  spreadsheet: Spreadsheet,
  scope: 'active' | 'all',
): Result<ForeignReading> | undefined {
  if (journeySheets(spreadsheet, indexKeys(spreadsheet)).length > 0) return undefined;
  const sheets = scope === 'active' ? [spreadsheet.getActiveSheet()] : spreadsheet.getSheets();
  return recognizeGrids(sheets.map(sheetGrid), spreadsheet.getName());
}
