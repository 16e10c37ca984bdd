/**
 * Property: a random journey laid out as a random hand-made grid (offset, blank spacer rows and
 * columns, a merged group row over the stages, a corner word or none, stage labels in ja or en
 * with numbering, lane labels from the synonym table or the user's own, emotion as numbers or
 * faces, a title and persona line above) reads back with every cell text at its lane and stage,
 * and nothing else the grid shows is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog/frameworks';
import { LANE_LIBRARY } from '../../src/catalog/lanes';
import type { ForeignGrid, Merge } from '../../src/read/foreign/grid';
import { recognizeGrids } from '../../src/read/foreign/recognize';
import { CORNER_WORDS, FACES, LANE_SYNONYMS } from '../../src/read/foreign/vocab';
import { libraryLaneOf } from '../../src/read/foreign/words';

const FRAMEWORK_CHOICES = FRAMEWORKS.filter((f) => !f.stagesAreUserChosen);
const NUMBERING = [
  (_i: number) => '',
  (i: number) => `${i + 1}. `,
  (i: number) => `STEP${i + 1} `,
  (i: number) => String.fromCharCode(0x2460 + i),
  (i: number) => `(${i + 1}) `,
  (i: number) => `Stage ${i + 1}: `,
];
/** Every label a lane may be written as, that reads back as that lane. */
const TEXT_LANES = [
  'touchpoints',
  'actions',
  'thoughts',
  'pain-points',
  'opportunities',
  'channels',
  'goals',
].map((id) => {
  const def = LANE_LIBRARY.find((l) => l.id === id)!;
  const labels = [def.label.ja, def.label.en, ...(LANE_SYNONYMS[id] ?? '').split('|').filter(Boolean)];
  return { id, labels: labels.filter((l) => libraryLaneOf(l) === id) };
});
const EMOTION_LABELS = ['感情', '気持ち', 'Emotion', 'Feelings', 'What are they feeling?'];
const PIECES = [
  'ホワイトペーパーを読む',
  '価格が不安',
  'Reads a blog post',
  '🚀',
  'x',
  '・資料請求\n・比較',
  '42',
  'a  b',
  '"quoted"',
];

const textArb = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' '));

type LaneSpec = { label: string; emotion: boolean; cells: (string | number | null)[]; faces: boolean[] };

const layoutArb = fc
  .record({
    framework: fc.constantFrom(...FRAMEWORK_CHOICES),
    ja: fc.boolean(),
    numbering: fc.integer({ min: 0, max: NUMBERING.length - 1 }),
    textLanes: fc.uniqueArray(fc.constantFrom(...TEXT_LANES), {
      minLength: 0,
      maxLength: 4,
      selector: (l) => l.id,
    }),
    labelPick: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    emotion: fc.option(fc.constantFrom(...EMOTION_LABELS)),
    custom: fc.option(fc.constantFrom('独自メモ', 'Our notes', '社内の反応')),
    laneOrder: fc.nat(),
    seedCells: fc.array(fc.option(textArb, { freq: 2 }), { minLength: 80, maxLength: 80 }),
    seedScores: fc.array(fc.option(fc.integer({ min: -2, max: 2 })), { minLength: 20, maxLength: 20 }),
    faces: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    top: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: 0, max: 3 }),
    labelGap: fc.integer({ min: 0, max: 2 }),
    stageGaps: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    blankRows: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    groups: fc.boolean(),
    corner: fc.option(fc.constantFrom(...CORNER_WORDS.split('|'))),
    title: fc.boolean(),
  })
  .filter((l) => l.textLanes.length + (l.emotion ? 1 : 0) + (l.custom ? 1 : 0) > 0);

type Layout = typeof layoutArb extends fc.Arbitrary<infer T> ? T : never;

function faceFor(score: number): string {
  return Array.from(FACES.find(([, s]) => s === score)![0])[0]!;
}

