/**
 * The fast read of the open spreadsheet (src/hosts/sheets/direct-read.ts): where the user's grant
 * reaches the file, one REST get reads every journey sheet and the user gets exactly what the
 * SpreadsheetApp read gives; where it does not, or the get fails, the read still answers, and a
 * refusal is remembered so it is not asked again.
 */
import { describe, expect, it } from 'vitest';
import { benchDocument } from '../../bench/fixtures';
import type { BuildResult } from '../../src/hosts/build-types';
import { startAddon } from '../support/addon';
import { HINTS, makeDoc, withFiveCardRows } from '../support/journeys';
import { expectSameReads, PER_SHEET_READS, readAll, remember, remembered } from './direct-read-support';

function builtAddon(doc = makeDoc('aisas', 'ja', ['田中 部長', 'Alex Kim'])) {
  const addon = startAddon();
  for (const p of doc.personas) addon.ok<BuildResult>('buildJourney', doc, p.id, HINTS);
  return { addon, doc };
}

describe('Sheets read through one REST get', () => {
  it('reads what SpreadsheetApp reads, after typed text, numbers, dates, formulas, notes and merges', () => {
    const { addon } = builtAddon(withFiveCardRows(makeDoc('aisas', 'ja', ['田中 部長', 'Alex Kim'])));
    // The journey sheets (the spreadsheet's first sheet, "Sheet1", is none).
    const [first, second] = addon.spreadsheet.getSheets().filter((s) => s.getName() !== 'Sheet1');
    const u = addon.emu.user;
    u.type(first!, 'D10', '新しい施策 😀\n二行目');
    u.type(first!, 'E10', '25%');
    u.type(first!, 'F10', '2026-11-30');
    u.type(first!, 'D11', '=1/0');
    u.type(first!, 'E11', '=""');
    u.type(first!, 'F11', "'00123");
    u.type(first!, 'D12', 'TRUE');
    u.type(first!, 'E12', '1,234.5');
    u.setNote(first!, 'D10', 'メモ note');
    u.type(first!, 'Z40', 'beside the grid');
    // Beside the grid the cells are General: entries are parsed there (dates, percentages, errors).
    u.type(first!, 'Z41', '2026-11-30');
    u.type(first!, 'Z42', '2026-11-30');
    u.type(first!, 'Z42', '45000');
    u.type(first!, 'Z43', '=1/0');
    u.type(first!, 'Z44', '7.5%');
    u.type(first!, 'Z45', '=Z44*2');
    u.type(first!, 'Z46', 'false');
    u.setNote(first!, 'AA45', 'a note far out');
    u.merge(second!, 'D10:E10');
    u.insertRowsBefore(second!, 9, 1);
    u.deleteColumns(second!, 5, 1);
    const read = expectSameReads(addon);
    expect(read.ok).toBe(true);
    expectSameReads(addon, 'active');
  });

  it('reads a 12 × 20 × 6 document with one get and one metadata find, no grid read per sheet', () => {
    const doc = benchDocument(12, 20, 6);
    const addon = startAddon();
    addon.ok(
      'buildJourneys',
      doc,
      doc.personas.map((p) => p.id),
      HINTS,
    );
    addon.emu.setOpenDocumentRest('allowed');
    remember(addon, 'allowed');
    const calls = addon.emu.calls;
    calls.reset();
    const fast = readAll(addon);
    const rest = calls.snapshot();
    expect(fast.ok).toBe(true);
    expect(calls.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(calls.count('DeveloperMetadataFinder.find')).toBe(1);
    for (const method of PER_SHEET_READS) expect(calls.count(method), method).toBe(0);
    remember(addon, 'denied');
    calls.reset();
    const slow = readAll(addon);
    const app = calls.snapshot();
    expect(slow).toEqual(fast);
    expect(calls.count('Range.getValues')).toBe(6);
    // Printed for the record of what a user waits for (the benchmark's model, dev/emulator/calls.ts).
    console.log(`12×20×6 read: REST ${rest.modelledMs} ms, SpreadsheetApp ${app.modelledMs} ms (modelled)`);
    expect(rest.modelledMs).toBeLessThan(app.modelledMs);
  });

  it('asks once: a refusal is remembered and the read goes through SpreadsheetApp', () => {
    const { addon } = builtAddon();
    addon.emu.setOpenDocumentRest('denied');
    expect(remembered(addon)).toBeNull();
    const first = readAll(addon);
    expect(first.ok).toBe(true);
    expect(remembered(addon)).toBe('denied');
    addon.emu.calls.reset();
    expect(readAll(addon)).toEqual(first);
    expect(addon.emu.calls.count('Sheets.Spreadsheets.get')).toBe(0);
    expect(addon.emu.calls.count('Range.getValues')).toBe(2);
  });

  it('remembers a success without a separate probe call', () => {
    const { addon } = builtAddon();
    addon.emu.setOpenDocumentRest('allowed');
    addon.emu.calls.reset();
    expect(readAll(addon).ok).toBe(true);
    expect(remembered(addon)).toBe('allowed');
    expect(addon.emu.calls.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(addon.emu.calls.count('Range.getValues')).toBe(0);
  });

  it('a grant withdrawn since: the read still answers, and the refusal is remembered', () => {
    const { addon } = builtAddon();
    remember(addon, 'denied');
    const expected = readAll(addon);
    remember(addon, 'allowed');
    addon.emu.setOpenDocumentRest('denied');
    expect(readAll(addon)).toEqual(expected);
    expect(remembered(addon)).toBe('denied');
  });

  it('any other failure of the get: the read still answers, and asks again next time', () => {
    const { addon } = builtAddon();
    remember(addon, 'denied');
    const expected = readAll(addon);
    remember(addon, 'allowed');
    addon.emu.setOpenDocumentRest('allowed');
    // A Google backend error (HTTP 500) on the get: the script sees the service throw.
    const context = addon.bundle.context as Record<string, unknown>;
    const sheets = context.Sheets;
    context.Sheets = {
      Spreadsheets: {
        get() {
          throw new Error(
            'API call to sheets.spreadsheets.get failed with error: Internal error encountered.',
          );
        },
      },
    };
    try {
      expect(readAll(addon)).toEqual(expected);
    } finally {
      context.Sheets = sheets;
    }
    expect(remembered(addon)).toBe('allowed');
  });

  it('without the Advanced Sheets service the read goes through SpreadsheetApp', () => {
    const { addon } = builtAddon();
    remember(addon, 'denied');
    const expected = readAll(addon);
    remember(addon, null);
    addon.emu.setOpenDocumentRest('allowed');
    const context = addon.bundle.context as Record<string, unknown>;
    const sheets = context.Sheets;
    context.Sheets = undefined;
    try {
      expect(readAll(addon)).toEqual(expected);
    } finally {
      context.Sheets = sheets;
    }
    expect(remembered(addon)).toBeNull();
  });
});
