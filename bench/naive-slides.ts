/**
 * The simple approach for Slides, run for real on the emulator: the add-on's own slide plan
 * (same slides, boxes, tables, lines and keys), drawn by a writer that sets every attribute of
 * every cell — text, size, weight, slant, colour, fill, alignment — instead of only what a new
 * table cell does not already have, and keeps one document property per slide for its keys.
 */
import type { Shape, SlidesAppService, Table, TextRange } from '../dev/user-surface/slides';
import { planSlides, type SlideCell, type SlideStyle } from '../src/layout/slide-plan';
import { planTable } from '../src/layout/table';
import type { JourneyDocument } from '../src/model/types';

interface PropertiesLike {
  setProperty(key: string, value: string): unknown;
}

function styleEverything(app: SlidesAppService, range: TextRange, style: SlideStyle): void {
  range
    .getTextStyle()
    .setFontSize(style.fontSize)
    .setBold(style.bold)
    .setItalic(style.italic)
    .setForegroundColor(style.color ?? '#000000');
  range.getParagraphStyle().setParagraphAlignment(app.ParagraphAlignment[style.align]);
}

function writeTable(app: SlidesAppService, table: Table, cells: readonly SlideCell[][]): void {
  for (const [r, row] of cells.entries()) {
    for (const [c, planned] of row.entries()) {
      const cell = table.getCell(r, c);
      cell.getFill().setSolidFill(planned.style.fill ?? '#ffffff');
      // Slides refuses to style empty text, so even a naive writer only styles cells with text.
      if (planned.text !== '') styleEverything(app, cell.getText().setText(planned.text), planned.style);
    }
  }
}

export function naiveSlidesBuild(app: SlidesAppService, props: PropertiesLike, doc: JourneyDocument): void {
  const deck = app.getActivePresentation()!;
  for (const persona of doc.personas) {
    const journey = doc.journeys.find((j) => j.personaId === persona.id)!;
    for (const part of planSlides(doc, persona, planTable(doc, journey, { hints: false }))) {
      const slide = deck.appendSlide(app.PredefinedLayout.BLANK);
      const boxes = [part.docTitle, part.name].filter((b) => b !== null);
      for (const box of boxes) {
        const shape: Shape = slide.insertTextBox(
          box.text,
          box.box.left,
          box.box.top,
          box.box.width,
          box.box.height,
        );
        if (box.text !== '') styleEverything(app, shape.getText(), box.style);
      }
      if (part.card) {
        const { box, cells } = part.card;
        writeTable(
          app,
          slide.insertTable(cells.length, cells[0]!.length, box.left, box.top, box.width, box.height),
          cells,
        );
      }
      const t = part.table;
      writeTable(
        app,
        slide.insertTable(
          t.cells.length,
          t.cells[0]!.length,
          t.box.left,
          t.box.top,
          t.box.width,
          t.box.height,
        ),
        t.cells,
      );
      for (const band of part.bands) {
        for (const { segment: s } of band.rules) {
          const line = slide.insertLine(app.LineCategory.STRAIGHT, s.x1, s.y1, s.x2, s.y2);
          line.setWeight(1).getLineFill().setSolidFill('#dadce0');
        }
        for (const label of band.labels) {
          const { left, top, width, height } = label.box;
          slide
            .insertTextBox(label.text, left, top, width, height)
            .getText()
            .getTextStyle()
            .setFontSize(label.style.fontSize);
        }
      }
      for (const curve of part.curves) {
        for (const s of curve.segments) {
          const line = slide.insertLine(app.LineCategory.STRAIGHT, s.x1, s.y1, s.x2, s.y2);
          line.setWeight(2).getLineFill().setSolidFill('#1a73e8');
        }
        for (const p of curve.points) {
          slide
            .insertShape(app.ShapeType.ELLIPSE, p.x - 3, p.y - 3, 6, 6)
            .getFill()
            .setSolidFill('#1a73e8');
        }
      }
      props.setProperty(
        `naive.${slide.getObjectId()}`,
        JSON.stringify({ persona: persona.id, part: part.index }),
      );
    }
  }
}
