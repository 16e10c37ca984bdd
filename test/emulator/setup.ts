/**
 * Shared set-up for the emulator suites: an emulator with one open spreadsheet, and its globals
 * as the add-on sees them.
 */
import { createEmulator, type EmulatorOptions } from '../../dev/emulator';
import type { SheetRange } from '../../dev/user-surface/sheets';

export function setup(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  const doc = emu.createSpreadsheet('Journey', { locale: 'en_US' });
  const app = emu.globals.SpreadsheetApp;
  const sheet = doc.getSheets()[0]!;
  emu.calls.reset();
  return { emu, app, doc, sheet };
}

/** The top-left cell of a range, read through the contract's 2-D getters. */
export const cellValue = (range: SheetRange) => range.getValues()[0]?.[0];
export const cellDisplay = (range: SheetRange) => range.getDisplayValues()[0]?.[0];
export const cellFormula = (range: SheetRange) => range.getFormulas()[0]?.[0];
export const cellBackground = (range: SheetRange) => range.getBackgrounds()[0]?.[0];
export const cellNote = (range: SheetRange) => range.getNotes()[0]?.[0];
