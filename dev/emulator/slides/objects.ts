/**
 * The SlidesApp objects scripts see: Presentation, Slide, PageElement, Shape, Table, TableCell,
 * TableColumn, Line, TextRange, TextStyle, ParagraphStyle, Fill, LineFill, Border. Each is a thin
 * view over the plain model (model.ts), counted and guarded by expose.ts like every emulated
 * object. Every change checks that the document is editable and the object still exists.
 */

import type {
  Border,
  DashStyle,
  Fill,
  Line,
  LineCategory,
  LineFill,
  PageElement,
  PageElementType,
  ParagraphAlignment,
  ParagraphStyle,
  PredefinedLayout,
  Presentation,
  Shape,
  ShapeType,
  Slide,
  Table,
  TableCell,
  TableColumn,
  TextRange,
  TextStyle,
} from '../../user-surface/slides';
import type { EmulatorContext } from '../context';
import { exception, messages } from '../errors';
import { ServiceObject } from '../expose';
import {
  type CellModel,
  cloneElement,
  defaultText,
  type ElementModel,
  type LineModel,
  newCell,
  type PresentationModel,
  type ShapeModel,
  type SlideModel,
  type TableModel,
  type TextModel,
  type TextStyleModel,
} from './model';

export const slideMessages = {
  // Our wording: Google's texts for these are not documented.
  deleted: 'This object has been deleted or is not on the page any more.',
  cellOutOfBounds: (r: number, c: number) => `The table cell (${r}, ${c}) is out of bounds.`,
  notA: (kind: string) => `The page element is not a ${kind}.`,
  /** What the emulator's model cannot hold (one text style per cell or shape): said loudly. */
  notModelled: (what: string) => `Emulator limit: ${what} is not modelled.`,
  badColor: (value: string) => `Invalid argument: color ${value}`,
} as const;

/** Google's documented rule for inserted text: these characters are stripped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters Slides drops.
export const STRIPPED_CHARACTERS = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

export function cleanText(text: unknown): string {
  return String(text).replace(STRIPPED_CHARACTERS, '');
}

function checkColor(value: unknown): string {
  const text = String(value);
  if (!/^#[0-9a-fA-F]{6}$/.test(text)) throw exception(slideMessages.badColor(text));
  return text.toLowerCase();
}

/** The one Presentation object per deck, kept here rather than on the model (plain data). */
const presentations = new WeakMap<PresentationModel, PresentationImpl>();

function presentationOf(ctx: EmulatorContext, model: PresentationModel): PresentationImpl {
  let facade = presentations.get(model);
  if (!facade) {
    facade = new PresentationImpl(ctx, model);
    presentations.set(model, facade);
  }
  return facade;
}

export { presentationOf };

export class PresentationImpl extends ServiceObject implements Presentation {
  constructor(
    ctx: EmulatorContext,
    readonly model: PresentationModel,
  ) {
    super(ctx, 'Presentation');
  }
  getId(): string {
    return this.model.file.id;
  }
  getName(): string {
    return this.model.file.name;
  }
  getUrl(): string {
    return this.model.file.url;
  }
  getPageWidth(): number {
    return this.model.pageWidth;
  }
  getPageHeight(): number {
    return this.model.pageHeight;
  }
  getSlides(): Slide[] {
    return this.model.slides.map((s) => new SlideImpl(this.ctx, s));
  }
  insertSlide(insertionIndex: number, _layout?: PredefinedLayout): Slide {
    this.model.assertWritable();
    const index = Number(insertionIndex);
    if (!Number.isInteger(index) || index < 0 || index > this.model.slides.length)
      throw exception(messages.invalidArgument('insertionIndex'));
    return new SlideImpl(this.ctx, this.model.addSlide(index));
  }
  appendSlide(_layout?: PredefinedLayout): Slide {
    this.model.assertWritable();
    return new SlideImpl(this.ctx, this.model.addSlide(this.model.slides.length));
  }
}

