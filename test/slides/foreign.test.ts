/**
 * Read back on a deck Journey Grid did not build: a 5 × 5 journey table like the Leapt Google
 * Slides template of the seeds (stages across, lanes down), with the slide's title and persona text
 * boxes, typed into the emulator as a user would, read into the exact model; a deck whose tables
 * are no journey is refused in ja and en.
 */
import { describe, expect, it } from 'vitest';
import type { ReadBack } from '../../src/server/rpc';
import { type SlidesAddon, startSlidesAddon } from './support';

/** A table on the slide, typed cell by cell; returns nothing, as a user would see nothing else. */
function table(addon: SlidesAddon, slideIndex: number, rows: string[][]): void {
  const slide =
    addon.deck.getSlides()[slideIndex] ??
    addon.deck.appendSlide(addon.emu.globals.SlidesApp.PredefinedLayout.BLANK);
  const t = slide.insertTable(rows.length, rows[0]!.length, 20, 80, 680, 300);
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text) addon.emu.slidesUser.editCell(addon.deck.getId(), t.getObjectId(), r, c, text);
    });
  });
}

const box = (addon: SlidesAddon, slideIndex: number, text: string) =>
  addon.emu.slidesUser.addTextBox(
    addon.deck.getId(),
    addon.deck.getSlides()[slideIndex]!.getObjectId(),
    text,
  );

const LEAPT = [
  ['', '気づき', '認知', '検討', '導入', '利用'],
  ['課題', '業務が属人化している', '', '', '', ''],
  ['行動', '', 'セミナーに参加', '', '', ''],
  ['情報ニーズ', '', '', '他社の導入事例', '', ''],
  ['情報ソース', '', '', '', '営業担当', ''],
  ['次の段階へのモチベーション', '', '', '', '', '定着支援が手厚い'],
];

describe('hand-made journey tables in Slides', () => {
  it('a 5 × 5 table like the Leapt template, with a title and a persona text box', () => {
    const addon = startSlidesAddon();
    table(addon, 0, LEAPT);
    box(addon, 0, 'BtoB カスタマージャーニー（直線型）');
    box(addon, 0, '名前：佐藤 健\n役職：情報システム部長\n会社：中堅製造業');
    const r = addon.ok<ReadBack>('readJourneys', 'all');
    expect(r.document).toEqual({
      schemaVersion: 1,
      title: 'BtoB カスタマージャーニー（直線型）',
      language: 'ja',
      frameworkId: 'leapt-linear',
      stages: [
        { id: 'realization', label: '気づき' },
        { id: 'awareness', label: '認知' },
        { id: 'consideration', label: '検討' },
        { id: 'adoption', label: '導入' },
        { id: 'use', label: '利用' },
      ],
      lanes: [
        { id: 'challenges', label: '課題', kind: 'text' },
        { id: 'actions', label: '行動', kind: 'text' },
        { id: 'information-needs', label: '情報ニーズ', kind: 'text' },
        { id: 'information-sources', label: '情報ソース', kind: 'text' },
        { id: 'motivation', label: '次の段階へのモチベーション', kind: 'text' },
      ],
      personas: [
        { id: 'p1', name: '佐藤 健', role: '情報システム部長', company: '中堅製造業', antiPersona: false },
      ],
      journeys: [
        {
          personaId: 'p1',
          cells: {
            challenges: { realization: '業務が属人化している' },
            actions: { awareness: 'セミナーに参加' },
            'information-needs': { consideration: '他社の導入事例' },
            'information-sources': { adoption: '営業担当' },
            motivation: { use: '定着支援が手厚い' },
          },
        },
      ],
    });
    expect(r.findings).toEqual([]);
    expect(r.recognition?.framework).toEqual({ id: 'leapt-linear', matched: 5, of: 5, confidence: 'high' });
    expect(r.recognition?.journeys).toEqual([
      {
        personaId: 'p1',
        where: 'slide 1',
        from: 'slide 1, row 1, column 1',
        to: 'slide 1, row 6, column 6',
        persona: ['name', 'role', 'company'],
      },
    ]);
  });

  it('one table per slide reads as one persona each; a stray text box is a finding on its slide', () => {
    const addon = startSlidesAddon();
    table(addon, 0, LEAPT);
    box(addon, 0, 'Persona: Ken');
    table(addon, 1, [
      ['', '気づき', '認知', '検討', '導入', '利用'],
      ['行動', '', '', '比較表を作る', '', ''],
      ['社内の反応', '', '', '', '稟議が通る', ''],
    ]);
    box(addon, 1, 'ペルソナ：森 由衣');
    box(addon, 1, '次回までに埋める');
    const r = addon.ok<ReadBack>('readJourneys', 'all');
    expect(r.document.personas.map((p) => p.name)).toEqual(['Ken', '森 由衣']);
    const custom = r.document.lanes[r.document.lanes.length - 1]!;
    expect(custom).toMatchObject({ label: '社内の反応', kind: 'text' });
    expect(custom.id).toMatch(/^lane-/);
    // The team's own lane is custom: not among the lanes matched to the library.
    expect(r.recognition?.libraryLanes).toEqual([
      'challenges',
      'actions',
      'information-needs',
      'information-sources',
      'motivation',
    ]);
    expect(r.document.journeys[1]!.cells).toEqual({
      actions: { consideration: '比較表を作る' },
      [custom.id]: { adoption: '稟議が通る' },
    });
    expect(r.findings.map((f) => [f.path, f.code, f.text, f.where])).toEqual([
      ['slide 2: text box 2', 'outside-grid', '次回までに埋める', 'slide 2'],
    ]);
  });

  it('refuses a deck whose only table is no journey', () => {
    const addon = startSlidesAddon();
    table(addon, 0, [
      ['', 'Q1', 'Q2'],
      ['Revenue', '1,200', '1,350'],
      ['Cost', '900', '870'],
    ]);
    expect(addon.fail('readJourneys', 'all').map((p) => [p.code, p.message.en])).toEqual([
      ['no-journeys', 'This presentation holds no Journey Grid journeys.'],
      [
        'number-table',
        'The tables in this file are number tables, not journey tables (stages across the top, lane names down the left), so nothing was read.',
      ],
    ]);
  });
});
