import { describe, expect, it } from 'vitest';
import { UserEditRejected } from '../../dev/emulator';
import { cellValue, setup } from './setup';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('Protection and access', () => {
  it('refuses script writes touching a range the user may not edit, and allows the rest', () => {
    const { emu, sheet } = setup();
    const protection = emu.protectAgainstCurrentUser(sheet.getRange('B2:C3'));
    expect(protection.canEdit()).toBe(false);
    expect(sheet.getRange('A1:B2').canEdit()).toBe(false);
    expect(sheet.getRange('D4').canEdit()).toBe(true);
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(PROTECTED);
    expect(cellValue(sheet.getRange('A1'))).toBe('');
    expect(() => sheet.getRange('C3').setBackground('#ff0000')).toThrow(PROTECTED);
    expect(() => sheet.deleteRows(3, 1)).toThrow(PROTECTED);
    sheet.getRange('D4').setValue('fine');
    expect(cellValue(sheet.getRange('D4'))).toBe('fine');
  });

  it('refuses every change to a sheet protected against the user; reads still work', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('A1').setValue('before');
    emu.protectAgainstCurrentUser(sheet);
    expect(() => sheet.getRange('Z99').setValue(1)).toThrow(PROTECTED);
    expect(() => sheet.setName('Other')).toThrow(PROTECTED);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(PROTECTED);
    expect(() => sheet.addDeveloperMetadata('k', 'v', app.DeveloperMetadataVisibility.DOCUMENT)).toThrow(
      PROTECTED,
    );
    expect(() => emu.user.type(sheet, 'A1', 'x')).toThrow(UserEditRejected);
    expect(cellValue(sheet.getRange('A1'))).toBe('before');
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0]?.canEdit()).toBe(false);
  });

  it('lets scripts protect what they write and still edit it', () => {
    const { app, sheet } = setup();
    const p = sheet.getRange('A1:B2').protect().setDescription('generated').setWarningOnly(true);
    expect([p.canEdit(), p.getDescription(), p.isWarningOnly(), String(p.getProtectionType())]).toEqual([
      true,
      'generated',
      true,
      'RANGE',
    ]);
    expect(p.getRange().getA1Notation()).toBe('A1:B2');
    sheet.getRange('A1').setValue('ok');
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('makes a view-only document refuse every change while reads keep working', () => {
    const { app, emu, doc, sheet } = setup();
    sheet.getRange('A1').setValue('visible');
    emu.setAccess('view');
    const readOnly = /view-only/;
    expect(cellValue(sheet.getRange('A1'))).toBe('visible');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(readOnly);
    expect(() => sheet.getRange('A1').setNote('x')).toThrow(readOnly);
    expect(() => doc.insertSheet('New', 1)).toThrow(readOnly);
    expect(() => sheet.setFrozenRows(1)).toThrow(readOnly);
    expect(() => doc.addDeveloperMetadata('k', 'v', app.DeveloperMetadataVisibility.DOCUMENT)).toThrow(
      readOnly,
    );
    expect(() => emu.globals.PropertiesService.getDocumentProperties()?.setProperty('k', 'v')).toThrow(
      readOnly,
    );
    expect(sheet.getRange('A1').canEdit()).toBe(false);
    expect(() => emu.user.type(sheet, 'A1', 'x')).toThrow(UserEditRejected);
    emu.setAccess('edit');
    sheet.getRange('A1').setValue('x');
    expect(cellValue(sheet.getRange('A1'))).toBe('x');
  });
});
