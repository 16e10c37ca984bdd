/**
 * Adopting a hand-made grid in Sheets: "Adopt this grid" keys the user's own rows and columns
 * without changing a cell, after which Read back reads the same model as a built journey, an edit
 * typed into the grid reads back, and a rebuild keeps everything typed; a sheet holding two grids
 * is refused with the file unchanged, and "Rebuild in Journey Grid's layout" builds it on new
 * sheets beside the untouched original.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';

function open(name: string): { addon: Addon; sheet: Sheet } {
  const addon = startAddon({ spreadsheetName: name });
  return { addon, sheet: addon.spreadsheet.getSheets()[0]! };
}
const read = (addon: Addon) => addon.ok<ReadBack>('readJourneys', 'all');
/** Everything a user sees of the file (every sheet's cells, formats, merges, sizes): not the keys. */
const look = (addon: Addon) =>
  JSON.stringify(addon.emu.inspectSpreadsheet(addon.spreadsheet), (key, value) =>
    key === 'metadata' ? undefined : value,
  );
const keys = (addon: Addon) => JSON.stringify(addon.emu.inspectSpreadsheet(addon.spreadsheet));
const cellsOf = (addon: Addon, sheet: Sheet) => JSON.stringify(addon.emu.inspect(sheet).displayValues);

function workshop(): { addon: Addon; sheet: Sheet } {
  const { addon, sheet } = open('ワークショップ');
  addon.emu.user.paste(sheet, 'A1', [['カスタマージャーニーマップ：オンライン英会話']]);
  addon.emu.user.paste(sheet, 'A3', [
    ['ペルソナ', '田中 美咲'],
    ['職業', '商社の営業事務'],
  ]);
  addon.emu.user.paste(sheet, 'A6', [
    ['フェーズ', '認知', '情報収集', '比較・検討', '申込', '利用'],
    ['行動', 'SNS広告を見る', '口コミを調べる', '無料体験を受ける', '月額プランに申し込む', '毎朝25分受講'],
    ['タッチポイント', 'Instagram', '比較サイト', '体験レッスン', '申込フォーム', 'アプリ'],
    ['感情', '0', '-1', '1', '-2', '2'],
    ['課題', '', '情報が多すぎる', '', '決済画面が分かりにくい', ''],
  ]);
  return { addon, sheet };
}

