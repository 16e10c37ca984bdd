/**
 * A hostile walk through reading and adopting hand-made grids, as a Japanese B2B marketer would:
 * ordinary templates (HubSpot-style English, a Japanese フェーズ grid), ordinary mistakes (a blank
 * stage header, a totals row, an edit between Read back and Adopt, adopting twice, a view-only
 * file, a pasted table that is no journey). For each: nothing the team typed is lost (every cell
 * is in the model or in a finding at its address), adopting changes no cell, and every refusal
 * is translated. Tests marked skip name what is still open.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { ReadBack } from '../../src/server/rpc';
import { startSlidesAddon } from '../slides/support';
import { type Addon, startAddon } from '../support/addon';

function open(name: string, rows: string[][], a1 = 'A1'): { addon: Addon; sheet: Sheet } {
  const addon = startAddon({ spreadsheetName: name });
  const sheet = addon.spreadsheet.getSheets()[0]!;
  addon.emu.user.paste(sheet, a1, rows);
  return { addon, sheet };
}
const read = (addon: Addon) => addon.ok<ReadBack>('readJourneys', 'all');
/** Everything a user sees of the file (cells, formats, merges, sizes), not the keys. */
const look = (addon: Addon) =>
  JSON.stringify(addon.emu.inspectSpreadsheet(addon.spreadsheet), (key, value) =>
    key === 'metadata' ? undefined : value,
  );
const keys = (addon: Addon) => JSON.stringify(addon.emu.inspectSpreadsheet(addon.spreadsheet));
const address = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
const same = (t: string) => t.normalize('NFKC').trim().replace(/^\+/, '');

/**
 * The cells of `sheet` whose text is neither in the model read (a label, a cell, the title, a
 * persona value) nor in a finding at its address: what the team would lose.
 */
function lost(addon: Addon, sheet: Sheet, r: ReadBack): string[] {
  const doc = r.document;
  const kept = new Set<string>([doc.title]);
  for (const s of doc.stages) kept.add(same(s.label));
  for (const l of doc.lanes) kept.add(same(l.label));
  for (const p of doc.personas)
    for (const v of Object.values(p)) if (typeof v === 'string') kept.add(same(v));
  for (const j of doc.journeys)
    for (const lane of Object.values(j.cells)) for (const v of Object.values(lane)) kept.add(same(String(v)));
  const reported = new Set(
    r.findings.filter((f) => !f.where || f.where === sheet.getName()).map((f) => f.path),
  );
  // The corner word of a recognised table ("Stage", 「フェーズ」) names the header row itself.
  for (const j of r.recognition?.journeys ?? []) if (j.where === sheet.getName()) reported.add(j.from);
  const out: string[] = [];
  addon.emu.inspect(sheet).displayValues.forEach((line, row) => {
    line.forEach((text, column) => {
      if (text.trim() && !kept.has(same(text)) && !reported.has(address(row, column)))
        out.push(`${address(row, column)} ${text}`);
    });
  });
  return out;
}

const PHASES = ['フェーズ', '認知', '興味・関心', '比較・検討', '購入'];
const jaGrid = (emotion: string[]) => [
  PHASES,
  ['顧客の行動', '展示会で名刺交換', '資料DL', '無料トライアル', '稟議'],
  ['タッチポイント', '展示会', 'LP', 'トライアル環境', '見積書'],
  ['感情曲線', ...emotion],
  ['課題', '', '比較表がない', '', '決裁者が多い'],
  ['施策', 'ブース改善', '', '導入事例', '稟議テンプレ'],
];

