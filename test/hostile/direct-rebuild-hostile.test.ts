/**
 * Hostile checks of the Slides rebuild through the API (src/hosts/slides/direct-rebuild.ts): edits
 * and failures the builder's own suite did not try, each held to what the SlidesApp rebuild of a
 * twin deck gives, and to "nothing a team typed is lost".
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
  pinSlidesApp,
  readBack,
  sample,
  strictLifecycle,
} from '../slides/direct-support';
import { deckTexts, journeyTables, type SlidesAddon, startSlidesAddon } from '../slides/support';

type Options = { hints: boolean; confirmRemovals: boolean };
const KEEP: Options = { hints: false, confirmRemovals: false };
const CONFIRM: Options = { hints: false, confirmRemovals: true };

const readAll = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');
const build = (addon: SlidesAddon, doc: JourneyDocument, id: string, o: Options) =>
  addon.ok<SlidesBuildResult>('buildJourney', doc, id, o);
const said = (r: SlidesBuildResult) => ({ ...r, slideIds: r.slideIds.length, direct: undefined });
const allText = deckTexts;

/** Twin decks edited alike; one rebuilds through the API, one through SlidesApp. */
function twins(doc: JourneyDocument, edit: (a: SlidesAddon) => void, next: JourneyDocument, again: Options) {
  const made = () => {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    for (const p of doc.personas) build(addon, doc, p.id, KEEP);
    edit(addon);
    return addon;
  };
  const viaRest = made();
  const viaApp = made();
  pinSlidesApp(viaApp);
  const rest = next.personas.map((p) => build(viaRest, next, p.id, again));
  const app = next.personas.map((p) => build(viaApp, next, p.id, again));
  expect(rest.map(said)).toEqual(app.map(said));
  expect(looks(viaRest.view())).toEqual(looks(viaApp.view()));
  expect(readBack(viaRest)).toEqual(readBack(viaApp));
  return { viaRest, viaApp };
}

function typed(addon: SlidesAddon, text: string, at = 0) {
  const { table } = journeyTables(addon.view())[at]!;
  addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, 1, 2, text);
}

describe('fewer slides after people rearranged the journey', () => {
  it('the persona slides reversed, a cell typed on the one that stays', () => {
    const { viaRest } = twins(
      bigDoc(12, 20),
      (a) => {
        // Typed in the first part (a stage and lane the smaller journey keeps), then the last
        // persona slide moved before it.
        typed(a, 'Typed before the move');
        const id = a.deck.getId();
        const slides = a.view().slides.map((s) => s.id);
        a.emu.slidesUser.moveSlide(id, slides[slides.length - 1]!, 0);
      },
      bigDoc(6, 4),
      CONFIRM,
    );
    expect(JSON.stringify(readAll(viaRest).document)).toContain('Typed before the move');
  });

  it('a journey slide duplicated and typed in, then fewer slides', () => {
    twins(
      bigDoc(12, 20),
      (a) => {
        const slides = a.view().slides.map((s) => s.id);
        a.emu.slidesUser.duplicateSlide(a.deck.getId(), slides[slides.length - 1]!);
        typed(a, 'Typed on the copy', journeyTables(a.view()).length - 1);
      },
      bigDoc(6, 4),
      CONFIRM,
    );
  });

  it('a box people added on a kept slide and one on a dropped slide', () => {
    const { viaRest } = twins(
      bigDoc(12, 20),
      (a) => {
        const slides = a.view().slides;
        a.emu.slidesUser.addTextBox(a.deck.getId(), slides[1]!.id, 'Kept box');
        a.emu.slidesUser.addTextBox(a.deck.getId(), slides[slides.length - 1]!.id, 'Dropped box');
      },
      bigDoc(6, 4),
      CONFIRM,
    );
    const text = allText(viaRest.view());
    expect(text).toContain('Kept box');
    expect(text).toContain('Dropped box');
  });
});

describe('two personas, one rebuilt after the other was moved between its slides', () => {
  it('the second persona slide moved to the front, both rebuilt', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    twins(
      doc,
      (a) => {
        const slides = a.view().slides.map((s) => s.id);
        a.emu.slidesUser.moveSlide(a.deck.getId(), slides[slides.length - 1]!, 0);
        typed(a, 'Aya typed', 0);
        typed(a, 'Ken typed', 1);
      },
      doc,
      { hints: true, confirmRemovals: false },
    );
  });
});

