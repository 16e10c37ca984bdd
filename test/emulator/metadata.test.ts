import { describe, expect, it } from 'vitest';
import { setup } from './setup';

describe('Developer metadata', () => {
  it('refuses metadata on a range that is not a whole row or column', () => {
    const { app, sheet } = setup();
    const doc = app.DeveloperMetadataVisibility.DOCUMENT;
    expect(() => sheet.getRange('B2:C3').addDeveloperMetadata('k', 'v', doc)).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
    expect(() => sheet.getRange('3:4').addDeveloperMetadata('k', 'v', doc)).toThrow('arbitrary ranges');
    expect(() => sheet.getRange(3, 1, 1, 25).addDeveloperMetadata('k', 'v', doc)).toThrow('arbitrary ranges');
    sheet.getRange(3, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('row', 'r3', doc);
    sheet.getRange('C:C').addDeveloperMetadata('col', 'c3', doc);
    expect(
      sheet
        .getRange('3:3')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['r3']);
    expect(
      sheet
        .getRange('C:C')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['c3']);
  });

  it('moves row metadata with its row when rows are inserted above it', () => {
    const { app, sheet } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('stage', 'aware', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.insertRowsBefore(2, 3);
    const [md] = sheet.createDeveloperMetadataFinder().withKey('stage').find();
    expect(md?.getLocation().getRow()?.getRow()).toBe(8);
    expect(String(md?.getLocation().getLocationType())).toBe('ROW');
    expect(md?.getLocation().getColumn()).toBeNull();
  });

  it('moves row metadata with moveRows, following Google’s destination semantics', () => {
    const { app, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    sheet.getRange('5:5').addDeveloperMetadata('k', 'five', vis);
    sheet.getRange('6:6').addDeveloperMetadata('k', 'six', vis);
    sheet.getRange('2:2').addDeveloperMetadata('k', 'two', vis);
    sheet.moveRows(sheet.getRange('5:6'), 2);
    const rows = Object.fromEntries(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('k')
        .find()
        .map((m) => [m.getValue(), m.getLocation().getRow()?.getRow()]),
    );
    expect(rows).toEqual({ five: 2, six: 3, two: 4 });
    sheet.getRange('A1:A2').setValues([['x'], ['y']]);
    sheet.moveRows(sheet.getRange('A1:A2'), 5);
    expect(sheet.getRange('A3:A4').getValues()).toEqual([['x'], ['y']]);
  });

  it('moves column metadata with insertColumns/moveColumns', () => {
    const { app, sheet } = setup();
    sheet.getRange('B:B').addDeveloperMetadata('col', 'b', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.insertColumnsBefore(1, 2);
    const find = () =>
      sheet.createDeveloperMetadataFinder().withKey('col').find()[0]?.getLocation().getColumn();
    expect(find()?.getColumn()).toBe(4);
    sheet.moveColumns(sheet.getRange('D1'), 1);
    expect(find()?.getColumn()).toBe(1);
  });

  it('deletes row metadata with its row, and keeps the rest', () => {
    const { app, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    sheet.getRange('4:4').addDeveloperMetadata('k', 'doomed', vis);
    sheet.getRange('9:9').addDeveloperMetadata('k', 'kept', vis);
    sheet.deleteRows(3, 2);
    const left = sheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(left.map((m) => [m.getValue(), m.getLocation().getRow()?.getRow()])).toEqual([['kept', 7]]);
  });

  it('finds by key, value and location type, in the right scope', () => {
    const { app, doc, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    const other = doc.insertSheet('Other', 1);
    doc.addDeveloperMetadata('model', '{"v":1}', vis);
    sheet.addDeveloperMetadata('persona', 'p1', vis);
    sheet.getRange('2:2').addDeveloperMetadata('lane', 'l1', vis);
    sheet.getRange('3:3').addDeveloperMetadata('lane', 'l2', vis);
    sheet.getRange('B:B').addDeveloperMetadata('stage', 's1', vis);
    other.getRange('2:2').addDeveloperMetadata('lane', 'elsewhere', vis);
    const values = (ms: { getValue(): string | null }[]) => ms.map((m) => m.getValue());

    expect(values(doc.createDeveloperMetadataFinder().withKey('lane').find())).toEqual([
      'l1',
      'l2',
      'elsewhere',
    ]);
    expect(values(sheet.createDeveloperMetadataFinder().withKey('lane').find())).toEqual(['l1', 'l2']);
    expect(values(sheet.createDeveloperMetadataFinder().withKey('lane').withValue('l2').find())).toEqual([
      'l2',
    ]);
    const rowType = app.DeveloperMetadataLocationType.ROW;
    expect(values(sheet.createDeveloperMetadataFinder().withLocationType(rowType).find())).toEqual([
      'l1',
      'l2',
    ]);
    const sheetType = app.DeveloperMetadataLocationType.SHEET;
    expect(values(doc.createDeveloperMetadataFinder().withLocationType(sheetType).find())).toEqual(['p1']);
    expect(values(doc.getDeveloperMetadata())).toEqual(['{"v":1}']);
    expect(values(sheet.getDeveloperMetadata())).toEqual(['p1']);
    // Range finders: wholly contained by default, intersecting on request.
    expect(values(sheet.getRange('1:3').createDeveloperMetadataFinder().find())).toEqual(['l1', 'l2']);
    expect(values(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find())).toEqual([]);
    expect(
      values(sheet.getRange('A3:D5').createDeveloperMetadataFinder().onIntersectingLocations().find()),
    ).toEqual(['l2', 's1']);
  });

  it('gives unique positive integer ids, updates values and removes entries', () => {
    const { app, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    sheet.addDeveloperMetadata('a', '1', vis).addDeveloperMetadata('b', '2', vis);
    const all = sheet.createDeveloperMetadataFinder().find();
    const ids = all.map((m) => m.getId());
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(Number.isInteger(id) && id > 0).toBe(true);
    all[0]?.setValue('changed');
    expect(sheet.createDeveloperMetadataFinder().withKey('a').find()[0]?.getValue()).toBe('changed');
    all[1]?.remove();
    expect(sheet.createDeveloperMetadataFinder().withKey('b').find()).toEqual([]);
  });

  it('refuses a metadata value over 30,000 characters (assumed limit)', () => {
    const { app, sheet } = setup();
    const vis = app.DeveloperMetadataVisibility.DOCUMENT;
    expect(() => sheet.addDeveloperMetadata('big', 'x'.repeat(30_001), vis)).toThrow(
      /metadata value is too long/,
    );
    sheet.addDeveloperMetadata('big', 'x'.repeat(30_000), vis);
  });
});

describe('Developer metadata and sorting (assumption)', () => {
  it('leaves row metadata on its row index when Range.sort reorders the content', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:A2').setValues([['b'], ['a']]);
    sheet.getRange('1:1').addDeveloperMetadata('row', 'first', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.getRange('A1:B2').sort(1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['b']]);
    expect(
      sheet.createDeveloperMetadataFinder().withKey('row').find()[0]?.getLocation().getRow()?.getRow(),
    ).toBe(1);
  });
});
