/**
 * The recognizer of hand-made grids on its own (no host): label variants people type, what the
 * synonym table promises, rows whose name says emotion or metric but whose cells say otherwise,
 * and what happens past the model's limits.
 */
import { describe, expect, it } from 'vitest';
import { LANE_LIBRARY } from '../../src/catalog/lanes';
import type { ForeignGrid } from '../../src/read/foreign/grid';
import { recognizeGrids } from '../../src/read/foreign/recognize';
import { LANE_SYNONYMS } from '../../src/read/foreign/vocab';
import { libraryLaneOf } from '../../src/read/foreign/words';

const grid = (cells: string[][], where = 'Sheet1'): ForeignGrid => ({
  where,
  cells,
  merges: [],
  address: (r, c) => `${String.fromCharCode(65 + c)}${r + 1}`,
});

function read(cells: string[][]) {
  const result = recognizeGrids([grid(cells)], 'File');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('recognizing hand-made grids', () => {
  it.each([
    ['1. 認知', '2. 検討', '3. 購入'],
    ['STEP1 認知', 'STEP2 検討', 'STEP3 購入'],
    ['①認知', '②検討', '③購入'],
    ['(1) 認知', '(2) 検討', '(3) 購入'],
    ['Stage 1: Awareness', 'Stage 2: Consideration', 'Stage 3: Purchase'],
    ['ＡＷＡＲＥＮＥＳＳ', 'consideration', 'PURCHASE'],
  ])('numbered or styled stage labels match the catalog: %s, %s, %s', (a, b, c) => {
    const { document } = read([
      ['', a, b, c],
      ['Touchpoints', 't1', 't2', 't3'],
    ]);
    expect(document.stages.map((s) => [s.id, s.label])).toEqual([
      ['awareness', a],
      ['consideration', b],
      ['purchase', c],
    ]);
    expect(document.frameworkId).toBe('basic-5');
  });

  it('every synonym in the table names its own library lane', () => {
    for (const [id, list] of Object.entries(LANE_SYNONYMS)) {
      expect(LANE_LIBRARY.some((l) => l.id === id)).toBe(true);
      for (const word of list.split('|')) expect([word, libraryLaneOf(word)]).toEqual([word, id]);
    }
  });

  it('a "Feelings" row written in sentences stays text under its own label; a KPI row of rates is a metric', () => {
    const { document, findings, recognition } = read([
      ['', 'Awareness', 'Consideration'],
      ['Feelings', 'Curious but busy', 'Overwhelmed by options'],
      ['KPI', '25%', '1,200'],
    ]);
    const [feelings, kpi] = document.lanes;
    expect(feelings).toEqual({ id: expect.stringMatching(/^lane-feeling/), label: 'Feelings', kind: 'text' });
    expect(kpi).toEqual({ id: 'kpi', label: 'KPI', kind: 'metric' });
    expect(document.journeys[0]!.cells).toEqual({
      [feelings!.id]: { awareness: 'Curious but busy', consideration: 'Overwhelmed by options' },
      kpi: { awareness: 0.25, consideration: 1200 },
    });
    expect(findings).toEqual([]);
    expect(recognition.libraryLanes).toEqual(['kpi']);
  });

  it('emotion words in Japanese and English, and a score off the scale, keep what was written', () => {
    const { document, findings } = read([
      ['', '認知', '検討', '購入', '利用', 'エンゲージ'],
      ['気持ち', 'ワクワク', '不安（価格が高い）', '+1', '5', '期待外れ'],
    ]);
    // The longest word found wins: 期待外れ (let down) is not 期待 (hopeful).
    expect(document.journeys[0]!.cells).toEqual({
      emotion: { awareness: 1, consideration: -1, purchase: 1, engagement: -2 },
    });
    expect(findings.map((f) => [f.path, f.code, f.text])).toEqual([
      ['B2', 'emotion-from-text', 'ワクワク'],
      ['C2', 'emotion-from-text', '不安（価格が高い）'],
      ['E2', 'not-a-score', '5'],
      ['F2', 'emotion-from-text', '期待外れ'],
    ]);
    expect(findings[1]!.message.ja).toBe(
      'この表記を感情 −1 として読みました（元の表記はここに残しています）。',
    );
  });

  it('a custom stage among catalog ones keeps the framework guess and gets a stable id from its label', () => {
    const cells = [
      ['', '認知', '検討', '社内稟議', '購入'],
      ['行動', 'a', 'b', 'c', 'd'],
    ];
    const first = read(cells);
    expect(first.document.frameworkId).toBe('basic-5');
    expect(first.document.stages.map((s) => s.id).slice(0, 2)).toEqual(['awareness', 'consideration']);
    const custom = first.document.stages[2]!;
    expect(custom.id).toMatch(/^stage-/);
    expect(first.recognition.catalogStages).toEqual(['awareness', 'consideration', 'purchase']);
    expect(read(cells).document.stages[2]!.id).toBe(custom.id);
  });

  it('a sheet without a table beside a sheet with one is named, not read cell by cell', () => {
    const result = recognizeGrids(
      [
        grid([['Notes'], ['call Ken']], 'Memo'),
        grid([
          ['', 'Awareness', 'Consideration'],
          ['Actions', 'x', 'y'],
        ]),
      ],
      'File',
    );
    expect(result.ok && result.value.findings.map((f) => [f.path, f.code])).toEqual([
      ['Memo', 'no-journey-table'],
    ]);
  });
});

describe('a large sheet', () => {
  it('a 1000 × 26 sheet with one small table among its text is read in seconds, not tens', () => {
    // Measured on the development machine: about 0.2 s; 11 s when each label lookup rebuilt the
    // synonym forms. Apps Script allows 6 minutes per execution, and the user waits for all of it.
    const cells = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 26 }, (_, c) => ((r * c) % 7 === 0 ? '' : `t${r}-${c}`)),
    );
    cells[500] = ['', 'Awareness', 'Consideration', 'Purchase', ...Array<string>(22).fill('')];
    cells[501] = ['Touchpoints', 'a', 'b', 'c', ...Array<string>(22).fill('')];
    const started = Date.now();
    const result = recognizeGrids([grid(cells)], 'File');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.ok && result.value.document.journeys[0]!.cells).toEqual({
      touchpoints: { awareness: 'a', consideration: 'b', purchase: 'c' },
    });
  });
});
