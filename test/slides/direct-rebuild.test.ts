/**
 * A persona that already has slides rebuilt through the Slides API where the user's grant reaches
 * the deck (src/hosts/slides/direct-rebuild.ts): after the same edits, the slides, the result
 * lists and the model read back are exactly the SlidesApp rebuild's; every failure leaves the deck
 * as it was, falls back to SlidesApp, or says what is left; and what it saves a user in calls and
 * modelled wait (dev/emulator/calls.ts). REST reaches the open deck only under the emulator's
 * named `openDocumentRest` assumption (dev/emulator/README.md), switched on here.
 */
import { describe, expect, it } from 'vitest';
import { userWaitMs } from '../../dev/emulator';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import {
  bigDoc,
  failBatch,
  failNextSetProperties,
  looks,
  pinSlidesApp,
  readBack,
  sample,
  strictLifecycle,
} from './direct-support';
import { journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

type Page = { width: number; height: number };
type Options = { hints: boolean; confirmRemovals: boolean };

function readAll(addon: SlidesAddon): ReadBack {
  return addon.ok<ReadBack>('readJourneys', 'all');
}

function build(addon: SlidesAddon, doc: JourneyDocument, id: string, options: Options): SlidesBuildResult {
  return addon.ok<SlidesBuildResult>('buildJourney', doc, id, options);
}

/** What a rebuild's result says, without what differs by path (ids, the grant answer). */
function said(result: SlidesBuildResult) {
  return { ...result, slideIds: result.slideIds.length, direct: undefined };
}

type Edit = (addon: SlidesAddon) => void;

interface Case {
  name: string;
  doc: () => JourneyDocument;
  page?: Page;
  first: Options;
  edit: Edit;
  /** The document the rebuild sends; the first build's by default. */
  next?: (doc: JourneyDocument) => JourneyDocument;
  again: Options;
  /** batchUpdates of the API rebuild: 2, or 0 when SlidesApp must do it. */
  updates?: number;
}

const KEEP: Options = { hints: false, confirmRemovals: false };

/** Two decks built alike (through the API), edited alike; one rebuilds through the API, one through SlidesApp. */
function rebuildBoth(c: Case) {
  const doc = c.doc();
  const made = () => {
    const addon = startSlidesAddon(c.page ? { pageSize: c.page } : {});
    addon.emu.setOpenDocumentRest('allowed');
    for (const p of doc.personas) build(addon, doc, p.id, c.first);
    c.edit(addon);
    return addon;
  };
  const viaRest = made();
  const viaApp = made();
  pinSlidesApp(viaApp);
  const next = c.next ? c.next(structuredClone(doc)) : doc;
  viaRest.emu.calls.reset();
  viaApp.emu.calls.reset();
  const rest = next.personas.map((p) => build(viaRest, next, p.id, c.again));
  const app = next.personas.map((p) => build(viaApp, next, p.id, c.again));
  expect(viaApp.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(0);
  expect(viaRest.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(
    (c.updates ?? 2) * next.personas.length,
  );
  expect(rest.map(said)).toEqual(app.map(said));
  expect(looks(viaRest.view())).toEqual(looks(viaApp.view()));
  expect(readBack(viaRest)).toEqual(readBack(viaApp));
  return { viaRest, viaApp, rest, app, next };
}

/** The first journey table on the deck and the deck's id. */
function firstTable(addon: SlidesAddon) {
  const { table, slide } = journeyTables(addon.view())[0]!;
  return { table, slide, deckId: addon.deck.getId(), user: addon.emu.slidesUser };
}

const typedAndRenamed: Edit = (addon) => {
  const { table, deckId, user } = firstTable(addon);
  user.editCell(deckId, table.id, 1, 3, 'Typed in the deck');
  user.editCell(deckId, table.id, 0, 1, 'Renamed stage');
};

const cases: Case[] = [
  {
    name: 'typed cells and a renamed header, English',
    doc: () => sample('aisas', 'en', ['Ken', 'Aya']),
    first: KEEP,
    edit: typedAndRenamed,
    again: KEEP,
  },
  {
    name: 'an inserted row and a deleted column, Japanese, hints on, a 4:3 page',
    doc: () => sample('service-blueprint', 'ja', ['佐藤']),
    page: { width: 720, height: 540 },
    first: { hints: true, confirmRemovals: false },
    edit: (addon) => {
      const { table, deckId, user } = firstTable(addon);
      user.insertRow(deckId, table.id, 2);
      user.editCell(deckId, table.id, 2, 0, '予算');
      user.editCell(deckId, table.id, 2, 1, '小さい');
      user.deleteColumn(deckId, table.id, 2);
    },
    again: { hints: true, confirmRemovals: false },
  },
  {
    name: 'a box added on the journey slide, hints turned off, a column inserted',
    doc: () => sample('aisceas', 'en', ['Guest']),
    first: { hints: true, confirmRemovals: false },
    edit: (addon) => {
      const { table, deckId, user } = firstTable(addon);
      user.addTextBox(deckId, addon.view().slides[0]!.id, 'Ask the sales team');
      user.insertColumn(deckId, table.id, 3);
      user.editCell(deckId, table.id, 0, 3, 'Compare');
    },
    again: KEEP,
  },
  {
    name: 'hints turned on, a removed lane confirmed, a card cell typed (a note box)',
    doc: () => sample('aisas', 'en', ['Ken']),
    first: KEEP,
    edit: (addon) => {
      const card = addon
        .view()
        .slides.flatMap((s) => s.elements)
        .find((e) => e.title === 'Journey Grid: persona card')!;
      addon.emu.slidesUser.insertRow(addon.deck.getId(), card.id, 2);
      addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 2, 0, 'Budget owner since 2023');
    },
    next: (doc) => {
      const gone = doc.lanes[0]!.id;
      for (const j of doc.journeys) delete j.cells[gone];
      return { ...doc, lanes: doc.lanes.slice(1) };
    },
    again: { hints: true, confirmRemovals: true },
  },
  {
    name: 'slides duplicated and moved',
    doc: () => sample('aisas', 'en', ['Ken', 'Aya']),
    first: KEEP,
    edit: (addon) => {
      const deckId = addon.deck.getId();
      const slides = addon.view().slides.map((s) => s.id);
      addon.emu.slidesUser.moveSlide(deckId, slides[1]!, 0);
      addon.emu.slidesUser.duplicateSlide(deckId, slides[0]!);
      typedAndRenamed(addon);
    },
    again: KEEP,
  },
  {
    name: 'a journey that needs more slides now',
    doc: () => bigDoc(6, 4),
    first: KEEP,
    edit: typedAndRenamed,
    next: () => bigDoc(12, 20),
    again: KEEP,
  },
  {
    name: 'a journey that needs fewer slides now (the old slides deleted)',
    doc: () => bigDoc(12, 20),
    first: KEEP,
    edit: typedAndRenamed,
    next: () => bigDoc(6, 4),
    again: { hints: false, confirmRemovals: true },
  },
  {
    name: 'fewer slides, one holding a box people added (moved by SlidesApp)',
    doc: () => bigDoc(12, 20),
    first: KEEP,
    edit: (addon) => {
      const slides = addon.view().slides;
      addon.emu.slidesUser.addTextBox(addon.deck.getId(), slides[slides.length - 1]!.id, 'Keep me');
    },
    next: () => bigDoc(6, 4),
    again: { hints: false, confirmRemovals: true },
    updates: 0,
  },
];

describe('a rebuild through the API after edits, as SlidesApp rebuilds it', () => {
  for (const c of cases)
    it(`gives the same slides, results and read-back (${c.name})`, () => {
      const { viaRest, rest } = rebuildBoth(c);
      expect(rest.every((r) => r.created === false)).toBe(true);
      expect(rest.map((r) => r.direct)).toEqual(rest.map(() => (c.updates === 0 ? undefined : 'allowed')));
      // The keys the API rebuild saved lead the next rebuild to the same slides.
      const before = viaRest.view().slides.map((s) => s.id);
      const back = readAll(viaRest);
      for (const p of back.document.personas) build(viaRest, back.document, p.id, c.again);
      expect(viaRest.view().slides.map((s) => s.id)).toEqual(before);
      expect(readAll(viaRest).document).toEqual(back.document);
    });

  it('keeps the typed text on the slides and the box people added in place', () => {
    const { viaRest } = rebuildBoth(cases[2]!);
    const view = viaRest.view();
    expect(view.slides[0]!.elements.some((e) => e.text?.text === 'Ask the sales team')).toBe(true);
    expect(texts(journeyTables(view)[0]!.table)[0]).toContain('Compare');
  });
});

describe('when the API rebuild fails', () => {
  const doc = () => sample('aisas', 'en', ['Ken']);
  function built(): SlidesAddon {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    build(addon, doc(), 'p1', KEEP);
    typedAndRenamed(addon);
    return addon;
  }

  it('rebuilds through SlidesApp when Google refuses the write as a permission matter', () => {
    const addon = built();
    const viaApp = built();
    pinSlidesApp(viaApp);
    failBatch(addon, 1, 'The caller does not have permission');
    const result = build(addon, doc(), 'p1', { hints: true, confirmRemovals: false });
    expect(result.direct).toBe(undefined);
    expect(said(result)).toEqual(said(build(viaApp, doc(), 'p1', { hints: true, confirmRemovals: false })));
    expect(looks(addon.view())).toEqual(looks(viaApp.view()));
    // A get still reaches the deck (a viewer's write is refused in the same words): nothing is
    // remembered, and the next rebuild takes the API again.
    const updates = addon.emu.calls.count('Slides.Presentations.batchUpdate');
    build(addon, doc(), 'p1', KEEP);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(updates + 2);
  });

  it('rebuilds through SlidesApp, and remembers it, when the grant was withdrawn', () => {
    const addon = built();
    const viaApp = built();
    pinSlidesApp(viaApp);
    addon.emu.setOpenDocumentRest('denied');
    const options = { hints: true, confirmRemovals: false };
    expect(said(build(addon, doc(), 'p1', options))).toEqual(said(build(viaApp, doc(), 'p1', options)));
    expect(looks(addon.view())).toEqual(looks(viaApp.view()));
    const gets = addon.emu.calls.count('Slides.Presentations.get');
    const updates = addon.emu.calls.count('Slides.Presentations.batchUpdate');
    build(addon, doc(), 'p1', KEEP);
    expect(addon.emu.calls.count('Slides.Presentations.get')).toBe(gets);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(updates);
  });

  it('says so in Japanese and English and changes nothing when Google fails the first write', () => {
    const addon = built();
    const before = addon.view();
    const back = readAll(addon);
    failBatch(addon, 1, 'Internal error encountered.');
    const problems = addon.fail('buildJourney', doc(), 'p1', KEEP);
    expect(problems.map((p) => p.code)).toEqual(['direct-build-failed']);
    expect(problems[0]!.message.ja).toMatch(/変更されていません.*Internal error encountered/);
    expect(problems[0]!.message.en).toMatch(/nothing in the presentation changed.*Internal error/);
    expect(addon.view()).toEqual(before);
    expect(readAll(addon)).toEqual(back);
  });

  it('takes the new elements back when the keys cannot be saved', () => {
    const addon = built();
    const before = addon.view();
    const back = readAll(addon);
    failNextSetProperties(addon, 'Service error: PropertiesService');
    const problems = addon.fail('buildJourney', doc(), 'p1', { hints: true, confirmRemovals: false });
    expect(problems.map((p) => p.code)).toEqual(['build-undone']);
    expect(problems[0]!.message.en).toContain('Service error: PropertiesService');
    expect(problems[0]!.message.ja).toMatch(/取り消しました/);
    expect(addon.view().slides).toEqual(before.slides);
    expect(readAll(addon)).toEqual(back);
  });

  it('sends the removal again once when Google fails it, and ends as the SlidesApp rebuild', () => {
    const addon = built();
    const viaApp = built();
    pinSlidesApp(viaApp);
    failBatch(addon, 2, 'Internal error encountered.');
    const options = { hints: true, confirmRemovals: false };
    expect(said(build(addon, doc(), 'p1', options))).toEqual(said(build(viaApp, doc(), 'p1', options)));
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(1 + 3);
    expect(looks(addon.view())).toEqual(looks(viaApp.view()));
    expect(readBack(addon)).toEqual(readBack(viaApp));
  });

  it('keeps the new journey and names what is left when the old elements cannot be removed', () => {
    const addon = built();
    // The removal and its one retry both fail.
    failBatch(addon, 2, 'Internal error encountered.');
    failBatch(addon, 3, 'Internal error encountered.');
    const problems = addon.fail('buildJourney', doc(), 'p1', { hints: true, confirmRemovals: false });
    expect(problems.map((p) => p.code)).toEqual(['build-leftovers']);
    // A new deck's own first slide is slide 1: the journey is on slide 2.
    expect(problems[0]!.message.en).toMatch(/\(slide 2\).*Internal error encountered/);
    expect(problems[0]!.message.ja).toMatch(/（slide 2）/);
    // Both tables on the slide; the new one is the journey read back, with the typed cell.
    expect(journeyTables(addon.view())).toHaveLength(2);
    const cells = Object.values(readAll(addon).document.journeys[0]!.cells).flatMap((r) => Object.values(r));
    expect(cells).toContain('Typed in the deck');
  });
});

describe('several personas rebuilt in one call', () => {
  it('rebuilds through the API after an API write in the same call, asking SlidesApp only ids and the page size', () => {
    const doc = sample('aisas', 'en', ['A1', 'B2', 'C3']);
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    strictLifecycle(addon);
    addon.ok<BatchBuild>('buildJourneys', doc, ['p1', 'p2', 'p3'], KEEP);
    typedAndRenamed(addon);
    const again = addon.ok<BatchBuild>('buildJourneys', doc, ['p1', 'p2', 'p3'], {
      hints: true,
      confirmRemovals: false,
    });
    expect(again.problems).toBeUndefined();
    expect(again.built.map((b) => [b.result.created, b.result.direct])).toEqual(
      doc.personas.map(() => [false, 'allowed']),
    );
    const cells = readAll(addon).document.journeys.flatMap((j) =>
      Object.values(j.cells).flatMap((r) => Object.values(r)),
    );
    expect(cells).toContain('Typed in the deck');
  });
});

describe('a call where SlidesApp must rebuild one persona', () => {
  it('rebuilds the next persona through SlidesApp too (its writes reach the API only when the call ends)', () => {
    const made = () => {
      const addon = startSlidesAddon();
      addon.emu.setOpenDocumentRest('allowed');
      const built = addon.ok<BatchBuild>('buildJourneys', bigDoc(12, 20, 2), ['p1', 'p2'], KEEP).built;
      // A box on the first persona's last slide, which the smaller journey no longer needs.
      const last = (built[0]!.result as SlidesBuildResult).slideIds.slice(-1)[0]!;
      addon.emu.slidesUser.addTextBox(addon.deck.getId(), last, 'Keep me');
      return addon;
    };
    const viaRest = made();
    const viaApp = made();
    pinSlidesApp(viaApp);
    const smaller = bigDoc(6, 4, 2);
    const options = { hints: false, confirmRemovals: true };
    const updates = viaRest.emu.calls.count('Slides.Presentations.batchUpdate');
    const call = viaRest.ok<BatchBuild>('buildJourneys', smaller, ['p1', 'p2'], options);
    expect(call.problems).toBeUndefined();
    expect(viaRest.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(updates);
    viaApp.ok<BatchBuild>('buildJourneys', smaller, ['p1', 'p2'], options);
    expect(looks(viaRest.view())).toEqual(looks(viaApp.view()));
    expect(readBack(viaRest)).toEqual(readBack(viaApp));
    expect(
      viaRest
        .view()
        .slides.flatMap((s) => s.elements)
        .some((e) => e.text?.text === 'Keep me'),
    ).toBe(true);
  });
});

/** Service calls and modelled wait of rebuilding 12 × 20 personas, built before, as the sidebar calls. */
function measureRebuild(rest: boolean, personas: number) {
  const addon = startSlidesAddon();
  addon.emu.setOpenDocumentRest('allowed');
  const doc = bigDoc(12, 20, personas);
  const ids = doc.personas.map((p) => p.id);
  const calls = ids.length === 1 ? [ids] : [ids.slice(0, 1), ids.slice(1)];
  for (const batch of calls) addon.ok<BatchBuild>('buildJourneys', doc, batch, KEEP);
  if (!rest) pinSlidesApp(addon);
  addon.emu.calls.reset();
  for (const batch of calls) {
    addon.emu.calls.startExecution();
    const built = addon.ok<BatchBuild>('buildJourneys', doc, batch, KEEP);
    expect(built.built.map((b) => b.result.created)).toEqual(batch.map(() => false));
  }
  const snap = addon.emu.calls.snapshot();
  const slidesApp = Object.entries(snap.byMethod)
    .filter(
      ([method]) => !/^(Slides\.Presentations|PropertiesService|Properties|LockService|Lock)\b/.test(method),
    )
    .reduce((n, [, count]) => n + count, 0);
  return {
    slidesApp,
    api:
      (snap.byMethod['Slides.Presentations.batchUpdate'] ?? 0) +
      (snap.byMethod['Slides.Presentations.get'] ?? 0),
    waitMs: userWaitMs(calls.length, snap.modelledMs),
  };
}

describe('what a 12 × 20 rebuild costs through the API', () => {
  for (const personas of [1, 6])
    it(`rebuilds ${personas} with 3 API calls each and a handful of SlidesApp calls`, () => {
      const api = measureRebuild(true, personas);
      const app = measureRebuild(false, personas);
      console.log(`rebuild 12×20×${personas}`, JSON.stringify({ api, app }));
      expect(api.api).toBe(3 * personas);
      // The host lookup, the slide list (is any slide new since the last build?) and the page size.
      expect(api.slidesApp).toBeLessThanOrEqual(20 * personas);
      expect(app.slidesApp).toBeGreaterThan(1000 * personas);
      expect(api.waitMs).toBeLessThan(app.waitMs / 2);
    });
});
