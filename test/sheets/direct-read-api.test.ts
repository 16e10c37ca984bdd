/**
 * The emulated spreadsheets.get as the fast read uses it: ranges, includeGridData and a fields
 * mask, with the cells as GridData the way the Sheets API reference describes it (start row and
 * column, rows and cells after the last one holding anything left out, each cell's values,
 * formatted value, note and number format).
 */
import { describe, expect, it } from 'vitest';
import { startAddon } from '../support/addon';

function setup() {
  const addon = startAddon();
  const sheet = addon.spreadsheet.getSheets()[0]!;
  addon.emu.user.renameSheet(sheet, "Team's map");
  const u = addon.emu.user;
  u.type(sheet, 'B2', '42');
  u.type(sheet, 'C2', '25%');
  u.type(sheet, 'B3', '2026-11-30');
  u.type(sheet, 'C3', '=1/0');
  u.type(sheet, 'D3', '=""');
  u.type(sheet, 'B4', 'テキスト 😀');
  u.setNote(sheet, 'C4', 'メモ');
  u.merge(sheet, 'B5:C5');
  addon.emu.setOpenDocumentRest('allowed');
  const get = (args: Record<string, unknown>) =>
    addon.emu.globals.Sheets.Spreadsheets.get(addon.spreadsheet.getId(), args) as Record<string, unknown>;
  return { addon, sheet, get };
}

describe('emulated spreadsheets.get', () => {
  it('returns no grid data by default, only what a fields mask selects', () => {
    const { get } = setup();
    const plain = get({}) as { sheets: { data?: unknown }[] };
    expect(plain.sheets[0]!.data).toBeUndefined();
    expect(get({ fields: 'spreadsheetId' })).toEqual({ spreadsheetId: expect.any(String) });
  });

  it('returns the cells of a quoted sheet name as GridData, trailing empty rows and cells left out', () => {
    const { get, sheet } = setup();
    const reply = get({
      ranges: ["'Team''s map'"],
      fields: 'sheets(properties(sheetId,title),data,merges)',
    }) as { sheets: { properties: unknown; data: unknown[]; merges: unknown[] }[] };
    expect(reply.sheets).toHaveLength(1);
    expect(reply.sheets[0]!.properties).toEqual({ sheetId: sheet.getSheetId(), title: "Team's map" });
    const [data] = reply.sheets[0]!.data as { startRow?: number; rowData: { values?: unknown[] }[] }[];
    expect(data!.startRow).toBeUndefined();
    // Row 5 holds only a merge (no cell data): not in rowData.
    expect(data!.rowData).toHaveLength(4);
    expect(data!.rowData[0]).toEqual({});
    const [row2, row3, row4] = data!.rowData.slice(1, 4).map((r) => r.values!);
    expect(row2).toEqual([
      {},
      { userEnteredValue: { numberValue: 42 }, effectiveValue: { numberValue: 42 }, formattedValue: '42' },
      {
        userEnteredValue: { numberValue: 0.25 },
        effectiveValue: { numberValue: 0.25 },
        formattedValue: '25%',
        userEnteredFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } },
        effectiveFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } },
      },
    ]);
    expect(row3![1]).toMatchObject({
      effectiveValue: { numberValue: 46356 },
      formattedValue: '2026-11-30',
      effectiveFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } },
    });
    expect(row3![2]).toEqual({
      userEnteredValue: { formulaValue: '=1/0' },
      effectiveValue: { errorValue: { type: 'DIVIDE_BY_ZERO', message: '#DIV/0!' } },
      formattedValue: '#DIV/0!',
    });
    // A formula whose result is empty: entered, but no value and nothing shown.
    expect(row3![3]).toEqual({ userEnteredValue: { formulaValue: '=""' } });
    expect(row4).toEqual([
      {},
      {
        userEnteredValue: { stringValue: 'テキスト 😀' },
        effectiveValue: { stringValue: 'テキスト 😀' },
        formattedValue: 'テキスト 😀',
      },
      { note: 'メモ' },
    ]);
    expect(reply.sheets[0]!.merges).toEqual([
      {
        sheetId: sheet.getSheetId(),
        startRowIndex: 4,
        endRowIndex: 5,
        startColumnIndex: 1,
        endColumnIndex: 3,
      },
    ]);
  });

  it('starts a range where it starts, and cuts each cell to the mask', () => {
    const { get } = setup();
    const reply = get({
      ranges: ["'Team''s map'!C3:D4"],
      fields: 'sheets(data(startRow,startColumn,rowData(values(formattedValue,note))))',
    });
    expect(reply).toEqual({
      sheets: [
        {
          data: [
            {
              startRow: 2,
              startColumn: 2,
              // D3 holds a formula with an empty result: a cell, with nothing the mask selects.
              rowData: [{ values: [{ formattedValue: '#DIV/0!' }, {}] }, { values: [{ note: 'メモ' }] }],
            },
          ],
        },
      ],
    });
  });

  it('includeGridData without a mask returns every sheet with its grid', () => {
    const { get } = setup();
    const reply = get({ includeGridData: true }) as { sheets: { data: unknown[] }[] };
    expect(reply.sheets.every((s) => s.data.length === 1)).toBe(true);
  });

  it('refuses an unknown sheet as the API does, and the open document unless REST reaches it', () => {
    const { addon, get } = setup();
    expect(() => get({ ranges: ["'Nope'!A1"] })).toThrow(/Unable to parse range/);
    addon.emu.setOpenDocumentRest('denied');
    expect(() => get({ fields: 'spreadsheetId' })).toThrow(/Requested entity was not found/);
  });
});
