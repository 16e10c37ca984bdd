/**
 * The shared reader on host-neutral tables: a planned journey reads back to the same cells, and
 * the edits people make (renames, inserted and deleted rows, sorting, stray text, lost keys) keep
 * every piece of text either in the model or in the findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../src/catalog';
import { decodeRow } from '../src/layout/keys';
import { formatNumber, planTable } from '../src/layout/table';
import type { JourneyDocument } from '../src/model/types';
import { assembleDocument } from '../src/read/assemble';
import { skeletonOf } from '../src/read/raw';
import { readTable } from '../src/read/read-table';
import { journeyDocumentArb } from './support/arbitraries';
import { type MutableRaw, rawFromPlan } from './support/plan-to-raw';

function aisas(language: 'ja' | 'en' = 'ja'): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ name: '田中' }], language);
  if (!result.ok) throw new Error('fixture');
  return result.value;
}

function readDoc(doc: JourneyDocument, edit?: (raw: ReturnType<typeof rawFromPlan>) => void, hints = false) {
  const journey = doc.journeys[0]!;
  const raw = rawFromPlan(planTable(doc, journey, { hints }));
  edit?.(raw);
  return readTable(raw, skeletonOf(doc), { hints });
}

describe('reading a planned table', () => {
  it('reads every generated document back to the same stages, lanes and cells', () => {
    fc.assert(
      fc.property(journeyDocumentArb(), (doc) => {
        for (const journey of doc.journeys) {
          const reading = readTable(rawFromPlan(planTable(doc, journey, { hints: false })), skeletonOf(doc));
          expect(reading.cells).toEqual(journey.cells);
          expect(reading.stages).toEqual(doc.stages);
          expect(reading.lanes).toEqual(doc.lanes);
          expect(reading.findings).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not read beginner hints as content, but reads text typed over them', () => {
    const doc = aisas();
    const reading = readDoc(
      doc,
      (raw) => {
        raw.cells[1]![1] = { text: 'Instagram 広告', value: 'Instagram 広告' };
      },
      true,
    );
    expect(reading.cells).toEqual({ touchpoints: { attention: 'Instagram 広告' } });
  });
});

describe('user edits', () => {
  it('keeps ids when headers are renamed', () => {
    const doc = aisas();
    const reading = readDoc(doc, (raw) => {
      raw.cells[0]![1] = { text: '気づき', value: '気づき' };
      raw.cells[1]![0] = { text: '接点', value: '接点' };
    });
    expect(reading.stages[0]).toEqual({ id: 'attention', label: '気づき' });
    expect(reading.lanes[0]).toMatchObject({ id: 'touchpoints', label: '接点' });
  });

  it('reads an inserted row as a new lane and an inserted column as a new stage, text kept', () => {
    const doc = aisas('en');
    const reading = readDoc(doc, (raw) => {
      const width = raw.cells[0]!.length;
      raw.cells.splice(
        2,
        0,
        Array.from({ length: width }, (_, c) => ({
          text: c === 0 ? 'Competitors' : c === 2 ? 'Rival webinar' : '',
          value: '',
        })),
      );
      raw.rowKeys.splice(2, 0, undefined);
      for (const [r, row] of raw.cells.entries())
        row.splice(3, 0, { text: r === 0 ? 'Compare' : r === 3 ? 'Reads reviews' : '', value: '' });
      raw.columnKeys.splice(3, 0, undefined);
    });
    const lane = reading.lanes.find((l) => l.label === 'Competitors');
    const stage = reading.stages.find((s) => s.label === 'Compare');
    expect(lane).toBeDefined();
    expect(stage).toBeDefined();
    expect(reading.lanes.map((l) => l.label).indexOf('Competitors')).toBe(1);
    expect(reading.stages.map((s) => s.label).indexOf('Compare')).toBe(2);
    expect(reading.cells[lane!.id]).toEqual({ interest: 'Rival webinar' });
    expect(Object.values(reading.cells).some((row) => row[stage!.id] === 'Reads reviews')).toBe(true);
  });

  it('follows sorted rows by their labels, since keys stay on the row positions', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = { touchpoints: { attention: 'TV ad' }, actions: { attention: 'Searches' } };
    const reading = readDoc(doc, (raw) => {
      // Sort rows 1 and 2 (touchpoints, actions) by label descending: content swaps, keys stay.
      const a = raw.cells[1]!;
      raw.cells[1] = raw.cells[2]!;
      raw.cells[2] = a;
    });
    expect(reading.cells.touchpoints).toEqual({ attention: 'TV ad' });
    expect(reading.cells.actions).toEqual({ attention: 'Searches' });
    expect(reading.lanes.slice(0, 2).map((l) => l.id)).toEqual(['actions', 'touchpoints']);
  });

  it('reports stray text and unreadable scores with their addresses', () => {
    const doc = aisas('en');
    const emotionRow = doc.lanes.findIndex((l) => l.kind === 'emotion') + 1;
    const reading = readDoc(doc, (raw) => {
      raw.cells[emotionRow]![2] = { text: 'very happy', value: 'very happy' };
      for (const row of raw.cells) row.push({ text: '', value: '' });
      raw.cells[3]![raw.cells[3]!.length - 1] = { text: 'call Sato', value: 'call Sato' };
      raw.columnKeys.push(undefined);
    });
    expect(reading.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'not-a-score', path: `R${emotionRow + 1}C3`, text: 'very happy' }),
        expect.objectContaining({ code: 'outside-grid', path: 'R4C7', text: 'call Sato' }),
      ]),
    );
  });

  it('matches header labels when every key is gone, and says so', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = { actions: { search: 'Googles reviews' } };
    const reading = readDoc(doc, (raw) => {
      raw.rowKeys.fill(undefined);
      raw.columnKeys.fill(undefined);
    });
    expect(reading.cells).toEqual({ actions: { search: 'Googles reviews' } });
    expect(reading.findings.map((f) => f.code)).toContain('matched-by-label');
  });

  it('treats a duplicated journey as a second persona, not a clash', () => {
    const doc = aisas('en');
    const reading = readDoc(doc);
    const key = { personaId: doc.personas[0]!.id, persona: doc.personas[0]! };
    const result = assembleDocument(skeletonOf(doc), [
      { where: 'Tanaka', key, reading },
      { where: 'Copy of Tanaka', key, reading },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.document.personas.map((p) => p.id)).toEqual([key.personaId, `${key.personaId}-2`]);
      expect(result.value.findings.map((f) => f.code)).toContain('copied-journey');
    }
  });

  it('keeps every typed text in the model or the findings under random edits', () => {
    const edits = fc.array(
      fc.record({
        kind: fc.constantFrom('type', 'insertRow', 'deleteRow', 'insertColumn', 'swapRows', 'dropKey'),
        at: fc.nat(40),
        at2: fc.nat(40),
        text: fc.constantFrom('新しい施策', 'Churn risk', '2', '=SUM(1,2)', '😀 ok', 'line1\nline2'),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(journeyDocumentArb({ maxStages: 6, maxLanes: 8, maxPersonas: 1 }), edits, (doc, steps) => {
        const raw = rawFromPlan(planTable(doc, doc.journeys[0]!, { hints: false }));
        for (const step of steps) {
          const h = raw.cells.length;
          const w = raw.cells[0]!.length;
          const r = step.at % h;
          const c = step.at2 % w;
          if (step.kind === 'type') raw.cells[r]![c] = { text: step.text, value: step.text };
          if (step.kind === 'insertRow') {
            raw.cells.splice(
              r,
              0,
              Array.from({ length: w }, (_, i) => ({ text: i === c ? step.text : '', value: '' })),
            );
            raw.rowKeys.splice(r, 0, undefined);
          }
          if (step.kind === 'deleteRow' && h > 1) {
            raw.cells.splice(r, 1);
            raw.rowKeys.splice(r, 1);
          }
          if (step.kind === 'insertColumn') {
            raw.cells.forEach((row, i) => {
              row.splice(c, 0, { text: i === r ? step.text : '', value: '' });
            });
            raw.columnKeys.splice(c, 0, undefined);
          }
          if (step.kind === 'swapRows') {
            const r2 = step.at2 % h;
            [raw.cells[r], raw.cells[r2]] = [raw.cells[r2]!, raw.cells[r]!];
          }
          if (step.kind === 'dropKey') raw.rowKeys[r] = undefined;
        }
        const reading = readTable(raw, skeletonOf(doc));
        const placed = new Set<string>([
          ...reading.stages.map((s) => s.label),
          ...reading.lanes.map((l) => l.label),
          ...reading.lanes.flatMap((lane) =>
            Object.values(reading.cells[lane.id] ?? {}).flatMap((v) =>
              typeof v === 'number' ? [formatNumber(v, lane.kind), String(v)] : [v],
            ),
          ),
          ...reading.findings.map((f) => f.text ?? ''),
          ...Object.values(reading.card).map(String),
        ]);
        // The builder's own words (corner, loop marks, separator lines) are structure, not content.
        const structural = new Set(
          planTable(doc, doc.journeys[0]!, { hints: false })
            .cells.flat()
            .filter((cell) => ['corner', 'loop', 'separator'].includes(cell.role))
            .map((cell) => cell.shown),
        );
        for (const row of raw.cells) {
          for (const cell of row) {
            if (cell.text.trim() === '') continue;
            // A number that moved into a number lane is kept as that number, in that lane's format.
            const numeric = Number(cell.text.trim().replace(/^\+/, '').replace(/%$/, ''));
            const keptAsNumber =
              Number.isFinite(numeric) &&
              Object.values(reading.cells).some((row) =>
                Object.values(row).some((v) => v === numeric || v === numeric / 100 || v === cell.value),
              );
            expect(placed.has(cell.text) || structural.has(cell.text) || keptAsNumber, cell.text).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A sort as Sheets does it: the rows' contents (labels and cells) move, their keys stay put. */