describe('failures at each step keep either the old journey or the whole new one', () => {
  const doc = () => sample('aisas', 'en', ['Ken', 'Aya']);
  function built(): SlidesAddon {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    for (const p of ['p1', 'p2']) build(addon, doc(), p, KEEP);
    typed(addon, 'Typed by the team');
    return addon;
  }

  it('the second persona of one call fails its first write: the first is complete, the second as before', () => {
    const addon = built();
    failBatch(addon, 3, 'Internal error encountered.');
    const call = addon.ok<BatchBuild>('buildJourneys', doc(), ['p1', 'p2'], {
      hints: true,
      confirmRemovals: false,
    });
    expect(call.problems?.map((p) => p.code)).toContain('direct-build-failed');
    expect(journeyTables(addon.view())).toHaveLength(2);
    expect(JSON.stringify(readAll(addon).document)).toContain('Typed by the team');
  });

  it('the removal fails twice on a journey that needs fewer slides: the new journey is whole, typed text kept', () => {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    build(addon, bigDoc(12, 20), 'p1', KEEP);
    typed(addon, 'Typed by the team');
    const small = bigDoc(6, 4);
    failBatch(addon, 2, 'Internal error encountered.');
    failBatch(addon, 3, 'Internal error encountered.');
    const problems = addon.fail('buildJourney', small, 'p1', CONFIRM);
    expect(problems.map((p) => p.code)).toEqual(['build-leftovers']);
    const back = readAll(addon).document;
    expect(back.stages.length).toBe(12);
    expect(JSON.stringify(back)).toContain('Typed by the team');
  });
});

/** The first element titled `title` on the deck. */
function titled(addon: SlidesAddon, title: string) {
  return addon
    .view()
    .slides.flatMap((s) => s.elements)
    .find((e) => e.title === title)!;
}

describe('the title, name and card changed on the slide', () => {
  it('gives what SlidesApp gives and keeps every change', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    const { viaRest } = twins(
      doc,
      (a) => {
        const id = a.deck.getId();
        a.emu.slidesUser.editText(id, titled(a, 'Journey Grid: journey title').id, 'Renamed map');
        a.emu.slidesUser.editText(id, titled(a, 'Journey Grid: persona name').id, 'Kenji');
        const card = titled(a, 'Journey Grid: persona card');
        a.emu.slidesUser.editCell(id, card.id, 1, 1, 'Wants fewer tickets, typed');
      },
      doc,
      { hints: true, confirmRemovals: false },
    );
    const text = JSON.stringify(readAll(viaRest).document);
    expect(text).toContain('Kenji');
    expect(text).toContain('Wants fewer tickets, typed');
  });
});

describe('more slides after the last persona slide was moved to the front', () => {
  it('inserts the new slides where SlidesApp does', () => {
    twins(
      bigDoc(8, 8),
      (a) => {
        const slides = a.view().slides.map((s) => s.id);
        a.emu.slidesUser.moveSlide(a.deck.getId(), slides[slides.length - 1]!, 0);
        typed(a, 'Typed on the moved slide', 0);
      },
      bigDoc(12, 20),
      KEEP,
    );
  });

  it('a persona slide deleted by people, then more slides', () => {
    twins(
      bigDoc(8, 12),
      (a) => {
        const slides = a.view().slides.map((s) => s.id);
        a.emu.slidesUser.deleteSlide(a.deck.getId(), slides[slides.length - 1]!);
      },
      bigDoc(12, 20),
      KEEP,
    );
  });
});

