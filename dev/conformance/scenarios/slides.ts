/**
 * SlidesApp and Slides API behaviour on scratch decks: page sizes (16:9 from SlidesApp, 4:3 asked
 * for through the API), the style new text gets, text read back, stripped characters, row growth,
 * createLine's category field, and the messages for misuse.
 */
import type { SlidesRequest } from '../../user-surface/rest';
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { attempt, type Json, restTextSnapshot } from '../snapshot';

const EMU_PER_PT = 12_700;

interface Dimension {
  magnitude?: number | null;
  unit?: string | null;
}

function points(dimension: Dimension | null | undefined): number | null {
  if (!dimension || dimension.magnitude === undefined || dimension.magnitude === null) return null;
  return dimension.unit === 'PT' ? dimension.magnitude : dimension.magnitude / EMU_PER_PT;
}

function pageSize(deck: { pageSize?: { width?: Dimension | null; height?: Dimension | null } | null }): Json {
  return { width: points(deck.pageSize?.width), height: points(deck.pageSize?.height) };
}

function pageSizes(env: ConformanceEnv) {
  const fromSlidesApp = env.scratch.presentation('page size');
  const plain = env.slidesApi.Presentations.create({ title: 'Journey Grid conformance page size' });
  env.scratch.track(plain.presentationId ?? '');
  const fourThree = attempt(() => {
    const deck = env.slidesApi.Presentations.create({
      title: 'Journey Grid conformance 4:3',
      pageSize: {
        width: { magnitude: 720 * EMU_PER_PT, unit: 'EMU' },
        height: { magnitude: 540 * EMU_PER_PT, unit: 'EMU' },
      },
    });
    env.scratch.track(deck.presentationId ?? '');
    return {
      created: pageSize(deck),
      read: pageSize(env.slidesApi.Presentations.get(deck.presentationId ?? '')),
    };
  });
  return {
    slidesApp: { width: fromSlidesApp.getPageWidth(), height: fromSlidesApp.getPageHeight() },
    slidesAppSlides: fromSlidesApp.getSlides().length,
    rest: pageSize(plain),
    restSlides: plain.slides?.length ?? 0,
    fourThree,
  };
}

/** Text made with SlidesApp, read back through the API, where its style is visible. */
function defaultText(env: ConformanceEnv) {
  const deck = env.scratch.presentation('default text');
  const slide = deck.getSlides()[0]!;
  const box = slide.insertTextBox('Text box', 10, 10, 200, 40);
  const shape = slide.insertShape(env.slidesApp.ShapeType.TEXT_BOX, 10, 60, 200, 40);
  shape.getText().setText('Shape');
  const table = slide.insertTable(2, 2, 10, 120, 300, 60);
  table.getCell(0, 0).getText().setText('Cell');
  const typed = slide.insertTextBox('Bold', 10, 200, 200, 40);
  typed.getText().getTextStyle().setBold(true).setFontSize(20);
  typed.getText().setText('Typed over');
  // Ids first: the objects of a saved and closed deck may no longer answer.
  const ids = {
    box: box.getObjectId(),
    shape: shape.getObjectId(),
    table: table.getObjectId(),
    typed: typed.getObjectId(),
  };
  const saved = env.flushPresentation(deck);
  const read = env.slidesApi.Presentations.get(saved.getId());
  const elements = read.slides?.[0]?.pageElements ?? [];
  const byId = (id: string) => elements.find((e) => e.objectId === id);
  const cell = byId(ids.table)?.table?.tableRows?.[0]?.tableCells?.[0];
  return {
    textBox: restTextSnapshot(byId(ids.box)?.shape?.text),
    shape: restTextSnapshot(byId(ids.shape)?.shape?.text),
    tableCell: restTextSnapshot(cell?.text),
    tableCellFill: (cell?.tableCellProperties?.tableCellBackgroundFill ?? null) as Json,
    typedOverStyled: restTextSnapshot(byId(ids.typed)?.shape?.text),
  };
}

function textBasics(env: ConformanceEnv) {
  const deck = env.scratch.presentation('text');
  const slide = deck.getSlides()[0]!;
  const box = slide.insertTextBox('', 10, 10, 300, 40);
  const empty = box.getText().asString();
  box.getText().setText('abc');
  const plain = box.getText().asString();
  box.getText().setText('a\u0001b\u000bc\u001fd\ue000e\tf');
  const stripped = box.getText().asString();
  const table = slide.insertTable(2, 2, 10, 80, 200, 40);
  const before = table.getHeight();
  table
    .getCell(1, 0)
    .getText()
    .setText('A long text that wraps over several lines in a narrow column. '.repeat(4));
  const after = table.getHeight();
  const gone = slide.insertTextBox('to delete', 10, 300, 100, 30);
  gone.remove();
  return {
    empty,
    plain,
    stripped,
    tableHeight: { before, after },
    cellOutOfRange: attempt(() => table.getCell(5, 0).getRowIndex()),
    badColour: attempt(() => {
      box.getFill().setSolidFill('not a colour');
      return null;
    }),
    deletedElement: attempt(() => gone.getLeft()),
  };
}