export class SlideImpl extends ServiceObject implements Slide {
  constructor(
    ctx: EmulatorContext,
    readonly model: SlideModel,
  ) {
    super(ctx, 'Slide');
  }
  private live(): SlideModel {
    if (this.model.removed) throw exception(slideMessages.deleted);
    return this.model;
  }
  private writable(): SlideModel {
    this.model.parent.assertWritable();
    return this.live();
  }
  getObjectId(): string {
    return this.live().id;
  }
  getPageElements(): PageElement[] {
    return this.live().elements.map((e) => new PageElementImpl(this.ctx, e, this.model.parent));
  }
  getPageElementById(id: string): PageElement | null {
    const found = this.live().elements.find((e) => e.id === String(id));
    return found ? new PageElementImpl(this.ctx, found, this.model.parent) : null;
  }
  private add<T extends ElementModel>(element: T): T {
    this.writable().elements.push(element);
    return element;
  }
  insertTable(
    numRows: number,
    numColumns: number,
    left = 0,
    top = 0,
    width?: number,
    height?: number,
  ): Table {
    const rows = Number(numRows);
    const columns = Number(numColumns);
    if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 1)
      throw exception(messages.invalidArgument('numRows'));
    const w = width ?? columns * 100;
    const h = height ?? rows * 30;
    const table = this.add<TableModel>({
      kind: 'table',
      id: this.model.parent.newId(),
      left: Number(left),
      top: Number(top),
      width: w,
      height: h,
      title: '',
      description: '',
      removed: false,
      cells: Array.from({ length: rows }, () => Array.from({ length: columns }, newCell)),
      columnWidths: Array.from({ length: columns }, () => w / columns),
      rowMinHeights: Array.from({ length: rows }, () => h / rows),
    });
    return new TableImpl(this.ctx, table, this.model.parent);
  }
  /** A copy of the element on this slide, same place and look, with a new object id (Google's insertPageElement). */
  insertPageElement(pageElement: PageElement): PageElement {
    this.writable();
    const source = (pageElement as unknown as { model?: ElementModel }).model;
    if (!source || source.removed) throw exception(slideMessages.deleted);
    const copy = this.add(cloneElement(source, this.model.parent.newId()));
    return new PageElementImpl(this.ctx, copy, this.model.parent);
  }
  insertTextBox(text: string, left = 0, top = 0, width = 300, height = 50): Shape {
    return this.insertShapeModel('TEXT_BOX', left, top, width, height, cleanText(text));
  }
  insertShape(shapeType: ShapeType, left = 0, top = 0, width = 100, height = 100): Shape {
    return this.insertShapeModel(String(shapeType), left, top, width, height, '');
  }
  private insertShapeModel(
    shapeType: string,
    left: number,
    top: number,
    width: number,
    height: number,
    text: string,
  ): Shape {
    const shape = this.add<ShapeModel>({
      kind: 'shape',
      id: this.model.parent.newId(),
      shapeType,
      left: Number(left),
      top: Number(top),
      width: Number(width),
      height: Number(height),
      title: '',
      description: '',
      removed: false,
      text: defaultText(text),
      fill: shapeType === 'TEXT_BOX' ? null : '#4285f4',
      borderVisible: shapeType !== 'TEXT_BOX',
    });
    return new ShapeImpl(this.ctx, shape, this.model.parent);
  }
  insertLine(
    lineCategory: LineCategory,
    startLeft: number,
    startTop: number,
    endLeft: number,
    endTop: number,
  ): Line {
    const line = this.add<LineModel>({
      kind: 'line',
      id: this.model.parent.newId(),
      category: String(lineCategory),
      left: Math.min(startLeft, endLeft),
      top: Math.min(startTop, endTop),
      width: Math.abs(endLeft - startLeft),
      height: Math.abs(endTop - startTop),
      ...((endLeft - startLeft) * (endTop - startTop) < 0 ? { rising: true as const } : {}),
      title: '',
      description: '',
      removed: false,
      dash: 'SOLID',
      weight: 1,
      color: '#000000',
    });
    return new LineImpl(this.ctx, line, this.model.parent);
  }
  remove(): void {
    const slide = this.writable();
    slide.removed = true;
    for (const e of slide.elements) e.removed = true;
    const list = slide.parent.slides;
    list.splice(list.indexOf(slide), 1);
  }
  move(index: number): void {
    const slide = this.writable();
    const list = slide.parent.slides;
    const to = Number(index);
    if (!Number.isInteger(to) || to < 0 || to >= list.length)
      throw exception(messages.invalidArgument('index'));
    list.splice(list.indexOf(slide), 1);
    list.splice(to, 0, slide);
  }
}

