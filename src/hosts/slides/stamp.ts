/**
 * Writes many table cells' text, each in its planned style, with three SlidesApp calls a cell:
 * `getCell`, `getText`, `appendRange`. SlidesApp has no row, column or table text style, and a
 * cell's text can only be styled once it has text, so styling each cell costs two calls more
 * (getTextStyle, setFontSize). Instead every text is written once into a scratch text box, styled
 * there once per style (a run of texts in the same style is one range), and copied into its cell
 * with its formatting: `TextRange.appendRange(textRange, matchSourceFormatting)` "appends a copy of
 * the provided text range"; with `matchSourceFormatting` true the copy keeps the source's
 * formatting (https://developers.google.com/apps-script/reference/slides/text-range#appendRange(TextRange,Boolean)).
 * `TextRange.find(pattern)` returns all the parts matching a regular expression in one call (same
 * page), so the source ranges of one-paragraph texts cost nothing per cell; a text with a line break
 * gets its range with `getRange` (one call more). The scratch box is removed once every text is
 * copied; a failure before that is undone with the rest of the build (commit.ts guards the slide).
 */

import type { SlideStyle } from '../../layout/slide-plan';
import type { Slide, TextRange } from './services';

/** A cell to fill: how to reach it (one getCell), its text (never empty) and its style. */
export interface CellText {
  text: string;
  style: SlideStyle;
  reach: () => { getText(): TextRange };
  /** What else the copied text needs (its paragraph's alignment). */
  after?: (copied: TextRange) => void;
}

/**
 * Characters that separate the texts in the scratch box: the first one no text contains is used.
 * Visible symbols Slides keeps (none is among the characters it strips from inserted text).
 */
const SEPARATORS = ['\u241e', '\u2402', '\u2403', '\u2404', '\u2405', '\u2406', '\u2407', '\u2408'];

const styleKey = (s: SlideStyle) => `${s.fontSize}|${s.bold}|${s.italic}|${s.color ?? ''}`;
const multiParagraph = (text: string) => /[\n\v]/.test(text);

/**
 * Fills `cells` through a scratch box on `slide`; false (nothing written) when no separator is
 * free, and the caller writes the cells one by one instead.
 */
export function stampTexts(slide: Slide, cells: readonly CellText[]): boolean {
  if (cells.length === 0) return true;
  const separator = SEPARATORS.find((s) => cells.every((c) => !c.text.includes(s)));
  if (!separator) return false;
  // One-paragraph texts first, found in one call; then the others, each reached by its offsets.
  // Within each group, texts in the same style sit together so each style is styled once.
  const order = cells
    .map((cell, i) => ({ cell, i, multi: multiParagraph(cell.text) }))
    .sort((a, b) =>
      a.multi !== b.multi
        ? Number(a.multi) - Number(b.multi)
        : styleKey(a.cell.style).localeCompare(styleKey(b.cell.style)) || a.i - b.i,
    );
  const starts: number[] = [];
  let length = 0;
  for (const { cell } of order) {
    starts.push(length);
    length += cell.text.length + separator.length;
  }
  const joined = order.map((o) => o.cell.text + separator).join('');
  const box = slide.insertTextBox(joined, 0, 0, 100, 20);
  const whole = box.getText();
  // One style call chain per run of texts in the same style (separators inside a run get it too).
  let runStart = 0;
  order.forEach((o, k) => {
    const next = order[k + 1];
    if (next && next.multi === o.multi && styleKey(next.cell.style) === styleKey(o.cell.style)) return;
    const s = o.cell.style;
    let style = whole
      .getRange(starts[runStart]!, starts[k]! + o.cell.text.length)
      .getTextStyle()
      .setFontSize(s.fontSize)
      .setBold(s.bold)
      .setItalic(s.italic);
    if (s.color) style = style.setForegroundColor(s.color);
    runStart = k + 1;
  });
  const singles = order.filter((o) => !o.multi).length;
  const pattern = `[^${separator}\\n\\v]+`;
  const found = singles > 0 ? whole.find(pattern) : [];
  // The first matches are the one-paragraph texts, in order. A search that found other parts than
  // the same expression finds here (a regular-expression dialect that differs) uses offsets for all.
  const byFind = found.length === (joined.match(new RegExp(pattern, 'gu')) ?? []).length;
  order.forEach((o, k) => {
    const source =
      byFind && k < singles ? found[k]! : whole.getRange(starts[k]!, starts[k]! + o.cell.text.length);
    const copied = o.cell.reach().getText().appendRange(source, true);
    o.cell.after?.(copied);
  });
  box.remove();
  return true;
}
