/**
 * What people do to journey slides, and what reading back makes of it: edited and renamed text,
 * inserted and deleted rows and columns, a moved or resized table, a duplicated slide, reordered
 * slides, a deleted title, a copied deck without its keys; rebuilding in place keeps their edits.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { journeyTables, type SlidesAddon, startSlidesAddon } from './support';

const NO_HINTS = { hints: false, confirmRemovals: false };

function setup(names = ['Ken']): {
  addon: SlidesAddon;
  doc: JourneyDocument;
  tableId: string;
  deckId: string;
} {
  const addon = startSlidesAddon();
  const made = newJourneyDocument(
    'aisas',
    names.map((name, i) => ({ id: `p${i + 1}`, name })),
    'en',
  );
  if (!made.ok) throw new Error('bad doc');
  const doc = made.value;
  doc.journeys[0]!.cells.touchpoints = { attention: 'TV ad', interest: 'Blog' };
  for (const p of doc.personas) addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, NO_HINTS);
  return { addon, doc, tableId: journeyTables(addon.view())[0]!.table.id, deckId: addon.deck.getId() };
}

const read = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');

describe('edits on slides', () => {
  it('reads edited cells and renamed headers, keeping ids', () => {
    const { addon, doc, tableId, deckId } = setup();
    addon.emu.slidesUser.editCell(deckId, tableId, 1, 3, 'Searches reviews');
    addon.emu.slidesUser.editCell(deckId, tableId, 0, 1, 'Noticing');
    const back = read(addon);
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({
      attention: 'TV ad',
      interest: 'Blog',
      search: 'Searches reviews',
    });
    expect(back.document.stages[0]).toEqual({ id: 'attention', label: 'Noticing' });
    expect(back.findings).toEqual([]);
    expect(doc.stages[0]!.id).toBe('attention');
  });

  it('reads an inserted row as a new lane and a deleted column as a missing stage', () => {
    const { addon, tableId, deckId } = setup();
    addon.emu.slidesUser.insertRow(deckId, tableId, 2);
    addon.emu.slidesUser.editCell(deckId, tableId, 2, 0, 'Budget');
    addon.emu.slidesUser.editCell(deckId, tableId, 2, 1, 'Small');
    addon.emu.slidesUser.deleteColumn(deckId, tableId, 5);
    const back = read(addon);
    const lane = back.document.lanes[1]!;
    expect(lane.label).toBe('Budget');
    expect(back.document.journeys[0]!.cells[lane.id]).toEqual({ attention: 'Small' });
    expect(back.document.stages.map((s) => s.id)).toEqual(['attention', 'interest', 'search', 'action']);
    expect(back.findings.map((f) => f.code)).toEqual(['new-lane']);
  });

  it('ignores a moved or resized table and a deleted title', () => {
    const { addon, doc, tableId, deckId } = setup();
    addon.emu.slidesUser.moveElement(deckId, tableId, 100, 120);
    addon.emu.slidesUser.resizeElement(deckId, tableId, 500, 200);
    const name = addon
      .view()
      .slides.flatMap((s) => s.elements)
      .find((e) => e.title === 'Journey Grid: persona name')!;
    addon.emu.slidesUser.deleteElement(deckId, name.id);
    const back = read(addon);
    expect(back.document).toEqual(doc);
  });

  it('reads a duplicated slide as a copy, and survives reordered slides', () => {
    const { addon, doc, deckId } = setup(['Ken', 'Aya']);
    const slides = addon.view().slides;
    addon.emu.slidesUser.duplicateSlide(deckId, slides[1]!.id);
    addon.emu.slidesUser.moveSlide(deckId, slides[2]!.id, 0);
    const back = read(addon);
    expect(back.document.personas.map((p) => p.id)).toEqual(['p2', 'p1', 'p1-2']);
    expect(back.findings.map((f) => f.code)).toContain('copied-journey');
    expect(back.findings.map((f) => f.code)).toContain('matched-by-label');
    expect(back.document.journeys[2]!.cells).toEqual(doc.journeys[0]!.cells);
  });

  it('reports text boxes people add and never drops their text', () => {
    const { addon, deckId } = setup();
    const slideId = addon.view().slides[1]!.id;
    addon.emu.slidesUser.addTextBox(deckId, slideId, 'Ask the sales team');
    const back = read(addon);
    expect(back.findings).toMatchObject([
      { code: 'outside-grid', text: 'Ask the sales team', path: 'slide 2: text box 3' },
    ]);
  });

  it('reads a copied deck without its keys by matching labels against the catalog', () => {
    const { addon, doc } = setup();
    const copy = addon.emu.copyPresentation(addon.deck, 'Copy');
    addon.emu.setActiveDocument(copy);
    const back = read(addon);
    expect(back.document.stages).toEqual(doc.stages);
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ attention: 'TV ad', interest: 'Blog' });
    expect(back.findings.map((f) => f.code)).toContain('matched-by-label');
  });

  it('rebuilds in place keeping edited cells and text the grid cannot hold', () => {
    const { addon, doc, tableId, deckId } = setup();
    addon.emu.slidesUser.editCell(deckId, tableId, 2, 2, 'Reads case studies');
    const emotionRow = journeyTables(addon.view())[0]!.table.cells!.findIndex(
      (r) => r[0]!.text === 'Emotion',
    );
    if (emotionRow > 0) addon.emu.slidesUser.editCell(deckId, tableId, emotionRow, 1, 'meh');
    const before = addon.view().slides.length;
    const result = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    expect(result.created).toBe(false);
    expect(result.keptCells).toBe(1);
    expect(addon.view().slides.length).toBe(before);
    const back = read(addon);
    expect(back.document.journeys[0]!.cells.actions).toEqual({ interest: 'Reads case studies' });
    if (emotionRow > 0) expect(back.findings).toMatchObject([{ code: 'outside-grid', text: 'meh' }]);
  });

  it('refuses a view-only deck with a clear message and changes nothing', () => {
    const addon = startSlidesAddon();
    const made = newJourneyDocument('aisas', [{ id: 'p1', name: 'Ken' }], 'en');
    if (!made.ok) throw new Error('bad doc');
    addon.emu.setAccess('view');
    const problems = addon.fail('buildJourney', made.value, 'p1', NO_HINTS);
    expect(problems[0]!.code).toBe('read-only');
    expect(addon.view().slides).toHaveLength(1);
    expect(addon.fail('readJourneys', 'all')[0]!.message.ja).toContain('ジャーニーがありません');
  });
});