/** Position, size, alt text and removal: what every page element shares. */
abstract class ElementImpl<M extends ElementModel> extends ServiceObject {
  constructor(
    ctx: EmulatorContext,
    apiName: string,
    readonly model: M,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, apiName);
  }
  protected live(): M {
    if (this.model.removed) throw exception(slideMessages.deleted);
    return this.model;
  }
  protected writable(): M {
    this.presentation.assertWritable();
    return this.live();
  }
  getObjectId(): string {
    return this.live().id;
  }
  getTitle(): string {
    return this.live().title;
  }
  getDescription(): string {
    return this.live().description;
  }
  getLeft(): number {
    return this.live().left;
  }
  getTop(): number {
    return this.live().top;
  }
  getWidth(): number {
    return this.live().width;
  }
  getHeight(): number {
    return this.live().height;
  }
  remove(): void {
    const model = this.writable();
    model.removed = true;
    const slide = this.presentation.slideOf(model);
    if (slide) slide.elements.splice(slide.elements.indexOf(model), 1);
  }
  setTitle(title: string): this {
    this.writable().title = String(title);
    return this;
  }
  setDescription(description: string): this {
    this.writable().description = String(description);
    return this;
  }
}

export class PageElementImpl extends ElementImpl<ElementModel> implements PageElement {
  constructor(ctx: EmulatorContext, model: ElementModel, presentation: PresentationModel) {
    super(ctx, 'PageElement', model, presentation);
  }
  getPageElementType(): PageElementType {
    const kind = this.live().kind;
    return (kind === 'table' ? 'TABLE' : kind === 'line' ? 'LINE' : 'SHAPE') as unknown as PageElementType;
  }
  asTable(): Table {
    const m = this.live();
    if (m.kind !== 'table') throw exception(slideMessages.notA('table'));
    return new TableImpl(this.ctx, m, this.presentation);
  }
  asShape(): Shape {
    const m = this.live();
    if (m.kind !== 'shape') throw exception(slideMessages.notA('shape'));
    return new ShapeImpl(this.ctx, m, this.presentation);
  }
  asLine(): Line {
    const m = this.live();
    if (m.kind !== 'line') throw exception(slideMessages.notA('line'));
    return new LineImpl(this.ctx, m, this.presentation);
  }
}

export class ShapeImpl extends ElementImpl<ShapeModel> implements Shape {
  constructor(ctx: EmulatorContext, model: ShapeModel, presentation: PresentationModel) {
    super(ctx, 'Shape', model, presentation);
  }
  getText(): TextRange {
    return new TextRangeImpl(this.ctx, () => this.live().text, this.presentation);
  }
  getFill(): Fill {
    return new FillImpl(
      this.ctx,
      (fill) => {
        this.writable().fill = fill;
      },
      this.presentation,
    );
  }
  getBorder(): Border {
    return new BorderImpl(this.ctx, this.model, this.presentation);
  }
}

export class TableImpl extends ElementImpl<TableModel> implements Table {
  constructor(ctx: EmulatorContext, model: TableModel, presentation: PresentationModel) {
    super(ctx, 'Table', model, presentation);
  }
  getNumRows(): number {
    return this.live().cells.length;
  }
  getNumColumns(): number {
    return this.live().columnWidths.length;
  }
  getCell(rowIndex: number, columnIndex: number): TableCell {
    const m = this.live();
    const r = Number(rowIndex);
    const c = Number(columnIndex);
    const cell = m.cells[r]?.[c];
    if (!cell || !Number.isInteger(r) || !Number.isInteger(c))
      throw exception(slideMessages.cellOutOfBounds(r, c));
    return new TableCellImpl(this.ctx, this.model, r, c, this.presentation);
  }
  getColumn(columnIndex: number): TableColumn {
    const c = Number(columnIndex);
    if (this.live().columnWidths[c] === undefined) throw exception(slideMessages.cellOutOfBounds(0, c));
    return new TableColumnImpl(this.ctx, this.model, c);
  }
}

export class TableColumnImpl extends ServiceObject implements TableColumn {
  constructor(
    ctx: EmulatorContext,
    readonly table: TableModel,
    readonly index: number,
  ) {
    super(ctx, 'TableColumn');
  }
  getIndex(): number {
    return this.index;
  }
  getWidth(): number {
    return this.table.columnWidths[this.index] ?? 0;
  }
}

