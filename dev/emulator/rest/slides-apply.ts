/**
 * What each `presentations.batchUpdate` request does to a presentation model, with the semantic
 * rules Google documents beyond the JSON schema: object ids unique in the presentation and 5–50
 * characters of [a-zA-Z0-9_:-] starting with a letter, digit or underscore; pages and elements
 * that exist; table cell locations and ranges inside the table; text inserted only into shapes and
 * table cells (lines and whole tables take none) at an index inside the text; update requests
 * that name their fields; text styles only on text there is. Inserted text loses the characters the
 * API strips.
 *
 * The same code runs twice per batch: first on a copy, so a failing request leaves the deck
 * untouched (the batch is atomic), then on the deck itself.
 */
import {
  type CellModel,
  defaultText,
  type ElementModel,
  type LineModel,
  newCell,
  type PresentationModel,
  type ShapeModel,
  type SlideModel,
  type TableModel,
  type TextModel,
} from '../slides/model';
import { cleanText } from '../slides/objects';
import { hexOf, OBJECT_ID, reject } from './common';

type Json = Record<string, unknown>;

const EMU_PER_PT = 12_700;

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function points(dimension: unknown): number | undefined {
  const d = obj(dimension);
  if (d.magnitude === undefined) return undefined;
  const magnitude = Number(d.magnitude);
  if (d.unit === 'EMU') return magnitude / EMU_PER_PT;
  if (d.unit === 'PT') return magnitude;
  return reject(`A dimension needs its unit (EMU or PT), got ${JSON.stringify(d.unit)}.`);
}

function fieldList(request: Json, known: readonly string[]): Set<string> {
  const fields = str(request.fields);
  if (!fields || fields.trim() === '') return reject('At least one field must be specified.');
  if (fields.trim() === '*') return new Set(known);
  const list = fields.split(',').map((f) => f.trim());
  for (const f of list)
    if (!known.includes(f)) reject(`Invalid field mask: '${f}' is not a field of this request.`);
  return new Set(list);
}

export type SlidesReply = Json;

/** One pass of a batch over a presentation's slides (the deck's own, or a copy of them). */
export class SlidesBatch {
  constructor(
    private readonly deck: PresentationModel,
    private readonly slides: SlideModel[],
  ) {}

  /**
   * "If you specify an ID, it must be unique among all pages and page elements in the
   * presentation" (CreateSlideRequest.objectId and every create request's, Slides API reference,
   * https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations/request):
   * in an existing deck that includes what SlidesApp or a person made. The emulated deck has no
   * layouts, masters or notes pages, whose ids Google counts too.
   */
  private taken(id: string): boolean {
    return this.slides.some((s) => s.id === id || s.elements.some((e) => e.id === id));
  }

  private newObjectId(requested: unknown): string {
    if (requested === undefined) {
      let id: string;
      do id = this.deck.newId();
      while (this.taken(id));
      return id;
    }
    const id = String(requested);
    if (!OBJECT_ID.test(id))
      reject(
        `The object ID (${id}) should be 5 to 50 characters from [a-zA-Z0-9_:-], starting with a letter, a digit or an underscore.`,
      );
    if (this.taken(id)) reject(`The object ID (${id}) should be unique among all pages and page elements.`);
    return id;
  }

  private slide(id: unknown): SlideModel {
    const found = this.slides.find((s) => s.id === id);
    return found ?? reject(`The page (${String(id)}) could not be found.`);
  }

  private element(id: unknown): { element: ElementModel; slide: SlideModel } {
    for (const slide of this.slides) {
      const element = slide.elements.find((e) => e.id === id);
      if (element) return { element, slide };
    }
    return reject(`The object (${String(id)}) could not be found.`);
  }

  private placement(properties: unknown, fallback?: { width: number; height: number }) {
    const p = obj(properties);
    const slide = this.slide(p.pageObjectId);
    const size = obj(p.size);
    const width = points(size.width) ?? fallback?.width;
    const height = points(size.height) ?? fallback?.height;
    if (width === undefined || height === undefined)
      reject('The element needs a size (elementProperties.size).');
    if (width < 0 || height < 0) reject('The size of an element must not be negative.');
    const t = obj(p.transform);
    const unit = t.unit === 'EMU' ? 1 / EMU_PER_PT : 1;
    const scaleX = t.scaleX === undefined ? 1 : Number(t.scaleX);
    const scaleY = t.scaleY === undefined ? 1 : Number(t.scaleY);
    const w = Math.abs(scaleX) * width;
    const h = Math.abs(scaleY) * height;
    const x = Number(t.translateX ?? 0) * unit;
    const y = Number(t.translateY ?? 0) * unit;
    // A negative scale flips the element about its origin: it then extends left of or above it.
    // A line flipped one way only runs from the lower left to the upper right.
    const rising = scaleX < 0 !== scaleY < 0;
    return { slide, left: scaleX < 0 ? x - w : x, top: scaleY < 0 ? y - h : y, width: w, height: h, rising };
  }

