import { describe, expect, it } from 'vitest';
import { cellDisplay, cellFormula, cellValue, setup } from './setup';

describe('Range values', () => {
  it('refuses setValues whose row count differs from the range, with Google’s message', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('refuses a column-count mismatch in every 2-D setter', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    const message =
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.';
    expect(() => range.setValues([[1, 2, 3]])).toThrow(message);
    expect(() => range.setBackgrounds([['#fff', '#fff', '#fff']])).toThrow(message);
    expect(() => range.setFontColors([['#000', '#000', '#000']])).toThrow(message);
    expect(() => range.setNotes([['a', 'b', 'c']])).toThrow(message);
    expect(() => range.setNumberFormats([['0', '0', '0']])).toThrow(message);
    expect(() => range.setFontWeights([['bold', 'bold', 'bold']])).toThrow(message);
    expect(() => range.setFontStyles([['italic', 'italic', 'italic']])).toThrow(message);
    expect(() => range.setFontSizes([[10, 10, 10]])).toThrow(message);
    expect(() => range.setHorizontalAlignments([['left', 'left', 'left']])).toThrow(message);
    expect(() => range.setDataValidations([[null, null, null]])).toThrow(message);
  });

  it('prints errors as Apps Script does: "Exception: …"', () => {
    const { sheet } = setup();
    try {
      sheet.getRange('A1').setValues([[1, 2]]);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/^Exception: The number of columns in the data/);
    }
  });

  it('refuses more than 50,000 characters in one cell and accepts exactly 50,000', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    expect(() => cell.setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([['ok', 'y'.repeat(50_001)]])).toThrow('50000 characters');
    expect(cellValue(cell)).toBe('');
    cell.setValue('x'.repeat(50_000));
    expect(String(cellValue(cell)).length).toBe(50_000);
  });

  it('returns numbers, strings, booleans and "" for empty cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[42, 'text', true, null]]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[42, 'text', true, '', '']]);
  });

  it('parses strings written by scripts as Sheets does, unless the cell is plain text (@)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['007', '25%', "'=literal", 'TRUE']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[7, 0.25, '=literal', true]]);
    sheet
      .getRange('A2:B2')
      .setNumberFormat('@')
      .setValues([['007', '=1+1']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['007', '=1+1']]);
    expect(sheet.getRange('A2:B2').getFormulas()).toEqual([['', '']]);
  });

  it('shows display values through the number format', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:F1');
    range.setValues([[0.25, 0.256, 1.005, 3, -2, true]]);
    range.setNumberFormats([['0%', '0.0%', '0.00', '+0;-0;0', '+0;-0;0', '0']]);
    expect(range.getDisplayValues()).toEqual([['25%', '25.6%', '1.01', '+3', '-2', 'TRUE']]);
    sheet.getRange('A2:C2').setValues([[1.5, 0, 1234567]]);
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['1.5', '0', '1234567']]);
    sheet.getRange('A3').setValue(0).setNumberFormat('+0;-0;0');
    expect(cellDisplay(sheet.getRange('A3'))).toBe('0');
  });

  it('shows what a formula computes and returns the formula from getFormulas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[2], [3], [4]]);
    sheet
      .getRange('B1:B6')
      .setValues([
        ['=COUNT(A1:A3)*2'],
        ['=A1&"-"&TO_TEXT(1)'],
        ['=AND(A2>2,ISNUMBER(A2))'],
        ['=1/0'],
        ['=SUM(1)'],
        ['=MIN(A1:A3)/8'],
      ]);
    expect(sheet.getRange('B1:B6').getDisplayValues()).toEqual([
      ['6'],
      ['2-1'],
      ['TRUE'],
      ['#DIV/0!'],
      ['#NAME?'],
      ['0.25'],
    ]);
    expect(cellValue(sheet.getRange('B1'))).toBe(6);
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=COUNT(A1:A3)*2'], ['=A1&"-"&TO_TEXT(1)']]);
    expect(sheet.getRange('A1').getFormulas()).toEqual([['']]);
  });

  it('keeps formulas pointing at the same cells when rows are inserted above them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[5], ['=A1*2']]);
    sheet.insertRowsBefore(1, 3);
    expect(cellFormula(sheet.getRange('A5'))).toBe('=A4*2');
    expect(cellValue(sheet.getRange('A5'))).toBe(10);
    sheet.deleteRows(4, 1);
    expect(cellFormula(sheet.getRange('A4'))).toBe('=#REF!*2');
    expect(cellDisplay(sheet.getRange('A4'))).toBe('#REF!');
  });
});

describe('Range geometry', () => {
  it('reads A1 notation forms and prints them back', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:D5').getA1Notation()).toBe('B2:D5');
    expect(sheet.getRange('$B$2').getA1Notation()).toBe('B2');
    const col = sheet.getRange('A:A');
    expect([col.getA1Notation(), col.getNumRows(), col.getNumColumns()]).toEqual(['A:A', 1000, 1]);
    const row = sheet.getRange('3:3');
    expect([row.getA1Notation(), row.getRow(), row.getNumColumns()]).toEqual(['3:3', 3, 26]);
    expect(sheet.getRange(2, 3, 2, 2).getA1Notation()).toBe('C2:D3');
    expect(sheet.getRange(2, 3).getCell(1, 1).getA1Notation()).toBe('C2');
    expect(sheet.getRange('B2:D5').getCell(2, 3).getA1Notation()).toBe('D3');
  });

  it('refuses ranges outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
  });
});