function reorder(raw: MutableRaw, rows: readonly number[], from: readonly number[]): void {
  const moved = from.map((r) => raw.cells[r]!);
  rows.forEach((r, i) => {
    raw.cells[r] = moved[i]!;
  });
}

function typeLabel(raw: MutableRaw, row: number, text: string): void {
  raw.cells[row]![0] = { text, value: text };
}

function deleteRow(raw: MutableRaw, row: number): void {
  raw.cells.splice(row, 1);
  raw.rowKeys.splice(row, 1);
}

describe('sorted lane rows', () => {
  it('reads every row as the lane its label and cells came from, one renamed or deleted after the sort', () => {
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 5, maxLanes: 8, maxPersonas: 1 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        fc.constantFrom('rename', 'delete', 'none'),
        fc.nat(),
        (doc, start, length, ranks, edit, target) => {
          const labels = doc.lanes.map((l) => l.label.trim());
          fc.pre(new Set(labels).size === labels.length && !labels.includes('Lane X'));
          const raw = rawFromPlan(planTable(doc, doc.journeys[0]!, { hints: false }));
          const laneRows = raw.rowKeys.flatMap((k, r) => (decodeRow(k)?.kind === 'lane' ? [r] : []));
          // Which lane's content each row holds, moved along with the rows.
          const content = raw.rowKeys.map((k) => {
            const role = decodeRow(k);
            return role?.kind === 'lane' ? role.laneId : undefined;
          });
          // A block of adjacent lane rows (no separator inside), sorted into a random order.
          const first = laneRows[start % laneRows.length]!;
          const block = [first];
          while (block.length < 1 + (length % 8) && laneRows.includes(block[block.length - 1]! + 1))
            block.push(block[block.length - 1]! + 1);
          const from = [...block].sort((a, b) => ranks[a - first]! - ranks[b - first]! || a - b);
          reorder(raw, block, from);
          const moved = from.map((r) => content[r]);
          block.forEach((r, i) => {
            content[r] = moved[i];
          });
          const renamed = new Map<string, string>();
          const row = laneRows[target % laneRows.length]!;
          if (edit === 'rename') {
            typeLabel(raw, row, 'Lane X');
            renamed.set(content[row]!, 'Lane X');
          }
          if (edit === 'delete') {
            deleteRow(raw, row);
            content.splice(row, 1);
          }
          const reading = readTable(raw, skeletonOf(doc));
          const expected = content.filter((id): id is string => id !== undefined);
          expect(reading.lanes.map((l) => l.id)).toEqual(expected);
          expect(reading.lanes.map((l) => l.label)).toEqual(
            expected.map((id) => renamed.get(id) ?? doc.lanes.find((l) => l.id === id)!.label),
          );
          const cells = Object.fromEntries(
            Object.entries(doc.journeys[0]!.cells).filter(([id]) => expected.includes(id)),
          );
          expect(reading.cells).toEqual(cells);
          expect(reading.findings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a row inserted among the lanes as a new lane after a sort moved it onto a keyed row', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = { touchpoints: { attention: 'TV ad' }, actions: { attention: 'Searches' } };
    const reading = readDoc(doc, (raw) => {
      const width = raw.cells[0]!.length;
      raw.cells.splice(
        2,
        0,
        Array.from({ length: width }, (_, c) => ({ text: c === 0 ? 'Apps' : '', value: '' })),
      );
      raw.rowKeys.splice(2, 0, undefined);
      // Rows 1–2 sorted by a column: Apps (the unkeyed row's content) lands on the touchpoints key.
      reorder(raw, [1, 2], [2, 1]);
    });
    expect(
      reading.lanes.slice(0, 3).map((l) => [l.id.startsWith('lane-apps') ? 'new' : l.id, l.label]),
    ).toEqual([
      ['new', 'Apps'],
      ['touchpoints', 'Touchpoints'],
      ['actions', 'Actions'],
    ]);
    expect(reading.cells).toEqual({
      touchpoints: { attention: 'TV ad' },
      actions: { attention: 'Searches' },
    });
    expect(reading.findings.map((f) => [f.code, f.text])).toEqual([['new-lane', 'Apps']]);
  });

  it('says which rows are a guess when two renamed rows could each be either lane', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = {
      touchpoints: { attention: 'TV ad' },
      actions: { attention: 'Searches' },
      thoughts: { attention: 'Looks handy' },
      emotion: { attention: 1 },
    };
    const reading = readDoc(doc, (raw) => {
      // One cycle through four lanes; two of them renamed afterwards: nothing tells which is which.
      reorder(raw, [1, 2, 3, 4], [3, 1, 4, 2]);
      typeLabel(raw, 1, 'Lane A');
      typeLabel(raw, 2, 'Lane B');
    });
    // Each row's label and cells stay together, whatever id it is given.
    const byLabel = new Map(reading.lanes.map((l) => [l.label, reading.cells[l.id]]));
    expect(byLabel.get('Lane A')).toEqual({ attention: 'Looks handy' });
    expect(byLabel.get('Lane B')).toEqual({ attention: 'TV ad' });
    expect(reading.findings.map((f) => [f.code, f.path, f.text])).toEqual([
      ['renamed-guess', 'R2C1', 'Lane A'],
      ['renamed-guess', 'R3C1', 'Lane B'],
    ]);
  });

  it('keeps plain renames on their keys, with no guess, when no label moved', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = { touchpoints: { attention: 'TV ad' }, actions: { attention: 'Searches' } };
    const reading = readDoc(doc, (raw) => {
      typeLabel(raw, 1, 'Channels');
      typeLabel(raw, 2, 'Doing');
    });
    expect(reading.lanes.slice(0, 2).map((l) => [l.id, l.label])).toEqual([
      ['touchpoints', 'Channels'],
      ['actions', 'Doing'],
    ]);
    expect(reading.cells).toEqual(doc.journeys[0]!.cells);
    expect(reading.findings).toEqual([]);
  });
});