describe('the keys cannot be saved and taking the new elements back fails', () => {
  function failing(undoFailures: number) {
    const doc = sample('aisas', 'en', ['Ken']);
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    build(addon, doc, 'p1', KEEP);
    typed(addon, 'Typed by the team');
    const before = addon.view();
    const back = readAll(addon);
    failNextSetProperties(addon, 'Service error: PropertiesService');
    for (let n = 2; n < 2 + undoFailures; n++) failBatch(addon, n, 'Internal error encountered.');
    const problems = addon.fail('buildJourney', doc, 'p1', { hints: true, confirmRemovals: false });
    return { addon, problems, before, back };
  }

  it('once: the removal of the new elements is sent again, and the deck is as it was', () => {
    const { addon, problems, before, back } = failing(1);
    expect(problems.map((p) => p.code)).toEqual(['build-undone']);
    expect(problems[0]!.message.en).toContain('Service error: PropertiesService');
    expect(addon.view().slides).toEqual(before.slides);
    expect(readAll(addon)).toEqual(back);
  });

  // Open: with the keys unsaved and both removals failed, the new elements stay unkeyed beside the
  // old journey: the persona reads back twice, and the user sees only "Something went wrong" with
  // Google's words, not that the keys were not saved nor which slide holds the copy. Nothing typed
  // is lost (both halves are there), but the message and read-back need a decision (a new
  // translated problem naming the slide, as build-leftovers does).
  it.skip('open: twice: says what is left in both languages, and the persona reads back once', () => {
    const { addon, problems } = failing(2);
    expect(problems.map((p) => p.code)).not.toContain('unexpected');
    expect(problems[0]!.message.en).toContain('PropertiesService');
    const back = readAll(addon).document;
    expect(back.journeys).toHaveLength(1);
    expect(JSON.stringify(back)).toContain('Typed by the team');
  });
});

describe('more hostile turns', () => {
  it('fewer slides without confirming removals, text typed on the last slide', () => {
    const { viaRest } = twins(
      bigDoc(12, 20),
      (a) => {
        const tables = journeyTables(a.view());
        typed(a, 'Typed on the last slide', tables.length - 1);
      },
      bigDoc(6, 4),
      KEEP,
    );
    expect(allText(viaRest.view()).join('\n')).toContain('Typed on the last slide');
  });

  it('keys not saved on a rebuild that inserted slides: the deck is as it was', () => {
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    build(addon, bigDoc(6, 4), 'p1', KEEP);
    typed(addon, 'Typed by the team');
    const before = addon.view();
    const back = readAll(addon);
    failNextSetProperties(addon, 'Service error: PropertiesService');
    const problems = addon.fail('buildJourney', bigDoc(12, 20), 'p1', KEEP);
    expect(problems.map((p) => p.code)).toEqual(['build-undone']);
    expect(addon.view().slides).toEqual(before.slides);
    expect(readAll(addon)).toEqual(back);
  });

  it('one call: the first persona through the API, the second must go through SlidesApp (a box on its dropped slide)', () => {
    const made = () => {
      const addon = startSlidesAddon();
      addon.emu.setOpenDocumentRest('allowed');
      const built = addon.ok<BatchBuild>('buildJourneys', bigDoc(12, 20, 2), ['p1', 'p2'], KEEP).built;
      const last = (built[1]!.result as SlidesBuildResult).slideIds.slice(-1)[0]!;
      addon.emu.slidesUser.addTextBox(addon.deck.getId(), last, 'Keep me');
      return addon;
    };
    const viaRest = made();
    strictLifecycle(viaRest);
    const viaApp = made();
    pinSlidesApp(viaApp);
    const smaller = bigDoc(6, 4, 2);
    const call = viaRest.ok<BatchBuild>('buildJourneys', smaller, ['p1', 'p2'], CONFIRM);
    expect(allText(viaRest.view())).toContain('Keep me');
    // What is not built in this call is built by the next one, as the sidebar sends it again.
    const rest = call.built.map((b) => b.personaId);
    const left = ['p1', 'p2'].filter((p) => !rest.includes(p));
    if (left.length) viaRest.ok<BatchBuild>('buildJourneys', smaller, left, CONFIRM);
    viaApp.ok<BatchBuild>('buildJourneys', smaller, ['p1', 'p2'], CONFIRM);
    expect(looks(viaRest.view())).toEqual(looks(viaApp.view()));
    expect(readBack(viaRest)).toEqual(readBack(viaApp));
  });
});

describe('our own elements deleted by people', () => {
  it('the persona card, the name and the emotion curve deleted, then rebuilt with hints', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    twins(
      doc,
      (a) => {
        const id = a.deck.getId();
        for (const title of [
          'Journey Grid: persona card',
          'Journey Grid: persona name',
          'Journey Grid: emotion curve',
        ]) {
          const e = titled(a, title);
          if (e) a.emu.slidesUser.deleteElement(id, e.id);
        }
        typed(a, 'Typed by the team');
      },
      doc,
      { hints: true, confirmRemovals: false },
    );
  });
});
