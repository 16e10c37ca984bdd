/**
 * The narrow slice of SlidesApp that Journey Grid uses, as interfaces (see sheets/services.ts for
 * the pattern): `Pick`ed from the published types where methods return plain data, re-declared
 * where they chain or return other objects, and proven assignable from the real service types by
 * the checks at the end of this file. The emulator implements exactly these.
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

export interface TextRange extends Pick<GoogleAppsScript.Slides.TextRange, 'asString' | 'isEmpty'> {
  setText(newText: string): TextRange;
  getRange(startOffset: number, endOffset: number): TextRange;
  find(pattern: string): TextRange[];
  appendRange(textRange: TextRange, matchSourceFormatting: boolean): TextRange;
  getTextStyle(): TextStyle;
  getParagraphStyle(): ParagraphStyle;
}

export interface Fill {
  setSolidFill(hexString: string): void;
  setTransparent(): void;
}

export interface LineFill {
  setSolidFill(hexString: string): void;
}

export interface Border {
  setTransparent(): Border;
}

/** What every page element answers (its alt text is where people and the reader see its role). */
type ElementBasics =
  | 'getObjectId'
  | 'getTitle'
  | 'getDescription'
  | 'getLeft'
  | 'getTop'
  | 'getWidth'
  | 'getHeight'
  | 'remove';

export interface TableCell extends Pick<GoogleAppsScript.Slides.TableCell, 'getRowIndex' | 'getColumnIndex'> {
  getText(): TextRange;
  getFill(): Fill;
}

export interface TableColumn extends Pick<GoogleAppsScript.Slides.TableColumn, 'getWidth' | 'getIndex'> {}

export interface Table
  extends Pick<GoogleAppsScript.Slides.Table, ElementBasics | 'getNumRows' | 'getNumColumns'> {
  getCell(rowIndex: number, columnIndex: number): TableCell;
  getColumn(columnIndex: number): TableColumn;
  setTitle(title: string): Table;
  setDescription(description: string): Table;
}

export interface Shape extends Pick<GoogleAppsScript.Slides.Shape, ElementBasics> {
  getText(): TextRange;
  getFill(): Fill;
  getBorder(): Border;
  setTitle(title: string): Shape;
  setDescription(description: string): Shape;
}

export interface Line extends Pick<GoogleAppsScript.Slides.Line, ElementBasics> {
  getLineFill(): LineFill;
  setWeight(points: number): Line;
  setDashStyle(style: DashStyle): Line;
  setTitle(title: string): Line;
  setDescription(description: string): Line;
}

export interface PageElement extends Pick<GoogleAppsScript.Slides.PageElement, ElementBasics> {
  getPageElementType(): PageElementType;
  asTable(): Table;
  asShape(): Shape;
  asLine(): Line;
}

export interface Slide extends Pick<GoogleAppsScript.Slides.Slide, 'getObjectId' | 'remove' | 'move'> {
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
  extends Pick<
    GoogleAppsScript.Slides.Presentation,
    'getId' | 'getName' | 'getUrl' | 'getPageWidth' | 'getPageHeight'
  > {
  getSlides(): Slide[];
  insertSlide(insertionIndex: number, predefinedLayout: PredefinedLayout): Slide;
  appendSlide(predefinedLayout: PredefinedLayout): Slide;
}

/** The document-independent parts of SlidesApp the add-on uses. */
export interface SlidesAppService {
  getActivePresentation(): Presentation | null;
  getUi(): import('../ui').Ui;
  PredefinedLayout: { BLANK: PredefinedLayout };
  ShapeType: { TEXT_BOX: ShapeType; ELLIPSE: ShapeType };
  LineCategory: { STRAIGHT: LineCategory };
  DashStyle: { SOLID: DashStyle; DASH: DashStyle };
  ParagraphAlignment: { START: ParagraphAlignment; CENTER: ParagraphAlignment; END: ParagraphAlignment };
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
