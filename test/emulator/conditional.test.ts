import { describe, expect, it } from 'vitest';
import { setup } from './setup';

describe('Conditional format rules', () => {
  it('stores rules, reads them back and shows their effect in snapshots', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('B2:D2').setValues([[2, -1, 'e.g. something']]);
    const scores = app
      .newConditionalFormatRule()
      .whenNumberEqualTo(2)
      .setBackground('#B7E1CD')
      .setRanges([sheet.getRange('B2:C2')])
      .build();
    const hint = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=REGEXMATCH(TO_TEXT(B2),"^e\\.g\\. ")')
      .setFontColor('#999999')
      .setItalic(true)
      .setRanges([sheet.getRange('B2:D2')])
      .build();
    sheet.setConditionalFormatRules([scores, hint]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual(
      [['B2:C2'], ['B2:D2']],
    );
    const looks = emu.inspect(sheet).conditionalFormats[1];
    expect(looks?.slice(1)).toEqual([
      { background: '#b7e1cd' },
      null,
      { fontColor: '#999999', italic: true },
    ]);
  });

  it('moves rule ranges and formulas with inserted rows, and clears with an empty list', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('B2').setValue(0);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=B2=0')
      .setBold(true)
      .setRanges([sheet.getRange('B2')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 1);
    const snap = emu.inspect(sheet);
    expect(snap.conditionalFormatRules[0]?.ranges[0]?.a1).toBe('B3');
    expect(snap.conditionalFormatRules[0]?.condition).toEqual({ kind: 'formula', formula: '=B3=0' });
    expect(snap.conditionalFormats[2]?.[1]).toEqual({ bold: true });
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('Editors other than Sheets', () => {
  it('refuses SpreadsheetApp.getUi() when no spreadsheet is open', () => {
    const { emu } = setup();
    emu.setActiveDocument(null);
    expect(() => emu.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});