describe('hostile: ordinary templates', () => {
  it('HubSpot-style English sheet with a "Stage" corner reads whole and adopts without changing a cell', () => {
    const { addon, sheet } = open('Buyer journey', [
      ['Stage', 'Awareness', 'Consideration', 'Decision'],
      ['What is the buyer doing?', 'Searching', 'Comparing vendors', 'Asking for a quote'],
      ['Touchpoints', 'Blog', 'Webinar', 'Demo'],
      ['Emotion', '1', '-1', '2'],
    ]);
    const r = read(addon);
    expect(r.document.frameworkId).toBe('hubspot-buyers');
    expect(lost(addon, sheet, r)).toEqual([]);
    const before = look(addon);
    const adopted = addon.ok<ReadBack>('adoptJourneys', r.document, 'keys', 'all');
    expect(look(addon)).toBe(before);
    expect(adopted.document).toEqual(r.document);
  });

  it('Japanese フェーズ grid with ◎○△× feelings: every cell kept, adopted in place', () => {
    const { addon, sheet } = open('BtoB', jaGrid(['◎', '○', '△', '×']));
    const r = read(addon);
    expect(lost(addon, sheet, r)).toEqual([]);
    const before = look(addon);
    addon.ok<ReadBack>('adoptJourneys', r.document, 'keys', 'all');
    expect(look(addon)).toBe(before);
    expect(read(addon).document).toEqual(r.document);
  });

  // open: 感情曲線 holding ◎○△× / 高い・普通・低い / a 1–5 scale is read as a custom text lane,
  // not as the emotion lane (no agreed mapping of these scales to −2…+2 yet).
  it.skip('reads 感情曲線 given as ◎○△×, 高い・普通・低い or 1–5 as the emotion lane', () => {
    for (const emotion of [
      ['◎', '○', '△', '×'],
      ['高い', '普通', '低い', '高い'],
      ['5', '3', '1', '4'],
    ]) {
      const r = read(open('感情', jaGrid(emotion)).addon);
      expect(r.document.lanes.map((l) => l.kind)).toContain('emotion');
    }
  });

  it('a stage header written as "認知\\n(Awareness)" is the catalog stage, its label kept as typed', () => {
    const { addon, sheet } = open('改行', [
      [
        'フェーズ',
        '認知\n(Awareness)',
        '興味・関心\n(Interest)',
        '比較・検討\n(Consideration)',
        '購入\n(Purchase)',
      ],
      ['タッチポイント', '展示会', 'LP', 'トライアル環境', '見積書'],
      ['感情', '1', '0', '-1', '2'],
    ]);
    const r = read(addon);
    expect(r.document.stages.map((s) => s.id)).toEqual([
      'awareness',
      'interest',
      'consideration',
      'purchase',
    ]);
    expect(r.document.stages[0]!.label).toBe('認知\n(Awareness)');
    expect(lost(addon, sheet, r)).toEqual([]);
    const before = look(addon);
    const adopted = addon.ok<ReadBack>('adoptJourneys', r.document, 'keys', 'all');
    expect(look(addon)).toBe(before);
    expect(adopted.document).toEqual(r.document);
  });
});

