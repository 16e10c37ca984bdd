/**
 * Frozen panes and merges, as the Sheets UI enforces them: no merged cell may straddle the edge
 * of the frozen rows or columns, in either order of doing things.
 */
import { describe, expect, it } from 'vitest';
import { setup } from './setup';

describe('frozen panes and merged cells', () => {
  it('refuses to merge across the frozen column edge', () => {
    const { sheet } = setup();
    sheet.setFrozenColumns(1);
    expect(() => sheet.getRange('A1:C1').merge()).toThrow("You can't merge frozen and non-frozen columns.");
    expect(() => sheet.getRange('B1:C1').merge()).not.toThrow();
  });

  it('refuses to freeze through a merged cell', () => {
    const { sheet } = setup();
    sheet.getRange('A2:C2').merge();
    expect(() => sheet.setFrozenColumns(1)).toThrow(
      /freeze columns which contain only part of a merged cell/,
    );
    sheet.getRange('E1:E3').merge();
    expect(() => sheet.setFrozenRows(2)).toThrow(/freeze rows which contain only part of a merged cell/);
    expect(() => sheet.setFrozenRows(3)).not.toThrow();
  });
});
