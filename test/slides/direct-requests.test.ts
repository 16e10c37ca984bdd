/**
 * The emulated Slides API on a deck that already has slides (what the open-deck build sends into):
 * a createSlide lands at its insertionIndex, object ids must be unique among everything already in
 * the deck, an index beyond the slides is refused, and a refused batch changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import type { SlidesApi, SlidesRequest } from '../../src/hosts/rest-services';
import { directDraw } from '../../src/hosts/slides/direct-build';
import { planSlides } from '../../src/layout/slide-plan';
import { planTable } from '../../src/layout/table';
import { sample } from './direct-support';

function openDeck() {
  const emu = createEmulator();
  const deck = emu.createPresentation('Deck');
  // A second slide and someone's box, made through SlidesApp.
  deck.insertSlide(1, emu.globals.SlidesApp.PredefinedLayout.BLANK);
  const box = deck.getSlides()[0]!.insertTextBox('Someone’s box', 10, 10, 100, 20);
  emu.setOpenDocumentRest('allowed');
  const api = emu.globals.Slides as unknown as SlidesApi;
  const send = (requests: SlidesRequest[]) => api.Presentations.batchUpdate({ requests }, deck.getId());
  const ids = () => emu.inspectPresentation(deck)!.slides.map((s) => s.id);
  return { emu, deck, box: box.getObjectId(), send, ids };
}

function slide(objectId: string, insertionIndex: number): SlidesRequest {
  return { createSlide: { objectId, insertionIndex, slideLayoutReference: { predefinedLayout: 'BLANK' } } };
}

describe('Slides API requests into an existing deck', () => {
  it('inserts slides where insertionIndex says', () => {
    const d = openDeck();
    const [a, b] = d.ids();
    d.send([slide('new_one', 1), slide('new_two', 3)]);
    expect(d.ids()).toEqual([a, 'new_one', b, 'new_two']);
  });

  it('refuses an index beyond the slides, and an id the deck already uses, changing nothing', () => {
    const d = openDeck();
    const before = d.emu.inspectPresentation(d.deck);
    expect(() => d.send([slide('new_one', 3)])).toThrow(/insertion index \(3\)/);
    expect(() => d.send([slide('new_one', 0), slide(d.box, 1)])).toThrow(
      /requests\[1\]\.createSlide: The object ID .* should be unique/,
    );
    expect(d.emu.inspectPresentation(d.deck)).toEqual(before);
  });

  it('takes the open-deck build’s requests whole: where it asks, ids of its own, no keys box', () => {
    const d = openDeck();
    const doc = sample('aisas', 'en', ['Ken']);
    const parts = planSlides(doc, doc.personas[0]!, planTable(doc, doc.journeys[0]!, { hints: true }));
    const before = d.ids();
    const draw = directDraw(doc, doc.personas[0]!, parts, true, 1);
    d.send(draw.requests);
    expect(d.ids()).toEqual([before[0], ...draw.slideIds, ...before.slice(1)]);
    const elements = d.emu.inspectPresentation(d.deck)!.slides.flatMap((s) => s.elements);
    expect(elements.filter((e) => draw.tableIds.includes(e.id))).toHaveLength(parts.length);
    expect(elements.some((e) => /reading back/.test(e.title))).toBe(false);
    // The same requests again clash with the first ones: a new draw takes a new prefix.
    expect(() => d.send(draw.requests)).toThrow(/should be unique/);
    const again = directDraw(doc, doc.personas[0]!, parts, true, d.ids().length);
    expect(again.slideIds[0]).not.toBe(draw.slideIds[0]);
    d.send(again.requests);
  });
});