function lanesOf(l: Layout): LaneSpec[] {
  const n = l.framework.stages.length;
  let k = 0;
  const text = (): (string | null)[] => Array.from({ length: n }, () => l.seedCells[k++ % 80] ?? null);
  const lanes: LaneSpec[] = l.textLanes.map((lane, i) => ({
    label: lane.labels[l.labelPick[i]! % lane.labels.length]!,
    emotion: false,
    cells: text(),
    faces: [],
  }));
  if (l.emotion)
    lanes.splice(l.laneOrder % (lanes.length + 1), 0, {
      label: l.emotion,
      emotion: true,
      cells: Array.from({ length: n }, (_, i) => l.seedScores[i] ?? null),
      faces: l.faces.slice(0, n),
    });
  if (l.custom) lanes.push({ label: l.custom, emotion: false, cells: text(), faces: [] });
  return lanes;
}

/** The grid as a person would have drawn it, with the cell of every lane × stage. */
function layOut(l: Layout, lanes: LaneSpec[]) {
  const stages = l.framework.stages.map(
    (s, i) => NUMBERING[l.numbering]!(i) + (l.ja ? s.label.ja : s.label.en),
  );
  const rows: string[][] = [];
  const merges: Merge[] = [];
  const set = (r: number, c: number, t: string) => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    while (row.length <= c) row.push('');
    row[c] = t;
  };
  let r = l.top;
  if (l.title && l.top >= 2) set(0, l.left, 'Journey map 2026');
  const labelColumn = l.left;
  const stageColumns: number[] = [];
  let c = labelColumn + 1 + l.labelGap;
  stages.forEach((_, i) => {
    stageColumns.push(c);
    c += l.stageGaps[i] ? 2 : 1;
  });
  if (l.groups && stages.length >= 3) {
    // Two groups: the first stage, then the rest, merged across their columns.
    set(r, stageColumns[0]!, '購入前');
    set(r, stageColumns[1]!, '購入後');
    merges.push({
      row: r,
      column: stageColumns[1]!,
      rows: 1,
      columns: stageColumns[stageColumns.length - 1]! - stageColumns[1]! + 1,
    });
    r++;
  }
  if (l.corner) set(r, labelColumn, l.corner);
  stages.forEach((s, i) => {
    set(r, stageColumns[i]!, s);
  });
  r++;
  const where: { lane: number; stage: number; text: string; value: string | number }[] = [];
  lanes.forEach((lane, li) => {
    if (l.blankRows[li]) r++;
    set(r, labelColumn, lane.label);
    lane.cells.forEach((cell, si) => {
      if (cell === null) return;
      const text = typeof cell === 'number' ? (lane.faces[si] ? faceFor(cell) : String(cell)) : cell;
      set(r, stageColumns[si]!, text);
      where.push({ lane: li, stage: si, text, value: cell });
    });
    r++;
  });
  const width = Math.max(...rows.map((row) => row.length));
  const cells = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const grid: ForeignGrid = {
    where: 'Sheet1',
    cells,
    merges,
    address: (row, col) => `R${row + 1}C${col + 1}`,
  };
  return { grid, stages, where };
}

