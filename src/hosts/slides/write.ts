/**
 * Draws a SlidePart on a slide through SlidesApp with as few calls as SlidesApp allows. It has no
 * batch call and no row or column styling, so the writer's economies are per cell:
 *
 * - empty cells are not touched at all (a new table's cells are already empty and unstyled);
 * - the texts of a build's tables are copied, styled, from one scratch box (stamp.ts): three calls
 *   a text cell, whatever its style; fill and alignment are paid only by the header, labels and scores;
 * - the size is always set (in the scratch box, once per style): a new element's size comes from
 *   the deck's theme, which Google does not document and decks differ in, and the layout's row
 *   heights depend on it;
 * - a text box's one TextStyle is fetched and all its setters chained on it.
 */

import {
  ALT,
  BAND_RULE,
  BAND_ZERO,
  type SlideCell,
  type SlidePart,
  type SlideStyle,
  type TextBox,
  tableDescription,
} from '../../layout/slide-plan';
import type { Language } from '../../model/types';
import type { Shape, Slide, SlidesAppService, Table, TableCell, TextRange } from './services';
import { type CellText, stampTexts } from './stamp';

/**
 * What a new table cell or text box already looks like: nothing to set for these. The size is
 * the emulator's assumption (a theme's), so the SlidesApp writer sets it whatever it is.
 */
export const INHERITED: Omit<SlideStyle, 'fontSize'> & { fontSize: number } = {
  fontSize: 14,
  bold: false,
  italic: false,
  color: null,
  fill: null,
  align: 'START',
};

export interface WrittenPart {
  tableId: string;
  elementIds: string[];
}

function styleText(app: SlidesAppService, range: TextRange, style: SlideStyle): void {
  let text = range.getTextStyle().setFontSize(style.fontSize);
  if (style.bold) text = text.setBold(true);
  if (style.italic) text = text.setItalic(true);
  if (style.color) text.setForegroundColor(style.color);
  if (style.align !== 'START')
    range.getParagraphStyle().setParagraphAlignment(app.ParagraphAlignment[style.align]);
}

function writeTextBox(
  app: SlidesAppService,
  slide: Slide,
  planned: TextBox,
  alt: { ja: string; en: string },
  language: Language,
): Shape {
  const { left, top, width, height } = planned.box;
  const shape = slide.insertTextBox(planned.text, left, top, width, height);
  shape.setTitle(alt[language]);
  if (planned.text !== '') styleText(app, shape.getText(), planned.style);
  return shape;
}

/**
 * Draws `part` on `slide`; its tables' texts are only collected into `texts`, for writeTexts to
 * write all of a build's texts at once.
 */
export function writePart(
  app: SlidesAppService,
  slide: Slide,
  part: SlidePart,
  personaName: string,
  language: Language,
  texts: CellText[],
): WrittenPart {
  const ids: string[] = [];
  if (part.docTitle) ids.push(writeTextBox(app, slide, part.docTitle, ALT.docTitle, language).getObjectId());
  ids.push(writeTextBox(app, slide, part.name, ALT.name, language).getObjectId());
  if (part.card) {
    const { box, cells } = part.card;
    const card = slide.insertTable(2, cells[0]!.length, box.left, box.top, box.width, part.card.insertHeight);
    card.setTitle(ALT.card[language]);
    collectTable(app, card, cells, texts);
    ids.push(card.getObjectId());
  }
  const t = part.table;
  const rows = t.cells.length;
  const columns = t.cells[0]!.length;
  const table = slide.insertTable(rows, columns, t.box.left, t.box.top, t.box.width, t.insertHeight);
  const lanes = t.rows.filter((r) => r.kind === 'lane').length;
  table
    .setTitle(ALT.table[language])
    .setDescription(tableDescription(personaName, columns - 1, lanes, language));
  collectTable(app, table, t.cells, texts);
  ids.push(table.getObjectId());

  // The emotion bands: rules at +2, 0 and −2, the lane's name and the scale beside them.
  for (const band of part.bands) {
    for (const { score, segment: s } of band.rules) {
      const line = slide.insertLine(app.LineCategory.STRAIGHT, s.x1, s.y1, s.x2, s.y2);
      line.setWeight(score === 0 ? 1 : 0.5).setTitle(ALT.curve[language]);
      line.getLineFill().setSolidFill(score === 0 ? BAND_ZERO : BAND_RULE);
      ids.push(line.getObjectId());
    }
    for (const label of band.labels)
      ids.push(writeTextBox(app, slide, label, ALT.curve, language).getObjectId());
  }
  for (const curve of part.curves) {
    for (const s of curve.segments) {
      const line = slide.insertLine(app.LineCategory.STRAIGHT, s.x1, s.y1, s.x2, s.y2);
      line.setWeight(2).setTitle(ALT.curve[language]);
      line.getLineFill().setSolidFill('#1a73e8');
      ids.push(line.getObjectId());
    }
    for (const p of curve.points) {
      const dot = slide.insertShape(app.ShapeType.ELLIPSE, p.x - 3, p.y - 3, 6, 6);
      dot.setTitle(ALT.curve[language]);
      dot.getFill().setSolidFill(p.score < 0 ? '#d93025' : '#1a73e8');
      ids.push(dot.getObjectId());
    }
  }
  return { tableId: table.getObjectId(), elementIds: ids };
}

/** Fills a new table's cells (each its own call) and collects its texts for writeTexts. */
function collectTable(
  app: SlidesAppService,
  table: Table,
  cells: readonly SlideCell[][],
  texts: CellText[],
): void {
  cells.forEach((row, r) => {
    row.forEach((planned, c) => {
      if (planned.text === '' && !planned.style.fill) return;
      let cell: TableCell | undefined;
      const reach = () => {
        cell ??= table.getCell(r, c);
        return cell;
      };
      if (planned.style.fill) reach().getFill().setSolidFill(planned.style.fill);
      if (planned.text === '') return;
      const align = planned.style.align;
      texts.push({
        text: planned.text,
        style: planned.style,
        reach,
        ...(align !== 'START'
          ? {
              after: (copied) =>
                copied.getParagraphStyle().setParagraphAlignment(app.ParagraphAlignment[align]),
            }
          : {}),
      });
    });
  });
}

/**
 * Writes the collected texts of every table a build drew: through one scratch box on `slide`, so
 * each style is set once per build (stamp.ts), or cell by cell when no separator is free.
 */
export function writeTexts(app: SlidesAppService, slide: Slide, texts: readonly CellText[]): void {
  if (stampTexts(slide, texts)) return;
  for (const t of texts) {
    const copied = t.reach().getText().setText(t.text);
    styleText(app, copied, { ...t.style, align: 'START' });
    t.after?.(copied);
  }
}

/** The calls a writer that set every attribute of every cell would make: the benchmark's baseline. */
export function naiveCallsForPart(part: SlidePart): number {
  const perCell = 13; // getCell, getText, setText, getTextStyle, 5 text setters, getFill, setSolidFill, getParagraphStyle, setParagraphAlignment
  const tableCells = part.table.cells.length * part.table.cells[0]!.length;
  const cardCells = part.card ? part.card.cells.length * part.card.cells[0]!.length : 0;
  const boxes = (part.docTitle ? 1 : 0) + 1;
  const lines =
    part.bands.reduce((n, b) => n + b.rules.length, 0) +
    part.curves.reduce((n, c) => n + c.segments.length + c.points.length, 0);
  const bandLabels = part.bands.reduce((n, b) => n + b.labels.length, 0);
  return (tableCells + cardCells) * perCell + (boxes + bandLabels) * 10 + (part.card ? 2 : 0) + 3 + lines * 5;
}
