/**
 * A person working in the Slides editor, for tests and the playground: editing text, inserting
 * and deleting table rows and columns, moving and resizing, duplicating, reordering and deleting
 * slides, deleting an element, adding a text box. Not service calls (not counted); refused on a
 * view-only deck like the editor refuses them.
 */
import { UserEditRejected } from '../errors';
import {
  cloneElement,
  defaultText,
  type ElementModel,
  newCell,
  type PresentationModel,
  type TableModel,
} from './model';

function writable(deck: PresentationModel): void {
  if (deck.file.access === 'view') throw new UserEditRejected('The presentation is view-only.', 'read-only');
}

function table(deck: PresentationModel, id: string): TableModel {
  const found = deck.element(id);
  if (found?.kind !== 'table') throw new UserEditRejected(`No table ${id}`, 'invalid');
  return found;
}

export class SlidesUserActions {
  constructor(private readonly deckOf: (id: string) => PresentationModel) {}

  /** Types over a cell's text (the cell keeps its style, as typing in the editor does). */
  editCell(deckId: string, tableId: string, row: number, column: number, text: string): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const cell = table(deck, tableId).cells[row]?.[column];
    if (!cell) throw new UserEditRejected('No such cell', 'invalid');
    cell.text.text = text;
  }

  editText(deckId: string, shapeId: string, text: string): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const shape = deck.element(shapeId);
    if (shape?.kind !== 'shape') throw new UserEditRejected(`No shape ${shapeId}`, 'invalid');
    shape.text.text = text;
  }

  /** Inserts an empty row at `index` (its cells copy the style of the row above, as the editor does). */
  insertRow(deckId: string, tableId: string, index: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const t = table(deck, tableId);
    const like = t.cells[Math.max(0, index - 1)]!;
    t.cells.splice(
      index,
      0,
      like.map((c) => ({
        text: { ...defaultText(), style: { ...c.text.style }, align: c.text.align },
        fill: c.fill,
      })),
    );
    t.rowMinHeights.splice(index, 0, t.rowMinHeights[Math.max(0, index - 1)] ?? 20);
  }

  deleteRow(deckId: string, tableId: string, index: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const t = table(deck, tableId);
    if (t.cells.length <= 1) throw new UserEditRejected('A table keeps at least one row.', 'invalid');
    t.cells.splice(index, 1);
    t.rowMinHeights.splice(index, 1);
  }

  /** Inserts an empty column; the others shrink so the table keeps its width (the API's rule). */
  insertColumn(deckId: string, tableId: string, index: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const t = table(deck, tableId);
    for (const row of t.cells) row.splice(index, 0, newCell());
    const n = t.columnWidths.length + 1;
    t.columnWidths = Array.from({ length: n }, () => t.width / n);
  }

  deleteColumn(deckId: string, tableId: string, index: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const t = table(deck, tableId);
    if (t.columnWidths.length <= 1)
      throw new UserEditRejected('A table keeps at least one column.', 'invalid');
    for (const row of t.cells) row.splice(index, 1);
    t.columnWidths.splice(index, 1);
  }

  moveElement(deckId: string, elementId: string, left: number, top: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const e = deck.element(elementId);
    if (!e) throw new UserEditRejected(`No element ${elementId}`, 'invalid');
    e.left = left;
    e.top = top;
  }

  resizeElement(deckId: string, elementId: string, width: number, height: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const e = deck.element(elementId);
    if (!e) throw new UserEditRejected(`No element ${elementId}`, 'invalid');
    if (e.kind === 'table') e.columnWidths = e.columnWidths.map((w) => (w * width) / e.width);
    e.width = width;
    e.height = height;
  }

  deleteElement(deckId: string, elementId: string): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const e = deck.element(elementId);
    const slide = e && deck.slideOf(e);
    if (!e || !slide) throw new UserEditRejected(`No element ${elementId}`, 'invalid');
    e.removed = true;
    slide.elements.splice(slide.elements.indexOf(e), 1);
  }

  addTextBox(deckId: string, slideId: string, text: string): string {
    const deck = this.deckOf(deckId);
    writable(deck);
    const slide = deck.slides.find((s) => s.id === slideId);
    if (!slide) throw new UserEditRejected(`No slide ${slideId}`, 'invalid');
    const id = deck.newId();
    slide.elements.push({
      kind: 'shape',
      id,
      shapeType: 'TEXT_BOX',
      left: 40,
      top: 360,
      width: 200,
      height: 30,
      title: '',
      description: '',
      removed: false,
      text: defaultText(text),
      fill: null,
      borderVisible: false,
    });
    return id;
  }

  /** Duplicate: a copy right after the slide, every object with a new id, alt text kept. */
  duplicateSlide(deckId: string, slideId: string): string {
    const deck = this.deckOf(deckId);
    writable(deck);
    const index = deck.slides.findIndex((s) => s.id === slideId);
    if (index < 0) throw new UserEditRejected(`No slide ${slideId}`, 'invalid');
    const copy = deck.addSlide(index + 1);
    copy.elements = deck.slides[index]!.elements.map((e: ElementModel) => cloneElement(e, deck.newId()));
    return copy.id;
  }

  moveSlide(deckId: string, slideId: string, to: number): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const index = deck.slides.findIndex((s) => s.id === slideId);
    if (index < 0) throw new UserEditRejected(`No slide ${slideId}`, 'invalid');
    const [slide] = deck.slides.splice(index, 1);
    deck.slides.splice(to, 0, slide!);
  }

  deleteSlide(deckId: string, slideId: string): void {
    const deck = this.deckOf(deckId);
    writable(deck);
    const index = deck.slides.findIndex((s) => s.id === slideId);
    if (index < 0) throw new UserEditRejected(`No slide ${slideId}`, 'invalid');
    const [slide] = deck.slides.splice(index, 1);
    slide!.removed = true;
  }
}