  /** The text a request addresses: a shape's, or a table cell's through its cellLocation. */
  private text(request: Json): TextModel {
    const { element } = this.element(request.objectId);
    if (element.kind === 'line') return reject(`The object (${element.id}) does not allow text editing.`);
    if (element.kind === 'shape') {
      if (request.cellLocation !== undefined)
        reject(`The object (${element.id}) is not a table: it has no cells.`);
      return element.text;
    }
    return this.cell(element, request.cellLocation).text;
  }

  private cell(table: TableModel, location: unknown): CellModel {
    if (location === undefined)
      return reject(`The object (${table.id}) is a table: a cellLocation is required.`);
    const l = obj(location);
    const r = Number(l.rowIndex ?? 0);
    const c = Number(l.columnIndex ?? 0);
    const cell = table.cells[r]?.[c];
    if (!cell)
      reject(
        `The cell location (row ${r}, column ${c}) is outside the table (${table.cells.length} rows × ${table.columnWidths.length} columns).`,
      );
    return cell;
  }

  private textRange(request: Json, text: TextModel): void {
    // Google refuses to style a range of no text, even with type ALL on an empty shape or cell.
    if (text.text === '') reject(`The object (${String(request.objectId)}) has no text.`);
    const range = obj(request.textRange);
    const type = range.type ?? 'ALL';
    if (type === 'ALL') return;
    const start = Number(range.startIndex ?? 0);
    const end = type === 'FIXED_RANGE' ? Number(range.endIndex) : text.text.length;
    if (!(start >= 0 && end >= start && end <= text.text.length))
      reject(`The text range (${start} to ${end}) is outside the text (length ${text.text.length}).`);
  }