describe('Merges', () => {
  it('keeps only the top-left value and discards writes into the other cells', () => {
    const { sheet } = setup();
    const area = sheet.getRange('A1:B2');
    area.setValues([
      ['keep', 'lost'],
      ['lost', 'lost'],
    ]);
    area.merge();
    expect(area.getValues()).toEqual([
      ['keep', ''],
      ['', ''],
    ]);
    area.setValues([
      ['new', 'ignored'],
      ['ignored', 'ignored'],
    ]);
    expect(area.getValues()).toEqual([
      ['new', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange('B1:C1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B2']);
  });

  it('breaks apart only whole merges', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').merge();
    expect(() => sheet.getRange('A1:A2').breakApart()).toThrow('You must select all cells in a merged range');
    sheet.getRange('A1:C3').breakApart();
    expect(sheet.getRange('A1:B2').isPartOfMerge()).toBe(false);
  });

  it('grows a merge when rows are inserted inside it', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A3').merge();
    sheet.insertRowsAfter(1, 2);
    expect(emu.inspect(sheet).merges.map((m) => m.a1)).toEqual(['A1:A5']);
  });
});

describe('Formats, notes, borders, validation, sort', () => {
  it('stores formats per cell and reads defaults for untouched cells', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range
      .setBackgrounds([['#FFF2CC', null]])
      .setFontWeights([['bold', null]])
      .setFontStyles([['italic', 'normal']]);
    range
      .setFontColor('red')
      .setFontSizes([[14, 9]])
      .setNotes([['note', '']]);
    expect(range.getBackgrounds()).toEqual([['#fff2cc', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontStyles()).toEqual([['italic', 'normal']]);
    expect(range.getFontColors()).toEqual([['#ff0000', '#ff0000']]);
    expect(range.getNotes()).toEqual([['note', '']]);
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
  });

  it('records borders per cell edge, inner lines included', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('A1:B2').setBorder(true, true, true, true, true, true, '#cccccc', app.BorderStyle.DASHED);
    const borders = emu.inspect(sheet).borders;
    const edge = { color: '#cccccc', style: 'DASHED' };
    expect(borders[0]?.[0]).toEqual({ top: edge, left: edge, bottom: edge, right: edge });
    sheet.getRange('A1:B2').setBorder(false, null, null, null, false, null, null, null);
    expect(emu.inspect(sheet).borders[0]?.[0]).toEqual({ left: edge, bottom: edge });
  });

  it('builds validation rules that read back their criteria', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireNumberBetween(-2, 2)
      .setAllowInvalid(false)
      .setHelpText('−2..2')
      .build();
    sheet.getRange('B2:C2').setDataValidation(rule);
    expect(
      sheet
        .getRange('B2:C2')
        .getDataValidations()[0]
        ?.every((v) => v !== null),
    ).toBe(true);
    const got = sheet.getRange('B2').getDataValidations()[0]?.[0];
    expect(String(got?.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(got?.getCriteriaValues()).toEqual([-2, 2]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(got?.getHelpText()).toBe('−2..2');
    sheet.getRange('B2:C2').clearDataValidations();
    expect(sheet.getRange('B2:C2').getDataValidations()).toEqual([[null, null]]);
  });

  it('sorts rows of a range by one column, blanks last', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B4');
    range.setValues([
      ['b', 2],
      ['', 9],
      ['a', 1],
      ['C', 3],
    ]);
    range.sort(1);
    expect(range.getValues()).toEqual([
      ['a', 1],
      ['b', 2],
      ['C', 3],
      ['', 9],
    ]);
    range.sort({ column: 2, ascending: false });
    expect(range.getValues()).toEqual([
      ['', 9],
      ['C', 3],
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('applies one setter to every range of a RangeList', () => {
    const { sheet } = setup();
    sheet.getRangeList(['A1:B2', 'D4']).setBackground('#123456').setFontWeight('bold');
    expect(sheet.getRange('B2').getBackgrounds()).toEqual([['#123456']]);
    expect(sheet.getRange('D4').getFontWeights()).toEqual([['bold']]);
    expect(sheet.getRange('C3').getBackgrounds()).toEqual([['#ffffff']]);
  });

  it('clear() empties contents, formats, notes and validation; clearContent() only contents', () => {
    const { app, sheet } = setup();
    const cell = sheet.getRange('A1');
    const rule = app.newDataValidation().requireValueInList(['a', 'b'], true).build();
    cell.setValue('a').setBackground('#eeeeee').setNote('n').setDataValidation(rule);
    cell.clearContent();
    expect([cell.getValues()[0]?.[0], cell.getBackgrounds()[0]?.[0], cell.getNotes()[0]?.[0]]).toEqual([
      '',
      '#eeeeee',
      'n',
    ]);
    cell.clear();
    expect([
      cell.getBackgrounds()[0]?.[0],
      cell.getNotes()[0]?.[0],
      cell.getDataValidations()[0]?.[0],
    ]).toEqual(['#ffffff', '', null]);
  });
});
