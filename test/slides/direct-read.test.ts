/**
 * Reading a deck back in one REST call: where the user's grant reaches the open deck, the sidebar's
 * read-back is one `Slides.Presentations.get` and a handful of SlidesApp calls, and it returns what
 * the SlidesApp read returns; where it does not, the refusal is remembered and SlidesApp reads; a
 * failing REST call never fails the read. The facade's text and element kinds follow SlidesApp on
 * what the API reports and the emulator does not model (auto text, merged cells, groups, images).
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../dev/emulator';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import { presentationOf, READ_FIELDS, rawText } from '../../src/hosts/slides/direct-read';
import { readPresentation } from '../../src/hosts/slides/read';
import type { SlidesAppService } from '../../src/hosts/slides/services';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { makeDoc, NO_HINTS } from '../support/journeys';
import { type SlidesAddon, startSlidesAddon } from './support';

const KEY = 'journeygrid.direct.';

/** The deck built with 12 stages × 20 lanes, every cell filled, for each persona given. */
function fullDoc(personas: string[]): JourneyDocument {
  const doc = makeDoc('aisas', 'ja', personas);
  doc.stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: `ステージ${i + 1}` }));
  doc.lanes = Array.from({ length: 20 }, (_, i) => ({
    id: `l${i}`,
    label: `レーン${i + 1}`,
    kind: 'text' as const,
  }));
  doc.frameworkId = 'custom';
  doc.journeys = doc.personas.map((p) => ({
    personaId: p.id,
    cells: Object.fromEntries(
      doc.lanes.map((l) => [
        l.id,
        Object.fromEntries(doc.stages.map((s) => [s.id, `${p.name}・${l.label}・${s.label}`])),
      ]),
    ),
  }));
  return doc;
}

function built(personas: string[]): { addon: SlidesAddon; deckId: string } {
  const addon = startSlidesAddon();
  const doc = fullDoc(personas);
  for (const p of doc.personas) addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, NO_HINTS);
  const deckId = addon.deck.getId();
  // Whatever a build found out about the deck: each test says what the read is to find.
  forget(addon.emu, deckId);
  return { addon, deckId };
}

function remembered(emu: Emulator, deckId: string): string | null {
  return emu.globals.PropertiesService.getUserProperties().getProperty(KEY + deckId);
}

function forget(emu: Emulator, deckId: string): void {
  emu.globals.PropertiesService.getUserProperties().deleteProperty(KEY + deckId);
}

/** A read as the sidebar makes it, with the calls it cost. */
function read(addon: SlidesAddon) {
  addon.emu.calls.reset();
  // The fast-path answer apart: the same deck reads back the same whichever way it was read.
  const { direct, ...value } = addon.ok<ReadBack>('readJourneys', 'all');
  const { byMethod, total, modelledMs } = addon.emu.calls.snapshot();
  const rest = byMethod['Slides.Presentations.get'] ?? 0;
  const slidesApp = Object.entries(byMethod)
    .filter(([m]) => /^(SlidesApp|Presentation|Slide|PageElement|Shape|Table|TableCell|TextRange)\./.test(m))
    .reduce((n, [, c]) => n + c, 0);
  return { value, direct, rest, slidesApp, total, modelledMs };
}

