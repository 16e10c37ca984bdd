/**
 * The REST read and the SlidesApp read of one deck must be the same read: random journeys built
 * into a deck, then random edits made as people make them in the Slides editor (typed text with
 * Japanese, emoji, newlines and empty cells; rows and columns inserted and deleted; slides
 * duplicated, moved and deleted; text boxes added; text typed into shapes), and after the edits
 * the sidebar's read-back returns deep-equal results (document and findings, or the same refusal)
 * whether the deck was read in one `Slides.Presentations.get` or through SlidesApp.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/property-seed';
import type { Emulator } from '../../dev/emulator';
import { UserEditRejected } from '../../dev/emulator/errors';
import type { JourneyDocument } from '../../src/model/types';
import { journeyDocumentArb } from '../support/arbitraries';
import { buildAll, HINTS, makeDoc, NO_HINTS } from '../support/journeys';
import { readContent } from '../support/read-back';
import { startSlidesAddon } from './support';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const KEY = 'journeygrid.direct.';

const textArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\n',
    'a\n',
    '\nb',
    '新しい施策',
    '顧客の声\n二行目',
    '😀👍🏽',
    'ｶﾀｶﾅ',
    'Churn risk',
    '+1',
    '-2',
    '25%',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const editArb = fc.record({
  kind: fc.constantFrom(
    'typeCell',
    'typeCell',
    'typeCell',
    'typeShape',
    'insertRow',
    'deleteRow',
    'insertColumn',
    'deleteColumn',
    'duplicate',
    'moveSlide',
    'deleteSlide',
    'addTextBox',
  ),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
  text: textArb,
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const docArb: fc.Arbitrary<{ doc: JourneyDocument; hints: boolean }> = fc.oneof(
  fc
    .record({
      language: fc.constantFrom('ja' as const, 'en' as const),
      personas: fc.integer({ min: 1, max: 2 }),
    })
    .map(({ language, personas }) => ({
      doc: makeDoc('aisas', language, ['田中 部長', 'Alex Kim'].slice(0, personas)),
      hints: true,
    })),
  fc.record({ doc: journeyDocumentArb({ maxStages: 5, maxLanes: 5, maxPersonas: 3 }), hints: fc.boolean() }),
);

/** One edit as a person makes it; edits the editor refuses (the last row of a table) are skipped. */
function applyEdit(emu: Emulator, deckId: string, edit: Edit): void {
  const view = emu.inspectPresentation()!;
  const user = emu.slidesUser;
  const slide = view.slides.length ? view.slides[edit.a % view.slides.length] : undefined;
  const tables = view.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'table'));
  const shapes = view.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'shape'));
  const table = tables.length ? tables[edit.a % tables.length] : undefined;
  const rows = table?.cells?.length ?? 0;
  const columns = table?.cells?.[0]?.length ?? 0;
  try {
    switch (edit.kind) {
      case 'typeCell':
        if (table) user.editCell(deckId, table.id, edit.b % rows, edit.c % columns, edit.text);
        break;
      case 'typeShape':
        if (shapes.length) user.editText(deckId, shapes[edit.b % shapes.length]!.id, edit.text);
        break;
      case 'insertRow':
        if (table) user.insertRow(deckId, table.id, edit.b % (rows + 1));
        break;
      case 'deleteRow':
        if (table) user.deleteRow(deckId, table.id, edit.b % rows);
        break;
      case 'insertColumn':
        if (table) user.insertColumn(deckId, table.id, edit.b % (columns + 1));
        break;
      case 'deleteColumn':
        if (table) user.deleteColumn(deckId, table.id, edit.b % columns);
        break;
      case 'duplicate':
        if (slide) user.duplicateSlide(deckId, slide.id);
        break;
      case 'moveSlide':
        if (slide) user.moveSlide(deckId, slide.id, edit.b % view.slides.length);
        break;
      case 'deleteSlide':
        if (slide) user.deleteSlide(deckId, slide.id);
        break;
      case 'addTextBox':
        if (slide) user.addTextBox(deckId, slide.id, edit.text);
        break;
    }
  } catch (error) {
    if (!(error instanceof UserEditRejected)) throw error;
  }
}

describe('REST read = SlidesApp read', () => {
  it('after random journeys and random editor edits, both reads return the same document and findings', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { maxLength: 8 }), ({ doc, hints }, edits) => {
        const addon = startSlidesAddon();
        const { emu } = addon;
        buildAll(addon, doc, hints ? HINTS : NO_HINTS);
        const deckId = addon.deck.getId();
        const users = emu.globals.PropertiesService.getUserProperties();
        for (const edit of edits) applyEdit(emu, deckId, edit);
        // Through SlidesApp: the open deck out of REST's reach (the default), asked afresh.
        emu.setOpenDocumentRest('denied');
        users.deleteProperty(KEY + deckId);
        const slow = addon.bundle.call<unknown>('readJourneys', 'all');
        expect(users.getProperty(KEY + deckId)).toBe('denied');
        // Through one REST get: the same deck, now reachable.
        emu.setOpenDocumentRest('allowed');
        users.deleteProperty(KEY + deckId);
        emu.calls.reset();
        const fast = addon.bundle.call<unknown>('readJourneys', 'all');
        const calls = emu.calls.snapshot().byMethod;
        expect(calls['Slides.Presentations.get']).toBe(1);
        expect(users.getProperty(KEY + deckId)).toBe('allowed');
        // The same read, whichever way it was made: only the fast-path answer tells them apart.
        expect(readContent(fast)).toEqual(readContent(slow));
        // The journeys came from the get: no cell was read through SlidesApp (a deck with no
        // journey left is read again as a hand-made one, which still goes through SlidesApp).
        if (
          (slow as { ok: boolean; value?: { recognition?: unknown } }).ok &&
          !(slow as { value: { recognition?: unknown } }).value.recognition
        )
          expect(calls['TableCell.getText'] ?? 0).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
