/**
 * Case 10 of the "nothing is lost" list: numbers as a Japanese team types them. Full-width digits
 * and signs from an IME (４０％, ２, －１, ＋２) are scores and rates like their ASCII twins, and a
 * plain "40" typed in a rate lane (shown as a percentage) means 40 %, not 4000 %.
 * Run on the built bundle: build, type as a user, read back.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { journeyTables, startSlidesAddon, texts } from '../slides/support';
import { startAddon } from '../support/addon';

const BUILD = { hints: false, confirmRemovals: false };

function withRateLane(): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-sato', name: '佐藤' }], 'ja');
  if (!result.ok) throw new Error('fixture');
  const doc = result.value;
  doc.lanes.push({ id: 'conversion-rate', label: 'コンバージョン率', kind: 'metric' });
  return doc;
}

function rowOf(values: string[][], label: string): number {
  const row = values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  return row + 1;
}

function typeAndRead(entries: { lane: string; column: string; text: string }[]) {
  const addon = startAddon();
  const doc = withRateLane();
  addon.ok('buildJourney', doc, 'p-sato', BUILD);
  const sheet = addon.spreadsheet.getSheetByName('佐藤')!;
  const shown = addon.emu.inspect(sheet).displayValues;
  for (const { lane, column, text } of entries) {
    const { label, kind } = doc.lanes.find((l) => l.id === lane)!;
    // The emotion row states its scale after its label.
    if (kind === 'emotion') {
      addon.emu.user.type(sheet, `${column}${rowOf(shown, `${label}（−2 〜 +2）`)}`, text);
      continue;
    }
    addon.emu.user.type(sheet, `${column}${rowOf(shown, label)}`, text);
  }
  const back = addon.ok<ReadBack>('readJourneys', 'all');
  return { back, shown: addon.emu.inspect(sheet).displayValues, doc };
}

describe('case 10: numbers typed with a Japanese IME', () => {
  it('reads full-width emotion scores (２, －１, ＋２) as scores, not findings', () => {
    const { back } = typeAndRead([
      { lane: 'emotion', column: 'B', text: '２' },
      { lane: 'emotion', column: 'C', text: '－１' },
      { lane: 'emotion', column: 'D', text: '＋２' },
    ]);
    const stages = back.document.stages.map((s) => s.id);
    expect(back.document.journeys[0]!.cells.emotion).toEqual({
      [stages[0]!]: 2,
      [stages[1]!]: -1,
      [stages[2]!]: 2,
    });
    expect(back.findings.filter((f) => f.code === 'not-a-score')).toEqual([]);
  });

  it('reads a full-width rate (４０％, ２５．５％) as the same rate as 40%', () => {
    const { back } = typeAndRead([
      { lane: 'conversion-rate', column: 'B', text: '４０％' },
      { lane: 'conversion-rate', column: 'C', text: '２５．５％' },
    ]);
    const stages = back.document.stages.map((s) => s.id);
    expect(back.document.journeys[0]!.cells['conversion-rate']).toEqual({
      [stages[0]!]: 0.4,
      [stages[1]!]: 0.255,
    });
    expect(back.findings.filter((f) => f.code === 'not-a-number')).toEqual([]);
  });

  it('reads full-width scores and rates typed into a Slides table too', () => {
    const addon = startSlidesAddon();
    const doc = withRateLane();
    addon.ok('buildJourney', doc, 'p-sato', BUILD);
    const table = journeyTables(addon.view())[0]!.table;
    const rows = texts(table).map((r) => r[0]);
    const row = (label: string) => rows.findIndex((t) => t?.trim() === label);
    const deckId = addon.deck.getId();
    addon.emu.slidesUser.editCell(deckId, table.id, row('感情'), 1, '－１');
    addon.emu.slidesUser.editCell(deckId, table.id, row('コンバージョン率'), 2, '４０％');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const [first, second] = back.document.stages.map((s) => s.id);
    expect(back.document.journeys[0]!.cells.emotion).toEqual({ [first!]: -1 });
    expect(back.document.journeys[0]!.cells['conversion-rate']).toEqual({ [second!]: 0.4 });
  });

  it('reads a plain "40" typed in a rate lane as 40 %, and shows it as 40.0%', () => {
    const { back, shown, doc } = typeAndRead([
      { lane: 'conversion-rate', column: 'B', text: '40' },
      { lane: 'conversion-rate', column: 'C', text: '2.5' },
    ]);
    const stages = back.document.stages.map((s) => s.id);
    expect(back.document.journeys[0]!.cells['conversion-rate']).toEqual({
      [stages[0]!]: 0.4,
      [stages[1]!]: 0.025,
    });
    const row = shown[rowOf(shown, doc.lanes.find((l) => l.id === 'conversion-rate')!.label) - 1]!;
    expect(row.slice(1, 3)).toEqual(['40.0%', '2.5%']);
  });

  it('still reads a sheet built with the old scaling 0.0% format as fractions', () => {
    const addon = startAddon();
    const doc = withRateLane();
    addon.ok('buildJourney', doc, 'p-sato', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('佐藤')!;
    const shown = addon.emu.inspect(sheet).displayValues;
    const row = rowOf(shown, 'コンバージョン率');
    // What the builder wrote before rates became percent points: 0.25 under 0.0%.
    sheet.getRange(row, 2).setNumberFormat('0.0%').setValue(0.25);
    expect(addon.emu.inspect(sheet).displayValues[row - 1]![1]).toBe('25.0%');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells['conversion-rate']).toEqual({
      [back.document.stages[0]!.id]: 0.25,
    });
  });

  it('reads "40" typed in a rate cell on a slide as 40 %', () => {
    const addon = startSlidesAddon();
    const doc = withRateLane();
    addon.ok('buildJourney', doc, 'p-sato', BUILD);
    const table = journeyTables(addon.view())[0]!.table;
    const rows = texts(table).map((r) => r[0]);
    const rate = rows.findIndex((t) => t?.trim() === 'コンバージョン率');
    addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, rate, 1, '40');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells['conversion-rate']).toEqual({
      [back.document.stages[0]!.id]: 0.4,
    });
  });
});