describe('hostile: ordinary mistakes', () => {
  it('a blank stage header in the middle: that column is reported cell by cell, not dropped', () => {
    const { addon, sheet } = open('空白', [
      ['フェーズ', '認知', '', '比較・検討', '購入'],
      ['タッチポイント', '展示会', 'LP', 'トライアル環境', '見積書'],
      ['感情', '1', '0', '-1', '2'],
    ]);
    const r = read(addon);
    expect(lost(addon, sheet, r)).toEqual([]);
    expect(r.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['C2', 'C3']));
  });

  it('a totals row and column: every figure is kept', () => {
    const { addon, sheet } = open('合計', [
      ['フェーズ', '認知', '興味・関心', '比較・検討', '購入', '合計'],
      ['リード数', '1200', '300', '80', '12', '1592'],
      ['タッチポイント', '展示会', 'LP', 'トライアル環境', '見積書', ''],
      ['合計', '1200', '300', '80', '12', '1592'],
    ]);
    expect(lost(addon, sheet, read(addon))).toEqual([]);
  });

  it('a 200-row pasted sales table is refused in ja and en, with the file unchanged', () => {
    const rows = [['日付', '商品', '数量', '金額', '担当']];
    for (let i = 0; i < 200; i++)
      rows.push([`2026/01/${(i % 28) + 1}`, `商品${i}`, String(i), String(i * 100), `担当${i % 5}`]);
    const { addon } = open('売上', rows);
    const before = keys(addon);
    const problems = addon.fail('readJourneys', 'all');
    expect(problems.map((p) => p.code)).toContain('not-a-journey-table');
    for (const p of problems) {
      expect(p.message.ja).toMatch(/[\u3040-\u30ff]/);
      expect(p.message.en).toMatch(/[a-z]/);
    }
    expect(keys(addon)).toBe(before);
  });

  it('a cell edited between Read back and Adopt: refused as changed (not as "faces"), nothing keyed', () => {
    const { addon, sheet } = open('途中編集', jaGrid(['1', '0', '-1', '2']));
    const r = read(addon);
    addon.emu.user.type(sheet, 'C3', 'ウェビナー');
    const before = keys(addon);
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-changed']);
    expect(keys(addon)).toBe(before);
    // Read back again, then adopt: the edit is in the model.
    const again = read(addon);
    const adopted = addon.ok<ReadBack>('adoptJourneys', again.document, 'keys', 'all');
    expect(adopted.document.journeys[0]!.cells.touchpoints!.interest).toBe('ウェビナー');
  });

  it('adopting twice is refused in ja and en, the first adoption kept', () => {
    const { addon } = open('二回', jaGrid(['1', '0', '-1', '2']));
    const r = read(addon);
    addon.ok<ReadBack>('adoptJourneys', r.document, 'keys', 'all');
    const before = keys(addon);
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-already']);
    expect(problems[0]!.message.ja).toContain('すでに');
    expect(keys(addon)).toBe(before);
    expect(read(addon).document).toEqual(r.document);
  });

  it('a view-only file: adopting is refused in ja and en, and nothing changes', () => {
    const { addon } = open('閲覧のみ', jaGrid(['1', '0', '-1', '2']));
    const r = read(addon);
    addon.emu.setAccess('view');
    const before = keys(addon);
    for (const how of ['keys', 'layout']) {
      const problems = addon.fail('adoptJourneys', r.document, how, 'all');
      expect(problems.map((p) => p.code)).toEqual(['read-only']);
      expect(problems[0]!.message.ja).toContain('閲覧のみ');
    }
    expect(keys(addon)).toBe(before);
  });

  it('adopt, insert a lane row, sort the lanes, rebuild and send to Slides: everything typed is kept', () => {
    const { addon, sheet } = open('運用', jaGrid(['1', '0', '-1', '2']));
    addon.ok<ReadBack>('adoptJourneys', read(addon).document, 'keys', 'all');
    addon.emu.user.insertRowsAfter(sheet, 3);
    addon.emu.user.paste(sheet, 'A4', [['思考', '名刺だけ', '比較したい', '使えそう', '社内説得']]);
    addon.emu.user.sortRange(sheet, 'A2:E7', 1);
    const r = read(addon);
    expect(lost(addon, sheet, r)).toEqual([]);
    expect(r.document.journeys[0]!.cells.touchpoints!.interest).toBe('LP');
    addon.ok('buildJourneys', r.document, ['p1'], { hints: false, confirmRemovals: false });
    expect(read(addon).document).toEqual(r.document);
    addon.ok('sendToSlides', r.document, { hints: false });
  });

  // open: the read answers the built journey only; the hand-made grid on another sheet is in
  // neither the model nor a finding (fix belongs in readOpenDocument, src/server/rpc.ts).
  it.skip('a file with a built journey and a hand-made grid on another sheet reports the hand-made one', () => {
    const { addon } = open('混在', jaGrid(['1', '0', '-1', '2']));
    addon.ok<ReadBack>('adoptJourneys', read(addon).document, 'layout', 'all');
    const other = addon.spreadsheet.insertSheet('手作り', addon.spreadsheet.getSheets().length);
    addon.emu.user.paste(other, 'B2', [
      ['Stage', 'Awareness', 'Consideration', 'Decision'],
      ['Touchpoints', 'Blog', 'Webinar', 'Demo'],
    ]);
    expect(lost(addon, other, read(addon))).toEqual([]);
  });

  it('Slides: a cell edited between Read back and Adopt is refused as changed, the deck keyless', () => {
    const addon = startSlidesAddon();
    const slide = addon.deck.getSlides()[0]!;
    const rows = jaGrid(['1', '0', '-1', '2']);
    const t = slide.insertTable(rows.length, rows[0]!.length, 20, 80, 680, 300);
    const edit = (r: number, c: number, text: string) =>
      addon.emu.slidesUser.editCell(addon.deck.getId(), t.getObjectId(), r, c, text);
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        if (text) edit(r, c, text);
      });
    });
    const r = addon.ok<ReadBack>('readJourneys', 'all');
    edit(2, 2, 'ウェビナー');
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-changed']);
    expect(addon.ok<ReadBack>('readJourneys', 'all').recognition).toBeDefined();
  });
});