describe('adopting a hand-made grid in Sheets', () => {
  it('keys the remote-workshop sheet in place: nothing moves, and it reads back as the same journey', () => {
    const { addon, sheet } = workshop();
    const recognised = read(addon);
    expect(recognised.recognition).toBeDefined();
    const before = look(addon);
    const adopted = addon.ok<ReadBack>('adoptJourneys', recognised.document, 'keys', 'all');
    expect(look(addon)).toBe(before);
    expect(adopted.recognition).toBeUndefined();
    expect(adopted.document).toEqual(recognised.document);
    expect(read(addon).document).toEqual(recognised.document);
    // The persona block's rows were keyed as the card (its values are read); the team's own labels
    // for them and the corner word are not Journey Grid's, so they are reported by cell, not dropped.
    expect(adopted.findings.map((f) => [f.path, f.text])).toEqual([
      ['A3', 'ペルソナ'],
      ['A4', '職業'],
      ['A6', 'フェーズ'],
    ]);

    // An edit typed into the user's own grid reads back.
    addon.emu.user.type(sheet, 'D8', 'ランキングサイト');
    addon.emu.user.type(sheet, 'B3', '田中 美咲（34）');
    const edited = read(addon);
    expect(edited.document.journeys[0]!.cells.touchpoints!.considering).toBe('ランキングサイト');
    expect(edited.document.personas[0]!.name).toBe('田中 美咲（34）');

    // A rebuild (now Journey Grid's layout) keeps everything typed.
    const built = addon.ok<BatchBuild>('buildJourneys', edited.document, ['p1'], {
      hints: false,
      confirmRemovals: false,
    });
    expect(built.built).toHaveLength(1);
    expect(read(addon).document).toEqual(edited.document);
  });

  it('lets the user correct a lane kind and the persona name before adopting', () => {
    const { addon } = workshop();
    const r = read(addon);
    const doc = structuredClone(r.document);
    doc.personas[0]!.name = 'Misaki';
    doc.lanes.find((l) => l.id === 'emotion')!.kind = 'text';
    for (const [stage, v] of Object.entries(doc.journeys[0]!.cells.emotion!))
      doc.journeys[0]!.cells.emotion![stage] = String(v);
    const adopted = addon.ok<ReadBack>('adoptJourneys', doc, 'keys', 'all');
    expect(adopted.document.personas[0]!.name).toBe('Misaki');
    expect(adopted.document.lanes.find((l) => l.id === 'emotion')!.kind).toBe('text');
    expect(adopted.document.journeys[0]!.cells.emotion).toEqual({
      aware: '0',
      'gathering-information': '-1',
      considering: '1',
      purchase: '-2',
      use: '2',
    });
  });

  it('refuses two grids on one sheet in place (file unchanged), and rebuilds them beside the original', () => {
    const { addon, sheet } = open('Two personas');
    addon.emu.user.paste(sheet, 'A1', [
      ['Name: Ken Sato'],
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Trade show', 'Website', 'Sales call'],
      ['Emotion', '1', '-1', '2'],
      ['', '', '', ''],
      ['Name', 'Yui Mori'],
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Podcast', '', 'Web shop'],
      ['Emotion', '0', '', ''],
    ]);
    const r = read(addon);
    expect(r.document.personas.map((p) => p.name)).toEqual(['Ken Sato', 'Yui Mori']);
    const before = keys(addon);
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-two-on-a-sheet']);
    expect(problems[0]!.message.ja).toContain('Sheet1');
    expect(problems[0]!.message.en).toContain("Rebuild in Journey Grid's layout");
    expect(keys(addon)).toBe(before);
    expect(read(addon).recognition).toBeDefined();

    const original = cellsOf(addon, sheet);
    const rebuilt = addon.ok<ReadBack>('adoptJourneys', r.document, 'layout', 'all');
    expect(rebuilt.document).toEqual(r.document);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Ken Sato', 'Yui Mori']);
    expect(cellsOf(addon, sheet)).toBe(original);
    // Typed into the rebuilt sheet, then rebuilt again: kept.
    const yui = addon.spreadsheet.getSheetByName('Yui Mori')!;
    const cells = addon.emu.inspect(yui).displayValues;
    const row = cells.findIndex((line) => line[0] === 'Touchpoints');
    const column = cells[row - 1]!.indexOf('Consideration');
    addon.emu.user.type(yui, `${String.fromCharCode(65 + column)}${row + 1}`, 'Review site');
    const typed = read(addon);
    expect(typed.document.journeys[1]!.cells.touchpoints!.consideration).toBe('Review site');
    addon.ok('buildJourneys', typed.document, ['p1', 'p2'], { hints: false, confirmRemovals: false });
    expect(read(addon).document).toEqual(typed.document);
  });

  it('refuses, with the file unchanged, a grid whose faces would not read back as the same scores', () => {
    const { addon, sheet } = open('Faces');
    addon.emu.user.paste(sheet, 'A1', [
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Ad', 'Website', 'Shop'],
      ['Feelings', '😀', '🙁', '🙂'],
    ]);
    const r = read(addon);
    expect(r.document.journeys[0]!.cells.emotion).toEqual({ awareness: 2, consideration: -1, purchase: 1 });
    const before = keys(addon);
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-not-exact']);
    expect(problems[0]!.message.en).toContain('Feelings × Awareness');
    expect(keys(addon)).toBe(before);
    expect(read(addon).recognition).toBeDefined();
  });
});
