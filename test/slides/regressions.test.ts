/**
 * What a rebuild in Slides must never lose, one named case each (the Slides cases of "nothing a
 * team types is ever lost"): edits made on the slides survive a rebuild from the form, renamed
 * card labels are read, people's own boxes stay on a journey slide, moved text is never cut, one
 * odd slide never makes the whole read refuse, a refused build leaves no slide behind, and keys
 * are split where UTF-8 storage can hold them. Each drives the built bundle on the emulator.
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { makeDoc, NO_HINTS } from '../support/journeys';
import { deckTexts, element, journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

const read = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');
const build = (addon: SlidesAddon, doc: JourneyDocument, options = NO_HINTS) =>
  addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', options);
const deckId = (addon: SlidesAddon) => addon.deck.getId();

function aisas(): JourneyDocument {
  const doc = makeDoc('aisas', 'en', ['Ken']);
  doc.personas[0]!.role = 'CIO';
  doc.personas[0]!.goals = 'Cut costs';
  doc.journeys[0]!.cells.touchpoints = { attention: 'TV ad' };
  return doc;
}

/** A map that needs several slides (12 stages), with a metric lane. */
function bigDoc(stages = 12): JourneyDocument {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 'Big map',
    language: 'en',
    frameworkId: 'custom',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` })),
    lanes: [
      { id: 'steps', label: 'Steps', kind: 'text' },
      { id: 'rate', label: 'Rate', kind: 'metric' },
    ],
    personas: [{ id: 'p1', name: 'Ken', antiPersona: false }],
    journeys: [{ personaId: 'p1', cells: { steps: { s0: 'Visit', s11: 'Renew' } } }],
  };
  if (stages < 12) delete doc.journeys[0]!.cells.steps!.s11;
  return doc;
}

/** Row and column of the cell showing `text` in the journey table on `slide`. */
function cellAt(addon: SlidesAddon, text: string): { id: string; r: number; c: number } {
  for (const { table } of journeyTables(addon.view())) {
    const rows = texts(table);
    const r = rows.findIndex((row) => row.includes(text));
    if (r >= 0) return { id: table.id, r, c: rows[r]!.indexOf(text) };
  }
  throw new Error(`No cell shows "${text}"`);
}

function editCell(addon: SlidesAddon, shown: string, text: string): void {
  const { id, r, c } = cellAt(addon, shown);
  addon.emu.slidesUser.editCell(deckId(addon), id, r, c, text);
}

describe('Slides rebuilds keep what the team typed', () => {
  it('case 11: a rebuild from an unchanged form keeps renamed headers, lane labels, card values and name', () => {
    const addon = startSlidesAddon();
    const doc = aisas();
    build(addon, doc);
    editCell(addon, 'Attention', 'First contact');
    editCell(addon, 'Touchpoints', 'Channels');
    const view = addon.view();
    const card = element(view, 1, 'Journey Grid: persona card');
    addon.emu.slidesUser.editCell(deckId(addon), card.id, 1, 0, 'CTO');
    addon.emu.slidesUser.editText(
      deckId(addon),
      element(view, 1, 'Journey Grid: persona name').id,
      'Ken Sato',
    );
    addon.emu.slidesUser.editText(
      deckId(addon),
      element(view, 1, 'Journey Grid: journey title').id,
      'Our map',
    );
    // The form changed one stage's label the deck left alone: that edit wins.
    const form = structuredClone(doc);
    form.stages[1]!.label = 'Curiosity';
    // Build twice from the same form: the second build must not revert the first one's keeps.
    build(addon, form);
    const result = build(addon, form);
    expect(result.created).toBe(false);
    const back = read(addon).document;
    expect(back.title).toBe('Our map');
    expect(back.stages.map((s) => s.label).slice(0, 2)).toEqual(['First contact', 'Curiosity']);
    expect(back.lanes[0]!.label).toBe('Channels');
    expect(back.personas[0]).toMatchObject({ name: 'Ken Sato', role: 'CTO', goals: 'Cut costs' });
    expect(back.journeys[0]!.cells.touchpoints).toEqual({ attention: 'TV ad' });
    // What the deck did not change follows the form.
    const form2 = structuredClone(form);
    form2.personas[0]!.goals = 'Grow revenue';
    build(addon, form2);
    expect(read(addon).document.personas[0]).toMatchObject({ name: 'Ken Sato', goals: 'Grow revenue' });
  });

  it('case 12: a renamed card label is read, and a rebuild keeps it instead of erasing it', () => {
    const addon = startSlidesAddon();
    build(addon, aisas());
    const card = element(addon.view(), 1, 'Journey Grid: persona card');
    const goals = texts(card)[0]!.indexOf('Goals');
    addon.emu.slidesUser.editCell(deckId(addon), card.id, 0, goals, 'Goals for FY25');
    addon.emu.slidesUser.editCell(deckId(addon), card.id, 1, goals, 'Double revenue');
    const back = read(addon);
    expect(back.document.personas[0]!.goals).toBe('Double revenue');
    expect(back.findings).toContainEqual(
      expect.objectContaining({
        code: 'outside-grid',
        text: 'Goals for FY25',
        path: 'slide 2: persona card, column 3',
      }),
    );
    const result = build(addon, back.document);
    expect(deckTexts(addon.view())).toContain('Goals for FY25');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'moved-text', text: 'Goals for FY25' }),
    );
    expect(read(addon).document.personas[0]!.goals).toBe('Double revenue');
  });

  it('case 13: a text box added on a journey slide stays on a journey slide and is still reported', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc();
    const first = build(addon, doc);
    expect(first.slideIds).toHaveLength(2);
    const user = addon.emu.slidesUser;
    user.addTextBox(deckId(addon), first.slideIds[0]!, 'Ask the sales team');
    user.addTextBox(deckId(addon), first.slideIds[1]!, 'Check renewals');
    const onJourneySlide = (text: string) =>
      addon
        .view()
        .slides.filter((s) => s.elements.some((e) => e.text?.text === text))
        .map((s) => s.elements.some((e) => /journey table/.test(e.title)));
    build(addon, doc);
    expect(onJourneySlide('Ask the sales team')).toEqual([true]);
    expect(onJourneySlide('Check renewals')).toEqual([true]);
    // The journey now fits one slide: the second slide's box moves to it, not left behind alone.
    const shorter = bigDoc(6);
    const result = build(addon, shorter, { hints: false, confirmRemovals: true });
    expect(result.slideIds).toHaveLength(1);
    expect(onJourneySlide('Ask the sales team')).toEqual([true]);
    expect(onJourneySlide('Check renewals')).toEqual([true]);
    const found = read(addon).findings.map((f) => f.text);
    expect(found).toContain('Ask the sales team');
    expect(found).toContain('Check renewals');
  });

  it('case 14: long texts moved out of metric cells are kept whole, each one', () => {
    const addon = startSlidesAddon();
    build(addon, bigDoc(6));
    const long = ['a', 'b', 'c'].map((ch, i) => `${ch.repeat(30_000)} (text ${i + 1})`);
    const { id, r } = cellAt(addon, 'Rate');
    long.forEach((text, i) => {
      addon.emu.slidesUser.editCell(deckId(addon), id, r, i + 1, text);
    });
    const result = build(addon, bigDoc(6));
    const moved = result.findings.filter((f) => f.code === 'moved-text').map((f) => f.text);
    expect(moved).toEqual(long);
    const onSlides = deckTexts(addon.view());
    for (const text of long) expect(onSlides).toContain(text);
    const reported = read(addon).findings.map((f) => f.text);
    for (const text of long) expect(reported).toContain(text);
  });

  it('case 15: a duplicated slide with a title over 200 characters is read, the rest of the deck too', () => {
    const addon = startSlidesAddon();
    build(addon, aisas());
    const view = addon.view();
    const copy = addon.emu.slidesUser.duplicateSlide(deckId(addon), view.slides[1]!.id);
    const copied = addon.view().slides.findIndex((s) => s.id === copy);
    const title = `${'Ken, after the merger with the other company, '.repeat(6)} (2/2)`;
    expect(title.length).toBeGreaterThan(200);
    addon.emu.slidesUser.editText(
      deckId(addon),
      element(addon.view(), copied, 'Journey Grid: persona name').id,
      title,
    );
    const back = read(addon);
    expect(back.document.personas).toHaveLength(2);
    expect(back.document.personas[0]!.name).toBe('Ken');
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ attention: 'TV ad' });
    expect(back.findings).toContainEqual(expect.objectContaining({ code: 'truncated', text: title }));
  });

  it('case 16: a build refused for lack of storage leaves no slide behind', () => {
    const addon = startSlidesAddon();
    const store = addon.emu.documentProperties()!;
    // Someone else's data fills the file's 500 KB property store to all but `room` bytes.
    const fill = (room: number) => {
      for (let i = 0; store.totalBytes() + 8100 < 500 * 1024 - room; i++)
        store.set({ [`other.${i}`]: 'x'.repeat(8000) });
      const rest = 500 * 1024 - room - store.totalBytes() - 'other.rest'.length;
      store.set({ 'other.rest': 'x'.repeat(rest) });
    };
    const empty = () => {
      for (const key of store.keys()) if (key.startsWith('other.')) store.delete(key);
    };
    fill(500);
    const before = addon.view();
    const problems = addon.fail('buildJourney', aisas(), 'p1', NO_HINTS);
    expect(problems.map((p) => p.code)).toEqual(['storage-full']);
    expect(problems[0]!.message.ja).toMatch(/保存領域/);
    expect(addon.view()).toEqual(before);
    // A rebuild that needs more room than is left is refused the same way, the deck untouched.
    empty();
    build(addon, aisas());
    const big = aisas();
    big.personas[0]!.challenges = '課題'.repeat(999);
    fill(2000);
    const built = addon.view();
    expect(addon.fail('buildJourney', big, 'p1', NO_HINTS).map((p) => p.code)).toEqual(['storage-full']);
    expect(addon.view()).toEqual(built);
  });

  it('case 17: a persona too large for one property, all emoji, reads back whole', () => {
    // Every alignment of the four-byte emoji to a byte count.
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const addon = startSlidesAddon();
      const doc = aisas();
      doc.personas[0]!.goals = `${prefix}${'😀'.repeat(990)}`;
      doc.personas[0]!.challenges = '🚀'.repeat(995);
      doc.personas[0]!.notes = '🌸'.repeat(990);
      // Over one property's 9 KB: it is kept in pieces. The emulator refuses a piece over the limit
      // and stores half an emoji as U+FFFD (as UTF-8 storage does), so reading it back whole shows
      // the pieces were cut by bytes between code points.
      expect(Buffer.byteLength(JSON.stringify(doc.personas[0]))).toBeGreaterThan(9 * 1024);
      build(addon, doc);
      expect(read(addon).document.personas[0]).toMatchObject({
        goals: doc.personas[0]!.goals,
        challenges: doc.personas[0]!.challenges,
        notes: doc.personas[0]!.notes,
      });
    }
  });
});

describe('counterexamples of the random-edit property', () => {
  it('a duplicated slide whose stage and lane share a label reads like its original', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: 'T',
      language: 'ja',
      frameworkId: 'custom',
      stages: [{ id: 'a', label: '認知' }],
      lanes: [{ id: 'a', label: '認知', kind: 'text' }],
      personas: [{ id: 'a', name: '認知', antiPersona: false }],
      journeys: [{ personaId: 'a', cells: {} }],
    };
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', { hints: true, confirmRemovals: false });
    const { slide, table } = journeyTables(addon.view())[0]!;
    addon.emu.slidesUser.editCell(deckId(addon), table.id, table.cells!.length - 1, 1, 'T1');
    addon.emu.slidesUser.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const back = read(addon);
    expect(back.document.journeys.map((j) => j.cells)).toEqual([{ a: { a: 'T1' } }, { a: { a: 'T1' } }]);
    expect(back.document.lanes.map((l) => l.id)).toEqual(['a']);
    expect(back.findings.map((f) => f.code)).not.toContain('new-lane');
  });
});

describe('more counterexamples of the random-edit property', () => {
  it('a renamed persona-card label is in a finding and its value still read', () => {
    const addon = startSlidesAddon();
    build(addon, makeDoc('basic-5', 'ja'), { hints: true, confirmRemovals: false });
    const card = addon
      .view()
      .slides.flatMap((s) => s.elements)
      .find((e) => e.title === 'Journey Grid：ペルソナカード')!;
    addon.emu.slidesUser.editCell(deckId(addon), card.id, 0, 0, '役職 for FY1');
    const back = read(addon);
    expect(back.findings.map((f) => f.text)).toContain('役職 for FY1');
    expect(back.document.personas[0]!.role).toBe('情報システム部長');
  });

  it('a stage header renamed, then the slide duplicated: the copy reads like the original', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { slide, table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.editCell(deckId(addon), table.id, 0, 1, 'Stage 1');
    const copyId = user.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const copy = journeyTables(addon.view()).find((t) => addon.view().slides[t.slide]!.id === copyId)!.table;
    user.editCell(deckId(addon), copy.id, 1, 1, 'T2');
    const back = read(addon);
    expect(back.document.journeys[1]!.cells[doc.lanes[0]!.id]).toEqual({ [doc.stages[0]!.id]: 'T2' });
    expect(back.document.stages[0]!.label).toBe('Stage 1');
  });
});

describe('a stage inserted at the left edge of a duplicated slide', () => {
  it('is a new stage of the copy holding its text', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { slide } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    const copyId = user.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const copy = journeyTables(addon.view()).find((t) => addon.view().slides[t.slide]!.id === copyId)!.table;
    user.insertColumn(deckId(addon), copy.id, 1);
    user.editCell(deckId(addon), copy.id, 0, 1, 'Stage 1');
    user.editCell(deckId(addon), copy.id, 1, 1, 'T2');
    const back = read(addon);
    const added = back.document.stages.find((s) => s.label === 'Stage 1');
    expect(added).toBeDefined();
    expect(back.document.journeys[1]!.cells[doc.lanes[0]!.id]).toEqual({ [added!.id]: 'T2' });
  });
});

describe('deleting the lane-label column', () => {
  it('keeps lanes, stages (a renamed first one too), cells and the card', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'en', ['Tanaka']);
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.editCell(deckId(addon), table.id, 0, 1, 'Stage 1');
    user.editCell(deckId(addon), table.id, 1, 2, 'T1');
    user.deleteColumn(deckId(addon), table.id, 0);
    const back = read(addon);
    expect(back.document.lanes).toEqual(doc.lanes);
    expect(back.document.stages.map((s) => s.id)).toEqual(doc.stages.map((s) => s.id));
    expect(back.document.stages[0]!.label).toBe('Stage 1');
    expect(back.document.journeys[0]!.cells).toEqual({ [doc.lanes[0]!.id]: { [doc.stages[1]!.id]: 'T1' } });
    expect(back.document.personas[0]).toEqual(doc.personas[0]);
    expect(back.findings).toEqual([]);
    // A rebuild draws the column again, everything in its place.
    build(addon, back.document, { hints: true, confirmRemovals: false });
    expect(read(addon).document).toEqual(back.document);
  });
});

describe('an unlabelled row inserted beside the loop-back row', () => {
  it('is a new lane holding its text; the loop row stays the loop row', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: '認知',
      language: 'ja',
      frameworkId: 'custom',
      stages: [{ id: 'a', label: '認知', loopsBackTo: 'a' }],
      lanes: [{ id: 'a', label: '認知', kind: 'text' }],
      personas: [{ id: 'a', name: '認知', antiPersona: false }],
      journeys: [{ personaId: 'a', cells: {} }],
    };
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { table } = journeyTables(addon.view())[0]!;
    addon.emu.slidesUser.insertRow(deckId(addon), table.id, 1);
    addon.emu.slidesUser.editCell(deckId(addon), table.id, 1, 1, 'T1');
    const back = read(addon);
    expect(back.document.stages).toEqual(doc.stages);
    expect(back.document.lanes).toHaveLength(2);
    const added = back.document.lanes.find((l) => l.id !== 'a')!;
    expect(back.document.journeys[0]!.cells).toEqual({ [added.id]: { a: 'T1' } });
    expect(JSON.stringify(back.document)).not.toContain('↺');
  });
});

describe('renaming the persona on a duplicated slide', () => {
  it('makes the copy a persona of its own; the other personas keep their names and ids', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja', ['田中 部長', 'Alex Kim']);
    for (const p of doc.personas)
      addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, { hints: true, confirmRemovals: false });
    const first = addon.view().slides[journeyTables(addon.view())[0]!.slide]!;
    const copyId = addon.emu.slidesUser.duplicateSlide(deckId(addon), first.id);
    const copied = addon.view().slides.findIndex((s) => s.id === copyId);
    addon.emu.slidesUser.editText(
      deckId(addon),
      element(addon.view(), copied, 'Journey Grid：ペルソナ名').id,
      'Name 1',
    );
    const back = read(addon).document;
    expect(back.personas.map((p) => p.name)).toEqual(['田中 部長', 'Name 1', 'Alex Kim']);
    // Each keeps its id: a rebuild of p2 from the form must still find Alex Kim's slide.
    expect(back.personas.map((p) => p.id).filter((id) => id === 'p1' || id === 'p2')).toEqual(['p1', 'p2']);
    expect(back.personas.find((p) => p.name === 'Alex Kim')!.id).toBe('p2');
  });
});

describe('a header renamed on a continuation slide only', () => {
  it('is reported, and a rebuild keeps it in a note box', () => {
    const addon = startSlidesAddon();
    const doc: JourneyDocument = {
      ...bigDoc(3),
      lanes: Array.from({ length: 10 }, (_, i) => ({
        id: `l${i}`,
        label: `Lane ${i + 1}`,
        kind: 'text' as const,
      })),
      journeys: [{ personaId: 'p1', cells: {} }],
    };
    const built = build(addon, doc);
    expect(built.slideIds).toHaveLength(2);
    const second = journeyTables(addon.view()).find(
      (t) => addon.view().slides[t.slide]!.id === built.slideIds[1],
    )!;
    expect(texts(second.table)[0]![1]).toBe('Stage 1');
    addon.emu.slidesUser.editCell(deckId(addon), second.table.id, 0, 1, 'First contact');
    expect(read(addon).findings.map((f) => f.text)).toContain('First contact');
    const result = build(addon, doc);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'moved-text', text: 'First contact' }),
    );
    expect(deckTexts(addon.view())).toContain('First contact');
    expect(read(addon).findings.map((f) => f.text)).toContain('First contact');
  });

  it('a row and a column added at the end of the table are a new lane and a new stage, kept by a rebuild', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'en', ['Tanaka']);
    build(addon, doc);
    const u = addon.emu.slidesUser;
    const t = journeyTables(addon.view())[0]!.table;
    const [rows, columns] = [texts(t).length, texts(t)[0]!.length];
    u.insertColumn(deckId(addon), t.id, columns);
    u.editCell(deckId(addon), t.id, 0, columns, 'Renewal');
    u.editCell(deckId(addon), t.id, 1, columns, 'T1');
    u.insertRow(deckId(addon), t.id, rows);
    u.editCell(deckId(addon), t.id, rows, 0, 'Lane Z');
    u.editCell(deckId(addon), t.id, rows, 2, 'T2');
    for (const round of [0, 1]) {
      if (round === 1) build(addon, doc);
      const back = read(addon).document;
      const stage = back.stages.find((x) => x.label === 'Renewal');
      const lane = back.lanes.find((x) => x.label === 'Lane Z');
      expect(stage, `round ${round}`).toBeDefined();
      expect(lane, `round ${round}`).toBeDefined();
      expect(back.journeys[0]!.cells[back.lanes[0]!.id]?.[stage!.id]).toBe('T1');
      expect(back.journeys[0]!.cells[lane!.id]?.[back.stages[1]!.id]).toBe('T2');
    }
  });
});

/** The lanes and stages of the read-back that show `label`, with the persona's cells under them. */
function laneNamed(back: ReadBack, label: string) {
  return back.document.lanes.find((l) => l.label === label);
}

describe('rows and columns both shifted and renamed (slides.md #8, #13, #7)', () => {
  it('a row deleted and another inserted in its place is a new lane, kept by a rebuild (#13)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.deleteRow(deckId(addon), table.id, 3); // 思考
    user.insertRow(deckId(addon), table.id, 3);
    user.editCell(deckId(addon), table.id, 3, 0, 'Lane 1');
    user.editCell(deckId(addon), table.id, 3, 1, 'T2');
    const back = read(addon);
    const lane = laneNamed(back, 'Lane 1');
    expect(lane?.id).not.toBe('thoughts');
    expect(back.document.journeys[0]!.cells[lane!.id]).toEqual({ awareness: 'T2' });
    // The deleted lane is not renamed "Lane 1" (its hints are gone with it).
    expect(back.document.lanes.find((l) => l.id === 'thoughts')?.label ?? '思考').toBe('思考');
    build(addon, back.document, { hints: true, confirmRemovals: false });
    const again = read(addon);
    const kept = laneNamed(again, 'Lane 1');
    expect(again.document.journeys[0]!.cells[kept!.id]).toEqual({ awareness: 'T2' });
  });

  it('a stage column deleted and an unnamed one inserted in its place is a new stage (#13)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { slide, table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.deleteColumn(deckId(addon), table.id, 1); // 認知
    user.insertColumn(deckId(addon), table.id, 1);
    user.editCell(deckId(addon), table.id, 1, 1, 'T1');
    user.moveSlide(deckId(addon), addon.view().slides[slide]!.id, 0);
    const back = read(addon);
    const added = back.document.stages.filter((s) => !doc.stages.some((d) => d.id === s.id));
    expect(added).toHaveLength(1);
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ [added[0]!.id]: 'T1' });
  });

  it('a stage header renamed after the column left of it was deleted keeps its stage (#8)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.deleteColumn(deckId(addon), table.id, 1); // 認知
    user.editCell(deckId(addon), table.id, 0, 1, 'Stage 1'); // 検討, now the first stage
    user.editCell(deckId(addon), table.id, 1, 1, 'T1');
    const back = read(addon);
    expect(back.document.stages.find((s) => s.id === 'consideration')?.label).toBe('Stage 1');
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ consideration: 'T1' });
  });

  it('a lane label renamed, then a row inserted above it: the lane keeps its key (#8)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'en', ['Tanaka']);
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.editCell(deckId(addon), table.id, 1, 0, 'Lane 1'); // touchpoints
    user.editCell(deckId(addon), table.id, 1, 2, 'T1');
    user.insertRow(deckId(addon), table.id, 1);
    const back = read(addon);
    expect(back.document.lanes.find((l) => l.id === 'touchpoints')?.label).toBe('Lane 1');
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ consideration: 'T1' });
  });

  it('a row inserted, then the lane-label column deleted: lanes by their cells, the new one too (#7)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'en', ['Tanaka']);
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.editCell(deckId(addon), table.id, 3, 2, 'T1'); // thoughts / consideration
    user.insertRow(deckId(addon), table.id, 2);
    user.editCell(deckId(addon), table.id, 2, 0, 'Lane 1');
    user.editCell(deckId(addon), table.id, 2, 3, 'T2');
    user.deleteColumn(deckId(addon), table.id, 0);
    const back = read(addon);
    const cells = back.document.journeys[0]!.cells;
    expect(cells.thoughts).toEqual({ consideration: 'T1' });
    const added = back.document.lanes.filter((l) => !doc.lanes.some((d) => d.id === l.id));
    expect(added).toHaveLength(1);
    expect(cells[added[0]!.id]).toEqual({ purchase: 'T2' });
    expect(back.document.personas[0]).toEqual(doc.personas[0]);
  });
});

describe("rebuilding a duplicated slide's journey (slides.md #18)", () => {
  it('redraws the copy in place as journey p1-2, as a duplicated sheet is', () => {
    const addon = startSlidesAddon();
    build(addon, aisas());
    const { slide, table } = journeyTables(addon.view())[0]!;
    const copyId = addon.emu.slidesUser.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const copy = journeyTables(addon.view()).find((t) => addon.view().slides[t.slide]!.id === copyId)!;
    addon.emu.slidesUser.editCell(
      deckId(addon),
      copy.table.id,
      texts(table).findIndex((r) => r.includes('TV ad')),
      1,
      'Radio',
    );
    const back = read(addon).document;
    expect(back.personas.map((p) => p.id)).toEqual(['p1', 'p1-2']);
    for (const p of back.personas) addon.ok<SlidesBuildResult>('buildJourney', back, p.id, NO_HINTS);
    const view = addon.view();
    expect(journeyTables(view)).toHaveLength(2);
    // The copy's slide is the one redrawn for p1-2, where it was.
    expect(view.slides.map((s) => s.id)).toContain(copyId);
    const again = read(addon).document;
    expect(again.personas.map((p) => p.id)).toEqual(['p1', 'p1-2']);
    expect(again.journeys.map((j) => j.cells.touchpoints?.attention)).toEqual(['TV ad', 'Radio']);
  });
});

describe('a stage header renamed and its only drawn cell typed over (a property counterexample)', () => {
  it('is the same stage renamed, its cell read there', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: '認知',
      language: 'ja',
      frameworkId: 'custom',
      stages: [
        { id: 'a', label: '認知', loopsBackTo: 'a' },
        { id: 'aa', label: '認知' },
      ],
      lanes: [{ id: 'a', label: '認知', kind: 'text' }],
      personas: [{ id: 'a', name: '認知', antiPersona: false }],
      journeys: [{ personaId: 'a', cells: { a: { aa: '認知' } } }],
    };
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { table } = journeyTables(addon.view())[0]!;
    const last = table.cells!.length - 1;
    addon.emu.slidesUser.editCell(deckId(addon), table.id, last, 2, 'T1');
    addon.emu.slidesUser.editCell(deckId(addon), table.id, 0, 2, 'Stage 2');
    const back = read(addon);
    expect(back.document.stages.map((s) => [s.id, s.label])).toEqual([
      ['a', '認知'],
      ['aa', 'Stage 2'],
    ]);
    expect(back.document.journeys[0]!.cells).toEqual({ a: { aa: 'T1' } });
  });
});

describe('an unlabelled row inserted on a duplicated slide where every label is the same word', () => {
  it('is a new lane of the copy holding its text (a property counterexample)', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: '認知',
      language: 'ja',
      frameworkId: 'custom',
      stages: [{ id: 'a', label: '認知', loopsBackTo: 'a' }],
      lanes: [{ id: 'a', label: '認知', kind: 'text' }],
      personas: [{ id: 'a', name: '認知', antiPersona: false }],
      journeys: [{ personaId: 'a', cells: {} }],
    };
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { slide } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    const copyId = user.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const copy = journeyTables(addon.view()).find((t) => addon.view().slides[t.slide]!.id === copyId)!.table;
    user.insertRow(deckId(addon), copy.id, 1);
    user.editCell(deckId(addon), copy.id, 1, 1, 'T1');
    const back = read(addon);
    const copied = back.document.journeys[1]!;
    const added = back.document.lanes.filter((l) => l.id !== 'a');
    expect(added).toHaveLength(1);
    expect(copied.cells).toEqual({ [added[0]!.id]: { a: 'T1' } });
    expect(back.document.journeys[0]!.cells).toEqual({});
  });
});

describe('a header renamed on a duplicated slide where every label is the same word (slides.md #4)', () => {
  it('is the copy stage renamed, reported as a label that differs', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: '認知',
      language: 'ja',
      frameworkId: 'custom',
      stages: [{ id: 'a', label: '認知', loopsBackTo: 'a' }],
      lanes: [{ id: 'a', label: '認知', kind: 'text' }],
      personas: [{ id: 'a', name: '認知', antiPersona: false }],
      journeys: [{ personaId: 'a', cells: {} }],
    };
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { slide } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    const copyId = user.duplicateSlide(deckId(addon), addon.view().slides[slide]!.id);
    const copy = journeyTables(addon.view()).find((t) => addon.view().slides[t.slide]!.id === copyId)!.table;
    user.editCell(deckId(addon), copy.id, 0, 1, 'Stage 1');
    user.editCell(deckId(addon), copy.id, copy.cells!.length - 1, 1, 'T1');
    const back = read(addon);
    expect(back.document.stages.map((s) => s.id)).toEqual(['a']);
    expect(back.document.journeys[1]!.cells).toEqual({ a: { a: 'T1' } });
    expect(back.findings.find((f) => f.text === 'Stage 1')?.code).toBe('label-differs');
  });
});

/** Two stages, three lanes, every label the same word: only the drawn cells tell columns apart. */
function twinColumnsDoc(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: '認知',
    language: 'ja',
    frameworkId: 'custom',
    stages: [
      { id: 'a', label: '認知', loopsBackTo: 'a' },
      { id: 'aa', label: '認知', loopsBackTo: 'a' },
    ],
    lanes: [
      { id: 'a', label: '認知', kind: 'text' },
      { id: 'aa', label: '認知', kind: 'text' },
      { id: 'a5', label: '認知', kind: 'text' },
    ],
    personas: [{ id: 'a', name: '認知', antiPersona: false }],
    journeys: [{ personaId: 'a', cells: { aa: { a: '認知', aa: '認知' }, a5: { aa: '認知' } } }],
  };
}

describe('two stage columns drawn alike but for one cell, one deleted (a property counterexample)', () => {
  it('the column left is read as the stage whose cells it shows', () => {
    const doc = twinColumnsDoc();
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { table } = journeyTables(addon.view())[0]!;
    const rows = texts(table).length;
    addon.emu.slidesUser.editCell(deckId(addon), table.id, rows - 2, 2, 'T1'); // lane aa / stage aa
    addon.emu.slidesUser.deleteColumn(deckId(addon), table.id, 1); // stage a
    const back = read(addon);
    expect(back.document.stages.map((s) => s.id)).toEqual(['aa']);
    expect(back.document.journeys[0]!.cells).toEqual({ aa: { aa: 'T1' }, a5: { aa: '認知' } });
  });

  it('also once the lane-label column is deleted too', () => {
    const doc = twinColumnsDoc();
    const addon = startSlidesAddon();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'a', NO_HINTS);
    const { table } = journeyTables(addon.view())[0]!;
    const rows = texts(table).length;
    addon.emu.slidesUser.editCell(deckId(addon), table.id, rows - 2, 2, 'T1');
    addon.emu.slidesUser.deleteColumn(deckId(addon), table.id, 1);
    addon.emu.slidesUser.deleteColumn(deckId(addon), table.id, 0);
    const back = read(addon);
    expect(back.document.journeys[0]!.cells).toEqual({ aa: { aa: 'T1' }, a5: { aa: '認知' } });
  });
});

describe('an unnamed stage inserted at the left edge, another deleted, then the lane-label column', () => {
  it('the new stage holds its text; the table is read without its labels column (a property counterexample)', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja');
    build(addon, doc, { hints: true, confirmRemovals: false });
    const { table } = journeyTables(addon.view())[0]!;
    const user = addon.emu.slidesUser;
    user.insertColumn(deckId(addon), table.id, 1);
    user.editCell(deckId(addon), table.id, 1, 1, 'T1');
    user.deleteColumn(deckId(addon), table.id, 3); // 検討
    user.deleteColumn(deckId(addon), table.id, 0);
    const back = read(addon);
    const added = back.document.stages.filter((s) => !doc.stages.some((d) => d.id === s.id));
    expect(added).toHaveLength(1);
    expect(back.document.journeys[0]!.cells).toEqual({ touchpoints: { [added[0]!.id]: 'T1' } });
    expect(back.document.lanes.map((l) => l.id)).toEqual(doc.lanes.map((l) => l.id));
  });
});
