/**
 * Read back on a spreadsheet Journey Grid did not build: hand-made grids imitating downloaded
 * templates, typed into the emulator as a user would, read into the exact model, with what could
 * not be placed reported by address, and files that hold no journey table refused in ja and en.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';

function open(name: string): { addon: Addon; sheet: Sheet } {
  const addon = startAddon({ spreadsheetName: name });
  return { addon, sheet: addon.spreadsheet.getSheets()[0]! };
}

/** Types rows with their top-left corner at `a1`, as a paste does (numbers become numbers). */
const lay = (addon: Addon, sheet: Sheet, a1: string, rows: string[][]) =>
  addon.emu.user.paste(sheet, a1, rows);
const read = (addon: Addon) => addon.ok<ReadBack>('readJourneys', 'all');
const brief = (r: ReadBack) => r.findings.map((f) => [f.path, f.code, f.text]);
const lanesOf = (r: ReadBack) => r.document.lanes.map((l) => [l.id, l.label, l.kind]);
const stagesOf = (r: ReadBack) => r.document.stages.map((s) => [s.id, s.label]);

describe('hand-made grids in Sheets', () => {
  it('remote-workshop layout: title and persona rows above a phase header and lane rows', () => {
    const { addon, sheet } = open('ワークショップ');
    lay(addon, sheet, 'A1', [['カスタマージャーニーマップ：オンライン英会話']]);
    lay(addon, sheet, 'A3', [
      ['ペルソナ', '田中 美咲'],
      ['年齢', '34歳'],
      ['職業', '商社の営業事務'],
      ['ゴール', '半年で英語の会議に出る'],
    ]);
    lay(addon, sheet, 'A8', [
      ['フェーズ', '認知', '情報収集', '比較・検討', '申込', '利用'],
      ['行動', 'SNS広告を見る', '口コミを調べる', '無料体験を受ける', '月額プランに申し込む', '毎朝25分受講'],
      ['タッチポイント', 'Instagram', '比較サイト', '体験レッスン', '申込フォーム', 'アプリ'],
      ['思考', '安く続けたい', '講師の質は？', '時間が合うか', '', '続けられそう'],
      ['感情', '0', '-1', '1', '-2', '2'],
      ['課題', '', '情報が多すぎる', '', '決済画面が分かりにくい', ''],
    ]);
    const r = read(addon);
    expect(r.document).toEqual({
      schemaVersion: 1,
      title: 'カスタマージャーニーマップ：オンライン英会話',
      language: 'ja',
      frameworkId: 'ma-8',
      stages: [
        { id: 'aware', label: '認知' },
        { id: 'gathering-information', label: '情報収集' },
        { id: 'considering', label: '比較・検討' },
        { id: 'purchase', label: '申込' },
        { id: 'use', label: '利用' },
      ],
      lanes: [
        { id: 'actions', label: '行動', kind: 'text' },
        { id: 'touchpoints', label: 'タッチポイント', kind: 'text' },
        { id: 'thoughts', label: '思考', kind: 'text' },
        { id: 'emotion', label: '感情', kind: 'emotion' },
        { id: 'challenges', label: '課題', kind: 'text' },
      ],
      personas: [
        {
          id: 'p1',
          name: '田中 美咲',
          role: '商社の営業事務',
          goals: '半年で英語の会議に出る',
          notes: '年齢: 34歳',
          antiPersona: false,
        },
      ],
      journeys: [
        {
          personaId: 'p1',
          cells: {
            actions: {
              aware: 'SNS広告を見る',
              'gathering-information': '口コミを調べる',
              considering: '無料体験を受ける',
              purchase: '月額プランに申し込む',
              use: '毎朝25分受講',
            },
            touchpoints: {
              aware: 'Instagram',
              'gathering-information': '比較サイト',
              considering: '体験レッスン',
              purchase: '申込フォーム',
              use: 'アプリ',
            },
            thoughts: {
              aware: '安く続けたい',
              'gathering-information': '講師の質は？',
              considering: '時間が合うか',
              use: '続けられそう',
            },
            emotion: { aware: 0, 'gathering-information': -1, considering: 1, purchase: -2, use: 2 },
            challenges: { 'gathering-information': '情報が多すぎる', purchase: '決済画面が分かりにくい' },
          },
        },
      ],
    });
    expect(r.findings).toEqual([]);
    expect(r.recognition).toEqual({
      builtByJourneyGrid: false,
      framework: { id: 'ma-8', matched: 5, of: 8, confidence: 'medium' },
      catalogStages: ['aware', 'gathering-information', 'considering', 'purchase', 'use'],
      libraryLanes: ['actions', 'touchpoints', 'thoughts', 'emotion', 'challenges'],
      journeys: [
        {
          personaId: 'p1',
          where: 'Sheet1',
          from: 'A8',
          to: 'F13',
          persona: ['name', 'notes', 'role', 'goals'],
        },
      ],
    });
    expect(r.summary.personas[0]!.total).toBe(21);
  });

  it('HubSpot-style stage columns with question-style lane labels and faces for feelings', () => {
    const { addon, sheet } = open('Buyer journey');
    lay(addon, sheet, 'B2', [["Buyer's Journey Template"]]);
    lay(addon, sheet, 'B4', [
      ['', 'Awareness Stage', 'Consideration Stage', 'Decision Stage'],
      ['What are they doing?', 'Searching symptoms', 'Comparing vendors', 'Booking a demo'],
      ['What are they thinking?', 'Why is churn up?', 'Which tool fits?', 'Is it worth it?'],
      ['What are they feeling?', '😟', '🙂', '😀 relieved'],
      ['What questions do they have?', 'What causes churn?', 'Build or buy?', 'How long to set up?'],
      ['Content', 'Blog post', 'Webinar', 'Case study'],
    ]);
    const r = read(addon);
    expect(r.document.title).toBe("Buyer's Journey Template");
    expect(r.document.frameworkId).toBe('hubspot-buyers');
    expect(stagesOf(r)).toEqual([
      ['awareness', 'Awareness Stage'],
      ['consideration', 'Consideration Stage'],
      ['decision', 'Decision Stage'],
    ]);
    expect(lanesOf(r)).toEqual([
      ['actions', 'What are they doing?', 'text'],
      ['thoughts', 'What are they thinking?', 'text'],
      ['emotion', 'What are they feeling?', 'emotion'],
      ['questions-research', 'What questions do they have?', 'text'],
      ['content', 'Content', 'text'],
    ]);
    expect(r.document.personas).toEqual([{ id: 'p1', name: 'Persona 1', antiPersona: false }]);
    expect(r.document.journeys[0]!.cells).toEqual({
      actions: {
        awareness: 'Searching symptoms',
        consideration: 'Comparing vendors',
        decision: 'Booking a demo',
      },
      thoughts: {
        awareness: 'Why is churn up?',
        consideration: 'Which tool fits?',
        decision: 'Is it worth it?',
      },
      emotion: { awareness: -1, consideration: 1, decision: 2 },
      'questions-research': {
        awareness: 'What causes churn?',
        consideration: 'Build or buy?',
        decision: 'How long to set up?',
      },
      content: { awareness: 'Blog post', consideration: 'Webinar', decision: 'Case study' },
    });
    // A score read from a face or words keeps what was written.
    expect(brief(r)).toEqual([
      ['C7', 'emotion-from-text', '😟'],
      ['D7', 'emotion-from-text', '🙂'],
      ['E7', 'emotion-from-text', '😀 relieved'],
    ]);
    expect(r.findings[2]!.message.en).toBe('Read as emotion +2 (the text as written is kept here).');
    expect(r.recognition?.framework).toEqual({ id: 'hubspot-buyers', matched: 3, of: 3, confidence: 'high' });
  });

  it('a Japanese MA-stage grid with merged group headers, numbered stages and a spacer column', () => {
    const { addon, sheet } = open('MA');
    lay(addon, sheet, 'C3', [
      ['', '', 'マーケティング', '', '', '', '', 'インサイドセールス', 'カスタマーサクセス', ''],
      ['', '', '①未知', '②認知', '③興味関心', '④情報収集', '⑤検討', '⑥購買', '⑦利用', '⑧ロイヤルカスタマー'],
      ['課題', '', '課題に気づいていない', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['思考', '', '', '何か良い方法は？', '', '', '', '', '', ''],
      ['行動', '', '', '', 'ブログを読む', '', '', '', '', ''],
      ['情報', '', '', '', '', 'ホワイトペーパー', '', '', '', ''],
      ['ネクストステップのキーファクター', '', '', '', '', '', '事例', '', '', ''],
      ['MAシナリオ', '', '', '', '', '', '', '見積メール', '', ''],
    ]);
    addon.emu.user.merge(sheet, 'E3:I3');
    addon.emu.user.merge(sheet, 'K3:L3');
    const r = read(addon);
    expect(r.document.frameworkId).toBe('ma-8');
    expect(stagesOf(r)).toEqual([
      ['unaware', '①未知'],
      ['aware', '②認知'],
      ['interested', '③興味関心'],
      ['gathering-information', '④情報収集'],
      ['considering', '⑤検討'],
      ['purchase', '⑥購買'],
      ['use', '⑦利用'],
      ['loyal', '⑧ロイヤルカスタマー'],
    ]);
    expect(lanesOf(r)).toEqual([
      ['challenges', '課題', 'text'],
      ['thoughts', '思考', 'text'],
      ['actions', '行動', 'text'],
      ['information', '情報', 'text'],
      ['next-step-factors', 'ネクストステップのキーファクター', 'text'],
      ['ma-scenario', 'MAシナリオ', 'text'],
    ]);
    expect(r.document.journeys[0]!.cells).toEqual({
      challenges: { unaware: '課題に気づいていない' },
      thoughts: { aware: '何か良い方法は？' },
      actions: { interested: 'ブログを読む' },
      information: { 'gathering-information': 'ホワイトペーパー' },
      'next-step-factors': { considering: '事例' },
      'ma-scenario': { purchase: '見積メール' },
    });
    // Stage groups have no place in the model: each stays a finding with its cell.
    expect(brief(r)).toEqual([
      ['E3', 'stage-group', 'マーケティング'],
      ['J3', 'stage-group', 'インサイドセールス'],
      ['K3', 'stage-group', 'カスタマーサクセス'],
    ]);
    expect(r.recognition?.journeys).toEqual([
      { personaId: 'p1', where: 'Sheet1', from: 'C3', to: 'L11', persona: [] },
    ]);
  });

  it('two grids on one sheet, each under its persona block, read as two personas of one document', () => {
    const { addon, sheet } = open('Two personas');
    lay(addon, sheet, 'A1', [
      ['Name: Ken Sato'],
      ['Role: IT manager'],
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Trade show', 'Website', 'Sales call'],
      ['Emotion', '1', '-1', '2'],
      ['', '', '', ''],
      ['', '', '', ''],
      ['Name', 'Yui Mori'],
      ['Company', 'Acme Ltd.'],
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Podcast', '', 'Web shop'],
      ['Emotion', 'neutral', '3', ''],
      ['Pain points', '', 'Too many plans', ''],
    ]);
    const r = read(addon);
    expect(r.document.frameworkId).toBe('basic-5');
    expect(stagesOf(r)).toEqual([
      ['awareness', 'Awareness'],
      ['consideration', 'Consideration'],
      ['purchase', 'Purchase'],
    ]);
    expect(lanesOf(r)).toEqual([
      ['touchpoints', 'Touchpoints', 'text'],
      ['emotion', 'Emotion', 'emotion'],
      ['pain-points', 'Pain points', 'text'],
    ]);
    expect(r.document.personas).toEqual([
      { id: 'p1', name: 'Ken Sato', role: 'IT manager', antiPersona: false },
      { id: 'p2', name: 'Yui Mori', company: 'Acme Ltd.', antiPersona: false },
    ]);
    expect(r.document.journeys).toEqual([
      {
        personaId: 'p1',
        cells: {
          touchpoints: { awareness: 'Trade show', consideration: 'Website', purchase: 'Sales call' },
          emotion: { awareness: 1, consideration: -1, purchase: 2 },
        },
      },
      {
        personaId: 'p2',
        cells: {
          touchpoints: { awareness: 'Podcast', purchase: 'Web shop' },
          emotion: { awareness: 0 },
          'pain-points': { consideration: 'Too many plans' },
        },
      },
    ]);
    // 3 is off the −2…+2 scale: not in the model, kept as a finding with its cell.
    expect(brief(r)).toEqual([
      ['B12', 'emotion-from-text', 'neutral'],
      ['C12', 'not-a-score', '3'],
    ]);
    expect(r.document.title).toBe('Two personas');
  });

  it('text inside a table that has no lane or stage, and notes below it, are findings with their cells', () => {
    const { addon, sheet } = open('Spacers');
    lay(addon, sheet, 'B2', [
      ['ステージ', '認知', '', '検討', '購入'],
      ['行動', '広告を見る', '(メモ)', '比べる', '買う'],
      ['', '', '', '', ''],
      ['思考', '気になる', 'メモ：あとで確認', '高い？', ''],
      ['', '', '', '', ''],
      ['※ 2025年4月 ワークショップで作成', '', '', '', ''],
    ]);
    const r = read(addon);
    expect(stagesOf(r)).toEqual([
      ['awareness', '認知'],
      ['consideration', '検討'],
      ['purchase', '購入'],
    ]);
    expect(r.document.journeys[0]!.cells).toEqual({
      actions: { awareness: '広告を見る', consideration: '比べる', purchase: '買う' },
      thoughts: { awareness: '気になる', consideration: '高い？' },
    });
    expect(r.document.personas).toEqual([{ id: 'p1', name: 'ペルソナ 1', antiPersona: false }]);
    expect(brief(r)).toEqual([
      ['D3', 'outside-grid', '(メモ)'],
      // Inside the table, a "label: value" line is the team's note, not a persona field.
      ['D5', 'outside-grid', 'メモ：あとで確認'],
      ['B7', 'outside-grid', '※ 2025年4月 ワークショップで作成'],
    ]);
  });

  it('refuses, in Japanese and English, a sheet that holds a number table or a plain list', () => {
    const numbers = open('Sales');
    lay(numbers.addon, numbers.sheet, 'A1', [
      ['', 'Jan', 'Feb', 'Mar'],
      ['North', '120', '130', '90'],
      ['South', '80', '95', '101'],
    ]);
    // First what was there before (no Journey Grid journey), then why the grid was not read.
    expect(numbers.addon.fail('readJourneys', 'all')).toEqual([
      {
        path: '',
        code: 'no-journeys',
        message: {
          ja: 'このスプレッドシートには Journey Grid のジャーニーがありません。',
          en: 'This spreadsheet holds no Journey Grid journeys.',
        },
      },
      {
        path: '',
        code: 'number-table',
        message: {
          ja: 'ファイル内の表は数値の表で、ジャーニーの表（上の行にステージ、左の列にレーン名）ではないため、何も読み込んでいません。',
          en: 'The tables in this file are number tables, not journey tables (stages across the top, lane names down the left), so nothing was read.',
        },
      },
    ]);
    const list = open('Todo');
    lay(list.addon, list.sheet, 'A1', [['Buy milk'], ['Call Ken'], ['Book the venue']]);
    expect(list.addon.fail('readJourneys', 'all').map((p) => p.code)).toEqual([
      'no-journeys',
      'not-a-journey-table',
    ]);
    expect(list.addon.fail('readJourneys', 'active').map((p) => p.code)).toEqual([
      'not-a-journey',
      'not-a-journey-table',
    ]);
  });
});
