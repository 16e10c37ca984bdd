/**
 * The emulator's partial responses (`fields`, dev/emulator/rest/common.ts): the REST fast paths ask
 * for a few fields of a whole deck or spreadsheet, and must get those and no others.
 */
import { expect, it } from 'vitest';
import { applyFieldMask } from '../../dev/emulator/rest/common';

it('keeps only the fields a mask selects, element by element in arrays', () => {
  const v = {
    a: 1,
    b: { c: 2, d: 3 },
    s: [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  };
  expect(applyFieldMask(v, 'a')).toEqual({ a: 1 });
  expect(applyFieldMask(v, 'b/c,s(x)')).toEqual({ b: { c: 2 }, s: [{ x: 1 }, { x: 3 }] });
  expect(applyFieldMask(v, 'b(c,d),s.x'.replace('.', '/'))).toEqual({
    b: { c: 2, d: 3 },
    s: [{ x: 1 }, { x: 3 }],
  });
  expect(applyFieldMask(v, 'b,b/c')).toEqual({ b: { c: 2, d: 3 } });
  expect(() => applyFieldMask(v, 'b(c')).toThrow();
});
