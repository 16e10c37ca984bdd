import { describe, expect, it } from 'vitest';
import { cellBackground, cellNote, cellValue, setup } from './setup';

describe('Sheets of a spreadsheet', () => {
  it('creates 1000 × 26 sheets with unique, case-insensitive names', () => {
    const { doc } = setup();
    const added = doc.insertSheet('Journey A', 1);
    expect([added.getMaxRows(), added.getMaxColumns(), added.getIndex()]).toEqual([1000, 26, 2]);
    expect(() => doc.insertSheet('journey a', 0)).toThrow(
      'A sheet with the name "journey a" already exists. Please enter another name.',
    );
    expect(() => doc.insertSheet('x'.repeat(101), 0)).toThrow(/at most 100 characters/);
    expect(() => doc.insertSheet('  ', 0)).toThrow(/must not be empty/);
    expect(() => added.setName('Sheet1')).toThrow('already exists');
    added.setName('Renamed');
    expect(doc.getSheetByName('renamed')?.getSheetId()).toBe(added.getSheetId());
  });

  it('lists sheets in order, keeps ids stable and refuses to delete the last sheet', () => {
    const { doc, sheet } = setup();
    const b = doc.insertSheet('B', 1);
    const a = doc.insertSheet('A', 1);
    expect(doc.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A', 'B']);
    expect(sheet.getSheetId()).toBe(0);
    const ids = doc.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
    doc.deleteSheet(a);
    expect(b.getIndex()).toBe(2);
    expect(doc.getSheets().map((s) => s.getSheetId())).toEqual([ids[0], ids[2]]);
    doc.deleteSheet(sheet);
    expect(() => doc.deleteSheet(b)).toThrow("You can't remove all the sheets in a document.");
  });

  it('reports the last row and column holding content', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C7').setValue('x');
    sheet.getRange('E2').setBackground('#ff0000');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  it('shifts contents, formats, notes and validation on insert and delete, growing and shrinking the grid', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireNumberBetween(1, 5).build();
    sheet.getRange('B2').setValue(3).setBackground('#00ff00').setNote('n').setDataValidation(rule);
    sheet.insertRowsAfter(1, 2).insertColumnsBefore(1, 1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 27]);
    const moved = sheet.getRange('C4');
    expect([cellValue(moved), cellBackground(moved), cellNote(moved)]).toEqual([3, '#00ff00', 'n']);
    expect(moved.getDataValidations()[0]?.[0]?.getCriteriaValues()).toEqual([1, 5]);
    sheet.deleteRows(1, 2);
    sheet.deleteColumns(1, 1);
    expect(cellValue(sheet.getRange('B2'))).toBe(3);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
  });

  it('records frozen panes, widths, heights, gridlines and tab colour', () => {
    const { emu, sheet } = setup();
    expect([sheet.getColumnWidth(1), sheet.getRowHeight(1)]).toEqual([100, 21]);
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet
      .setColumnWidths(2, 3, 180)
      .setRowHeight(1, 36)
      .setRowHeightsForced(3, 2, 22)
      .setHiddenGridlines(true);
    sheet.setTabColor('#ABCDEF');
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getColumnWidth(4),
      sheet.getRowHeight(1),
    ]).toEqual([2, 1, 180, 36]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getFrozenRows()).toBe(3);
    const snap = emu.inspect(sheet, { rows: 5, columns: 5 });
    expect(snap.hiddenGridlines).toBe(true);
    expect(snap.tabColor).toBe('#abcdef');
    // The new first row takes its size from the row after it (see the inheritance test).
    expect(snap.rowHeights).toEqual([36, 36, 21, 22, 22]);
    expect(snap.forcedRowHeights).toEqual([false, false, false, true, true]);
    expect(snap.columnWidths).toEqual([100, 180, 180, 180, 100]);
  });

  it('copies a sheet to a spreadsheet as "Copy of …"', () => {
    const { app, emu, doc, sheet } = setup();
    sheet.getRange('A1').setValue('hello').setBackground('#eeeeee');
    sheet.getRange('1:1').addDeveloperMetadata('row', 'r1', app.DeveloperMetadataVisibility.DOCUMENT);
    const target = emu.createSpreadsheet('Target');
    const copy = sheet.copyTo(target);
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(cellValue(copy.getRange('A1'))).toBe('hello');
    expect(target.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Copy of Sheet1']);
    expect(sheet.copyTo(doc).getName()).toBe('Copy of Sheet1');
    expect(
      copy.createDeveloperMetadataFinder().withKey('row').find()[0]?.getLocation().getRow()?.getRow(),
    ).toBe(1);
  });

  it('duplicates a sheet like the UI, developer metadata included', () => {
    const { app, emu, doc, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    sheet.addDeveloperMetadata('persona', 'p1', vis);
    sheet.getRange('4:4').addDeveloperMetadata('lane', 'l4', vis);
    sheet.getRange('A4').setValue('row four');
    doc.insertSheet('After', 1);
    const dup = emu.user.duplicateSheet(sheet);
    expect(doc.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Copy of Sheet1', 'After']);
    expect(dup.getSheetId()).not.toBe(sheet.getSheetId());
    expect(dup.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['p1']);
    const lane = dup.createDeveloperMetadataFinder().withKey('lane').find();
    expect(lane.map((m) => m.getLocation().getRow()?.getRow())).toEqual([4]);
    expect(lane[0]?.getId()).not.toBe(
      sheet.createDeveloperMetadataFinder().withKey('lane').find()[0]?.getId(),
    );
    expect(sheet.createDeveloperMetadataFinder().withKey('lane').find()).toHaveLength(1);
    expect(cellValue(dup.getRange('A4'))).toBe('row four');
  });

  it('gives inserted rows and columns the formats and size of their neighbour, not its content', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A2:C2').setNumberFormat('0.0%').setBackground('#ff0000').setValue(0.5);
    sheet.getRange('A2').setNote('mine');
    sheet.setRowHeight(2, 40);
    sheet.getRange('A3:C3').setBackground('#00ff00');
    // After row 2: like row 2 (the API's inheritFromBefore: true).
    sheet.insertRowsAfter(2, 1);
    // Before row 4 (the old row 3): like that row (inheritFromBefore: false).
    sheet.insertRowsBefore(4, 1);
    sheet.getRange('B1').setBackground('#0000ff');
    sheet.insertColumnsAfter(2, 1);
    const snap = emu.inspect(sheet, { rows: 6, columns: 4 });
    expect(snap.numberFormats[2]!.slice(0, 2)).toEqual(['0.0%', '0.0%']);
    expect(snap.backgrounds[2]![0]).toBe('#ff0000');
    expect(snap.values[2]![0]).toBe('');
    expect(snap.notes[2]![0]).toBe('');
    expect(snap.rowHeights[2]).toBe(40);
    expect(snap.backgrounds[3]![0]).toBe('#00ff00');
    expect(snap.backgrounds[0]![2]).toBe('#0000ff');
    expect(snap.values[1]![2]).toBe('');
    // And so does a person inserting rows in the UI.
    emu.user.insertRowsAfter(sheet, 1);
    expect(emu.inspect(sheet, { rows: 3, columns: 3 }).backgrounds[1]![1]).toBe('#0000ff');
  });
});