describe('hostile: a lane label left out', () => {
  it('a row with no lane label halfway down makes no second journey of the team cells', () => {
    const { addon, sheet } = open('ラベル抜け', [
      ['フェーズ', '認知', '検討', '購入'],
      ['タッチポイント', '展示会', 'LP', '見積書'],
      ['', '名刺交換', '資料DL', '稟議'],
      ['感情', '1', '0', '-1'],
    ]);
    const r = read(addon);
    expect(r.document.personas).toHaveLength(1);
    expect(r.document.stages.map((s) => s.label)).toEqual(['認知', '検討', '購入']);
    expect(lost(addon, sheet, r)).toEqual([]);
    expect(r.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['B3', 'C3', 'D3']));
  });
});

describe('hostile: the user moves on between Read back and Adopt', () => {
  it('another tab opened before Adopt: refused as changed (read again), not "no table found either"', () => {
    const { addon } = open('タブ', jaGrid(['1', '0', '-1', '2']));
    const r = addon.ok<ReadBack>('readJourneys', 'active');
    addon.spreadsheet.setActiveSheet(addon.spreadsheet.insertSheet('メモ', 1));
    const before = keys(addon);
    const problems = addon.fail('adoptJourneys', r.document, 'keys', 'active');
    expect(problems.map((p) => p.code)).toEqual(['adopt-changed']);
    expect(keys(addon)).toBe(before);
  });
});

describe('hostile: the persona block after adopting', () => {
  // open: persona facts kept in notes (年齢, 性別…) get no row key on adopt, so the stored note
  // wins over the sheet: an edit to 34歳 is reported as outside the grid while the model keeps 34歳.
  it.skip('an edit to the 年齢 row of an adopted persona block reads back', () => {
    const { addon, sheet } = open('年齢', [
      ['ペルソナ', '田中 美咲'],
      ['年齢', '34歳'],
      ['職業', '商社の営業事務'],
      [],
      ['フェーズ', '認知', '情報収集', '比較・検討'],
      ['行動', 'SNS広告を見る', '口コミを調べる', '無料体験を受ける'],
      ['感情', '0', '-1', '1'],
    ]);
    addon.ok<ReadBack>('adoptJourneys', read(addon).document, 'keys', 'all');
    addon.emu.user.type(sheet, 'B2', '35歳');
    expect(read(addon).document.personas[0]!.notes).toBe('年齢: 35歳');
  });
});

describe('hostile: the tab is named like the persona', () => {
  it("Rebuild in Journey Grid's layout builds beside a tab named 田中 美咲, leaving it as it was", () => {
    const { addon, sheet } = open('同名', [
      ['ペルソナ', '田中 美咲'],
      ['職業', '営業'],
      [''],
      ['フェーズ', '認知', '情報収集', '比較・検討'],
      ['行動', 'SNS広告を見る', '口コミを調べる', '無料体験を受ける'],
      ['感情', '0', '-1', '1'],
    ]);
    sheet.setName('田中 美咲');
    const before = JSON.stringify(addon.emu.inspect(sheet));
    const r = read(addon);
    const rebuilt = addon.ok<ReadBack>('adoptJourneys', r.document, 'layout', 'all');
    expect(rebuilt.document).toEqual(r.document);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['田中 美咲', '田中 美咲 (2)']);
    expect(JSON.stringify(addon.emu.inspect(sheet))).toBe(before);
  });
});