export class TableCellImpl extends ServiceObject implements TableCell {
  constructor(
    ctx: EmulatorContext,
    readonly table: TableModel,
    readonly row: number,
    readonly column: number,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, 'TableCell');
  }
  private cell(): CellModel {
    if (this.table.removed) throw exception(slideMessages.deleted);
    const cell = this.table.cells[this.row]?.[this.column];
    if (!cell) throw exception(slideMessages.deleted);
    return cell;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumnIndex(): number {
    return this.column;
  }
  getText(): TextRange {
    return new TextRangeImpl(this.ctx, () => this.cell().text, this.presentation);
  }
  getFill(): Fill {
    return new FillImpl(
      this.ctx,
      (fill) => {
        this.presentation.assertWritable();
        this.cell().fill = fill;
      },
      this.presentation,
    );
  }
}

/**
 * A shape's or cell's whole text, or a part of it (`bounds`, from getRange or find). asString()
 * ends with a newline whenever there is text, as in Apps Script (Slides text always ends with a
 * paragraph mark).
 */
export class TextRangeImpl extends ServiceObject implements TextRange {
  constructor(
    ctx: EmulatorContext,
    readonly text: () => TextModel,
    readonly presentation: PresentationModel,
    readonly bounds?: { start: number; end: number },
  ) {
    super(ctx, 'TextRange');
  }
  private span(): { start: number; end: number } {
    return this.bounds ?? { start: 0, end: this.text().text.length };
  }
  asString(): string {
    if (this.bounds) return this.text().text.slice(this.bounds.start, this.bounds.end);
    const t = this.text().text;
    return t === '' ? '' : `${t}\n`;
  }
  isEmpty(): boolean {
    const { start, end } = this.span();
    return end <= start;
  }
  setText(newText: string): TextRange {
    if (this.bounds) throw exception(slideMessages.notModelled('setText on part of a text'));
    this.presentation.assertWritable();
    const t = this.text();
    t.text = cleanText(newText);
    delete t.chars;
    return this;
  }
  /** A part of this range: offsets from its start (Apps Script's TextRange.getRange). */
  getRange(startOffset: number, endOffset: number): TextRange {
    const { start, end } = this.span();
    const a = start + Number(startOffset);
    const b = start + Number(endOffset);
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= start && b <= end && a <= b))
      throw exception(messages.invalidArgument('startOffset'));
    return new TextRangeImpl(this.ctx, this.text, this.presentation, { start: a, end: b });
  }
  /**
   * The parts matching a regular expression (TextRange.find). The text searched is the range's
   * own, without the closing paragraph mark the whole text's asString() adds.
   */
  find(pattern: string): TextRange[] {
    const { start, end } = this.span();
    const own = this.text().text.slice(start, end);
    const found: TextRange[] = [];
    for (const m of own.matchAll(new RegExp(String(pattern), 'gu'))) {
      if (m[0] === '') continue;
      const at = start + m.index;
      found.push(
        new TextRangeImpl(this.ctx, this.text, this.presentation, { start: at, end: at + m[0].length }),
      );
    }
    return found;
  }
  /**
   * A copy of `source` at the end of this text (TextRange.appendRange). With
   * `matchSourceFormatting` the copy keeps the source's text style. The model keeps one style per
   * cell, so the copy must be of text in one style, appended to an empty text or one in the same style.
   */
  appendRange(source: TextRange, matchSourceFormatting = false): TextRange {
    if (this.bounds) throw exception(slideMessages.notModelled('appendRange into part of a text'));
    if (!(source instanceof TextRangeImpl)) throw exception(messages.invalidArgument('textRange'));
    this.presentation.assertWritable();
    const from = source.text();
    const { start, end } = source.span();
    const styles = from.chars ? from.chars.slice(start, end) : [from.style];
    const style = { ...styles[0]! };
    if (styles.some((s) => JSON.stringify(s) !== JSON.stringify(styles[0])))
      throw exception(slideMessages.notModelled('copying text in more than one style'));
    const t = this.text();
    const copied = from.text.slice(start, end);
    if (matchSourceFormatting) {
      if (t.text !== '' && JSON.stringify(t.style) !== JSON.stringify(style))
        throw exception(slideMessages.notModelled('text in more than one style'));
      t.style = style;
    }
    const at = t.text.length;
    t.text += copied;
    return new TextRangeImpl(this.ctx, this.text, this.presentation, { start: at, end: t.text.length });
  }
  getTextStyle(): TextStyle {
    return new TextStyleImpl(this.ctx, this.text, this.presentation, this.bounds);
  }
  getParagraphStyle(): ParagraphStyle {
    return new ParagraphStyleImpl(this.ctx, this.text, this.presentation);
  }
}

