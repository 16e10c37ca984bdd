/**
 * The narrow slice of SlidesApp that Journey Grid uses, as interfaces (see sheets/services.ts for
 * the pattern): `Pick`ed from the published types where methods return plain data, re-declared
 * where they chain or return other objects, and proven assignable from the real service types by
 * the checks at the end of this file. Only what src/ calls (scripts/check-surface.mjs); the emulator
 * implements dev/user-surface/slides.ts, which adds what tests do as users.
 *
 * SlidesApp has no batch call and no row/column styling: every cell is reached on its own, and the
 * writer copies texts already styled from one scratch box (stamp.ts) rather than style each cell.
 */

type GSlides = GoogleAppsScript.Slides.SlidesApp;
export type PredefinedLayout = GoogleAppsScript.Slides.PredefinedLayout;
export type ShapeType = GoogleAppsScript.Slides.ShapeType;
export type LineCategory = GoogleAppsScript.Slides.LineCategory;
export type DashStyle = GoogleAppsScript.Slides.DashStyle;
export type ParagraphAlignment = GoogleAppsScript.Slides.ParagraphAlignment;
export type PageElementType = GoogleAppsScript.Slides.PageElementType;
export type ContentAlignment = GoogleAppsScript.Slides.ContentAlignment;

export interface TextStyle {
  setBold(bold: boolean): TextStyle;
  setItalic(italic: boolean): TextStyle;
  setFontSize(fontSize: number): TextStyle;
  setForegroundColor(hexColor: string): TextStyle;
}

export interface ParagraphStyle {
  setParagraphAlignment(alignment: ParagraphAlignment): ParagraphStyle;
}

export interface TextRange extends Pick<GoogleAppsScript.Slides.TextRange, 'asString'> {
  setText(newText: string): TextRange;
  getRange(startOffset: number, endOffset: number): TextRange;
  find(pattern: string): TextRange[];
  appendRange(textRange: TextRange, matchSourceFormatting: boolean): TextRange;
  getTextStyle(): TextStyle;
  getParagraphStyle(): ParagraphStyle;
}

export interface Fill {
  setSolidFill(hexString: string): void;
}

export interface LineFill {
  setSolidFill(hexString: string): void;
}

/** What any page element answers: its alt-text title is where people and the reader see its role. */
type ElementBasics = 'getObjectId' | 'getTitle' | 'remove';

export interface TableCell {
  getText(): TextRange;
  getFill(): Fill;
}

export interface Table
  extends Pick<GoogleAppsScript.Slides.Table, 'getObjectId' | 'getNumRows' | 'getNumColumns'> {
  getCell(rowIndex: number, columnIndex: number): TableCell;
  setTitle(title: string): Table;
  setDescription(description: string): Table;
}

export interface Shape extends Pick<GoogleAppsScript.Slides.Shape, 'getObjectId' | 'remove'> {
  getText(): TextRange;
  getFill(): Fill;
  setTitle(title: string): Shape;
}

export interface Line extends Pick<GoogleAppsScript.Slides.Line, 'getObjectId'> {
  getLineFill(): LineFill;
  setWeight(points: number): Line;
  setTitle(title: string): Line;
}

export interface PageElement extends Pick<GoogleAppsScript.Slides.PageElement, ElementBasics> {
  getPageElementType(): PageElementType;
  asTable(): Table;
  asShape(): Shape;
}

export interface Slide extends Pick<GoogleAppsScript.Slides.Slide, 'getObjectId' | 'remove'> {
  getPageElements(): PageElement[];
  getPageElementById(id: string): PageElement | null;
  insertTable(
    numRows: number,
    numColumns: number,
    left: number,
    top: number,
    width: number,
    height: number,
  ): Table;
  insertTextBox(text: string, left: number, top: number, width: number, height: number): Shape;
  /** A copy of an element (from any slide) at the same place: moves people's own boxes on a rebuild. */
  insertPageElement(pageElement: PageElement): PageElement;
  insertShape(shapeType: ShapeType, left: number, top: number, width: number, height: number): Shape;
  insertLine(
    lineCategory: LineCategory,
    startLeft: number,
    startTop: number,
    endLeft: number,
    endTop: number,
  ): Line;
}

export interface Presentation
  extends Pick<GoogleAppsScript.Slides.Presentation, 'getId' | 'getName' | 'getPageWidth' | 'getPageHeight'> {
  getSlides(): Slide[];
  insertSlide(insertionIndex: number, predefinedLayout: PredefinedLayout): Slide;
}

/** The document-independent parts of SlidesApp the add-on uses. */
export interface SlidesAppService {
  getActivePresentation(): Presentation | null;
  getUi(): import('../ui').Ui;
  PredefinedLayout: { BLANK: PredefinedLayout };
  ShapeType: { ELLIPSE: ShapeType };
  LineCategory: { STRAIGHT: LineCategory };
  ParagraphAlignment: { CENTER: ParagraphAlignment; END: ParagraphAlignment };
  PageElementType: { SHAPE: PageElementType; TABLE: PageElementType; LINE: PageElementType };
}

// Compile-time proof that the real services satisfy the narrow interfaces above.
type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realSlidesSatisfyNarrowInterfaces: [
  Assignable<GSlides, SlidesAppService>,
  Assignable<GoogleAppsScript.Slides.Presentation, Presentation>,
  Assignable<GoogleAppsScript.Slides.Slide, Slide>,
  Assignable<GoogleAppsScript.Slides.PageElement, PageElement>,
  Assignable<GoogleAppsScript.Slides.Table, Table>,
  Assignable<GoogleAppsScript.Slides.TableCell, TableCell>,
  Assignable<GoogleAppsScript.Slides.Shape, Shape>,
  Assignable<GoogleAppsScript.Slides.Line, Line>,
  Assignable<GoogleAppsScript.Slides.TextRange, TextRange>,
  Assignable<GoogleAppsScript.Slides.TextStyle, TextStyle>,
  Assignable<GoogleAppsScript.Slides.Fill, Fill>,
] = [true, true, true, true, true, true, true, true, true, true, true];
