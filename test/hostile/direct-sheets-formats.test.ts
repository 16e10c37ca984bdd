/**
 * Hostile checks of the fast Sheets read (src/hosts/sheets/direct-read.ts) against the CellData
 * the Sheets API documents, where the emulator's own get cannot show it: a number format set with
 * a type and no pattern (NumberFormat.pattern: "If not set, a default pattern based on the user's
 * locale will be used if necessary for the given type",
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat).
 * Such a format comes from any tool that writes through the API; SpreadsheetApp reports it with
 * the type's pattern, and the reader must get what SpreadsheetApp gives.
 */
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../src/hosts/sheets/direct-read';
import { startAddon } from '../support/addon';

/** A cell written through the API with a type-only format; what SpreadsheetApp then reports. */
function typeOnly(type: string, value: number) {
  const addon = startAddon();
  addon.emu.setOpenDocumentRest('allowed');
  const sheet = addon.spreadsheet.getSheets()[0]!;
  addon.emu.globals.Sheets.Spreadsheets.batchUpdate(
    {
      requests: [
        {
          updateCells: {
            start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 },
            rows: [
              {
                values: [
                  { userEnteredValue: { numberValue: value }, userEnteredFormat: { numberFormat: { type } } },
                ],
              },
            ],
            fields: 'userEnteredValue,userEnteredFormat',
          },
        },
      ],
    },
    addon.spreadsheet.getId(),
  );
  const range = sheet.getRange('A1');
  return { format: range.getNumberFormats()[0]![0]!, shown: range.getDisplayValues()[0]![0]! };
}

describe('fast Sheets read: formats as the API documents them', () => {
  it.each([
    ['PERCENT', 0.4],
    ['NUMBER', 1234.5],
  ])('a %s format without a pattern reads with the pattern SpreadsheetApp reports', (type, value) => {
    const app = typeOnly(type, value);
    // What spreadsheets.get answers for that cell: the format as it was set, type only.
    const grid = cellsOf([
      {
        rowData: [
          {
            values: [
              {
                userEnteredValue: { numberValue: value },
                effectiveValue: { numberValue: value },
                formattedValue: app.shown,
                userEnteredFormat: { numberFormat: { type } },
                effectiveFormat: { numberFormat: { type } },
              },
            ],
          },
        ],
      },
    ]);
    const read = grid.read(1, 1);
    expect(read.values[0]![0]).toBe(value);
    expect(read.formats[0]![0]).toBe(app.format);
  });
});