describe('hand-made grids, generated', () => {
  it('every cell of a random journey in a random foreign layout reads back at its lane and stage', () => {
    fc.assert(
      fc.property(layoutArb, (l) => {
        const lanes = lanesOf(l);
        const { grid, stages, where } = layOut(l, lanes);
        const result = recognizeGrids([grid], 'file');
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const { document, findings } = result.value;
        expect(document.stages.map((s) => s.label)).toEqual(stages);
        expect(document.lanes.map((x) => x.label)).toEqual(lanes.map((x) => x.label));
        const cells = document.journeys[0]!.cells;
        const got = Object.entries(cells).flatMap(([laneId, row]) =>
          Object.entries(row).map(([stageId, value]) => ({
            lane: document.lanes.findIndex((x) => x.id === laneId),
            stage: document.stages.findIndex((s) => s.id === stageId),
            value,
          })),
        );
        const expected = where.map(({ lane, stage, value }) => ({ lane, stage, value }));
        const order = (a: { lane: number; stage: number }, b: { lane: number; stage: number }) =>
          a.lane - b.lane || a.stage - b.stage;
        expect(got.sort(order)).toEqual(expected.sort(order));
        const emotionLane = lanes.findIndex((x) => x.emotion);
        if (emotionLane >= 0) expect(document.lanes[emotionLane]!.kind).toBe('emotion');
        // Nothing dropped: every other text the grid shows is a finding or the title.
        const placed = new Set([...stages, ...lanes.map((x) => x.label), ...where.map((w) => w.text)]);
        const rest = grid.cells
          .flat()
          .filter((t) => t.trim() && !placed.has(t) && !(l.corner && t === l.corner));
        const kept = [document.title, ...findings.map((f) => f.text)];
        for (const t of rest) expect(kept).toContain(t);
        // Faces are in the model as scores and in findings as written.
        for (const w of where)
          if (typeof w.value === 'number' && w.text !== String(w.value))
            expect(findings.map((f) => f.text)).toContain(w.text);
      }),
    );
  });

  // "Channels" in one grid and "チャネル" in the other are one lane, labelled as first seen.
  const laneKey = (label: string) => libraryLaneOf(label) ?? label;

  it('two random grids stacked on one sheet, each under its persona line, read as two journeys', () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, fc.integer({ min: 1, max: 3 }), fc.boolean(), (a, b0, gap, ja) => {
        // The same stages in both grids, as a team copies its grid for a second persona.
        const b = { ...b0, framework: a.framework, ja: a.ja, numbering: a.numbering, title: false };
        const first = layOut({ ...a, title: false, top: Math.max(a.top, 2) }, lanesOf(a));
        const second = layOut({ ...b, top: Math.max(b.top, 2) }, lanesOf(b));
        const names = ja ? ['名前：佐藤 健', '名前：森 由衣'] : ['Name: Ken Sato', 'Name: Yui Mori'];
        const width = Math.max(first.grid.cells[0]!.length, second.grid.cells[0]!.length);
        const pad = (rows: string[][]) =>
          rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const top = pad(first.grid.cells);
        top[0]![0] = names[0]!;
        const below = pad(second.grid.cells);
        below[0]![0] = names[1]!;
        const offset = top.length + gap;
        const cells = [...top, ...pad(Array.from({ length: gap }, () => [])), ...below];
        const merges = [
          ...first.grid.merges,
          ...second.grid.merges.map((m) => ({ ...m, row: m.row + offset })),
        ];
        const result = recognizeGrids([{ ...first.grid, cells, merges }], 'file');
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const { document } = result.value;
        expect(document.personas.map((p) => p.name)).toEqual(names.map((n) => n.replace(/^.*[:：]\s*/, '')));
        [first, second].forEach((laid, j) => {
          const lanes = j === 0 ? lanesOf(a) : lanesOf(b);
          const cellsRead = document.journeys[j]!.cells;
          const got = Object.entries(cellsRead).flatMap(([laneId, row]) =>
            Object.entries(row).map(([stageId, value]) => [
              laneKey(document.lanes.find((x) => x.id === laneId)!.label),
              document.stages.find((s) => s.id === stageId)!.label,
              value,
            ]),
          );
          const expected = laid.where.map((w) => [
            laneKey(lanes[w.lane]!.label),
            laid.stages[w.stage]!,
            w.value,
          ]);
          const key = (x: unknown[]) => JSON.stringify(x.slice(0, 2));
          expect(got.sort((x, y) => key(x).localeCompare(key(y)))).toEqual(
            expected.sort((x, y) => key(x).localeCompare(key(y))),
          );
        });
      }),
    );
  });
});
