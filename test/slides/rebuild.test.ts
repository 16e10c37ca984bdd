/**
 * Rebuilding journey slides where the keys are partial or gone, and what a rebuild must not lose:
 * a copied deck rebuilt in place, text typed in the persona card or a continuation title, hints
 * on a duplicated slide, a persona card too long for the slide, and document properties others
 * write while a build runs.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import type { Properties, PropertiesServiceApi } from '../../dev/user-surface/ui';
import { newJourneyDocument } from '../../src/catalog';
import { buildPersonaSlides, type SlidesBuildResult } from '../../src/hosts/slides/build';
import { CARD_MAX_HEIGHT, ELLIPSIS } from '../../src/layout/slide-plan';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { runBundle } from '../support/addon';
import { journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

const NO_HINTS = { hints: false, confirmRemovals: false };

function aisas(names: string[], language: 'ja' | 'en' = 'en'): JourneyDocument {
  const made = newJourneyDocument(
    'aisas',
    names.map((name, i) => ({ id: `p${i + 1}`, name })),
    language,
  );
  if (!made.ok) throw new Error('bad doc');
  return made.value;
}

/** A map larger than one slide holds: it continues on several. */
function bigDoc(): JourneyDocument {
  const stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` }));
  const lanes = Array.from({ length: 10 }, (_, i) => ({
    id: `l${i}`,
    label: `Lane ${i + 1}`,
    kind: 'text' as const,
  }));
  const cells = Object.fromEntries(
    lanes.map((l) => [l.id, Object.fromEntries(stages.map((s) => [s.id, `${l.label} at ${s.label}`]))]),
  );
  return {
    schemaVersion: 1,
    title: 'Big map',
    language: 'en',
    frameworkId: 'custom',
    stages,
    lanes,
    personas: [{ id: 'p1', name: 'Ken', antiPersona: false }],
    journeys: [{ personaId: 'p1', cells }],
  } as JourneyDocument;
}

const read = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');
const deckText = (addon: SlidesAddon) => JSON.stringify(addon.view().slides.map((s) => s.elements));

describe('rebuilding journey slides', () => {
  it('rebuilds a copied deck (keys gone) in place, persona by persona', () => {
    const addon = startSlidesAddon();
    const doc = aisas(['Ken', 'Aya']);
    doc.journeys[0]!.cells.touchpoints = { attention: 'TV ad' };
    doc.journeys[1]!.cells.touchpoints = { interest: 'Blog' };
    for (const p of doc.personas) addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, NO_HINTS);
    const copy = addon.emu.copyPresentation(addon.deck, 'Copy');
    addon.emu.setActiveDocument(copy);
    const slides = () => addon.emu.inspectPresentation()!.slides.length;
    const before = slides();
    const back = read(addon);
    expect(back.document.personas.map((p) => p.name)).toEqual(['Ken', 'Aya']);
    for (const p of back.document.personas) {
      const rebuilt = addon.ok<SlidesBuildResult>('buildJourney', back.document, p.id, NO_HINTS);
      expect(rebuilt.created).toBe(false);
      expect(slides()).toBe(before);
    }
    const again = read(addon);
    expect(again.document.personas.map((p) => p.name)).toEqual(['Ken', 'Aya']);
    expect(again.findings.map((f) => f.code)).not.toContain('copied-journey');
    expect(again.document.journeys.map((j) => j.cells.touchpoints)).toEqual([
      { attention: 'TV ad' },
      { interest: 'Blog' },
    ]);
  });

  it('rebuilds a copied several-slide journey in place as one journey', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    const copy = addon.emu.copyPresentation(addon.deck, 'Copy');
    addon.emu.setActiveDocument(copy);
    const before = addon.emu.inspectPresentation()!.slides.length;
    expect(before).toBeGreaterThan(1);
    const back = read(addon);
    expect(back.document.personas.map((p) => p.name)).toEqual(['Ken']);
    const rebuilt = addon.ok<SlidesBuildResult>('buildJourney', back.document, 'p1', NO_HINTS);
    expect(rebuilt.created).toBe(false);
    expect(addon.emu.inspectPresentation()!.slides.length).toBe(before);
    const again = read(addon);
    expect(again.document.journeys).toEqual(back.document.journeys);
    expect(Object.keys(again.document.journeys[0]!.cells)).toHaveLength(doc.lanes.length);
  });

  it('adding a persona to a deck reads none of the other personas’ tables', () => {
    const doc = aisas(['Ken', 'Aya', 'Mio']);
    const alone = startSlidesAddon();
    alone.emu.calls.reset();
    alone.ok<SlidesBuildResult>('buildJourney', doc, 'p3', NO_HINTS);
    const addon = startSlidesAddon();
    for (const id of ['p1', 'p2']) addon.ok<SlidesBuildResult>('buildJourney', doc, id, NO_HINTS);
    addon.emu.calls.reset();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p3', NO_HINTS);
    const cellReads = (addon_: SlidesAddon) =>
      Object.entries(addon_.emu.calls.snapshot().byMethod)
        .filter(([method]) => /asString/.test(method))
        .reduce((n, [, count]) => n + count, 0);
    const tableCells = texts(journeyTables(addon.view())[0]!.table).flat().length;
    expect(tableCells).toBeGreaterThan(20);
    // Per other slide: its journey title, persona name and the 2 × 4 cells of its card.
    expect(cellReads(addon) - cellReads(alone)).toBeLessThanOrEqual(2 * (2 + 8));
  });

  it('keeps text typed in the persona card in a note box, reported as moved', () => {
    const addon = startSlidesAddon();
    const doc = aisas(['Ken']);
    doc.personas[0]!.role = 'CIO';
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    const deckId = addon.deck.getId();
    const card = addon
      .view()
      .slides.flatMap((s) => s.elements)
      .find((e) => e.title === 'Journey Grid: persona card')!;
    addon.emu.slidesUser.insertRow(deckId, card.id, 2);
    addon.emu.slidesUser.editCell(deckId, card.id, 2, 0, 'Budget owner since 2023');
    const back = read(addon);
    const result = addon.ok<SlidesBuildResult>('buildJourney', back.document, 'p1', NO_HINTS);
    expect(deckText(addon)).toContain('Budget owner since 2023');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'moved-text', text: 'Budget owner since 2023' }),
    );
  });

  it('keeps a renamed continuation title in a note box, reported as moved', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc();
    const first = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    const second = addon.view().slides.find((s) => s.id === first.slideIds[1])!;
    const title = second.elements.find((e) => e.title === 'Journey Grid: persona name')!;
    addon.emu.slidesUser.editText(addon.deck.getId(), title.id, 'Ken: after the purchase');
    const result = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    expect(result.created).toBe(false);
    expect(deckText(addon)).toContain('Ken: after the purchase');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'moved-text', text: 'Ken: after the purchase' }),
    );
  });

  it('leaves people’s own text boxes where they are instead of copying them into the note box', () => {
    const addon = startSlidesAddon();
    const doc = aisas(['Ken']);
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    addon.emu.slidesUser.addTextBox(addon.deck.getId(), addon.view().slides[1]!.id, 'Ask the sales team');
    const result = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    expect(result.findings.map((f) => f.code)).not.toContain('moved-text');
    expect(deckText(addon).split('Ask the sales team')).toHaveLength(2);
  });

  it('reads a duplicated slide of a deck built with hints without taking the hints for content', () => {
    const addon = startSlidesAddon();
    const doc = aisas(['Ken']);
    doc.journeys[0]!.cells.touchpoints = { attention: 'TV ad' };
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', { hints: true, confirmRemovals: false });
    addon.emu.slidesUser.duplicateSlide(addon.deck.getId(), addon.view().slides[1]!.id);
    const back = read(addon);
    expect(back.document.personas.map((p) => p.id)).toEqual(['p1', 'p1-2']);
    expect(back.document.journeys[1]!.cells).toEqual({ touchpoints: { attention: 'TV ad' } });
  });

  it('shortens a long persona card so the table stays on the slide, keeping the full text', () => {
    const addon = startSlidesAddon();
    const doc = aisas(['佐藤'], 'ja');
    const goals = 'あいうえおかきくけこ'.repeat(50);
    doc.personas[0]!.goals = goals;
    doc.personas[0]!.challenges = '業務効率化';
    const result = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    expect(result.slideIds).toHaveLength(1);
    expect(result.findings.map((f) => f.code)).toEqual(['card-shortened']);
    expect(result.findings[0]!.path).toMatch(/^slide 2: persona card, /);
    const slide = addon.view().slides[1]!;
    expect(slide.overflows).toBe(false);
    const card = slide.elements.find((e) => e.title === 'Journey Grid：ペルソナカード')!;
    expect(card.height).toBeLessThanOrEqual(CARD_MAX_HEIGHT);
    const shown = card.cells![1]!.map((c) => c.text);
    expect(shown).toContain('業務効率化');
    const cut = shown.find((t) => t.endsWith(ELLIPSIS))!;
    expect(goals.startsWith(cut.slice(0, -1))).toBe(true);
    const table = journeyTables(addon.view())[0]!.table;
    expect(table.top).toBeGreaterThanOrEqual(card.top + card.height);
    // Read back, the shortened text is not an edit: the persona keeps its full goals, also when
    // the card's other fields were edited and after a rebuild from the read-back model.
    addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 1, 3, '業務効率化とコスト削減');
    const back = read(addon);
    expect(back.document.personas[0]!.goals).toBe(goals);
    expect(back.document.personas[0]!.challenges).toBe('業務効率化とコスト削減');
    addon.ok<SlidesBuildResult>('buildJourney', back.document, 'p1', NO_HINTS);
    expect(read(addon).document.personas[0]!.goals).toBe(goals);
    // An edit of the shortened text itself wins.
    const card2 = addon
      .view()
      .slides.flatMap((s) => s.elements)
      .find((e) => e.title === 'Journey Grid：ペルソナカード')!;
    const goalsColumn = card2.cells![1]!.findIndex((c) => c.text.endsWith(ELLIPSIS));
    addon.emu.slidesUser.editCell(addon.deck.getId(), card2.id, 1, goalsColumn, '売上を伸ばす');
    expect(read(addon).document.personas[0]!.goals).toBe('売上を伸ばす');
  });

  it('leaves document properties others write while a build runs', () => {
    const emu = createEmulator();
    emu.createPresentation('Deck');
    const real = emu.globals.PropertiesService;
    // Another writer (the persona library, say) saves a property right after the build read them all.
    const racing = (props: Properties): Properties => ({
      getProperty: (key) => props.getProperty(key),
      getKeys: () => props.getKeys(),
      setProperty: (key, value) => props.setProperty(key, value),
      setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) =>
        props.setProperties(values, deleteAllOthers ?? false),
      deleteProperty: (key) => props.deleteProperty(key),
      getProperties: () => {
        const all = props.getProperties();
        props.setProperty('jg.persona.other', 'written meanwhile');
        return all;
      },
    });
    const properties: PropertiesServiceApi = {
      getUserProperties: () => real.getUserProperties(),
      getDocumentProperties: () => {
        const props = real.getDocumentProperties();
        return props && racing(props);
      },
    };
    const ctx = { app: emu.globals.SlidesApp, properties, locks: emu.globals.LockService };
    const doc = aisas(['Ken']);
    // Its own stage names: read back only from the keys the build saved, not from the catalog's.
    doc.stages[0]!.label = 'First look';
    buildPersonaSlides(ctx, doc, 'p1', NO_HINTS);
    // The other writer is simulated at the property level, so its own value is what it would see.
    const after = real.getDocumentProperties()!.getProperties();
    expect(after['jg.persona.other']).toBe('written meanwhile');
    const reader = runBundle(emu);
    expect(reader.ok<ReadBack>('readJourneys', 'all').document).toEqual(doc);
    // Rebuilds forget the old tables' keys (deleted one by one): in a file whose 500 KB store has
    // room for little more than this deck's keys, rebuild after rebuild still saves.
    const store = emu.documentProperties()!;
    const room = store.totalBytes() + 1000;
    for (let i = 0; store.totalBytes() + 8100 < 500 * 1024 - room; i++)
      store.set({ [`other.${i}`]: 'x'.repeat(8000) });
    store.set({ 'other.rest': 'x'.repeat(500 * 1024 - room - store.totalBytes() - 'other.rest'.length) });
    for (let i = 0; i < 3; i++) buildPersonaSlides(ctx, doc, 'p1', NO_HINTS);
    expect(real.getDocumentProperties()!.getProperty('jg.persona.other')).toBe('written meanwhile');
    expect(reader.ok<ReadBack>('readJourneys', 'all').document).toEqual(doc);
  });
});
