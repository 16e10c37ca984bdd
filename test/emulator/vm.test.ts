import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cellDisplay, cellValue, setup } from './setup';

describe('Running a script in a vm context on the emulator globals', () => {
  it('works with values and arrays created in another realm', () => {
    const { emu } = setup({ htmlFiles: { sidebar: '<p>side</p>' } });
    const context = vm.createContext({ ...emu.globals });
    const script = `
      function onOpen() {
        SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
      }
      function build() {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Built', 1);
        sheet.getRange(1, 1, 2, 2).setValues([[new Date(2024, 0, 2), 'x'], [1, true]]);
        sheet.getRange('1:1').addDeveloperMetadata('k', 'v', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
        PropertiesService.getDocumentProperties().setProperty('built', 'yes');
        SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('T'));
        try {
          sheet.getRange('A1').setValues([[1, 2]]);
        } catch (e) {
          return String(e);
        }
        return 'no error';
      }
      onOpen();
      build();
    `;
    const result = vm.runInContext(script, context) as string;
    expect(result).toMatch(/^Exception: The number of columns/);
    const built = emu.activeSpreadsheet?.getSheetByName('Built');
    if (!built) throw new Error('sheet not built');
    expect(cellDisplay(built.getRange('A1'))).toBe('1/2/2024');
    expect(cellValue(built.getRange('B2'))).toBe(true);
    expect(emu.documentProperties()?.get('built')).toBe('yes');
    expect(emu.ui.sidebar?.html).toBe('<p>side</p>');
    expect(emu.ui.menus.flatMap((m) => m.entries)).toContainEqual({
      kind: 'item',
      caption: 'Open',
      functionName: 'showSidebar',
    });
  });
});

describe('Exceptions seen from the script realm', () => {
  it('are the realm’s Error objects once the emulator is told that realm', () => {
    const { emu } = setup();
    const context = vm.createContext({ ...emu.globals });
    emu.setScriptRealmError(vm.runInContext('Error', context) as ErrorConstructor);
    const seen = vm.runInContext(
      `(() => {
        try {
          SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:A2').setValues([[1]]);
        } catch (e) {
          return [e instanceof Error, e.name, e.message];
        }
      })()`,
      context,
    ) as unknown[];
    expect([...seen]).toEqual([
      true,
      'Exception',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ]);
  });
});
