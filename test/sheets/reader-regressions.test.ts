/**
 * Named regressions for the read-back after people sort lane rows: a sort moves labels and cells
 * but leaves each row's hidden key where it was, so the reader has to tell which lane every row
 * now holds. Each case is an edit sequence that used to move a lane's cells into another lane, or
 * into a new one, driven through the built bundle on the emulator as a user would meet it.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';
import { buildAll, HINTS, makeDoc, NO_HINTS, withFiveCardRows } from '../support/journeys';

function firstSheet(addon: Addon): Sheet {
  return addon.spreadsheet.getSheets()[1]!;
}

/** The lanes as the model holds them: id → label, in order. */
function laneLabels(doc: JourneyDocument): [string, string][] {
  return doc.lanes.map((l) => [l.id, l.label]);
}

describe('Sheets read-back after sorting lane rows', () => {
  it('a lane inserted above the last one, then sorted below it: still a lane, with its text', () => {
    const doc = makeDoc('basic-5', 'en');
    const addon = startAddon();
    buildAll(addon, doc, NO_HINTS);
    const sheet = firstSheet(addon);
    const last = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0] === 'Opportunities') + 1;
    addon.emu.user.type(sheet, `F${last}`, 'Upsell');
    addon.emu.user.insertRowsBefore(sheet, last, 1);
    addon.emu.user.type(sheet, `A${last}`, 'Partners');
    addon.emu.user.type(sheet, `B${last}`, 'Reseller deal');
    // By column F: the empty cell sorts last, so the new lane goes below the last keyed one.
    addon.emu.user.sortRange(sheet, `A${last}:F${last + 1}`, 6, true);
    expect(addon.emu.inspect(sheet).displayValues[last]![0]).toBe('Partners');

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    const partners = read.document.lanes.find((l) => l.label === 'Partners');
    expect(partners).toBeDefined();
    const cells = read.document.journeys[0]!.cells;
    expect(cells[partners!.id]).toEqual({ awareness: 'Reseller deal' });
    expect(cells.opportunities).toEqual({ engagement: 'Upsell' });
  });

  it('sorted lanes, then one renamed: the renamed row is still its lane, cells and all', () => {
    const doc = withFiveCardRows(makeDoc('basic-5', 'en'));
    const addon = startAddon();
    buildAll(addon, doc, HINTS);
    const sheet = firstSheet(addon);
    addon.emu.user.type(sheet, 'B9', 'TV ad');
    addon.emu.user.type(sheet, 'B10', 'Searches');
    // Sorting rows 9–10 by column B swaps Touchpoints and Actions (labels and cells, not keys).
    addon.emu.user.sortRange(sheet, 'A9:F10', 2, true);
    expect(addon.emu.inspect(sheet).displayValues[8]![0]).toBe('Actions');
    addon.emu.user.type(sheet, 'A9', 'Lane 1');

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(laneLabels(read.document).slice(0, 2)).toEqual([
      ['actions', 'Lane 1'],
      ['touchpoints', 'Touchpoints'],
    ]);
    expect(read.document.lanes).toHaveLength(doc.lanes.length);
    expect(read.document.journeys[0]!.cells).toEqual({
      actions: { awareness: 'Searches' },
      touchpoints: { awareness: 'TV ad' },
    });
    expect(read.findings).toEqual([]);
    // A rebuild from the unchanged form keeps the renamed lane with its cells.
    addon.ok('buildJourney', doc, 'p1', HINTS);
    const again = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(new Map(laneLabels(again)).get('actions')).toBe('Lane 1');
    expect(again.journeys[0]!.cells).toEqual(read.document.journeys[0]!.cells);
  });

  it('two lanes renamed after a sort that cycled three: each keeps its cells, and the guess is reported', () => {
    const doc = withFiveCardRows(makeDoc('basic-5', 'en'));
    const addon = startAddon();
    // No hints: a wrong guess would read the other lane's hints as typed text.
    buildAll(addon, doc, NO_HINTS);
    const sheet = firstSheet(addon);
    addon.emu.user.type(sheet, 'B9', 'c');
    addon.emu.user.type(sheet, 'B10', 'a');
    addon.emu.user.type(sheet, 'B11', 'b');
    // Rows 9–11 now hold Actions, Thoughts, Touchpoints; two of them are then renamed.
    addon.emu.user.sortRange(sheet, 'A9:F11', 2, true);
    expect(
      addon.emu
        .inspect(sheet)
        .displayValues.slice(8, 11)
        .map((r) => r[0]),
    ).toEqual(['Actions', 'Thoughts', 'Touchpoints']);
    addon.emu.user.type(sheet, 'A9', 'Lane A');
    addon.emu.user.type(sheet, 'A10', 'Lane B');

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    const cells = read.document.journeys[0]!.cells;
    const cellsOf = (label: string) => cells[read.document.lanes.find((l) => l.label === label)!.id];
    expect(cellsOf('Lane A')).toEqual({ awareness: 'a' });
    expect(cellsOf('Lane B')).toEqual({ awareness: 'b' });
    expect(cellsOf('Touchpoints')).toEqual({ awareness: 'c' });
    expect(read.document.lanes).toHaveLength(doc.lanes.length);
    // Nothing tells which renamed row is which lane: both pairings are named as guesses.
    expect(read.findings.map((f) => [f.code, f.where, f.path, f.text])).toEqual([
      ['renamed-guess', '田中 部長', 'A9', 'Lane A'],
      ['renamed-guess', '田中 部長', 'A10', 'Lane B'],
    ]);
  });

  it('a lane renamed, then the lanes sorted: the renamed lane keeps its cells wherever it lands', () => {
    const doc = withFiveCardRows(makeDoc('leapt-linear', 'ja'));
    const addon = startAddon();
    buildAll(addon, doc, HINTS);
    const sheet = firstSheet(addon);
    addon.emu.user.type(sheet, 'C9', '比較の基準がない');
    addon.emu.user.type(sheet, 'C10', '記事を読む');
    addon.emu.user.type(sheet, 'A9', 'Lane 1');
    addon.emu.user.sortRange(sheet, 'A9:F12', 2, true);
    const shown = addon.emu.inspect(sheet).displayValues;
    const moved = shown.findIndex((r) => r[0] === 'Lane 1');
    // The sort did move the renamed row (else this case would test nothing).
    expect(moved).not.toBe(8);
    expect(shown[moved]![2]).toBe('比較の基準がない');

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    const labels = new Map(laneLabels(read.document));
    expect(labels.get('challenges')).toBe('Lane 1');
    expect(read.document.lanes).toHaveLength(doc.lanes.length);
    // Every other lane keeps its own label, and each row its own cells.
    for (const lane of doc.lanes.filter((l) => l.id !== 'challenges'))
      expect(labels.get(lane.id)).toBe(lane.label);
    expect(read.document.journeys[0]!.cells).toEqual({
      challenges: { awareness: '比較の基準がない' },
      actions: { awareness: '記事を読む' },
    });
    expect(read.findings).toEqual([]);
  });

  it('a rename kept by a rebuild, then a sort: the lane is found though the file knows it by its old label', () => {
    const doc = withFiveCardRows(makeDoc('ux-extended', 'ja', ['田中 部長', 'Alex Kim']));
    const addon = startAddon();
    buildAll(addon, doc, HINTS);
    const sheet = firstSheet(addon);
    addon.emu.user.type(sheet, 'A10', 'Lane 1');
    addon.emu.user.type(sheet, 'C10', '決め手がない');
    // The form still says 思考: the rebuild keeps the label typed in the sheet, and the second
    // persona's rebuild writes the form's label back into what the file knows of the lane.
    buildAll(addon, doc, HINTS);
    expect(addon.emu.inspect(sheet).displayValues[9]![0]).toBe('Lane 1');
    addon.emu.user.sortRange(sheet, 'A9:H10', 2, true);
    expect(addon.emu.inspect(sheet).displayValues[8]![0]).toBe('Lane 1');

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(laneLabels(read.document).slice(0, 2)).toEqual([
      ['thoughts', 'Lane 1'],
      ['actions', '行動'],
    ]);
    expect(read.document.lanes).toHaveLength(doc.lanes.length);
    expect(read.document.journeys.map((j) => j.cells)).toEqual([
      { thoughts: { consideration: '決め手がない' } },
      {},
    ]);
    // The other persona's sheet still says 思考: kept as a finding, not lost.
    expect(read.findings.map((f) => [f.code, f.where, f.text])).toEqual([
      ['label-differs', 'Alex Kim', '思考'],
    ]);
  });

  it('sorted lanes, then one deleted: the row left is its own lane, not the deleted one renamed', () => {
    const doc = withFiveCardRows(makeDoc('kotler-5a', 'ja'));
    const addon = startAddon();
    buildAll(addon, doc, HINTS);
    const sheet = firstSheet(addon);
    addon.emu.user.type(sheet, 'B12', '2');
    // Column E is empty for 感情 and holds a hint for コミュニティの影響: the sort swaps the rows.
    addon.emu.user.sortRange(sheet, 'A12:F13', 5, true);
    expect(addon.emu.inspect(sheet).displayValues[11]![0]).toBe('コミュニティの影響');
    addon.emu.user.deleteRows(sheet, 12, 1);

    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(laneLabels(read.document)).toEqual(laneLabels(doc).filter(([id]) => id !== 'community-influence'));
    expect(read.document.lanes.find((l) => l.id === 'emotion')?.kind).toBe('emotion');
    expect(read.document.journeys[0]!.cells).toEqual({ emotion: { [doc.stages[0]!.id]: 2 } });
    expect(read.findings).toEqual([]);
  });
});
