/**
 * The state of one presentation: slides in order, and on each slide its page elements (shapes
 * with text, tables, lines) with position, size, alt text and style. Plain data, shared by the
 * SlidesApp objects (objects.ts), the Advanced Slides service (../rest/slides-apply.ts), the user
 * actions and the inspector.
 *
 * Object ids look like the editor's ("g" + hex) and are unique across the presentation, as the
 * Slides API requires. Text is one run per shape or cell: the add-on styles whole texts, except in
 * the scratch box it copies cells' texts from (`chars` below).
 */

import { exception, messages } from '../errors';
import type { DocumentFile } from '../file';

export interface TextStyleModel {
  fontSize: number;
  bold: boolean;
  italic: boolean;
  color: string;
  /** The size was set by a script, rather than left to the theme's default (see inspect.ts). */
  sizeSet?: true;
}

export interface TextModel {
  text: string;
  style: TextStyleModel;
  /**
   * One style per UTF-16 unit, only once part of the text was styled on its own (a sub-range's
   * getTextStyle): the add-on does that only in a scratch box it copies cells' text from (write.ts).
   */
  chars?: TextStyleModel[];
  align: 'START' | 'CENTER' | 'END' | 'JUSTIFIED';
}

/**
 * What a new table cell or text box starts with. Google documents no numbers; these are what the
 * editor shows for a new table in the default theme (Arial 14 pt, black, no fill): assumptions.
 */
export function defaultText(text = ''): TextModel {
  return { text, style: { fontSize: 14, bold: false, italic: false, color: '#000000' }, align: 'START' };
}

export interface CellModel {
  text: TextModel;
  fill: string | null;
}

interface ElementBase {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  title: string;
  description: string;
  removed: boolean;
}

export interface ShapeModel extends ElementBase {
  kind: 'shape';
  shapeType: string;
  text: TextModel;
  fill: string | null;
  borderVisible: boolean;
}

export interface TableModel extends ElementBase {
  kind: 'table';
  cells: CellModel[][];
  columnWidths: number[];
  rowMinHeights: number[];
}

export interface LineModel extends ElementBase {
  kind: 'line';
  /** Runs from the box's lower left to its upper right (else upper left to lower right). */
  rising?: true;
  category: string;
  dash: string;
  weight: number;
  color: string;
}

export type ElementModel = ShapeModel | TableModel | LineModel;

export interface SlideModel {
  id: string;
  elements: ElementModel[];
  removed: boolean;
  parent: PresentationModel;
}

export function newCell(): CellModel {
  return { text: defaultText(), fill: null };
}

export interface PageSize {
  width: number;
  height: number;
}

/**
 * The editor's page sizes in points: "Widescreen 16:9" (a new deck's default), "Standard 4:3".
 * Google's Slides API page (Presentation.pageSize) is the deck's own: an imported or custom-sized
 * deck brings any size, which is why `createPresentation` takes one.
 */
export const PAGE_SIZES = {
  widescreen: { width: 720, height: 405 },
  standard: { width: 720, height: 540 },
} as const satisfies Record<string, PageSize>;

export class PresentationModel {
  slides: SlideModel[] = [];
  private nextId = 1;
  /**
   * Test hook, not a Google behaviour: the n-th change from now throws once with this message, as
   * a service error in the middle of a script would (what a half-finished build leaves behind).
   */
  private failing: { after: number; message: string } | null = null;

  constructor(
    readonly file: DocumentFile,
    readonly pageSize: PageSize = PAGE_SIZES.widescreen,
  ) {}

  get pageWidth(): number {
    return this.pageSize.width;
  }

  get pageHeight(): number {
    return this.pageSize.height;
  }

  /** Makes the `after`-th next change (0: the very next) throw `message` once. */
  failChange(after: number, message = 'Service Slides failed while accessing document.'): void {
    this.failing = { after, message };
  }

  assertWritable(): void {
    if (this.file.access === 'view') throw exception(messages.readOnly);
    if (this.failing) {
      if (this.failing.after-- <= 0) {
        const { message } = this.failing;
        this.failing = null;
        throw exception(message);
      }
    }
  }

  newId(): string {
    let id: string;
    do id = `g${(0x1a2b3c + this.nextId++ * 7919).toString(16)}_${this.nextId}`;
    while (this.idTaken(id));
    return id;
  }

  idTaken(id: string): boolean {
    return this.slides.some((s) => s.id === id || s.elements.some((e) => e.id === id));
  }

  addSlide(index: number, id = this.newId()): SlideModel {
    const slide: SlideModel = { id, elements: [], removed: false, parent: this };
    this.slides.splice(Math.max(0, Math.min(index, this.slides.length)), 0, slide);
    return slide;
  }

  slideOf(element: ElementModel): SlideModel | undefined {
    return this.slides.find((s) => s.elements.includes(element));
  }

  element(id: string): ElementModel | undefined {
    for (const slide of this.slides) {
      const found = slide.elements.find((e) => e.id === id);
      if (found) return found;
    }
    return undefined;
  }
}

export function cloneElement(e: ElementModel, id: string): ElementModel {
  const copy = structuredClone({ ...e, id }) as ElementModel;
  return copy;
}
