/**
 * Issue 10, item 8: property values are stored as UTF-8, so every scheme that cuts a long value
 * into properties measures UTF-8 bytes and cuts only between code points. Checked against Node's
 * own encoder on any text, lone surrogates included (stored as U+FFFD, three bytes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByBytes, utf8Length } from '../../src/share/utf8';

const pieces = fc.constantFrom('a', 'é', 'あ', '😀', '👩‍👩‍👧', '\uD800', '\uDC00', '\uD83D', ' ', '１');
const textArb = fc.array(pieces, { maxLength: 200 }).map((p) => p.join(''));

describe('UTF-8 measuring and splitting', () => {
  it('measures any text as Node encodes it', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8Length('\uD800あ')).toBe(6);
  });

  it('splits into pieces within the byte limit, whole code points only, losing nothing', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 4, max: 40 }), (text, max) => {
        const parts = splitByBytes(text, max);
        expect(parts.join('')).toBe(text);
        for (const part of parts) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(max);
        }
        // No surrogate pair of the text is cut in two (a half alone would be stored as U+FFFD).
        for (let i = 1; i < parts.length; i++) {
          const before = parts[i - 1]!;
          const after = parts[i]!;
          const pairCut = /[\uD800-\uDBFF]$/.test(before) && /^[\uDC00-\uDFFF]/.test(after);
          expect(pairCut).toBe(false);
        }
      }),
    );
  });
});
