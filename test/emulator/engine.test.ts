import { describe, expect, it } from 'vitest';
import { cellDisplay, cellFormula, cellValue, setup } from './setup';

describe('Number formats', () => {
  it('formats numbers the way the cell shows them', () => {
    const { sheet } = setup();
    const cases: [number, string, string][] = [
      [1234.5, '#,##0.00', '1,234.50'],
      [1234.5, '#,##0', '1,235'],
      [0.5, '0.0%', '50.0%'],
      [-0.125, '0.00%', '-12.50%'],
      [5, '0.##', '5.'],
      [2.34567, '0.00', '2.35'],
      [-4, '+0;-0;0', '-4'],
      [7, '0" pts"', '7 pts'],
      [1 / 3, '0.###############', '0.3333333333'],
      [45293, 'yyyy-mm-dd', '2024-01-02'],
    ];
    const range = sheet.getRange(1, 1, cases.length, 1);
    range.setValues(cases.map(([v]) => [v]));
    range.setNumberFormats(cases.map(([, f]) => [f]));
    expect(range.getDisplayValues().map((r) => r[0])).toEqual(cases.map(([, , shown]) => shown));
  });
});

describe('Formulas', () => {
  it('follows operator precedence, comparisons and text joins', () => {
    const { sheet } = setup();
    const formulas = [
      '=1+2*3^2',
      '=-2^2',
      '=(1+2)*3',
      '=50%',
      '="a"&1&TRUE',
      '=2>1',
      '=MIN(7,5,9)',
      '=COUNT(1,"a",3)',
    ];
    const range = sheet.getRange(1, 1, formulas.length, 1);
    range.setValues(formulas.map((f) => [f]));
    expect(range.getValues().map((r) => r[0])).toEqual([19, 4, 9, 0.5, 'a1TRUE', true, 5, 2]);
  });

  it('reads other sheets, shows #REF! for cycles, and follows sheet renames', () => {
    const { doc, sheet } = setup();
    const data = doc.insertSheet('Data', 1);
    data.getRange('A1').setValue(21);
    sheet.getRange('A1:A3').setValues([['=Data!A1*2'], ['=A3'], ['=A2']]);
    expect(cellValue(sheet.getRange('A1'))).toBe(42);
    expect(cellDisplay(sheet.getRange('A2'))).toBe('#REF!');
    data.setName('My data');
    expect(cellFormula(sheet.getRange('A1'))).toBe("='My data'!A1*2");
    expect(cellValue(sheet.getRange('A1'))).toBe(42);
    doc.deleteSheet(data);
    expect(cellDisplay(sheet.getRange('A1'))).toBe('#REF!');
  });

  it('shows #ERROR! for a formula that does not parse', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=1+');
    expect(cellDisplay(sheet.getRange('A1'))).toBe('#ERROR!');
  });
});