describe('Slides read-back through one REST get', () => {
  it('12 stages × 20 lanes × 6 personas: one get and a handful of SlidesApp calls, the same journeys and findings', () => {
    const { addon, deckId } = built(['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺']);
    const slow = read(addon);
    expect(slow.rest).toBe(1); // asked once, refused: the open deck is not reachable by default
    expect(remembered(addon.emu, deckId)).toBe('denied');
    addon.emu.setOpenDocumentRest('allowed');
    forget(addon.emu, deckId);
    const fast = read(addon);
    expect(fast.rest).toBe(1);
    expect(remembered(addon.emu, deckId)).toBe('allowed');
    expect(fast.slidesApp).toBeLessThanOrEqual(5);
    expect(slow.slidesApp).toBeGreaterThan(6 * 12 * 20 * 2);
    expect(fast.value).toEqual(slow.value);
    expect(fast.value.document.personas.map((p) => p.name)).toEqual([
      '佐藤',
      '鈴木',
      '高橋',
      '田中',
      '伊藤',
      '渡辺',
    ]);
    expect(fast.value.document.journeys[5]!.cells.l19!.s11).toBe('渡辺・レーン20・ステージ12');
    // Measured figures for the report: calls and the modelled time of each read.
    console.info(
      `12×20×6 read: SlidesApp path ${slow.total} calls (${slow.slidesApp} SlidesApp), ${Math.round(slow.modelledMs)} ms modelled; ` +
        `REST path ${fast.total} calls (${fast.slidesApp} SlidesApp, ${fast.rest} get), ${Math.round(fast.modelledMs)} ms modelled`,
    );
    // Remembered: the next read asks nothing first, it is one get again.
    expect(read(addon).rest).toBe(1);
  });

  it('a refusal is remembered: later reads go straight to SlidesApp, with no REST call', () => {
    const { addon, deckId } = built(['Ken']);
    const first = read(addon);
    expect(remembered(addon.emu, deckId)).toBe('denied');
    const second = read(addon);
    expect(second.rest).toBe(0);
    expect(second.value).toEqual(first.value);
    expect(second.value.document.journeys[0]!.cells.l0!.s0).toBe('Ken・レーン1・ステージ1');
  });

  it('a grant withdrawn after it was remembered: the read still answers, through SlidesApp, and says no from then on', () => {
    const { addon, deckId } = built(['Ken']);
    addon.emu.setOpenDocumentRest('allowed');
    forget(addon.emu, deckId);
    const allowed = read(addon);
    expect(remembered(addon.emu, deckId)).toBe('allowed');
    addon.emu.setOpenDocumentRest('denied');
    const withdrawn = read(addon);
    expect(withdrawn.value).toEqual(allowed.value);
    expect([allowed.direct, withdrawn.direct]).toEqual(['allowed', 'denied']);
    expect(withdrawn.slidesApp).toBeGreaterThan(12 * 20);
    expect(remembered(addon.emu, deckId)).toBe('denied');
  });

  it('a picked deck is read through REST even though the open deck is not reachable by default', () => {
    const { addon, deckId } = built(['Ken']);
    const slow = read(addon);
    addon.emu.pickDocument(deckId);
    forget(addon.emu, deckId);
    const fast = read(addon);
    expect(fast.rest).toBe(1);
    expect(fast.slidesApp).toBeLessThanOrEqual(5);
    expect(fast.value).toEqual(slow.value);
    expect([slow.direct, fast.direct]).toEqual(['denied', 'allowed']);
  });
});

describe('a failing REST get never fails the read', () => {
  it('a backend error: the deck is read through SlidesApp and nothing is remembered', () => {
    const { addon, deckId } = built(['Ken']);
    const { SlidesApp, PropertiesService } = addon.emu.globals;
    const deck = SlidesApp.getActivePresentation()!;
    const props = PropertiesService.getDocumentProperties();
    const expected = readPresentation(SlidesApp, deck, props);
    const failing = {
      Presentations: {
        get: () => {
          throw new Error(
            'API call to slides.presentations.get failed with error: Internal error encountered.',
          );
        },
      },
    } as never;
    const got = readPresentation(SlidesApp, deck, props, { rest: failing, properties: PropertiesService });
    expect(got).toEqual(expected);
    expect(got.ok && got.value.document.journeys[0]!.cells.l0!.s0).toBe('Ken・レーン1・ステージ1');
    expect(remembered(addon.emu, deckId)).toBeNull();
  });

  it('a remembered yes whose get now fails for another reason: SlidesApp reads, the yes is kept', () => {
    const { addon, deckId } = built(['Ken']);
    const { SlidesApp, PropertiesService } = addon.emu.globals;
    PropertiesService.getUserProperties().setProperty(KEY + deckId, 'allowed');
    const deck = SlidesApp.getActivePresentation()!;
    const props = PropertiesService.getDocumentProperties();
    const failing = {
      Presentations: {
        get: () => {
          throw new Error('Exceeded maximum execution time');
        },
      },
    } as never;
    const got = readPresentation(SlidesApp, deck, props, { rest: failing, properties: PropertiesService });
    expect(got).toEqual(readPresentation(SlidesApp, deck, props));
    expect(remembered(addon.emu, deckId)).toBe('allowed');
  });
});

