/**
 * A new persona's slides drawn into the open deck with one Slides API batchUpdate, where the
 * user's grant reaches the deck (src/hosts/slides/direct-build.ts): the slides look and read back
 * exactly as the SlidesApp builder's, take edits and rebuilds like them, and every failure leaves
 * the deck as it was or falls back to SlidesApp. The emulator lets REST reach the open deck only
 * under the named `openDocumentRest` assumption (dev/emulator/README.md), switched on here.
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import {
  bigDoc,
  failBatch,
  failNextSetProperties,
  looks,
  readBack,
  sample,
  strictLifecycle,
} from './direct-support';
import { journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

type Options = { hints: boolean; pageSize?: { width: number; height: number } };

function deck(rest: boolean, pageSize?: Options['pageSize']): SlidesAddon {
  const addon = startSlidesAddon(pageSize ? { pageSize } : {});
  if (rest) addon.emu.setOpenDocumentRest('allowed');
  return addon;
}

function buildAll(addon: SlidesAddon, doc: JourneyDocument, hints: boolean): SlidesBuildResult[] {
  return doc.personas.map((p) =>
    addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, { hints, confirmRemovals: false }),
  );
}

function readAll(addon: SlidesAddon): ReadBack {
  return addon.ok<ReadBack>('readJourneys', 'all');
}

describe('a new persona drawn with one batchUpdate', () => {
  const cases: { name: string; doc: () => JourneyDocument; options: Options }[] = [
    {
      name: 'English, no hints',
      doc: () => sample('aisas', 'en', ['Ken', 'Aya']),
      options: { hints: false },
    },
    {
      name: 'Japanese, hints, a 4:3 page',
      doc: () => sample('service-blueprint', 'ja', ['佐藤']),
      options: { hints: true, pageSize: { width: 720, height: 540 } },
    },
    { name: 'English, hints', doc: () => sample('aisceas', 'en', ['Guest']), options: { hints: true } },
    { name: '12 × 20, several slides', doc: () => bigDoc(12, 20), options: { hints: false } },
  ];
  for (const { name, doc: make, options } of cases)
    it(`looks and reads back exactly like the SlidesApp build (${name})`, () => {
      const doc = make();
      const viaApp = deck(false, options.pageSize);
      const viaRest = deck(true, options.pageSize);
      const app = buildAll(viaApp, doc, options.hints);
      const rest = buildAll(viaRest, doc, options.hints);
      expect(rest.map((r) => r.direct)).toEqual(doc.personas.map(() => 'allowed'));
      expect(app.map((r) => r.direct)).toEqual(doc.personas.map(() => 'denied'));
      expect(viaRest.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(doc.personas.length);
      expect(viaApp.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(0);
      const shown = looks(viaRest.view());
      expect(shown).toEqual(looks(viaApp.view()));
      // What the slides show: a persona card, and an emotion curve where the journey has one.
      const elements = shown.flatMap((s) => s.elements);
      expect(elements.some((e) => /card|カード/i.test(e.title))).toBe(true);
      if (doc.lanes.some((l) => l.kind === 'emotion'))
        expect(elements.some((e) => e.shapeType === 'ELLIPSE')).toBe(true);
      for (const slide of viaRest.view().slides) expect(slide.unsized).toEqual([]);
      // The same result lists and the same model read back, with the same findings.
      const strip = (r: SlidesBuildResult) => ({ ...r, slideIds: r.slideIds.length, direct: undefined });
      expect(rest.map(strip)).toEqual(app.map(strip));
      expect(readAll(viaRest).direct).toBe('allowed');
      expect(readAll(viaApp).direct).toBe('denied');
      const back = readBack(viaRest);
      expect(back).toEqual(readBack(viaApp));
      expect(back.document).toEqual(doc);
      // Keys are in document properties, none in boxes beside the slides.
      expect(elements.every((e) => e.left < viaRest.view().pageWidth)).toBe(true);
      expect(viaRest.ok<{ journeys: unknown[] }>('describeFile').journeys).toHaveLength(doc.personas.length);
    });

  it('puts a persona after the slides already there, and later builds read only its own', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya', 'Mia']);
    const addon = deck(true);
    const ken = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', {
      hints: false,
      confirmRemovals: false,
    });
    const before = addon.view().slides.map((s) => s.id);
    const aya = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p2', {
      hints: false,
      confirmRemovals: false,
    });
    expect(addon.view().slides.map((s) => s.id)).toEqual([...before, ...aya.slideIds]);
    expect(aya.sheetId).toBe(before.length);
    expect(ken.slideIds.every((id) => before.includes(id))).toBe(true);
    // A third persona reads no slide: the deck knows every slide holds a keyed journey.
    addon.emu.calls.reset();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p3', { hints: false, confirmRemovals: false });
    expect(addon.emu.calls.count('Slide.getPageElements')).toBe(0);
    expect(readAll(addon).document).toEqual(doc);
  });
});

describe('slides drawn through the API, then edited and rebuilt through SlidesApp', () => {
  it('keeps what the team typed and added', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    const addon = deck(true);
    const [built] = buildAll(addon, doc, false);
    expect(built!.direct).toBe('allowed');
    const slides = addon.view().slides.map((s) => s.id);
    const deckId = addon.deck.getId();
    const { table } = journeyTables(addon.view())[0]!;
    const rows = texts(table);
    const lane = rows.findIndex((r) => r[0] === doc.lanes[0]!.label);
    addon.emu.slidesUser.editCell(deckId, table.id, lane, 3, 'Typed in the deck');
    addon.emu.slidesUser.addTextBox(deckId, built!.slideIds[0]!, 'Ask the sales team');
    // The grant withdrawn since: the rebuild goes through SlidesApp (direct-rebuild.test.ts has the API's).
    addon.emu.setOpenDocumentRest('denied');
    const rebuilt = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', {
      hints: true,
      confirmRemovals: false,
    });
    expect(rebuilt.created).toBe(false);
    expect(rebuilt.direct).toBeUndefined();
    expect(rebuilt.keptCells).toBe(1);
    const view = addon.view();
    expect(view.slides.map((s) => s.id)).toEqual(slides);
    expect(slides).toEqual(expect.arrayContaining(built!.slideIds));
    expect(texts(journeyTables(view)[0]!.table)[lane]![3]).toBe('Typed in the deck');
    expect(
      view.slides
        .find((s) => s.id === built!.slideIds[0])!
        .elements.some((e) => e.text?.text === 'Ask the sales team'),
    ).toBe(true);
    const back = readAll(addon).document;
    expect(back.journeys[0]!.cells[doc.lanes[0]!.id]![doc.stages[2]!.id]).toBe('Typed in the deck');
  });
});

describe('six personas, as the sidebar builds them (the first alone, then the rest in one call)', () => {
  function sidebarBuild(addon: SlidesAddon, doc: JourneyDocument): BatchBuild['built'] {
    const ids = doc.personas.map((p) => p.id);
    const built: BatchBuild['built'] = [];
    for (const batch of [ids.slice(0, 1), ids.slice(1)]) {
      const result = addon.ok<BatchBuild>('buildJourneys', doc, batch, {
        hints: false,
        confirmRemovals: false,
      });
      expect(result.problems).toBeUndefined();
      built.push(...result.built);
    }
    return built;
  }

  it('draws six new personas with one batchUpdate each, in order, as SlidesApp would', () => {
    const doc = sample('aisas', 'en', ['A1', 'B2', 'C3', 'D4', 'E5', 'F6']);
    const viaRest = deck(true);
    const viaApp = deck(false);
    const built = sidebarBuild(viaRest, doc);
    sidebarBuild(viaApp, doc);
    expect(built.map((b) => b.result.direct)).toEqual(doc.personas.map(() => 'allowed'));
    expect(viaRest.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(6);
    expect(viaRest.emu.calls.count('Slides.Presentations.get')).toBe(1);
    expect(looks(viaRest.view())).toEqual(looks(viaApp.view()));
    expect(readBack(viaRest)).toEqual(readBack(viaApp));
  });

  it('asks SlidesApp nothing but ids and the page size after an API write in the same call', () => {
    const doc = sample('aisas', 'en', ['A1', 'B2', 'C3', 'D4', 'E5', 'F6']);
    const addon = deck(true);
    strictLifecycle(addon);
    const built = sidebarBuild(addon, doc);
    expect(built.map((b) => b.result.direct)).toEqual(doc.personas.map(() => 'allowed'));
    expect(readAll(addon).document).toEqual(doc);
    // A rebuild of them all (through SlidesApp) in one call, then one more new persona.
    expect(sidebarBuild(addon, doc).map((b) => b.result.created)).toEqual(doc.personas.map(() => false));
    const more = sample('aisas', 'en', ['A1', 'B2', 'C3', 'D4', 'E5', 'F6', 'G7']);
    sidebarBuild(addon, more);
    expect(readAll(addon).document).toEqual(more);
  });

  it('rebuilds the existing personas through SlidesApp and draws the new ones, keeping every edit', () => {
    const doc = sample('aisas', 'en', ['A1', 'B2', 'C3', 'D4', 'E5', 'F6']);
    const addon = deck(true);
    // Three built before (by the API), one of them edited since.
    sidebarBuild(addon, sample('aisas', 'en', ['A1', 'B2', 'C3']));
    const deckId = addon.deck.getId();
    const { table } = journeyTables(addon.view())[1]!;
    addon.emu.slidesUser.editCell(deckId, table.id, 1, 4, 'B2 typed this');
    const built = sidebarBuild(addon, doc);
    expect(built.map((b) => [b.personaId, b.result.created])).toEqual([
      ['p1', false],
      ['p2', false],
      ['p3', false],
      ['p4', true],
      ['p5', true],
      ['p6', true],
    ]);
    const back = readAll(addon);
    const b2 = back.document.journeys.find((j) => j.personaId === 'p2')!;
    expect(Object.values(b2.cells).flatMap((row) => Object.values(row))).toContain('B2 typed this');
    expect(back.document.personas.map((p) => p.name)).toEqual(doc.personas.map((p) => p.name));
    // Slides in persona order: each table's description names its persona.
    expect(journeyTables(addon.view()).map(({ table }) => table.description.split(/[,:]/)[0])).toEqual(
      doc.personas.map((p) => expect.stringContaining(p.name)),
    );
  });

  it('draws new personas through the API after existing ones only in a call that writes nothing through SlidesApp', () => {
    const doc = sample('aisas', 'en', ['A1', 'B2', 'C3']);
    const addon = deck(true);
    addon.ok<BatchBuild>('buildJourneys', doc, ['p1'], { hints: false, confirmRemovals: false });
    addon.emu.calls.reset();
    const mixed = addon.ok<BatchBuild>('buildJourneys', doc, ['p1', 'p2', 'p3'], {
      hints: false,
      confirmRemovals: false,
    });
    expect(mixed.problems).toBeUndefined();
    // p1 is rebuilt through the API (two batchUpdates), so p2 and p3 are drawn through it too.
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(4);
    const later = addon.ok<BatchBuild>('buildJourneys', { ...doc }, ['p2', 'p3'], {
      hints: false,
      confirmRemovals: false,
    });
    expect(later.built.map((b) => b.result.created)).toEqual([false, false]);
    expect(readAll(addon).document).toEqual(doc);
  });
});

describe('when the API is not there or refuses', () => {
  it('builds through SlidesApp when the grant does not reach the deck, and asks only once', () => {
    const doc = sample('aisas', 'ja', ['佐藤', '鈴木']);
    const addon = deck(false);
    const results = buildAll(addon, doc, false);
    expect(results.map((r) => r.direct)).toEqual(['denied', 'denied']);
    expect(addon.emu.calls.count('Slides.Presentations.get')).toBe(1);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(0);
    expect(readAll(addon).document).toEqual(doc);
  });

  it('draws through the API once the user picked the deck in Google Picker', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    const addon = deck(false);
    addon.emu.pickDocument(addon.deck.getId());
    expect(buildAll(addon, doc, false)[0]!.direct).toBe('allowed');
  });

  it('falls back to SlidesApp in the same call when the batchUpdate is refused as a permission matter', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    // The deck was picked once (the answer is remembered) and the grant has been withdrawn since.
    const addon = deck(false);
    addon.emu.globals.PropertiesService.getUserProperties().setProperty(
      `journeygrid.direct.${addon.deck.getId()}`,
      'allowed',
    );
    const viaApp = deck(false);
    buildAll(viaApp, doc, false);
    const results = buildAll(addon, doc, false);
    expect(results.map((r) => r.direct)).toEqual(['denied', 'denied']);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(1);
    expect(looks(addon.view())).toEqual(looks(viaApp.view()));
    expect(readAll(addon).document).toEqual(doc);
  });

  it('stops a call whose next persona cannot be drawn through the API after one was, and builds it next time', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya', 'Mia']);
    const addon = deck(true);
    addon.ok<BatchBuild>('buildJourneys', doc, ['p1'], { hints: false, confirmRemovals: false });
    failBatch(addon, 2, 'The caller does not have permission');
    const call = addon.ok<BatchBuild>('buildJourneys', doc, ['p2', 'p3'], {
      hints: false,
      confirmRemovals: false,
    });
    expect(call.built.map((b) => b.personaId)).toEqual(['p2']);
    expect(call.problems!.map((p) => p.code)).toEqual(['build-again']);
    expect(call.problems![0]!.message.ja).toMatch(/もう一度/);
    expect(call.problems![0]!.message.en).toMatch(/Build again/);
    // Pressing Build again: Aya's slides are rebuilt through the API (a get still reaches the deck,
    // so nothing was remembered; two batchUpdates), and Mia's are drawn through it (one).
    const updates = addon.emu.calls.count('Slides.Presentations.batchUpdate');
    const again = addon.ok<BatchBuild>('buildJourneys', doc, ['p2', 'p3'], {
      hints: false,
      confirmRemovals: false,
    });
    expect(again.problems).toBeUndefined();
    expect(again.built.map((b) => b.result.created)).toEqual([false, true]);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(updates + 3);
    expect(readAll(addon).document).toEqual(doc);
  });

  it('says so in Japanese and English and leaves the deck as it was when Google fails the batchUpdate', () => {
    const doc = sample('aisas', 'ja', ['佐藤']);
    const addon = deck(true);
    const before = addon.view();
    failBatch(addon, 1, 'Internal error encountered.');
    const problems = addon.fail('buildJourney', doc, 'p1', { hints: false, confirmRemovals: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('direct-build-failed');
    expect(problems[0]!.message.ja).toMatch(/変更されていません.*Internal error encountered/);
    expect(problems[0]!.message.en).toMatch(
      /nothing in the presentation changed.*Internal error encountered/,
    );
    expect(addon.view()).toEqual(before);
    // Nothing remembered against the deck: the next build tries the API again, and draws.
    expect(buildAll(addon, doc, false)[0]!.direct).toBe('allowed');
  });

  it('draws through SlidesApp a journey whose requests would exceed the 2 MB batch budget', () => {
    const doc = bigDoc(4, 5);
    // 40,000 three-byte characters a cell: 20 cells are 2.4 MB of text alone.
    for (const row of Object.values(doc.journeys[0]!.cells))
      for (const stage of Object.keys(row)) row[stage] = '長'.repeat(40_000);
    const addon = deck(true);
    const [built] = buildAll(addon, doc, false);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(0);
    expect(built!.direct).toBe('allowed');
    expect(readAll(addon).document).toEqual(doc);
  });

  it('takes the new slides back when their keys cannot be saved', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    const addon = deck(true);
    const before = addon.view();
    failNextSetProperties(addon, 'Service error: PropertiesService');
    const problems = addon.fail('buildJourney', doc, 'p1', { hints: false, confirmRemovals: false });
    expect(problems[0]!.code).toBe('build-undone');
    expect(problems[0]!.message.en).toContain('Service error: PropertiesService');
    expect(problems[0]!.message.ja).toMatch(/取り消しました/);
    expect(addon.view().slides).toEqual(before.slides);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(2);
  });
});
