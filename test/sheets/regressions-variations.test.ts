/**
 * The Sheets cases of "nothing a team types is ever lost" (regressions.test.ts), each again in an
 * ordinary variation a hostile tester would try next: another framework, the Japanese UI and
 * catalog, the second of two personas, and a second rebuild after the first. Driven through the
 * built bundle on the emulator, as a user would meet them.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { BuildResult } from '../../src/hosts/build-types';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';
import { HINTS, makeDoc, withFiveCardRows } from '../support/journeys';

const NAMES = ['田中 部長', '佐藤 課長'];

function twoPersonas(frameworkId: string): { addon: Addon; doc: JourneyDocument; second: Sheet } {
  const addon = startAddon();
  const doc = withFiveCardRows(makeDoc(frameworkId, 'ja', NAMES));
  for (const p of doc.personas) addon.ok<BuildResult>('buildJourney', doc, p.id, HINTS);
  return { addon, doc, second: addon.spreadsheet.getSheetByName(NAMES[1]!)! };
}

function rebuildAll(addon: Addon, doc: JourneyDocument, confirmRemovals = false): BuildResult[] {
  return doc.personas.map((p) =>
    addon.ok<BuildResult>('buildJourney', doc, p.id, { ...HINTS, confirmRemovals }),
  );
}

function rowOf(addon: Addon, sheet: Sheet, label: string): number {
  const row = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  return row + 1;
}

const read = (addon: Addon) => addon.ok<ReadBack>('readJourneys', 'all');
const secondJourney = (back: ReadBack) => back.document.journeys[1]!.cells;
/** Every text the read-back holds: cells, labels, card, title and findings. */
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

