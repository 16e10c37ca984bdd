/**
 * Hostile checks of the fast Sheets read (one REST get, src/hosts/sheets/direct-read.ts): after
 * what a team does to its sheets, the read through the API must give exactly what the
 * SpreadsheetApp read gives (document, findings, and each sheet's cells underneath,
 * direct-read-support.ts). Sheet names that A1 notation must quote, formats from the toolbar and
 * from scripts, a 50,000-character cell, full-width digits, ja_JP, formulas showing dates and
 * errors, notes on emptied rows, thousands of formatted empty rows, a duplicated sheet, the
 * 'active' scope; and a sheet renamed by a teammate between the key lookup and the get.
 */
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/hosts/build-types';
import { expectSameReads, readAll, remember, remembered } from '../sheets/direct-read-support';
import { type Addon, startAddon } from '../support/addon';
import { HINTS, makeDoc, withFiveCardRows } from '../support/journeys';

function built(locale?: string) {
  const addon = startAddon(locale ? { locale } : {});
  const doc = withFiveCardRows(makeDoc('aisas', 'ja', ['田中 部長', 'Alex Kim']));
  for (const p of doc.personas) addon.ok<BuildResult>('buildJourney', doc, p.id, HINTS);
  const [first, second] = addon.spreadsheet.getSheets().filter((s) => s.getName() !== 'Sheet1');
  return { addon, first: first!, second: second! };
}

/** The bundle's Sheets service, with `act` done just before each get (a teammate's edit). */
function beforeGet(addon: Addon, act: () => void): void {
  const context = addon.bundle.context as Record<string, unknown>;
  const real = addon.emu.globals.Sheets;
  context.Sheets = {
    Spreadsheets: {
      get(id: string, args: Record<string, unknown>) {
        act();
        return real.Spreadsheets.get(id, args);
      },
    },
  };
}

describe('fast Sheets read, hostile', () => {
  it('sheet names that must be quoted: apostrophes, "!", spaces, Japanese, names like A1, R1C1 and A1:B2', () => {
    const { addon, first, second } = built();
    const u = addon.emu.user;
    for (const [a, b] of [
      ["It's !A1 'x'", 'A1'],
      ['  日本語 シート!  ', 'R1C1'],
      ['A1:B2', "x'!y:z"],
    ] as const) {
      u.renameSheet(first, a);
      u.renameSheet(second, b);
      expect(expectSameReads(addon).ok).toBe(true);
    }
    addon.spreadsheet.setActiveSheet(first);
    expectSameReads(addon, 'active');
  });

  it('formats from the toolbar (ja_JP): currency, accounting, scientific, fraction, dates, durations, times', () => {
    const { addon, first } = built('ja_JP');
    const u = addon.emu.user;
    const set = (a1: string, format: string, text: string) => {
      first.getRange(a1).setNumberFormat(format);
      u.type(first, a1, text);
    };
    set('D10', '"¥"#,##0', '1234');
    set('E10', '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)', '-5');
    set('F10', '0.00E+00', '12345');
    set('D11', '# ?/?', '0.5');
    set('D12', 'yyyy"年"m"月"d"日"', '46000');
    set('E12', '[h]:mm:ss', '1.5');
    set('F12', 'h:mm AM/PM', '0.75');
    set('Z11', '0.0%', '0.4');
    set('Z12', 'mmmm', '46000');
    set('Z13', 'ddd', '46000');
    set('Z14', '0 "h"', '3');
    u.type(first, 'Z15', '25%');
    u.type(first, 'Z16', '1,234.5');
    u.type(first, 'Z17', '2026-01-02');
    expectSameReads(addon);
  });

  it('dates typed, written by a script and shown by formulas; errors; long, full-width and multi-line text', () => {
    const { addon, first } = built();
    const u = addon.emu.user;
    u.type(first, 'Z50', '2026-11-30');
    u.type(first, 'Z51', '=Z50');
    u.type(first, 'D10', '=Z50');
    u.type(first, 'E10', '=Z50+1');
    first.getRange('F10').setValue(new Date(2026, 0, 2));
    first.getRange('Z52').setValue(new Date(2026, 0, 2, 13, 30));
    first
      .getRange('Z53')
      .setNumberFormat('0.00')
      .setValue(new Date(2026, 0, 2));
    u.type(first, 'D11', 'あ'.repeat(49_990));
    u.type(first, 'E11', '１２３');
    u.type(first, 'F11', '1e3');
    u.type(first, 'D12', '=NA()');
    u.type(first, 'E12', '=TRUE');
    u.type(first, 'F12', '=HYPERLINK("https://example.com","リンク")');
    u.setNote(first, 'F11', 'line\nline2');
    expectSameReads(addon);
  });

  it('an emptied last row with a note, notes far below, thousands of formatted empty rows', () => {
    const { addon, first } = built();
    const u = addon.emu.user;
    const last = first.getDataRange().getLastRow();
    u.clear(first, `A${last}:Z${last}`);
    u.setNote(first, `C${last}`, 'note on an emptied row');
    u.setNote(first, `C${last + 5}`, 'note far below');
    u.insertRowsAfter(first, last, 2000);
    first.getRange(`A${last + 1}:Z${last + 2000}`).setNumberFormat('0.00');
    expectSameReads(addon);
  });

  it('a duplicated sheet and the active scope', () => {
    const { addon, second } = built();
    const copy = addon.emu.user.duplicateSheet(second);
    addon.emu.user.type(copy, 'D10', 'copy edit');
    expectSameReads(addon);
    expectSameReads(addon, 'active');
  });

  it('a sheet renamed by a teammate just before the get: the read answers through SpreadsheetApp', () => {
    const { addon, first } = built();
    remember(addon, 'denied');
    addon.emu.setOpenDocumentRest('allowed');
    remember(addon, 'allowed');
    let renamed = false;
    beforeGet(addon, () => {
      if (renamed) return;
      renamed = true;
      addon.emu.user.renameSheet(first, 'renamed by a teammate');
    });
    const calls = addon.emu.calls;
    calls.reset();
    const during = readAll(addon);
    expect(calls.count('Range.getValues')).toBe(2);
    // Not a refusal: the fast path is kept for the next read.
    expect(remembered(addon)).toBe('allowed');
    remember(addon, 'denied');
    expect(during).toEqual(readAll(addon));
  });

  it("a renamed sheet whose old name reads like a refusal ('Permission requests') is no refusal: the grant is kept", () => {
    const { addon, first } = built();
    addon.emu.user.renameSheet(first, 'Permission requests — forbidden, insufficient');
    addon.emu.setOpenDocumentRest('allowed');
    remember(addon, 'allowed');
    let renamed = false;
    beforeGet(addon, () => {
      if (renamed) return;
      renamed = true;
      addon.emu.user.renameSheet(first, 'renamed by a teammate');
    });
    expect(readAll(addon).ok).toBe(true);
    expect(remembered(addon)).toBe('allowed');
  });
});