describe('keys lost and the grid moved', () => {
  it('finds the lane labels left of the matched stage headers, wherever the grid now starts', () => {
    const doc = aisas('en');
    doc.journeys[0]!.cells = { actions: { search: 'Reads reviews' } };
    const reading = readDoc(doc, (raw) => {
      raw.rowKeys.fill(undefined);
      raw.columnKeys.fill(undefined);
      for (const row of raw.cells) row.unshift({ text: '', value: '' }, { text: '', value: '' });
      raw.columnKeys.unshift(undefined, undefined);
    });
    expect(reading.cells).toEqual({ actions: { search: 'Reads reviews' } });
    expect(reading.stages.map((s) => s.id)).toEqual(doc.stages.map((s) => s.id));
  });
});

describe('one document from several journeys', () => {
  it('keeps a header renamed on one journey only as a finding with its text', () => {
    const doc = aisas('en');
    const key = { personaId: doc.personas[0]!.id, persona: doc.personas[0]! };
    const first = readDoc(doc);
    const second = readDoc(doc, (raw) => {
      raw.cells[0]![2] = { text: 'Curiosity', value: 'Curiosity' };
    });
    const result = assembleDocument(skeletonOf(doc), [
      { where: 'Tanaka', key, reading: first },
      { where: 'Sato', key: { ...key, personaId: 'p-sato' }, reading: second },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.document.stages[1]!.label).toBe('Interest');
      expect(result.value.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'label-differs', text: 'Curiosity', where: 'Sato' }),
        ]),
      );
    }
  });
});