export class TextStyleImpl extends ServiceObject implements TextStyle {
  constructor(
    ctx: EmulatorContext,
    readonly text: () => TextModel,
    readonly presentation: PresentationModel,
    readonly bounds?: { start: number; end: number },
  ) {
    super(ctx, 'TextStyle');
  }
  private set(apply: (s: TextStyleModel) => void): this {
    this.presentation.assertWritable();
    const t = this.text();
    const whole = !this.bounds || (this.bounds.start === 0 && this.bounds.end === t.text.length);
    if (whole && !t.chars) {
      apply(t.style);
      return this;
    }
    // Part of the text: from now on each character carries its own style.
    if (t.chars?.length !== t.text.length)
      t.chars = Array.from({ length: t.text.length }, () => ({ ...t.style }));
    const { start, end } = this.bounds ?? { start: 0, end: t.text.length };
    for (let i = start; i < end; i++) apply(t.chars[i]!);
    if (whole) apply(t.style);
    return this;
  }
  setBold(bold: boolean): TextStyle {
    return this.set((s) => {
      s.bold = Boolean(bold);
    });
  }
  setItalic(italic: boolean): TextStyle {
    return this.set((s) => {
      s.italic = Boolean(italic);
    });
  }
  setFontSize(fontSize: number): TextStyle {
    const size = Number(fontSize);
    if (!(size > 0)) throw exception(messages.invalidArgument('fontSize'));
    return this.set((s) => {
      s.fontSize = size;
      s.sizeSet = true;
    });
  }
  setForegroundColor(hexColor: string): TextStyle {
    const color = checkColor(hexColor);
    return this.set((s) => {
      s.color = color;
    });
  }
}

export class ParagraphStyleImpl extends ServiceObject implements ParagraphStyle {
  constructor(
    ctx: EmulatorContext,
    readonly text: () => TextModel,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, 'ParagraphStyle');
  }
  setParagraphAlignment(alignment: ParagraphAlignment): ParagraphStyle {
    const name = String(alignment);
    if (!['START', 'CENTER', 'END', 'JUSTIFIED'].includes(name))
      throw exception(messages.invalidArgument('alignment'));
    this.presentation.assertWritable();
    this.text().align = name as TextModel['align'];
    return this;
  }
}

export class FillImpl extends ServiceObject implements Fill {
  constructor(
    ctx: EmulatorContext,
    readonly apply: (fill: string | null) => void,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, 'Fill');
  }
  setSolidFill(hexString: string): void {
    const color = checkColor(hexString);
    this.presentation.assertWritable();
    this.apply(color);
  }
  setTransparent(): void {
    this.presentation.assertWritable();
    this.apply(null);
  }
}

export class LineImpl extends ElementImpl<LineModel> implements Line {
  constructor(ctx: EmulatorContext, model: LineModel, presentation: PresentationModel) {
    super(ctx, 'Line', model, presentation);
  }
  getLineFill(): LineFill {
    return new LineFillImpl(this.ctx, this.model, this.presentation);
  }
  setWeight(points: number): Line {
    this.writable().weight = Number(points);
    return this;
  }
  setDashStyle(style: DashStyle): Line {
    this.writable().dash = String(style);
    return this;
  }
}

export class LineFillImpl extends ServiceObject implements LineFill {
  constructor(
    ctx: EmulatorContext,
    readonly line: LineModel,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, 'LineFill');
  }
  setSolidFill(hexString: string): void {
    const color = checkColor(hexString);
    this.presentation.assertWritable();
    this.line.color = color;
  }
}

export class BorderImpl extends ServiceObject implements Border {
  constructor(
    ctx: EmulatorContext,
    readonly shape: ShapeModel,
    readonly presentation: PresentationModel,
  ) {
    super(ctx, 'Border');
  }
  setTransparent(): Border {
    this.presentation.assertWritable();
    this.shape.borderVisible = false;
    return this;
  }
}
