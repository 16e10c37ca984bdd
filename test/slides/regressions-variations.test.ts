/**
 * The Slides cases of "nothing a team types is ever lost" (regressions.test.ts), each again in an
 * ordinary variation a hostile tester would try next: the Japanese deck, the second of two
 * personas, another framework, and a second rebuild after the first. Driven through the built
 * bundle on the emulator.
 */
import { describe, expect, it } from 'vitest';
import type { ElementSnapshot } from '../../dev/emulator';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { HINTS, makeDoc } from '../support/journeys';
import { deckTexts, type SlidesAddon, startSlidesAddon, texts } from './support';

const NAMES = ['田中 部長', '佐藤 課長'];

function deck(frameworkId: string): { addon: SlidesAddon; doc: JourneyDocument } {
  const addon = startSlidesAddon();
  const doc = makeDoc(frameworkId, 'ja', NAMES);
  rebuildAll(addon, doc);
  return { addon, doc };
}

function rebuildAll(addon: SlidesAddon, doc: JourneyDocument, confirmRemovals = false): void {
  for (const p of doc.personas) addon.ok('buildJourney', doc, p.id, { ...HINTS, confirmRemovals });
}

/** The element with this role on the (first) slide of the persona whose name box shows `persona`. */
function on(addon: SlidesAddon, persona: string, role: RegExp): ElementSnapshot {
  const slide = addon
    .view()
    .slides.find((s) => s.elements.some((e) => /ペルソナ名/.test(e.title) && e.text?.text === persona));
  const found = slide?.elements.find((e) => role.test(e.title));
  if (!found) throw new Error(`no ${role} on ${persona}'s slide`);
  return found;
}

const TABLE = /ジャーニー表/;
const read = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');
const id = (addon: SlidesAddon) => addon.deck.getId();

function allTexts(back: ReadBack): string[] {
  const d = back.document;
  return [
    d.title,
    ...d.stages.map((s) => s.label),
    ...d.lanes.map((l) => l.label),
    ...d.personas.flatMap((p) => Object.values(p).filter((v): v is string => typeof v === 'string')),
    ...d.journeys.flatMap((j) => Object.values(j.cells).flatMap((row) => Object.values(row).map(String))),
    ...back.findings.flatMap((f) => (f.text === undefined ? [] : [f.text])),
  ];
}

describe('Slides cases again, in Japanese, on the second persona, rebuilt twice', () => {
  it('case 11: headers, labels, card, name and title typed on the second slide survive two rebuilds', () => {
    const { addon, doc } = deck('aidma');
    const user = addon.emu.slidesUser;
    const table = on(addon, NAMES[1]!, TABLE);
    user.editCell(id(addon), table.id, 0, 1, '気づき');
    user.editCell(id(addon), table.id, 1, 0, '接点');
    const card = on(addon, NAMES[1]!, /ペルソナカード/);
    user.editCell(id(addon), card.id, 1, 0, '営業部長');
    user.editText(id(addon), on(addon, NAMES[1]!, /ジャーニーのタイトル/).id, '営業の旅');
    user.editText(id(addon), on(addon, NAMES[1]!, /ペルソナ名/).id, '佐藤 部長');
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const back = read(addon);
    expect(back.document.title).toBe('営業の旅');
    expect(back.document.personas[1]).toMatchObject({ name: '佐藤 部長', role: '営業部長' });
    const texts = allTexts(back);
    expect(texts).toContain('気づき');
    expect(texts).toContain('接点');
  });

  it('case 12: a card label renamed on the second slide is read, and two rebuilds keep it', () => {
    const { addon, doc } = deck('aisas');
    const card = on(addon, NAMES[1]!, /ペルソナカード/);
    const column = texts(card)[0]!.indexOf('目標');
    expect(column).toBeGreaterThanOrEqual(0);
    addon.emu.slidesUser.editCell(id(addon), card.id, 0, column, '今期の目標');
    addon.emu.slidesUser.editCell(id(addon), card.id, 1, column, '売上倍増');
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const back = read(addon);
    expect(back.document.personas[1]!.goals).toBe('売上倍増');
    expect(allTexts(back)).toContain('今期の目標');
    expect(deckTexts(addon.view())).toContain('今期の目標');
  });

  it('case 13: a text box on the second slide stays on a journey slide through two rebuilds, reported', () => {
    const { addon, doc } = deck('kotler-5a');
    const slide = addon.view().slides.find((s) => s.elements.some((e) => e.text?.text === NAMES[1]))!;
    addon.emu.slidesUser.addTextBox(id(addon), slide.id, '営業に確認');
    rebuildAll(addon, doc);
    rebuildAll(addon, doc, true);
    const holding = addon.view().slides.filter((s) => s.elements.some((e) => e.text?.text === '営業に確認'));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.elements.some((e) => TABLE.test(e.title))).toBe(true);
    expect(read(addon).findings.map((f) => f.text)).toContain('営業に確認');
  });

  it('case 14: long texts in the second slide’s rate lane are kept whole through two rebuilds', () => {
    const { addon, doc } = deck('b2b-funnel-5');
    const rate = doc.lanes.find((l) => l.kind === 'metric')!;
    const table = on(addon, NAMES[1]!, TABLE);
    const r = texts(table).findIndex((row) => row[0] === rate.label);
    expect(r).toBeGreaterThan(0);
    const long = ['あ', 'い'].map((ch, i) => `${ch.repeat(30_000)}（${i + 1}）`);
    long.forEach((text, i) => {
      addon.emu.slidesUser.editCell(id(addon), table.id, r, i + 1, text);
    });
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const onSlides = deckTexts(addon.view());
    for (const text of long) expect(onSlides.filter((t) => t === text)).toHaveLength(1);
    const reported = allTexts(read(addon));
    for (const text of long) expect(reported).toContain(text);
  });
});
