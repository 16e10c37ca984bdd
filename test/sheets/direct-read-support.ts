/**
 * Reading one spreadsheet both ways, as the add-on reads it: through SpreadsheetApp (the user's
 * grant does not reach the file) and through one REST get (it does), from the same cells.
 */
import { expect } from 'vitest';
import { directGrids } from '../../src/hosts/sheets/direct-read';
import { indexKeys, keysOfSheet } from '../../src/hosts/sheets/key-index';
import { journeySheets, rawTableFromSheet } from '../../src/hosts/sheets/read';
import type { Spreadsheet } from '../../src/hosts/sheets/services';
import type { PropertiesServiceApi } from '../../src/hosts/ui';
import type { ReadBack } from '../../src/server/rpc';
import type { Addon } from '../support/addon';

type Read = { ok: true; value: ReadBack } | { ok: false; problems: unknown[] };

export const DIRECT_KEY = 'journeygrid.direct.';

export function properties(addon: Addon): PropertiesServiceApi {
  return addon.emu.globals.PropertiesService as unknown as PropertiesServiceApi;
}

/** What this user's properties remember for the open file. */
export function remembered(addon: Addon): string | null {
  return properties(addon)
    .getUserProperties()
    .getProperty(DIRECT_KEY + addon.spreadsheet.getId());
}

export function remember(addon: Addon, answer: 'allowed' | 'denied' | null): void {
  const props = properties(addon).getUserProperties();
  const key = DIRECT_KEY + addon.spreadsheet.getId();
  if (answer === null) props.deleteProperty(key);
  else props.setProperty(key, answer);
}

/** The read-back as the bundle answers it, `direct` included (what the read learnt of the grant). */
export function readBack(addon: Addon, scope: 'all' | 'active' = 'all'): Read {
  return addon.bundle.call<Read>('readJourneys', scope);
}

/**
 * What the user reads back: the document and findings. `direct` says which path answered, so it is
 * left out where both paths are compared (readBack keeps it).
 */
export function readAll(addon: Addon, scope: 'all' | 'active' = 'all'): Read {
  const read = readBack(addon, scope);
  if (!read.ok) return read;
  const { direct: _, ...value } = read.value;
  return { ok: true, value: value as ReadBack };
}

/** The grid reads SpreadsheetApp makes per sheet; none of them on the direct path. */
export const PER_SHEET_READS = [
  'Sheet.getDataRange',
  'Range.getDisplayValues',
  'Range.getValues',
  'Range.getNotes',
  'Range.getNumberFormats',
];

/**
 * Reads the open spreadsheet through SpreadsheetApp, then through REST, and expects the same
 * answer: the document and findings the user sees, and underneath each journey sheet's cells
 * exactly as the reader gets them (text, value, note, number format, keys).
 */
export function expectSameReads(addon: Addon, scope: 'all' | 'active' = 'all'): Read {
  addon.emu.setOpenDocumentRest('denied');
  remember(addon, 'denied');
  const viaApp = readAll(addon, scope);
  addon.emu.setOpenDocumentRest('allowed');
  remember(addon, 'allowed');
  const back = readBack(addon, scope);
  if (back.ok) expect(back.value.direct).toBe('allowed');
  addon.emu.calls.reset();
  const viaRest = readAll(addon, scope);
  const calls = addon.emu.calls;
  // One get whenever a journey sheet is read (none when the active sheet is not one).
  expect(calls.count('Sheets.Spreadsheets.get')).toBe(hasJourneys(addon, scope) ? 1 : 0);
  for (const method of PER_SHEET_READS) expect(calls.count(method), method).toBe(0);
  expect(viaRest).toEqual(viaApp);

  const spreadsheet = addon.emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  const index = indexKeys(spreadsheet);
  const sheets = journeySheets(spreadsheet, index).map((s) => s.sheet);
  const rest = { rest: addon.emu.globals.Sheets, properties: properties(addon) };
  const grids = directGrids(rest, spreadsheet)!(sheets);
  expect(grids).toBeDefined();
  for (const sheet of sheets) {
    const keys = keysOfSheet(index, sheet);
    const app = rawTableFromSheet(sheet, keys);
    const direct = rawTableFromSheet(sheet, keys, grids!.get(sheet.getSheetId()));
    expect(
      { cells: direct.cells, rows: direct.rowKeys, columns: direct.columnKeys },
      sheet.getName(),
    ).toEqual({
      cells: app.cells,
      rows: app.rowKeys,
      columns: app.columnKeys,
    });
  }
  return viaRest;
}

function hasJourneys(addon: Addon, scope: 'all' | 'active'): boolean {
  const spreadsheet = addon.emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  const sheets = journeySheets(spreadsheet).map((s) => s.sheet.getSheetId());
  return scope === 'all' ? sheets.length > 0 : sheets.includes(spreadsheet.getActiveSheet().getSheetId());
}
