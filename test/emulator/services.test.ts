import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { cellValue, setup } from './setup';

describe('Authorization modes', () => {
  it('in NONE builds the add-on menu but refuses the document, properties, locks and HTML', () => {
    const { emu } = setup({ htmlFiles: { sidebar: '<p>hi</p>' } });
    emu.setAuthMode('NONE');
    const g = emu.globals;
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addToUi();
    expect(g.Session.getActiveUserLocale()).toBe('en');
    expect(String(g.ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/permission to call PropertiesService/);
    expect(() => g.LockService.getDocumentLock()).toThrow(/permission to call LockService/);
    expect(() => g.HtmlService.createHtmlOutputFromFile('sidebar')).toThrow(/permission to call HtmlService/);
    expect(emu.ui.addonMenu?.entries).toEqual([
      { kind: 'item', caption: 'Open', functionName: 'showSidebar' },
      { kind: 'separator' },
    ]);
  });

  it('in LIMITED reaches the document and the UI; the user e-mail needs FULL', () => {
    const { emu } = setup();
    emu.setAuthMode('LIMITED');
    expect(emu.globals.SpreadsheetApp.getActiveSpreadsheet()?.getName()).toBe('Journey');
    expect(() => emu.globals.Session.getEffectiveUser()).toThrow(/userinfo.email/);
    emu.setAuthMode('FULL');
    expect(emu.globals.Session.getEffectiveUser().getEmail()).toBe('user@example.com');
  });

  it('has no active spreadsheet, document properties or document lock outside a document', () => {
    const emu = createEmulator();
    expect(emu.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(emu.globals.PropertiesService.getDocumentProperties()).toBeNull();
    expect(emu.globals.LockService.getDocumentLock()).toBeNull();
    expect(emu.globals.PropertiesService.getUserProperties().getProperty('x')).toBeNull();
  });
});

describe('UI and HtmlService', () => {
  it('shows a sidebar built from a project HTML file, and refuses unknown files', () => {
    const { emu } = setup({ htmlFiles: (name) => (name === 'sidebar' ? '<h1>Journey</h1>' : null) });
    const html = emu.globals.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Journey Grid');
    expect(html.getContent()).toBe('<h1>Journey</h1>');
    emu.globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(emu.ui.sidebar).toEqual({ title: 'Journey Grid', html: '<h1>Journey</h1>' });
    expect(() => emu.globals.HtmlService.createHtmlOutputFromFile('missing')).toThrow(
      'No HTML file named missing was found.',
    );
  });

  it('evaluates a template: printing scriptlets of its properties, escaped unless forced', () => {
    const { emu } = setup({
      htmlFiles: { page: '<p><?= name ?></p><script>var data = <?!= data ?>;</script>' },
    });
    const template = emu.globals.HtmlService.createTemplateFromFile('page');
    template.name = '<b>Aki & Ben</b>';
    template.data = '{"a":1}';
    expect(template.evaluate().getContent()).toBe(
      '<p>&#60;b&#62;Aki &#38; Ben&#60;/b&#62;</p><script>var data = {"a":1};</script>',
    );
    const unset = emu.globals.HtmlService.createTemplateFromFile('page');
    expect(() => unset.evaluate()).toThrow(/"name" is not defined/);
  });

  it('records toasts and replaces the add-on menu when it is built again', () => {
    const { emu, doc } = setup();
    doc.toast('Built', 'Journey Grid', 3);
    const ui = emu.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('A', 'fa').addToUi();
    ui.createAddonMenu().addItem('B', 'fb').addToUi();
    expect(emu.ui.toasts).toEqual([{ message: 'Built', title: 'Journey Grid', timeoutSeconds: 3 }]);
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.addonMenu?.entries).toEqual([{ kind: 'item', caption: 'B', functionName: 'fb' }]);
  });
});

describe('PropertiesService', () => {
  it('stores strings, returns null when absent and converts numbers', () => {
    const { emu } = setup();
    const props = emu.globals.PropertiesService.getDocumentProperties()!;
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('n', 42 as unknown as string).setProperties({ a: '1', b: '2' });
    expect(props.getProperty('n')).toBe('42');
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'n']);
    props.deleteProperty('a');
    expect(emu.documentProperties()?.toObject()).toEqual({ n: '42', b: '2' });
  });

  it('refuses a value over 9 KB (key + value) and a store over 500 KB', () => {
    const { emu } = setup();
    const props = emu.globals.PropertiesService.getUserProperties();
    props.setProperty('k', 'x'.repeat(9 * 1024 - 1));
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024))).toThrow('Argument too large: value');
    expect(() => props.setProperty('k', 'é'.repeat(4700))).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) props.setProperty(`key${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
    expect(() => props.setProperty('one-more', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('one-more')).toBeNull();
  });
});

describe('LockService', () => {
  it('fails to take the document lock while another execution holds it', () => {
    const { emu } = setup();
    const lock = emu.globals.LockService.getDocumentLock()!;
    emu.holdDocumentLockElsewhere(true);
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    emu.holdDocumentLockElsewhere(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(emu.globals.LockService.getUserLock().tryLock(10)).toBe(true);
  });
});

describe('Session', () => {
  it('reports the user set by the test', () => {
    const { emu } = setup({ user: { email: 'hana@example.jp', locale: 'ja' } });
    expect(emu.globals.Session.getActiveUserLocale()).toBe('ja');
    expect(emu.globals.Session.getEffectiveUser().getEmail()).toBe('hana@example.jp');
  });
});

describe('Drive copy', () => {
  it('copies content, charts and developer metadata, but not document properties', () => {
    const { app, emu, doc, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    doc.addDeveloperMetadata('model', '{"title":"x"}', vis);
    sheet.getRange('2:2').addDeveloperMetadata('lane', 'l2', vis);
    sheet
      .getRange('A1:B1')
      .setValues([['title', 0.5]])
      .merge();
    sheet.getRange('B2').setNumberFormat('0%').setValue(0.5);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A2:B2')).build());
    emu.globals.PropertiesService.getDocumentProperties()?.setProperty('secret', 'v');

    const copy = emu.copySpreadsheet(doc, 'Copy of Journey');
    expect(copy.getId()).not.toBe(doc.getId());
    expect(copy.getName()).toBe('Copy of Journey');
    const copied = copy.getSheets()[0]!;
    expect(copied.getSheetId()).toBe(sheet.getSheetId());
    expect(copied.getRange('A1:B2').getDisplayValues()).toEqual([
      ['title', ''],
      ['', '50%'],
    ]);
    expect(copied.getRange('A1:B1').isPartOfMerge()).toBe(true);
    expect(copied.getCharts()[0]?.getRanges()[0]?.getA1Notation()).toBe('A2:B2');
    expect(copy.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['{"title":"x"}']);
    expect(
      copied.createDeveloperMetadataFinder().withKey('lane').find()[0]?.getLocation().getRow()?.getRow(),
    ).toBe(2);
    expect(emu.documentProperties(copy)?.toObject()).toEqual({});
    // The copy is independent of the original.
    copied.getRange('B2').setValue(1);
    expect(cellValue(sheet.getRange('B2'))).toBe(0.5);
  });
});
