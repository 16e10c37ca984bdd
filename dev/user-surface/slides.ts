/**
 * What a simulated person does in a deck, on top of what the add-on calls: move slides, append
 * them, read where an element sits and what its alt text says, remove elements, restyle lines and
 * borders. The add-on's own interfaces (src/hosts/slides/services.ts) list only the members src/
 * calls (scripts/check-surface.mjs proves it); these extend them for the emulator, the tests and
 * the playground, with the wider types returned, as dev/user-surface/sheets.ts does for Sheets.
 */
import type * as Narrow from '../../src/hosts/slides/services';
import type {
  DashStyle,
  LineCategory,
  PageElementType,
  ParagraphAlignment,
  PredefinedLayout,
  ShapeType,
} from '../../src/hosts/slides/services';

export type * from '../../src/hosts/slides/services';

/** Where an element sits and its alt text, which people read and edit in the Slides UI. */
type ElementBasics =
  | 'getObjectId'
  | 'getTitle'
  | 'getDescription'
  | 'getLeft'
  | 'getTop'
  | 'getWidth'
  | 'getHeight'
  | 'remove';

export interface TextRange extends Narrow.TextRange, Pick<GoogleAppsScript.Slides.TextRange, 'isEmpty'> {
  setText(newText: string): TextRange;
}

export interface Fill extends Narrow.Fill {
  setTransparent(): void;
}

export interface Border {
  setTransparent(): Border;
}

export interface TableCell
  extends Narrow.TableCell,
    Pick<GoogleAppsScript.Slides.TableCell, 'getRowIndex' | 'getColumnIndex'> {
  getText(): TextRange;
  getFill(): Fill;
}

export interface TableColumn extends Pick<GoogleAppsScript.Slides.TableColumn, 'getWidth' | 'getIndex'> {}

export interface Table extends Narrow.Table, Pick<GoogleAppsScript.Slides.Table, ElementBasics> {
  getCell(rowIndex: number, columnIndex: number): TableCell;
  getColumn(columnIndex: number): TableColumn;
  setTitle(title: string): Table;
  setDescription(description: string): Table;
}

export interface Shape extends Narrow.Shape, Pick<GoogleAppsScript.Slides.Shape, ElementBasics> {
  getText(): TextRange;
  getFill(): Fill;
  getBorder(): Border;
  setTitle(title: string): Shape;
  setDescription(description: string): Shape;
}

export interface Line extends Narrow.Line, Pick<GoogleAppsScript.Slides.Line, ElementBasics> {
  setWeight(points: number): Line;
  setDashStyle(style: DashStyle): Line;
  setTitle(title: string): Line;
  setDescription(description: string): Line;
}

export interface PageElement
  extends Narrow.PageElement,
    Pick<GoogleAppsScript.Slides.PageElement, ElementBasics> {
  getPageElementType(): PageElementType;
  asTable(): Table;
  asShape(): Shape;
  asLine(): Line;
}

export interface Slide extends Narrow.Slide, Pick<GoogleAppsScript.Slides.Slide, 'move'> {
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
  extends Narrow.Presentation,
    Pick<GoogleAppsScript.Slides.Presentation, 'getId' | 'getUrl'> {
  getSlides(): Slide[];
  insertSlide(insertionIndex: number, predefinedLayout: PredefinedLayout): Slide;
  appendSlide(predefinedLayout: PredefinedLayout): Slide;
}

export interface SlidesAppService extends Narrow.SlidesAppService {
  getActivePresentation(): Presentation | null;
  getUi(): import('./ui').Ui;
  ShapeType: { TEXT_BOX: ShapeType; ELLIPSE: ShapeType };
  DashStyle: { SOLID: DashStyle; DASH: DashStyle };
  ParagraphAlignment: { START: ParagraphAlignment; CENTER: ParagraphAlignment; END: ParagraphAlignment };
}

// Compile-time proof that the real services satisfy the wider interfaces too.
type Assignable<Real, Wide> = Real extends Wide ? true : never;
export const realSlidesSatisfyUserInterfaces: [
  Assignable<GoogleAppsScript.Slides.SlidesApp, SlidesAppService>,
  Assignable<GoogleAppsScript.Slides.Presentation, Presentation>,
  Assignable<GoogleAppsScript.Slides.Slide, Slide>,
  Assignable<GoogleAppsScript.Slides.PageElement, PageElement>,
  Assignable<GoogleAppsScript.Slides.Table, Table>,
  Assignable<GoogleAppsScript.Slides.TableCell, TableCell>,
  Assignable<GoogleAppsScript.Slides.TableColumn, TableColumn>,
  Assignable<GoogleAppsScript.Slides.Shape, Shape>,
  Assignable<GoogleAppsScript.Slides.Line, Line>,
  Assignable<GoogleAppsScript.Slides.TextRange, TextRange>,
  Assignable<GoogleAppsScript.Slides.Fill, Fill>,
  Assignable<GoogleAppsScript.Slides.Border, Border>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