describe('the facade reads the API JSON as SlidesApp reads the deck', () => {
  const app = {
    PageElementType: { SHAPE: 'SHAPE', TABLE: 'TABLE', LINE: 'LINE' },
  } as unknown as SlidesAppService;
  const run = (content: string, startIndex?: number) => ({
    ...(startIndex ? { startIndex } : {}),
    endIndex: (startIndex ?? 0) + content.length,
    textRun: { content },
  });
  const marker = (startIndex?: number) => ({ ...(startIndex ? { startIndex } : {}), paragraphMarker: {} });

  it('text: runs as they are with their paragraph ends, auto text as U+E907, an empty text as nothing', () => {
    expect(rawText({ textElements: [marker(), run('あいう\n'), marker(4), run('😀 b\n', 4)] })).toBe(
      'あいう\n😀 b\n',
    );
    expect(
      rawText({
        textElements: [
          marker(),
          run('Page '),
          { startIndex: 5, endIndex: 6, autoText: { type: 'SLIDE_NUMBER', content: '3' } },
          run('\n', 6),
        ],
      }),
    ).toBe('Page \ue907\n');
    expect(rawText({ textElements: [marker(), run('a\u000bb\n')] })).toBe('a\u000bb\n');
    expect(rawText({})).toBe('');
    expect(rawText(undefined)).toBe('');
  });

  it('element kinds: shapes, tables and lines as SlidesApp names them, groups, images and the rest apart', () => {
    const deck = presentationOf(app, {
      slides: [
        {
          objectId: 's1',
          pageElements: [
            { objectId: 'box', title: 'Journey title', shape: { shapeType: 'TEXT_BOX' } },
            {
              objectId: 'tbl',
              description: 'd',
              table: { rows: 1, columns: 1, tableRows: [{ tableCells: [{ location: {} }] }] },
            },
            { objectId: 'ln', line: { lineCategory: 'STRAIGHT' } },
            { objectId: 'img', image: { contentUrl: 'https://example.com/a.png' } },
            { objectId: 'grp', elementGroup: { children: [{ objectId: 'child' }] } },
            { objectId: 'art', wordArt: { renderedText: 'Hi' } },
            { objectId: 'odd' },
          ],
        },
      ],
    });
    const elements = deck.getSlides()[0]!.getPageElements();
    expect(deck.getSlides()[0]!.getObjectId()).toBe('s1');
    expect(elements.map((e) => String(e.getPageElementType()))).toEqual([
      'SHAPE',
      'TABLE',
      'LINE',
      'IMAGE',
      'GROUP',
      'WORD_ART',
      'UNSUPPORTED',
    ]);
    expect(elements.map((e) => e.getObjectId())).toEqual(['box', 'tbl', 'ln', 'img', 'grp', 'art', 'odd']);
    expect(elements[0]!.getTitle()).toBe('Journey title');
    expect(elements[1]!.getTitle()).toBe('');
    // A shape without text reads as SlidesApp's empty text.
    expect(elements[0]!.asShape().getText().asString()).toBe('');
    expect(() => elements[3]!.asShape()).toThrow(/not a shape/);
    expect(() => elements[0]!.asTable()).toThrow(/not a table/);
  });

  it('tables: cells by location (zero indices left out), merged cells once at their head, the covered ones empty', () => {
    const text = (s: string) => ({ textElements: [marker(), run(`${s}\n`)] });
    const deck = presentationOf(app, {
      slides: [
        {
          pageElements: [
            {
              objectId: 'tbl',
              table: {
                rows: 2,
                columns: 3,
                tableRows: [
                  {
                    tableCells: [
                      { location: {}, rowSpan: 1, columnSpan: 2, text: text('merged') },
                      { location: { columnIndex: 2 }, rowSpan: 1, columnSpan: 1, text: text('c') },
                    ],
                  },
                  {
                    tableCells: [
                      { location: { rowIndex: 1 }, text: {} },
                      { location: { rowIndex: 1, columnIndex: 1 }, text: text('日本') },
                      { location: { rowIndex: 1, columnIndex: 2 } },
                    ],
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const table = deck.getSlides()[0]!.getPageElements()[0]!.asTable();
    expect([table.getNumRows(), table.getNumColumns()]).toEqual([2, 3]);
    const cells = [0, 1].map((r) => [0, 1, 2].map((c) => table.getCell(r, c).getText().asString()));
    expect(cells).toEqual([
      ['merged\n', '', 'c\n'],
      ['', '日本\n', ''],
    ]);
  });

  it('the emulator answers the read mask with every field the facade reads, and refuses an unknown one', () => {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    const slide = addon.deck.getSlides()[0]!;
    const table = slide.insertTable(2, 2, 10, 10, 200, 100).setTitle('grid');
    table.getCell(1, 1).getText().setText('a\n\nb');
    slide.insertTextBox('box', 0, 0, 10, 10);
    const got = addon.emu.globals.Slides.Presentations.get(addon.deck.getId(), { fields: READ_FIELDS });
    const facade = presentationOf(addon.emu.globals.SlidesApp, got as never);
    const [fTable, fBox] = facade.getSlides()[0]!.getPageElements();
    expect(fTable!.getTitle()).toBe('grid');
    expect(fTable!.asTable().getCell(1, 1).getText().asString()).toBe(
      table.getCell(1, 1).getText().asString(),
    );
    expect(fTable!.asTable().getCell(0, 0).getText().asString()).toBe('');
    expect(fBox!.asShape().getText().asString()).toBe('box\n');
    // Paragraph by paragraph, as the API lists them: the empty middle paragraph is its own run.
    const cell = (
      got as { slides: { pageElements: { table: { tableRows: { tableCells: { text: unknown }[] }[] } }[] }[] }
    ).slides[0]!.pageElements[0]!.table.tableRows[1]!.tableCells[1]!.text;
    expect(cell).toEqual({
      textElements: [
        {},
        { textRun: { content: 'a\n' } },
        {},
        { textRun: { content: '\n' } },
        {},
        { textRun: { content: 'b\n' } },
      ],
    });
    expect(() =>
      addon.emu.globals.Slides.Presentations.get(addon.deck.getId(), {
        fields: 'slides(pageElements(shape(txt)))',
      }),
    ).toThrow(/Invalid field selection slides\/pageElements\/shape\/txt/);
  });
});
