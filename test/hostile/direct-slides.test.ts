/**
 * Hostile checks of the open-deck fast paths (src/hosts/slides/direct-build.ts, direct-read.ts):
 * cases the builders' own suites did not try. The first failed on the merged code; the copies
 * hold it to what SlidesApp gives on decks whose ids are not their own and whose keys are gone.
 */
import { describe, expect, it } from 'vitest';
import type { SentFile } from '../../src/hosts/rest/send';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { looks, sample } from '../slides/direct-support';
import { type SlidesAddon, startSlidesAddon } from '../slides/support';

const KEY = 'journeygrid.direct.';
const OPTIONS = { hints: false, confirmRemovals: false };

describe('a build refused because the user may only view the deck', () => {
  it('says so, and does not take the refusal for a withdrawn grant: reads stay on the fast path', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    const deckId = addon.deck.getId();
    expect(addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', OPTIONS).direct).toBe('allowed');
    // The owner makes the user a viewer while the sidebar is open: Google refuses the batchUpdate
    // with the words of a missing grant ("The caller does not have permission"), though the grant
    // still reaches the deck (a get answers).
    addon.emu.setAccess('view');
    const before = addon.view();
    const problems = addon.fail('buildJourney', doc, 'p2', OPTIONS);
    expect(problems.map((p) => p.code)).toEqual(['read-only']);
    expect(problems[0]!.message.en).toMatch(/only view/);
    expect(addon.view()).toEqual(before);
    const users = addon.emu.globals.PropertiesService.getUserProperties();
    expect(users.getProperty(KEY + deckId)).toBe('allowed');
    // The read-back still takes one get and tells the sidebar there is nothing to grant.
    addon.emu.calls.reset();
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(addon.emu.calls.count('Slides.Presentations.get')).toBe(1);
    expect(back.direct).toBe('allowed');
    // Edit rights back: the next new persona is drawn through the API again.
    addon.emu.setAccess('edit');
    expect(addon.ok<SlidesBuildResult>('buildJourney', doc, 'p2', OPTIONS).direct).toBe('allowed');
    expect(addon.ok<ReadBack>('readJourneys', 'all').document).toEqual(doc);
  });
});

/** A result or read-back as a person compares them: no object ids, no fast-path answer. */
function plain(value: unknown): unknown {
  const json = JSON.stringify(value, (key, x) =>
    key === 'direct' ? undefined : key === 'slideIds' ? (x as unknown[]).length : x,
  );
  return JSON.parse(json.replace(/(table|box|shape) [A-Za-z0-9_:-]+/g, '$1 ID'));
}

/** Drive's "Make a copy" of the addon's deck, opened: same object ids, no document properties. */
function openCopy(addon: SlidesAddon, of = addon.deck): SlidesAddon {
  const copy = addon.emu.copyPresentation(of, 'Copy of the deck');
  addon.emu.setActiveDocument(copy);
  return { ...addon, deck: copy, view: () => addon.emu.inspectPresentation(copy)! };
}

describe('copied decks, with the grant reaching the copy', () => {
  const doc = sample('aisas', 'en', ['Ken', 'Aya', 'Mia', 'Leo', 'Zoe']);
  const three: JourneyDocument = {
    ...doc,
    personas: doc.personas.slice(0, 3),
    journeys: doc.journeys.slice(0, 3),
  };
  const calls: [string[], boolean][] = [
    [['p4'], false],
    [['p1', 'p4'], true],
    [['p4', 'p2', 'p3'], false],
    // Every journey of the copy has keys again: the next new persona takes the fast path.
    [['p5'], false],
  ];

  /** The same calls and one typed cell on both copies: the same results, slides and read-back. */
  function same(make: (rest: boolean) => SlidesAddon): number {
    const app = make(false);
    const fast = make(true);
    const before = fast.emu.calls.count('Slides.Presentations.batchUpdate');
    expect(plain(fast.ok('readJourneys', 'all'))).toEqual(plain(app.ok('readJourneys', 'all')));
    for (const [ids, hints] of calls) {
      const run = (x: SlidesAddon) =>
        plain(x.ok('buildJourneys', doc, ids, { hints, confirmRemovals: false }));
      expect(run(fast)).toEqual(run(app));
      expect(looks(fast.view())).toEqual(looks(app.view()));
      for (const x of [app, fast]) {
        const table = x
          .view()
          .slides.flatMap((sl) => sl.elements)
          .find((e) => e.kind === 'table' && /journey table/.test(e.title))!;
        x.emu.slidesUser.editCell(x.deck.getId(), table.id, 2, 2, `typed after ${ids.join('+')}`);
      }
      expect(plain(fast.ok('readJourneys', 'all'))).toEqual(plain(app.ok('readJourneys', 'all')));
    }
    return fast.emu.calls.count('Slides.Presentations.batchUpdate') - before;
  }

  it('a copy of a deck the add-on built (keys gone): new personas, rebuilds and typed text as through SlidesApp', () => {
    const drawn = same((rest) => {
      const addon = startSlidesAddon();
      addon.emu.setOpenDocumentRest('allowed');
      addon.ok('buildJourneys', three, ['p1', 'p2', 'p3'], { hints: true, confirmRemovals: false });
      const copy = openCopy(addon);
      addon.emu.setOpenDocumentRest(rest ? 'allowed' : 'denied');
      return copy;
    });
    // Once the copy's journeys have keys again (after the first call), rebuilds take the API too:
    // two batchUpdates each for p1 and p4, then p4, p2 and p3; one draws p5.
    expect(drawn).toBe(2 * 5 + 1);
  });

  it('a copy of a deck sent through the API (keys in boxes): the same', () => {
    const drawn = same((rest) => {
      const addon = startSlidesAddon();
      const sent = addon.ok<SentFile>('sendToSlides', three);
      const copy = openCopy(addon, addon.emu.openPresentationById(sent.fileId)!);
      addon.emu.setOpenDocumentRest(rest ? 'allowed' : 'denied');
      return copy;
    });
    expect(drawn).toBeGreaterThan(0);
  });
});
