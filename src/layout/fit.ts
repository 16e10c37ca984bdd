/**
 * How much room text needs on a slide, estimated without a renderer: Slides grows a table row to
 * fit its text, so the planner must predict row heights to choose a font size and to decide when
 * a journey continues on another slide. Widths follow Arial roughly (wide glyphs for CJK and
 * emoji), rounded up on purpose: a plan that is slightly too roomy is better than an overflow.
 */

/** Inner padding of a table cell or text box on each side, in points. */
export const CELL_PADDING = 5;
export const LINE_HEIGHT = 1.25;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  );
}

/** Width of one line of text in ems. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (code === 0x09) ems += 2;
    else ems += isWide(code) ? 1 : 0.6;
  }
  return ems;
}

/** Lines a text wraps to in a box of `width` points (a hard line break always starts a line). */
export function lineCount(text: string, fontSize: number, width: number): number {
  const usable = Math.max(fontSize, width - 2 * CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split(/[\n\v]/)) {
    lines += Math.max(1, Math.ceil((textEms(paragraph) * fontSize) / usable));
  }
  return lines;
}

/** Height of a table row or text box holding `texts` side by side. */
export function boxHeight(texts: readonly { text: string; fontSize: number; width: number }[]): number {
  let height = 0;
  for (const t of texts) {
    const lines = t.text === '' ? 1 : lineCount(t.text, t.fontSize, t.width);
    height = Math.max(height, lines * t.fontSize * LINE_HEIGHT + 2 * CELL_PADDING);
  }
  return height;
}
