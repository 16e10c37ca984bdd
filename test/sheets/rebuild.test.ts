/**
 * Rebuilding a journey in a spreadsheet that already holds it: what the team typed stays, new
 * stages and lanes appear, and nothing is removed until the user confirms it.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { startAddon } from '../support/addon';
import { withFiveCardRows } from '../support/journeys';

const BUILD = { hints: true, confirmRemovals: false };

function aisas(): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }], 'en');
  if (!result.ok) throw new Error('fixture');
  // Five card rows: the stage header is row 8, as the addresses below say.
  return withFiveCardRows(result.value);
}

function rowOf(values: string[][], label: string): number {
  const row = values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  return row + 1;
}

describe('rebuilding in place', () => {
  it('keeps edited cells, adds new lanes and stages, and keeps the sheet', () => {
    const addon = startAddon();
    const doc = aisas();
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const before = addon.emu.inspect(sheet);
    addon.emu.user.type(sheet, `B${rowOf(before.displayValues, 'Touchpoints')}`, 'Instagram ad');
    addon.emu.user.type(sheet, `C${rowOf(before.displayValues, 'Thoughts')}`, '"Is it for teams like ours?"');

    const next = structuredClone(doc);
    next.lanes.push({ id: 'pain-points', label: 'Pain points', kind: 'text' });
    next.stages.splice(2, 0, { id: 'compare', label: 'Compare' });
    const result = addon.ok<BuildResult>('buildJourney', next, 'p-tanaka', BUILD);
    expect(result).toMatchObject({ created: false, sheetName: 'Tanaka', pendingRemovals: [], keptCells: 2 });
    expect(addon.spreadsheet.getSheets()).toHaveLength(2);

    const after = addon.emu.inspect(sheet);
    expect(after.displayValues[rowOf(after.displayValues, 'Touchpoints') - 1]![1]).toBe('Instagram ad');
    expect(after.displayValues.some((r) => r[0] === 'Pain points')).toBe(true);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.stages.map((s) => s.label)).toEqual([
      'Attention',
      'Interest',
      'Compare',
      'Search',
      'Action',
      'Share',
    ]);
    expect(read.document.journeys[0]!.cells).toEqual({
      touchpoints: { attention: 'Instagram ad' },
      thoughts: { interest: '"Is it for teams like ours?"' },
    });
  });

  it('lists removals first and removes only after confirmation', () => {
    const addon = startAddon();
    const doc = aisas();
    doc.journeys[0]!.cells.measures = { share: 'Referral program' };
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const smaller = structuredClone(doc);
    smaller.lanes = smaller.lanes.filter((l) => l.id !== 'measures');
    smaller.journeys[0]!.cells = {};

    const pending = addon.ok<BuildResult>('buildJourney', smaller, 'p-tanaka', BUILD);
    expect(pending.pendingRemovals).toEqual([
      { kind: 'lane', id: 'measures', label: 'Measures', filledCells: 1 },
    ]);
    let read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.journeys[0]!.cells.measures).toEqual({ share: 'Referral program' });

    const confirmed = addon.ok<BuildResult>('buildJourney', smaller, 'p-tanaka', {
      ...BUILD,
      confirmRemovals: true,
    });
    expect(confirmed.pendingRemovals).toEqual([]);
    read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.lanes.map((l) => l.id)).not.toContain('measures');
  });

  it('keeps lanes users inserted by hand, and their text', () => {
    const addon = startAddon();
    const doc = aisas();
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const actions = rowOf(addon.emu.inspect(sheet).displayValues, 'Actions');
    addon.emu.user.insertRowsAfter(sheet, actions, 1);
    addon.emu.user.type(sheet, `A${actions + 1}`, 'Competitors');
    addon.emu.user.type(sheet, `D${actions + 1}`, 'Rival B webinar');
    const result = addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    expect(result.pendingRemovals.map((r) => r.label)).toEqual(['Competitors']);
    const view = addon.emu.inspect(sheet);
    const row = rowOf(view.displayValues, 'Competitors');
    expect(view.displayValues[row - 1]![3]).toBe('Rival B webinar');
  });

  it('moves text typed beside the grid out of the way instead of overwriting it', () => {
    const addon = startAddon();
    const doc = aisas();
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, 'G12', 'Ask Sato about budget');
    addon.emu.user.setNote(sheet, 'C10', 'from the workshop');
    const wider = structuredClone(doc);
    wider.stages.push({ id: 'advocate', label: 'Advocate' });
    const result = addon.ok<BuildResult>('buildJourney', wider, 'p-tanaka', BUILD);
    const moved = result.findings.find((f) => f.code === 'moved-text');
    expect(moved).toMatchObject({ text: 'Ask Sato about budget', path: 'I12' });
    const view = addon.emu.inspect(sheet);
    expect(view.displayValues[11]![8]).toBe('Ask Sato about budget');
    expect(view.notes[9]![2]).toBe('from the workshop');
  });

  it('keeps the persona card, the title and headers edited in the sheet, and the sidebar edits made since', () => {
    const addon = startAddon();
    const doc = aisas();
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, 'B3', 'Head of Marketing');
    addon.emu.user.type(sheet, 'B1', 'Q3 journey (team draft)');
    const header = rowOf(addon.emu.inspect(sheet).displayValues, 'Stage → / Lane ↓');
    addon.emu.user.type(sheet, `C${header}`, 'Curiosity');
    // Meanwhile, in the sidebar: the company is filled in and a lane renamed.
    const edited = structuredClone(doc);
    edited.personas[0]!.company = 'ACME Corp';
    edited.lanes[0]!.label = 'Channels';
    const result = addon.ok<BuildResult>('buildJourney', edited, 'p-tanaka', BUILD);
    expect(result.keptCells).toBe(3);
    const read = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(read.title).toBe('Q3 journey (team draft)');
    expect(read.personas[0]).toMatchObject({ role: 'Head of Marketing', company: 'ACME Corp' });
    expect(read.stages.map((s) => s.label)).toContain('Curiosity');
    expect(read.lanes[0]!.label).toBe('Channels');
  });

  it('treats a duplicated sheet as a persona of its own through read-back and rebuild, without multiplying', () => {
    const addon = startAddon();
    const doc = aisas();
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const copy = addon.emu.user.duplicateSheet(addon.spreadsheet.getSheetByName('Tanaka')!);
    for (let round = 0; round < 3; round++) {
      const read = addon.ok<ReadBack>('readJourneys', 'all').document;
      expect(read.personas.map((p) => p.id)).toEqual(['p-tanaka', 'p-tanaka-2']);
      for (const p of read.personas) addon.ok<BuildResult>('buildJourney', read, p.id, BUILD);
    }
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'Tanaka',
      copy.getName(),
    ]);
    addon.spreadsheet.setActiveSheet(copy);
    expect(addon.ok<ReadBack>('readJourneys', 'active').document.personas[0]!.id).toBe('p-tanaka-2');
  });

  it("keeps the team's notes on their cells, and their own rules and charts, when lanes move", () => {
    const addon = startAddon();
    const doc = aisas();
    doc.journeys[0]!.cells.emotion = { attention: 1 };
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const thoughts = rowOf(addon.emu.inspect(sheet).displayValues, 'Thoughts');
    addon.emu.user.setNote(sheet, `C${thoughts}`, 'quote from interview #3');
    const app = addon.emu.globals.SpreadsheetApp;
    const ownRule = app
      .newConditionalFormatRule()
      .whenNumberEqualTo(42)
      .setBackground('#ffff00')
      .setRanges([sheet.getRange('K1:K40')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ownRule]);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('K1:K5')).setPosition(40, 11, 0, 0).build());

    const next = structuredClone(doc);
    next.lanes.unshift({ id: 'channels', label: 'Channels', kind: 'text' });
    addon.ok<BuildResult>('buildJourney', next, 'p-tanaka', BUILD);
    const view = addon.emu.inspect(sheet);
    const moved = rowOf(view.displayValues, 'Thoughts');
    expect(moved).toBe(thoughts + 1);
    expect(view.notes[moved - 1]![2]).toBe('quote from interview #3');
    expect(view.notes[thoughts - 1]![2]).toBe('');
    expect(view.conditionalFormatRules.filter((r) => r.ranges.some((x) => x.a1 === 'K1:K40'))).toHaveLength(
      1,
    );
    expect(view.charts).toHaveLength(2);
    expect(view.charts.filter((c) => c.ranges.some((x) => x.a1 === 'K1:K5'))).toHaveLength(1);
  });
});
