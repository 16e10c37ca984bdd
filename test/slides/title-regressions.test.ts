/**
 * Journey titles typed on several personas' slides, around rebuilds (issue case 5 on Slides, and
 * the known-open titleThenRebuild): the read-back holds one title and every other typed title in
 * a finding, and no rebuild drops one of them. Driven through the built bundle on the emulator.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { HINTS, makeDoc } from '../support/journeys';
import { type SlidesAddon, startSlidesAddon } from './support';

/** Types `text` into the journey title of the slide whose persona name box shows `persona`. */
function typeTitle(addon: SlidesAddon, persona: string, text: string): void {
  const slide = addon
    .view()
    .slides.find((s) =>
      s.elements.some((e) => /persona name|ペルソナ名/.test(e.title) && e.text?.text === persona),
    );
  const box = slide?.elements.find((e) => /journey title|ジャーニーのタイトル/.test(e.title));
  if (!box) throw new Error(`no journey title on ${persona}'s slide`);
  addon.emu.slidesUser.editText(addon.deck.getId(), box.id, text);
}

/** The document's title, then every title a finding reports (sorted). */
function titles(addon: SlidesAddon): string[] {
  const read = addon.ok<ReadBack>('readJourneys', 'all');
  const reported = read.findings
    .filter((f) => f.code === 'label-differs' && /title$/.test(f.path))
    .map((f) => f.text ?? '');
  return [read.document.title, ...reported.sort()];
}

function rebuild(addon: SlidesAddon, doc: JourneyDocument, ids = doc.personas.map((p) => p.id)): void {
  for (const id of ids) addon.ok('buildJourney', doc, id, HINTS);
}

describe('titles typed on Slides around rebuilds', () => {
  it('a title typed on one slide stays the title when every persona is rebuilt', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('basic-5', 'ja', ['田中 部長', 'Alex Kim']);
    rebuild(addon, doc);
    typeTitle(addon, '田中 部長', 'Title 1 新しい施策');
    rebuild(addon, doc);
    expect(titles(addon)).toEqual(['Title 1 新しい施策']);
  });

  it('titles typed on two slides, one before a rebuild: one is the title, the other a finding, through rebuilds', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('aisas', 'en', ['Aoki', 'Baba']);
    rebuild(addon, doc);
    typeTitle(addon, 'Aoki', 'Title 1');
    rebuild(addon, doc);
    typeTitle(addon, 'Baba', 'Title 2');
    expect(titles(addon)).toEqual(['Title 2', 'Title 1']);
    for (const order of [['p1', 'p2'], ['p2', 'p1'], ['p1']]) {
      rebuild(addon, doc, order);
      expect(
        [
          ['Title 2', 'Title 1'],
          ['Title 1', 'Title 2'],
        ],
        order.join(),
      ).toContainEqual(titles(addon));
    }
    // A title changed in the form is drawn on every slide; nothing else is left to report.
    rebuild(addon, { ...doc, title: 'From the form' });
    expect(titles(addon)).toEqual(['From the form']);
  });

  it('a title typed on a duplicated slide, then every persona rebuilt with confirmation: not lost', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('aisas', 'ja', ['田中 部長']);
    rebuild(addon, doc);
    const original = addon.view().slides.find((s) => s.elements.some((e) => e.text?.text === '田中 部長'))!;
    const copyId = addon.emu.slidesUser.duplicateSlide(addon.deck.getId(), original.id);
    const copy = addon.view().slides.find((s) => s.id === copyId)!;
    const box = copy.elements.find((e) => /ジャーニーのタイトル/.test(e.title))!;
    addon.emu.slidesUser.editText(addon.deck.getId(), box.id, 'コピーのタイトル');
    expect(titles(addon)).toEqual(['コピーのタイトル']);
    // The read-back in the form (the copy is a persona of its own), rebuilt with confirmation.
    const back = addon.ok<ReadBack>('readJourneys', 'all').document;
    for (const p of back.personas) addon.ok('buildJourney', back, p.id, { ...HINTS, confirmRemovals: true });
    expect(titles(addon)).toEqual(['コピーのタイトル']);
    // The original form, rebuilt with confirmation: the typed title is still read.
    rebuild(addon, doc);
    for (const p of doc.personas) addon.ok('buildJourney', doc, p.id, { ...HINTS, confirmRemovals: true });
    expect(titles(addon)).toContain('コピーのタイトル');
  });
});