function lines(env: ConformanceEnv) {
  const deck = env.slidesApi.Presentations.create({ title: 'Journey Grid conformance lines' });
  const id = deck.presentationId ?? '';
  env.scratch.track(id);
  const page = deck.slides?.[0]?.objectId ?? '';
  const line = (
    objectId: string,
    field: 'category' | 'lineCategory',
    scaleY: number,
    height: number,
  ): SlidesRequest =>
    ({
      createLine: {
        objectId,
        [field]: 'STRAIGHT',
        elementProperties: {
          pageObjectId: page,
          size: { width: { magnitude: 100, unit: 'PT' }, height: { magnitude: height, unit: 'PT' } },
          transform: { scaleX: 1, scaleY, translateX: 50, translateY: 100, unit: 'PT' },
        },
      },
    }) as SlidesRequest;
  const send = (request: SlidesRequest) =>
    attempt(() => {
      env.slidesApi.Presentations.batchUpdate({ requests: [request] }, id);
      return null;
    });
  const results = {
    category: send(line('conformance_line_1', 'category', 1, 50)),
    lineCategory: send(line('conformance_line_2', 'lineCategory', 1, 50)),
    flat: send(line('conformance_line_3', 'category', 1, 0)),
    flippedUp: send(line('conformance_line_4', 'category', -1, 50)),
    duplicateId: send(line('conformance_line_1', 'category', 1, 50)),
  };
  const read = env.slidesApi.Presentations.get(id).slides?.[0]?.pageElements ?? [];
  return {
    ...results,
    read: read
      .filter((e) => e.line)
      .map((e) => ({
        id: e.objectId ?? '',
        lineCategory: e.line?.lineCategory ?? null,
        lineType: e.line?.lineType ?? null,
        size: { width: points(e.size?.width), height: points(e.size?.height) },
        scaleY: e.transform?.scaleY ?? null,
      })) as Json,
  };
}

/** updateTextStyle on part of a text: does it reach only that part (several runs)? */
function restTextRuns(env: ConformanceEnv) {
  const deck = env.slidesApi.Presentations.create({ title: 'Journey Grid conformance runs' });
  const id = deck.presentationId ?? '';
  env.scratch.track(id);
  const page = deck.slides?.[0]?.objectId ?? '';
  const requests: SlidesRequest[] = [
    {
      createShape: {
        objectId: 'conformance_box',
        shapeType: 'TEXT_BOX',
        elementProperties: {
          pageObjectId: page,
          size: { width: { magnitude: 300, unit: 'PT' }, height: { magnitude: 50, unit: 'PT' } },
          transform: { scaleX: 1, scaleY: 1, translateX: 10, translateY: 10, unit: 'PT' },
        },
      },
    },
    { insertText: { objectId: 'conformance_box', text: 'Hello world', insertionIndex: 0 } },
    {
      updateTextStyle: {
        objectId: 'conformance_box',
        textRange: { type: 'FIXED_RANGE', startIndex: 0, endIndex: 5 },
        style: { bold: true },
        fields: 'bold',
      },
    },
  ];
  const applied = attempt(() => {
    env.slidesApi.Presentations.batchUpdate({ requests }, id);
    return null;
  });
  const box = env.slidesApi.Presentations.get(id).slides?.[0]?.pageElements?.find(
    (e) => e.objectId === 'conformance_box',
  );
  return { applied, text: restTextSnapshot(box?.shape?.text) };
}

/**
 * A table inserted with a width and height: how SlidesApp shares them among columns and rows, and
 * how a row with more text than its share grows (the journey layout places the emotion band and
 * the curve's points by the column widths, and inserts tables low so rows take their own height).
 */
function tableInsert(env: ConformanceEnv) {
  const deck = env.scratch.presentation('table insert');
  const slide = deck.getSlides()[0]!;
  const table = slide.insertTable(2, 4, 10, 10, 360, 24);
  table.getCell(1, 0).getText().setText('A long text that wraps over several lines in a narrow column.');
  const id = table.getObjectId();
  const widths = [0, 1, 2, 3].map((c) => table.getColumn(c).getWidth());
  const saved = env.flushPresentation(deck);
  const read = env.slidesApi.Presentations.get(saved.getId());
  const element = read.slides?.[0]?.pageElements?.find((e) => e.objectId === id)?.table;
  return {
    slidesAppWidths: widths,
    columnWidths: (element?.tableColumns ?? []).map((c) => points(c.columnWidth)),
    minRowHeights: (element?.tableRows ?? []).map((r) => points(r.tableRowProperties?.minRowHeight)),
    // Whether the row with the long text grew past its minimum, and the short one stayed at it.
    grew: (element?.tableRows ?? []).map(
      (r) => (points(r.rowHeight) ?? 0) > (points(r.tableRowProperties?.minRowHeight) ?? 0) + 0.5,
    ),
  };
}

export const SLIDES_SCENARIOS: Scenario[] = [
  {
    id: 'slides-table-insert',
    title: 'insertTable: columns and rows share the size; a row grows to its text',
    covers: ['slides.table-insert'],
    run: tableInsert,
  },
  {
    id: 'slides-page-size',
    title: 'Page size of new decks (16:9 and 4:3)',
    covers: ['slides.page-size', 'rest.new-files'],
    run: pageSizes,
  },
  {
    id: 'slides-default-text',
    title: 'Style of new text (size, font, colour, alignment)',
    covers: ['slides.default-text', 'slides.one-run'],
    run: defaultText,
  },
  {
    id: 'slides-text-basics',
    title: 'asString, stripped characters, row growth, messages',
    covers: ['slides.as-string', 'slides.stripped', 'slides.row-heights', 'slides.messages'],
    run: textBasics,
  },
  {
    id: 'slides-create-line',
    title: 'createLine: category or lineCategory; flat and flipped lines',
    covers: ['slides.create-line-category', 'rest.lines', 'rest.messages'],
    run: lines,
  },
  {
    id: 'slides-rest-text-runs',
    title: 'updateTextStyle on part of a text',
    covers: ['rest.one-run'],
    run: restTextRuns,
  },
];
