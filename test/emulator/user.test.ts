import { describe, expect, it } from 'vitest';
import { UserEditRejected } from '../../dev/emulator';
import { cellValue, setup } from './setup';

describe('User edits', () => {
  it('parses typed text like the Sheets UI', () => {
    const { sheet, emu } = setup();
    emu.user.type(sheet, 'A1', '123');
    emu.user.type(sheet, 'A2', '25%');
    emu.user.type(sheet, 'A3', '=A1*2');
    emu.user.type(sheet, 'A4', "'007");
    emu.user.type(sheet, 'A5', 'hello');
    const range = sheet.getRange('A1:A5');
    expect(range.getValues()).toEqual([[123], [0.25], [246], ['007'], ['hello']]);
    expect(range.getDisplayValues()).toEqual([['123'], ['25%'], ['246'], ['007'], ['hello']]);
    expect(range.getNumberFormats()[1]).toEqual(['0%']);
    expect(range.getFormulas()[2]).toEqual(['=A1*2']);
  });

  it('rejects typed input that breaks a rejecting validation rule, and keeps the old value', () => {
    const { app, emu, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireNumberBetween(-2, 2)
      .setAllowInvalid(false)
      .setHelpText('−2..+2')
      .build();
    sheet.getRange('B2:D2').setDataValidation(rule);
    emu.user.type(sheet, 'B2', '1');
    expect(() => emu.user.type(sheet, 'B2', '5')).toThrow(UserEditRejected);
    expect(() => emu.user.type(sheet, 'C2', 'great')).toThrow('−2..+2');
    expect(sheet.getRange('B2:C2').getValues()).toEqual([[1, '']]);
    emu.user.type(sheet, 'D2', '');
    // A rule that only warns lets anything in, and scripts are never stopped by validation.
    const warn = app.newDataValidation().requireValueInList(['yes', 'no'], true).build();
    sheet.getRange('E2').setDataValidation(warn);
    emu.user.type(sheet, 'E2', 'maybe');
    sheet.getRange('C2').setValue(9);
    expect(sheet.getRange('C2:E2').getValues()).toEqual([[9, '', 'maybe']]);
  });

  it('pastes a block, growing the grid when it runs past the edge', () => {
    const { emu, sheet } = setup();
    emu.user.paste(sheet, 'Z999', [
      ['a', 'b'],
      ['1', '50%'],
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 27]);
    expect(sheet.getRange('Z999:AA1000').getValues()).toEqual([
      ['a', 'b'],
      [1, 0.5],
    ]);
  });

  it('types into the top-left cell of a merged area', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:B2').merge();
    emu.user.type(sheet, 'B2', 'x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', ''],
      ['', ''],
    ]);
  });

  it('inserts, deletes and moves rows like a person would, carrying metadata along', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('lane', 'l3', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.getRange('A3').setValue('three');
    emu.user.insertRowsBefore(sheet, 1, 2);
    emu.user.moveRows(sheet, 5, 1, 1);
    expect(cellValue(sheet.getRange('A1'))).toBe('three');
    expect(
      sheet.createDeveloperMetadataFinder().withKey('lane').find()[0]?.getLocation().getRow()?.getRow(),
    ).toBe(1);
    emu.user.deleteRows(sheet, 1);
    expect(sheet.createDeveloperMetadataFinder().withKey('lane').find()).toEqual([]);
  });
});