describe('Sheets cases again, in Japanese, on the second persona, rebuilt twice', () => {
  it('case 1: a rate text moved beside the grid, twice, never overwrites the notes typed there', () => {
    const { addon, doc, second } = twoPersonas('b2b-funnel-5');
    const rate = rowOf(addon, second, doc.lanes.find((l) => l.kind === 'metric')!.label);
    addon.emu.user.type(second, `C${rate}`, '半分くらい');
    addon.emu.user.type(second, `H${rate}`, '自分のメモ');
    addon.emu.user.type(second, `I${rate}`, '二つ目のメモ');
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const shown = addon.emu.inspect(second).displayValues[rate - 1]!;
    expect(shown[7]).toBe('自分のメモ');
    expect(shown[8]).toBe('二つ目のメモ');
    expect(shown.filter((t) => t === '半分くらい')).toHaveLength(1);
    const texts = allTexts(read(addon));
    for (const text of ['半分くらい', '自分のメモ', '二つ目のメモ']) expect(texts).toContain(text);
  });

  it('case 2: Build pressed three times keeps card, header and title typed on the second sheet', () => {
    const { addon, doc, second } = twoPersonas('kotler-5a');
    addon.emu.user.type(second, 'B3', 'マーケティング部長');
    addon.emu.user.type(second, 'B1', '第3四半期の施策');
    addon.emu.user.type(second, 'C8', '興味');
    for (let press = 1; press <= 3; press++) {
      rebuildAll(addon, doc);
      const back = read(addon);
      expect(back.document.title, `press ${press}`).toBe('第3四半期の施策');
      expect(back.document.personas[1]!.role, `press ${press}`).toBe('マーケティング部長');
      expect(allTexts(back), `press ${press}`).toContain('興味');
    }
  });

  it('case 3: a removal confirmed on both sheets keeps card fields edited on each', () => {
    const { addon, doc, second } = twoPersonas('aisas');
    const first = addon.spreadsheet.getSheetByName(NAMES[0]!)!;
    addon.emu.user.type(first, `B${rowOf(addon, first, '目標')}`, '工数削減');
    addon.emu.user.type(second, `B${rowOf(addon, second, '目標')}`, '売上拡大');
    const smaller = structuredClone(doc);
    smaller.lanes = smaller.lanes.filter((l) => l.id !== smaller.lanes[1]!.id);
    rebuildAll(addon, smaller);
    rebuildAll(addon, smaller, true);
    rebuildAll(addon, smaller, true);
    const back = read(addon).document;
    expect(back.lanes.map((l) => l.id)).not.toContain(doc.lanes[1]!.id);
    expect(back.personas.map((p) => p.goals)).toEqual(['工数削減', '売上拡大']);
  });

  it('case 6: a column inserted left of the frozen column on the second sheet, rebuilt twice', () => {
    const { addon, doc, second } = twoPersonas('ux-extended');
    addon.emu.user.insertColumnsBefore(second, 1, 1);
    addon.emu.user.type(second, 'A20', '列のメモ');
    // The labels are in column B now, the first stage in column C.
    const lane = addon.emu.inspect(second).displayValues.findIndex((r) => r[1] === doc.lanes[0]!.label) + 1;
    expect(lane).toBeGreaterThan(0);
    addon.emu.user.type(second, `D${lane}`, '入力した内容');
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const texts = allTexts(read(addon));
    expect(texts).toContain('列のメモ');
    expect(texts).toContain('入力した内容');
  });

  it('case 7: a 50,000-character text in a rate lane of the second sheet survives two rebuilds whole', () => {
    const { addon, doc, second } = twoPersonas('b2b-funnel-5');
    const rate = rowOf(addon, second, doc.lanes.find((l) => l.kind === 'metric')!.label);
    const long = `長文${'あ'.repeat(49_998)}`;
    addon.emu.user.type(second, `B${rate}`, long);
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    expect(allTexts(read(addon))).toContain(long);
  });

  it('case 10: full-width digits on the second sheet are a rate and a score, through two rebuilds', () => {
    const { addon, doc, second } = twoPersonas('b2b-funnel-5');
    const metric = doc.lanes.find((l) => l.kind === 'metric')!;
    const emotion = doc.lanes.find((l) => l.kind === 'emotion');
    addon.emu.user.type(second, `B${rowOf(addon, second, metric.label)}`, '４０％');
    if (emotion) addon.emu.user.type(second, `B${rowOf(addon, second, emotion.label)}`, '－１');
    for (let n = 0; n < 3; n++) {
      const cells = secondJourney(read(addon));
      expect(cells[metric.id]?.[doc.stages[0]!.id], `round ${n}`).toBe(0.4);
      if (emotion) expect(cells[emotion.id]?.[doc.stages[0]!.id], `round ${n}`).toBe(-1);
      rebuildAll(addon, doc);
    }
  });

  it('case 8: two personas of 60 emoji that differ only at the end get two sheets, rebuilt twice', () => {
    const addon = startAddon();
    const base = '😀'.repeat(59);
    const doc = makeDoc('aidma', 'ja', [`${base}🍣`, `${base}🍜`]);
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    rebuildAll(addon, doc);
    const names = addon.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.length > 100)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(3);
    expect(read(addon).document.personas.map((p) => p.name)).toEqual([`${base}🍣`, `${base}🍜`]);
  });

  it('case 9: 21 copies of the second sheet: the read names what it skipped, and a rebuild still works', () => {
    const { addon, doc, second } = twoPersonas('aisas');
    addon.emu.user.type(second, `C${rowOf(addon, second, doc.lanes[0]!.label)}`, '複製前の入力');
    for (let i = 0; i < 21; i++) addon.emu.user.duplicateSheet(second);
    const back = read(addon);
    expect(back.document.personas).toHaveLength(20);
    expect(back.findings.filter((f) => f.code === 'journey-skipped')).toHaveLength(3);
    rebuildAll(addon, doc);
    const again = read(addon);
    expect(again.document.personas).toHaveLength(20);
    expect(secondJourney(again)[doc.lanes[0]!.id]?.[doc.stages[1]!.id]).toBe('複製前の入力');
  });

  it('case 5: a title typed on a duplicated sheet is read, and kept by a rebuild of the copy', () => {
    const { addon, doc, second } = twoPersonas('hubspot-buyers');
    const copy = addon.emu.user.duplicateSheet(second);
    addon.emu.user.type(copy, 'B1', 'コピーのタイトル');
    expect(allTexts(read(addon))).toContain('コピーのタイトル');
    // The original form, rebuilt: the copy is not in it, and keeps its title.
    rebuildAll(addon, doc);
    expect(allTexts(read(addon))).toContain('コピーのタイトル');
    // The read-back loaded into the form and rebuilt, copy included.
    const withCopy = read(addon).document;
    rebuildAll(addon, withCopy);
    expect(read(addon).document.title).toBe('コピーのタイトル');
  });

  it('case 2: a stage header renamed on the first sheet only is kept there and reported, rebuilt twice', () => {
    const { addon, doc } = twoPersonas('btob-6');
    const first = addon.spreadsheet.getSheetByName(NAMES[0]!)!;
    const header = addon.emu.inspect(first).displayValues.findIndex((r) => r[1] === doc.stages[0]!.label) + 1;
    addon.emu.user.type(first, `B${header}`, '情報収集');
    for (let n = 0; n < 2; n++) {
      rebuildAll(addon, doc);
      const back = read(addon);
      expect(allTexts(back), `round ${n}`).toContain('情報収集');
      expect(addon.emu.inspect(first).displayValues[header - 1]![1]).toBe('情報収集');
    }
  });
});