  apply(kind: string, request: Json): SlidesReply {
    switch (kind) {
      case 'createSlide': {
        // "The optional zero-based index indicating where to insert the slides. If you don't
        // specify an index, the slide is created at the end." (CreateSlideRequest, reference above.)
        // Beyond the end is refused: Google does not say (README, "Where Google documents nothing").
        const id = this.newObjectId(request.objectId);
        const index =
          request.insertionIndex === undefined ? this.slides.length : Number(request.insertionIndex);
        if (!(index >= 0 && index <= this.slides.length))
          reject(
            `The insertion index (${index}) must be between 0 and the number of slides (${this.slides.length}).`,
          );
        this.slides.splice(index, 0, { id, elements: [], removed: false, parent: this.deck });
        return { createSlide: { objectId: id } };
      }
      case 'createShape': {
        const shapeType = str(request.shapeType);
        if (!shapeType || shapeType === 'TYPE_UNSPECIFIED') reject('The shape type must be specified.');
        const at = this.placement(request.elementProperties);
        const shape: ShapeModel = {
          kind: 'shape',
          id: this.newObjectId(request.objectId),
          shapeType,
          left: at.left,
          top: at.top,
          width: at.width,
          height: at.height,
          title: '',
          description: '',
          removed: false,
          text: defaultText(),
          fill: shapeType === 'TEXT_BOX' ? null : '#4285f4',
          borderVisible: shapeType !== 'TEXT_BOX',
        };
        at.slide.elements.push(shape);
        return { createShape: { objectId: shape.id } };
      }
      case 'createTable': {
        const rows = Number(request.rows);
        const columns = Number(request.columns);
        if (!(Number.isInteger(rows) && rows >= 1 && Number.isInteger(columns) && columns >= 1))
          reject(`A table needs at least one row and one column (rows ${rows}, columns ${columns}).`);
        const at = this.placement(request.elementProperties, { width: columns * 100, height: rows * 30 });
        const table: TableModel = {
          kind: 'table',
          id: this.newObjectId(request.objectId),
          left: at.left,
          top: at.top,
          width: at.width,
          height: at.height,
          title: '',
          description: '',
          removed: false,
          cells: Array.from({ length: rows }, () => Array.from({ length: columns }, newCell)),
          columnWidths: Array.from({ length: columns }, () => at.width / columns),
          rowMinHeights: Array.from({ length: rows }, () => at.height / rows),
        };
        at.slide.elements.push(table);
        return { createTable: { objectId: table.id } };
      }
      case 'createLine': {
        // "If you specify both a `category` and a `line_category`, the `category` takes precedence"
        // (CreateLineRequest, Slides API reference); the validator refuses the deprecated one anyway.
        const category = str(request.category) ?? str(request.lineCategory) ?? 'STRAIGHT';
        const at = this.placement(request.elementProperties);
        const line: LineModel = {
          kind: 'line',
          id: this.newObjectId(request.objectId),
          category: category === 'LINE_CATEGORY_UNSPECIFIED' ? 'STRAIGHT' : category,
          left: at.left,
          top: at.top,
          width: at.width,
          height: at.height,
          ...(at.rising ? { rising: true } : {}),
          title: '',
          description: '',
          removed: false,
          dash: 'SOLID',
          weight: 1,
          color: '#000000',
        };
        at.slide.elements.push(line);
        return { createLine: { objectId: line.id } };
      }
      case 'insertText': {
        const text = this.text(request);
        if (typeof request.text !== 'string') reject('The text to insert must be given.');
        const index = Number(request.insertionIndex ?? 0);
        if (!(Number.isInteger(index) && index >= 0 && index <= text.text.length))
          reject(`The insertion index (${index}) must be within the text (0 to ${text.text.length}).`);
        text.text = text.text.slice(0, index) + cleanText(request.text) + text.text.slice(index);
        return {};
      }
      case 'updateTextStyle': {
        const text = this.text(request);
        this.textRange(request, text);
        const fields = fieldList(request, ['fontSize', 'bold', 'italic', 'foregroundColor']);
        const style = obj(request.style);
        // One run per text (see ../slides/model.ts): a style always reaches the whole text.
        if (fields.has('fontSize')) {
          const size = points(style.fontSize);
          if (size === undefined || !(size > 0)) reject('The font size must be positive.');
          text.style.fontSize = size;
          text.style.sizeSet = true;
        }
        if (fields.has('bold')) text.style.bold = style.bold === true;
        if (fields.has('italic')) text.style.italic = style.italic === true;
        if (fields.has('foregroundColor'))
          text.style.color = hexOf(obj(obj(style.foregroundColor).opaqueColor).rgbColor);
        return {};
      }
      case 'updateParagraphStyle': {
        const text = this.text(request);
        this.textRange(request, text);
        const fields = fieldList(request, ['alignment']);
        const alignment = obj(request.style).alignment;
        if (fields.has('alignment')) text.align = (str(alignment) ?? 'START') as TextModel['align'];
        return {};
      }
      case 'updateTableCellProperties': {
        const { element } = this.element(request.objectId);
        if (element.kind !== 'table') reject(`The object (${element.id}) is not a table.`);
        const fields = fieldList(request, [
          'tableCellBackgroundFill.solidFill.color',
          'tableCellBackgroundFill',
        ]);
        const range = obj(request.tableRange);
        const location = obj(range.location);
        const r0 = Number(location.rowIndex ?? 0);
        const c0 = Number(location.columnIndex ?? 0);
        const rows = Number(range.rowSpan ?? element.cells.length);
        const columns = Number(range.columnSpan ?? element.columnWidths.length);
        if (
          r0 < 0 ||
          c0 < 0 ||
          rows < 1 ||
          columns < 1 ||
          r0 + rows > element.cells.length ||
          c0 + columns > element.columnWidths.length
        )
          reject(
            `The table range (row ${r0}, column ${c0}, ${rows} × ${columns}) is outside the table (${element.cells.length} rows × ${element.columnWidths.length} columns).`,
          );
        const fill = obj(obj(request.tableCellProperties).tableCellBackgroundFill);
        const color =
          fill.propertyState === 'NOT_RENDERED' ? null : hexOf(obj(obj(fill.solidFill).color).rgbColor);
        if (fields.size > 0)
          for (let r = r0; r < r0 + rows; r++)
            for (let c = c0; c < c0 + columns; c++) element.cells[r]![c]!.fill = color;
        return {};
      }
      case 'updateShapeProperties': {
        const { element } = this.element(request.objectId);
        if (element.kind !== 'shape') reject(`The object (${element.id}) is not a shape.`);
        fieldList(request, ['shapeBackgroundFill.solidFill.color', 'shapeBackgroundFill']);
        const fill = obj(obj(request.shapeProperties).shapeBackgroundFill);
        element.fill =
          fill.propertyState === 'NOT_RENDERED' ? null : hexOf(obj(obj(fill.solidFill).color).rgbColor);
        return {};
      }
      case 'updateLineProperties': {
        const { element } = this.element(request.objectId);
        if (element.kind !== 'line') reject(`The object (${element.id}) is not a line.`);
        const fields = fieldList(request, ['weight', 'dashStyle', 'lineFill.solidFill.color', 'lineFill']);
        const p = obj(request.lineProperties);
        if (fields.has('weight')) element.weight = points(p.weight) ?? 1;
        if (fields.has('dashStyle')) element.dash = str(p.dashStyle) ?? 'SOLID';
        if (fields.has('lineFill') || fields.has('lineFill.solidFill.color'))
          element.color = hexOf(obj(obj(obj(p.lineFill).solidFill).color).rgbColor);
        return {};
      }
      case 'updatePageElementAltText': {
        const { element } = this.element(request.objectId);
        if (request.title !== undefined) element.title = String(request.title);
        if (request.description !== undefined) element.description = String(request.description);
        return {};
      }
      case 'deleteObject': {
        const id = request.objectId;
        const slideIndex = this.slides.findIndex((s) => s.id === id);
        if (slideIndex >= 0) {
          const [slide] = this.slides.splice(slideIndex, 1);
          slide!.removed = true;
          for (const e of slide!.elements) e.removed = true;
          return {};
        }
        const { element, slide } = this.element(id);
        element.removed = true;
        slide.elements.splice(slide.elements.indexOf(element), 1);
        return {};
      }
      default:
        return reject(`The request kind ${kind} is not supported by this emulator.`);
    }
  }
}

/** A working copy of the deck's slides for the dry run: same ids, independent elements. */
export function copySlides(deck: PresentationModel): SlideModel[] {
  return deck.slides.map((s) => ({ ...s, elements: structuredClone(s.elements) }));
}
