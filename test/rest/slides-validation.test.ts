/**
 * The emulated Slides API rejects what Google rejects: fields the discovery document does not
 * know, bad enum values, requests naming no kind or two, object ids that are too short, badly
 * formed or taken, cells outside a table, text inserted where text cannot go, updates without
 * fields. Each failure reads like Apps Script's GoogleJsonResponseException and applies nothing.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import type { SlidesRequest } from '../../dev/user-surface/rest';

function setup() {
  const emu = createEmulator();
  const slides = emu.globals.Slides.Presentations;
  const created = slides.create({ title: 'Checks' });
  const id = created.presentationId!;
  const firstSlide = created.slides![0]!.objectId!;
  const snapshot = () => JSON.stringify(emu.inspectPresentation(emu.openPresentationById(id)!));
  return { emu, slides, id, firstSlide, snapshot };
}

const box = (pageObjectId: string) => ({
  pageObjectId,
  size: { width: { magnitude: 200, unit: 'PT' }, height: { magnitude: 50, unit: 'PT' } },
  transform: { scaleX: 1, scaleY: 1, translateX: 10, translateY: 10, unit: 'PT' },
});

/** The error a batch throws, after checking that it changed nothing. */
function rejection(requests: unknown[]): Error {
  const { slides, id, snapshot } = setup();
  const before = snapshot();
  let caught: unknown;
  try {
    slides.batchUpdate({ requests: requests as SlidesRequest[] }, id);
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the batch should have been rejected').toBeInstanceOf(Error);
  expect(snapshot()).toBe(before);
  return caught as Error;
}

describe('Slides API requests are validated like Google validates them', () => {
  it('applies a valid batch and answers the created ids', () => {
    const { slides, id, firstSlide, emu } = setup();
    const reply = slides.batchUpdate(
      {
        requests: [
          { createSlide: { objectId: 'slide_one' } },
          {
            createTable: { objectId: 'table_one', elementProperties: box('slide_one'), rows: 2, columns: 3 },
          },
          {
            insertText: {
              objectId: 'table_one',
              cellLocation: { rowIndex: 1, columnIndex: 2 },
              text: 'Hello',
            },
          },
          { deleteObject: { objectId: firstSlide } },
        ],
      },
      id,
    );
    expect(reply.replies).toEqual([
      { createSlide: { objectId: 'slide_one' } },
      { createTable: { objectId: 'table_one' } },
      {},
      {},
    ]);
    const view = emu.inspectPresentation(emu.openPresentationById(id)!)!;
    expect(view.slides.map((s) => s.id)).toEqual(['slide_one']);
    expect(view.slides[0]!.elements[0]!.cells![1]![2]!.text).toBe('Hello');
  });

  it('rejects a taken object id with the request’s index and kind, applying nothing', () => {
    const error = rejection([
      { createSlide: { objectId: 'slide_one' } },
      { createSlide: { objectId: 'slide_two' } },
      { createShape: { objectId: 'slide_one', shapeType: 'TEXT_BOX', elementProperties: box('slide_two') } },
    ]);
    expect(error.name).toBe('GoogleJsonResponseException');
    expect(String(error)).toBe(
      'GoogleJsonResponseException: API call to slides.presentations.batchUpdate failed with error: Invalid requests[2].createShape: The object ID (slide_one) should be unique among all pages and page elements.',
    );
  });

  it('rejects object ids that are too short, too long or badly formed', () => {
    for (const objectId of ['abcd', 'x'.repeat(51), '-leading', 'has space', 'ünïcode']) {
      expect(rejection([{ createSlide: { objectId } }]).message).toMatch(
        /Invalid requests\[0\]\.createSlide: The object ID .* should be 5 to 50 characters/,
      );
    }
  });

  it('rejects text where text cannot go and cells outside the table', () => {
    const line = {
      createLine: {
        objectId: 'line_one',
        category: 'STRAIGHT',
        elementProperties: box('slide_one'),
      },
    };
    const table = {
      createTable: { objectId: 'table_one', elementProperties: box('slide_one'), rows: 2, columns: 2 },
    };
    const slide = { createSlide: { objectId: 'slide_one' } };
    expect(rejection([slide, line, { insertText: { objectId: 'line_one', text: 'x' } }]).message).toMatch(
      /Invalid requests\[2\]\.insertText: The object \(line_one\) does not allow text editing\./,
    );
    expect(rejection([slide, table, { insertText: { objectId: 'table_one', text: 'x' } }]).message).toMatch(
      /requests\[2\]\.insertText: .*cellLocation is required/,
    );
    expect(
      rejection([
        slide,
        table,
        { insertText: { objectId: 'table_one', cellLocation: { rowIndex: 2, columnIndex: 0 }, text: 'x' } },
      ]).message,
    ).toMatch(
      /requests\[2\]\.insertText: The cell location \(row 2, column 0\) is outside the table \(2 rows × 2 columns\)/,
    );
    expect(
      rejection([
        slide,
        table,
        {
          updateTableCellProperties: {
            objectId: 'table_one',
            tableRange: { location: { rowIndex: 1, columnIndex: 1 }, rowSpan: 1, columnSpan: 2 },
            tableCellProperties: {
              tableCellBackgroundFill: { solidFill: { color: { rgbColor: { red: 1 } } } },
            },
            fields: 'tableCellBackgroundFill.solidFill.color',
          },
        },
      ]).message,
    ).toMatch(/requests\[2\]\.updateTableCellProperties: The table range .* is outside the table/);
    expect(rejection([{ insertText: { objectId: 'nowhere', text: 'x' } }]).message).toMatch(
      /The object \(nowhere\) could not be found\./,
    );
    expect(
      rejection([
        slide,
        {
          createShape: { objectId: 'shape_one', shapeType: 'TEXT_BOX', elementProperties: box('slide_one') },
        },
        { insertText: { objectId: 'shape_one', text: 'x', insertionIndex: 3 } },
      ]).message,
    ).toMatch(/insertion index \(3\) must be within the text/);
  });

  it('rejects what the current API definitions do not allow', () => {
    expect(rejection([{ createSlide: { objectId: 'slide_one', color: 'red' } }]).message).toContain(
      `Invalid JSON payload received. Unknown name "color" at 'requests[0].createSlide': Cannot find field.`,
    );
    expect(rejection([{ createTable: { rows: 'two' } }]).message).toContain(
      `Invalid value at 'requests[0].createTable.rows'`,
    );
    expect(rejection([{}]).message).toContain('Invalid requests[0]: No request set.');
    expect(
      rejection([{ createSlide: { objectId: 'slide_one' }, deleteObject: { objectId: 'slide_one' } }])
        .message,
    ).toContain(`oneof field 'kind' is already set. Cannot set 'deleteObject'`);
  });

  it('requires the fields of an update', () => {
    const { firstSlide } = setup();
    expect(
      rejection([
        { createShape: { objectId: 'shape_one', shapeType: 'TEXT_BOX', elementProperties: box(firstSlide) } },
        { insertText: { objectId: 'shape_one', text: 'Hello' } },
        { updateTextStyle: { objectId: 'shape_one', style: { bold: true }, textRange: { type: 'ALL' } } },
      ]).message,
    ).toMatch(/requests\[2\]\.updateTextStyle: At least one field must be specified\./);
  });

  it('refuses to style text that is not there, in a shape or a table cell', () => {
    const { firstSlide } = setup();
    const shape = {
      createShape: { objectId: 'shape_one', shapeType: 'TEXT_BOX', elementProperties: box(firstSlide) },
    };
    const table = {
      createTable: { objectId: 'table_one', elementProperties: box(firstSlide), rows: 1, columns: 2 },
    };
    const bold = { style: { bold: true }, fields: 'bold', textRange: { type: 'ALL' } };
    const centred = { style: { alignment: 'CENTER' }, fields: 'alignment', textRange: { type: 'ALL' } };
    expect(rejection([shape, { updateTextStyle: { objectId: 'shape_one', ...bold } }]).message).toContain(
      'Invalid requests[1].updateTextStyle: The object (shape_one) has no text.',
    );
    expect(
      rejection([shape, { updateParagraphStyle: { objectId: 'shape_one', ...centred } }]).message,
    ).toContain('Invalid requests[1].updateParagraphStyle: The object (shape_one) has no text.');
    const cell = { objectId: 'table_one', cellLocation: { rowIndex: 0, columnIndex: 1 } };
    expect(rejection([table, { updateTextStyle: { ...cell, ...bold } }]).message).toContain(
      'Invalid requests[1].updateTextStyle: The object (table_one) has no text.',
    );
    // With text in it, the same requests apply.
    const { slides, id, emu } = setup();
    slides.batchUpdate(
      {
        requests: [
          shape,
          { insertText: { objectId: 'shape_one', text: 'Hi' } },
          { updateTextStyle: { objectId: 'shape_one', ...bold } },
          { updateParagraphStyle: { objectId: 'shape_one', ...centred } },
          table,
          { insertText: { ...cell, text: 'Yo' } },
          { updateTextStyle: { ...cell, ...bold } },
        ] as SlidesRequest[],
      },
      id,
    );
    const view = emu.inspectPresentation(emu.openPresentationById(id)!)!;
    const shown = view.slides[0]!.elements.find((e) => e.id === 'shape_one')!;
    expect(shown).toMatchObject({ text: { text: 'Hi', bold: true, align: 'CENTER' } });
  });

  it('needs full authorization and reaches only files the script created or runs in', () => {
    const { emu, slides, id } = setup();
    const other = emu.createPresentation('Someone else’s deck', { activate: false });
    expect(() => slides.get(other.getId())).toThrow(/Requested entity was not found/);
    expect(slides.get(id).presentationId).toBe(id);
    emu.setAuthMode('LIMITED');
    expect(() => slides.create({ title: 'x' })).toThrow(
      /You do not have permission to call Slides\.Presentations\.create\. Required permissions: .*drive\.file/,
    );
  });
});
