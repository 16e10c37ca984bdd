/**
 * Plain-JSON snapshots of a presentation for tests and the playground: every slide's elements
 * with position, alt text, text and style, and for tables an estimate of the height Slides would
 * grow each row to, so a test can tell whether a table runs off the page. The estimate is the
 * emulator's own (average Arial glyph widths, 1.2 line height, 0.05 in cell insets), kept apart
 * from the add-on's planner on purpose: it checks the planner rather than repeating it.
 */
import type { ElementModel, PresentationModel, TableModel, TextModel } from './model';

export interface TextSnapshot {
  text: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  color: string;
  align: string;
}

export interface ElementSnapshot {
  id: string;
  kind: 'shape' | 'table' | 'line';
  shapeType?: string;
  title: string;
  description: string;
  left: number;
  top: number;
  width: number;
  height: number;
  text?: TextSnapshot;
  fill?: string | null;
  cells?: (TextSnapshot & { fill: string | null })[][];
  /** Tables: rows as tall as their text needs; bottom = top + their sum. */
  rowHeights?: number[];
  bottom?: number;
  dash?: string;
  color?: string;
  /** Lines: drawn from the lower left to the upper right of the box. */
  rising?: boolean;
}

export interface SlideSnapshot {
  id: string;
  elements: ElementSnapshot[];
  /**
   * Non-empty texts whose size no script set: they show the theme's default size, which Google
   * does not document and which differs between decks, so a layout must not rely on it.
   */
  unsized: string[];
  /** Tables or shapes reaching past the page. */
  overflows: boolean;
}

export interface PresentationSnapshot {
  id: string;
  name: string;
  pageWidth: number;
  pageHeight: number;
  slides: SlideSnapshot[];
  documentProperties: Record<string, string>;
}

function text(t: TextModel): TextSnapshot {
  const { sizeSet: _set, ...style } = t.style;
  return { text: t.text, ...style, align: t.align };
}

function unsizedTexts(elements: readonly ElementModel[]): string[] {
  const texts = elements.flatMap((e) =>
    e.kind === 'shape' ? [e.text] : e.kind === 'table' ? e.cells.flat().map((c) => c.text) : [],
  );
  return texts.filter((t) => t.text !== '' && !t.style.sizeSet).map((t) => t.text);
}

function ems(line: string): number {
  let n = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    n += code >= 0x2e80 ? 1 : code === 9 ? 2 : 0.55;
  }
  return n;
}

/** Height Slides needs for a text in a box of this width (emulator's own estimate). */
export function textHeight(t: TextModel, width: number): number {
  const inset = 3.6;
  const usable = Math.max(1, width - 2 * inset);
  const lines =
    t.text === ''
      ? 1
      : t.text
          .split(/[\n\v]/)
          .reduce((n, p) => n + Math.max(1, Math.ceil((ems(p) * t.style.fontSize) / usable)), 0);
  return lines * t.style.fontSize * 1.2 + 2 * inset;
}

/** A table row's height as Slides grows it to fit its text, never below its minimum. */
export function grownRowHeight(e: TableModel, r: number): number {
  const row = e.cells[r] ?? [];
  return Math.max(
    e.rowMinHeights[r] ?? 0,
    ...row.map((cell, c) => textHeight(cell.text, e.columnWidths[c] ?? 0)),
  );
}

function element(e: ElementModel): ElementSnapshot {
  const base = {
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    left: e.left,
    top: e.top,
    width: e.width,
    height: e.height,
  };
  if (e.kind === 'shape') return { ...base, shapeType: e.shapeType, text: text(e.text), fill: e.fill };
  if (e.kind === 'line')
    return { ...base, dash: e.dash, color: e.color, ...(e.rising ? { rising: true } : {}) };
  const rowHeights = e.cells.map((_, r) => grownRowHeight(e, r));
  return {
    ...base,
    cells: e.cells.map((row) => row.map((cell) => ({ ...text(cell.text), fill: cell.fill }))),
    rowHeights,
    bottom: e.top + rowHeights.reduce((a, b) => a + b, 0),
  };
}

export function inspectPresentationModel(model: PresentationModel): PresentationSnapshot {
  return {
    id: model.file.id,
    name: model.file.name,
    pageWidth: model.pageWidth,
    pageHeight: model.pageHeight,
    slides: model.slides.map((slide) => {
      const elements = slide.elements.map(element);
      const overflows = elements.some(
        (e) =>
          (e.kind === 'table' && (e.bottom ?? 0) > model.pageHeight + 0.5) ||
          e.left + e.width > model.pageWidth + 0.5,
      );
      return { id: slide.id, elements, overflows, unsized: unsizedTexts(slide.elements) };
    }),
    documentProperties: model.file.documentProperties.toObject(),
  };
}
