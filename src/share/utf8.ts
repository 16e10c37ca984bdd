/**
 * UTF-8 sizes without TextEncoder (Apps Script has none): Google's property and upload limits
 * count bytes, and Japanese text is three bytes a character, an emoji four.
 */

/** Bytes of the code point that starts at `i` (a lone surrogate is stored as U+FFFD: 3 bytes), and its length in UTF-16 units. */
function codePointAt(text: string, i: number): { bytes: number; units: number } {
  const code = text.charCodeAt(i);
  if (code < 0x80) return { bytes: 1, units: 1 };
  if (code < 0x800) return { bytes: 2, units: 1 };
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return { bytes: 4, units: 2 };
  }
  return { bytes: 3, units: 1 };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const point = codePointAt(text, i);
    bytes += point.bytes;
    i += point.units;
  }
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a code point. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const point = codePointAt(text, i);
    if (bytes + point.bytes > maxBytes && i > start) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += point.bytes;
    i += point.units;
  }
  parts.push(text.slice(start));
  return parts;
}
