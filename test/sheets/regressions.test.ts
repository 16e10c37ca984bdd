/**
 * Named regressions for "nothing a team types is ever lost" in Sheets: each case is one way a
 * rebuild or a read-back used to lose or corrupt what people typed, driven through the built
 * bundle on the emulator as a user would meet it.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import { newJourneyDocument } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { JourneyDocument, Persona } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';
import { withFiveCardRows } from '../support/journeys';

const BUILD = { hints: true, confirmRemovals: false };

function journey(frameworkId: string, personas: { id: string; name: string }[]): JourneyDocument {
  const result = newJourneyDocument(frameworkId, personas, 'en');
  if (!result.ok) throw new Error('fixture');
  // Five card rows: the stage header is row 8, as the addresses below say.
  return withFiveCardRows(result.value);
}

function rowOf(addon: Addon, sheet: Sheet, label: string): number {
  const row = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  return row + 1;
}

/** Everything a user could lose or notice changed on a sheet. */
function state(addon: Addon, sheet: Sheet) {
  const v = addon.emu.inspect(sheet);
  return {
    values: v.values,
    formulas: v.formulas,
    notes: v.notes,
    numberFormats: v.numberFormats,
    merges: v.merges,
    frozen: [v.frozenRows, v.frozenColumns],
    // Ids and creation order are not something anyone sees.
    metadata: v.metadata.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort(),
    charts: v.charts.length,
  };
}

/** An AISAS journey built for two personas, Aoki (p-a) and Baba (p-b). */
function aokiAndBaba() {
  const addon = startAddon();
  const doc = journey('aisas', [
    { id: 'p-a', name: 'Aoki' },
    { id: 'p-b', name: 'Baba' },
  ]);
  addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
  addon.ok<BuildResult>('buildJourney', doc, 'p-b', BUILD);
  return { addon, doc };
}

describe('Sheets: nothing a team types is lost (issue cases)', () => {
  it('case 1: text moved out of the grid never overwrites a note typed beside it', () => {
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', journey('b2b-funnel-5', [{ id: 'p-a', name: 'A' }]), 'p-a', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('A')!;
    const rate = rowOf(addon, sheet, 'Conversion rate');
    addon.emu.user.type(sheet, `C${rate}`, 'about half');
    // The first free column beside the 6-column grid is H: the team already wrote there.
    addon.emu.user.type(sheet, `H${rate}`, 'my own note');
    const result = addon.ok<BuildResult>(
      'buildJourney',
      journey('b2b-funnel-5', [{ id: 'p-a', name: 'A' }]),
      'p-a',
      BUILD,
    );
    const shown = addon.emu.inspect(sheet).displayValues[rate - 1]!;
    expect(shown[7]).toBe('my own note');
    const moved = result.findings.find((f) => f.code === 'moved-text');
    expect(moved?.text).toBe('about half');
    expect(moved?.path).not.toBe(`H${rate}`);
    expect(shown).toContain('about half');
  });

  it('case 1b: a note on an empty cell beside the grid survives the grid growing over it', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const thoughts = rowOf(addon, sheet, 'Thoughts');
    addon.emu.user.setNote(sheet, `H${thoughts}`, 'call back on Friday');
    const wider = structuredClone(doc);
    wider.stages.push({ id: 'advocate', label: 'Advocate' }, { id: 'repeat', label: 'Repeat' });
    addon.ok<BuildResult>('buildJourney', wider, 'p-tanaka', BUILD);
    expect(addon.emu.inspect(sheet).notes[thoughts - 1]![7]).toBe('call back on Friday');
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.findings.find((f) => f.code === 'note')?.text).toBe('call back on Friday');
  });

  it('case 2: pressing Build twice with an unchanged form keeps card, header and title edits', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, 'B3', 'Head of Marketing');
    addon.emu.user.type(sheet, 'B1', 'Q3 journey (team draft)');
    addon.emu.user.type(sheet, 'C8', 'Curiosity');
    for (let press = 1; press <= 3; press++) {
      addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
      const read = addon.ok<ReadBack>('readJourneys', 'all').document;
      expect(read.title, `press ${press}`).toBe('Q3 journey (team draft)');
      expect(read.personas[0]!.role, `press ${press}`).toBe('Head of Marketing');
      expect(read.stages[1]!.label, `press ${press}`).toBe('Curiosity');
    }
    // A later change in the form still wins over the value it last built.
    const edited = structuredClone(doc);
    edited.personas[0]!.role = 'CMO';
    addon.ok<BuildResult>('buildJourney', edited, 'p-tanaka', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.personas[0]!.role).toBe('CMO');
  });

  it('case 2b: a cell emptied in the sheet stays empty when Build is pressed again with the same form', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    doc.journeys[0]!.cells = { touchpoints: { attention: 'Instagram ad', interest: 'Webinar' } };
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.clear(sheet, `B${rowOf(addon, sheet, 'Touchpoints')}`);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.journeys[0]!.cells).toEqual({
      touchpoints: { interest: 'Webinar' },
    });
    // A new value in the form for that cell is drawn.
    const edited = structuredClone(doc);
    edited.journeys[0]!.cells.touchpoints!.attention = 'Podcast';
    addon.ok<BuildResult>('buildJourney', edited, 'p-tanaka', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.journeys[0]!.cells.touchpoints).toEqual({
      attention: 'Podcast',
      interest: 'Webinar',
    });
  });

  it('case 3: confirming a lane removal keeps a card field edited in the sheet', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, 'B5', 'Fewer manual reports');
    const smaller = structuredClone(doc);
    smaller.lanes = smaller.lanes.filter((l) => l.id !== 'measures');
    const pending = addon.ok<BuildResult>('buildJourney', smaller, 'p-tanaka', BUILD);
    expect(pending.pendingRemovals.map((p) => p.id)).toEqual(['measures']);
    addon.ok<BuildResult>('buildJourney', smaller, 'p-tanaka', { ...BUILD, confirmRemovals: true });
    const read = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(read.lanes.map((l) => l.id)).not.toContain('measures');
    expect(read.personas[0]!.goals).toBe('Fewer manual reports');
  });

  it("case 5: a title typed on the second persona's sheet is read back", () => {
    const { addon, doc } = aokiAndBaba();
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Baba')!, 'B1', 'Renamed on Baba');
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.title).toBe('Renamed on Baba');
    // And a rebuild of either persona keeps it.
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.title).toBe('Renamed on Baba');
  });

  it('case 5c: a title typed on one sheet stays the title when every persona is rebuilt, or one is added', () => {
    const { addon, doc } = aokiAndBaba();
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Aoki')!, 'B1', 'Title X');
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    addon.ok<BuildResult>('buildJourney', doc, 'p-b', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.title).toBe('Title X');
    expect(addon.emu.inspect(addon.spreadsheet.getSheetByName('Baba')!).displayValues[0]![1]).toBe('Title X');
    const more = structuredClone(doc);
    more.personas.push({ id: 'p-c', name: 'Chiba', antiPersona: false });
    more.journeys.push({ personaId: 'p-c', cells: {} });
    addon.ok<BuildResult>('buildJourney', more, 'p-c', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.title).toBe('Title X');
    // A title changed in the form afterwards still wins.
    const renamed = { ...more, title: 'From the form' };
    for (const id of ['p-a', 'p-b', 'p-c']) addon.ok<BuildResult>('buildJourney', renamed, id, BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.title).toBe('From the form');
  });

  it('case 5b: two sheets with different titles typed keep one and report the other', () => {
    const { addon } = aokiAndBaba();
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Aoki')!, 'B1', 'Title on Aoki');
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Baba')!, 'B1', 'Title on Baba');
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.title).toBe('Title on Aoki');
    expect(read.findings.find((f) => f.text === 'Title on Baba')).toMatchObject({ where: 'Baba' });
  });

  it('case 5d: titles typed on two sheets around rebuilds: one is the title, the other a finding, each rebuild after', () => {
    const addon = startAddon();
    const doc = journey('aisas', [
      { id: 'p-a', name: 'Aoki' },
      { id: 'p-b', name: 'Baba' },
    ]);
    const rebuild = (...ids: string[]) => {
      for (const id of ids) addon.ok<BuildResult>('buildJourney', doc, id, BUILD);
    };
    /** Every title the read-back holds: the document's, then each one a finding names on its sheet. */
    const titles = () => {
      const read = addon.ok<ReadBack>('readJourneys', 'all');
      const reported = read.findings
        .filter((f) => f.code === 'label-differs' && f.path.endsWith(': title'))
        .map((f) => `${f.where}: ${f.text}`);
      return [read.document.title, ...reported.sort()];
    };
    rebuild('p-a', 'p-b');
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Aoki')!, 'B1', 'Title 1');
    rebuild('p-a', 'p-b');
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Baba')!, 'B1', 'Title 2');
    // The title typed last is the title; the one typed before (kept by the rebuild) is reported.
    expect(titles()).toEqual(['Title 2', 'Aoki: Title 1']);
    // Rebuilt in either order, and again: both stay, one the title and the other reported.
    for (const order of [
      ['p-a', 'p-b'],
      ['p-b', 'p-a'],
      ['p-a', 'p-b', 'p-a'],
    ]) {
      rebuild(...order);
      expect(
        [
          ['Title 2', 'Aoki: Title 1'],
          ['Title 1', 'Baba: Title 2'],
        ],
        order.join(),
      ).toContainEqual(titles());
    }
    expect(addon.emu.inspect(addon.spreadsheet.getSheetByName('Aoki')!).displayValues[0]![1]).toBe('Title 1');
    expect(addon.emu.inspect(addon.spreadsheet.getSheetByName('Baba')!).displayValues[0]![1]).toBe('Title 2');
    // The form's title changed in the sidebar is drawn everywhere, and nothing else is reported.
    for (const id of ['p-a', 'p-b'])
      addon.ok<BuildResult>('buildJourney', { ...doc, title: 'From the form' }, id, BUILD);
    expect(titles()).toEqual(['From the form']);
  });

  it('case 5e: titles typed on both sheets in turn, then every persona rebuilt: neither is lost', () => {
    const addon = startAddon();
    const doc = journey('basic-5', [
      { id: 'p1', name: '田中 部長' },
      { id: 'p2', name: 'Alex Kim' },
    ]);
    for (const id of ['p1', 'p2']) addon.ok<BuildResult>('buildJourney', doc, id, BUILD);
    addon.emu.user.type(addon.spreadsheet.getSheetByName('Alex Kim')!, 'B1', 'Title 1 新しい施策');
    addon.emu.user.type(addon.spreadsheet.getSheetByName('田中 部長')!, 'B1', 'Title 2 新しい施策');
    for (const id of ['p1', 'p2']) addon.ok<BuildResult>('buildJourney', doc, id, BUILD);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    const texts = [read.document.title, ...read.findings.map((f) => f.text)];
    expect(texts).toContain('Title 1 新しい施策');
    expect(texts).toContain('Title 2 新しい施策');
  });

  it('case 6a: a column inserted left of the frozen column is rebuilt, and later rebuilds work', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const touchpoints = rowOf(addon, sheet, 'Touchpoints');
    addon.emu.user.type(sheet, `B${touchpoints}`, 'Instagram ad');
    addon.emu.user.setNote(sheet, `C${touchpoints}`, 'from the workshop');
    addon.emu.user.insertColumnsBefore(sheet, 1);
    addon.emu.user.type(sheet, 'A20', 'a remark in the new column');
    for (let round = 0; round < 2; round++) {
      addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
      const read = addon.ok<ReadBack>('readJourneys', 'all');
      expect(read.document.journeys[0]!.cells.touchpoints).toEqual({ attention: 'Instagram ad' });
      const texts = JSON.stringify(read.findings.map((f) => f.text));
      expect(texts).toContain('a remark in the new column');
      expect(texts).toContain('from the workshop');
    }
  });

  it('case 6b: a merge across the edge of the grid is undone within it and its text kept', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const thoughts = rowOf(addon, sheet, 'Thoughts');
    addon.emu.user.type(sheet, `F${thoughts}`, 'Worth telling friends');
    addon.emu.user.merge(sheet, `F${thoughts}:H${thoughts}`);
    addon.emu.user.type(sheet, 'G30', 'below, outside');
    addon.emu.user.merge(sheet, 'E30:H31');
    // Beside the grid, where the next build's new stage goes.
    addon.emu.user.type(sheet, `G${thoughts - 1}`, 'beside, merged');
    addon.emu.user.merge(sheet, `G${thoughts - 1}:H${thoughts - 1}`);
    const wider = structuredClone(doc);
    wider.stages.push({ id: 'advocate', label: 'Advocate' });
    for (const next of [doc, wider, wider]) {
      const result = addon.ok<BuildResult>('buildJourney', next, 'p-tanaka', BUILD);
      expect(result.created).toBe(false);
      const read = addon.ok<ReadBack>('readJourneys', 'all');
      expect(read.document.journeys[0]!.cells.thoughts).toEqual({ share: 'Worth telling friends' });
      expect(read.findings.map((f) => f.text)).toContain('beside, merged');
    }
  });

  it('case 6e: a merge the team made inside the grid is undone and its text kept in its cell', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    const touchpoints = rowOf(addon, sheet, 'Touchpoints');
    addon.emu.user.type(sheet, `B${touchpoints}`, 'Trade show');
    addon.emu.user.merge(sheet, `B${touchpoints}:C${touchpoints}`);
    for (let round = 0; round < 2; round++) {
      addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
      const read = addon.ok<ReadBack>('readJourneys', 'all').document;
      expect(read.journeys[0]!.cells.touchpoints).toEqual({ attention: 'Trade show' });
    }
    expect(addon.emu.inspect(sheet).merges.map((m) => m.a1)).not.toContain(`B${touchpoints}:C${touchpoints}`);
  });

  it('case 6c: a merge that the freeze would cut is refused before any change, in both languages', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, 'D10', 'typed before');
    // The team unfreezes the header, merges beside the grid across its edge, and asks for a rebuild.
    sheet.setFrozenRows(0);
    addon.emu.user.type(sheet, 'J7', 'merged note');
    addon.emu.user.merge(sheet, 'J7:J9');
    const before = state(addon, sheet);
    const wider = structuredClone(doc);
    wider.stages.push({ id: 'advocate', label: 'Advocate' });
    const problems = addon.fail('buildJourney', wider, 'p-tanaka', BUILD);
    expect(problems[0]).toMatchObject({ code: 'merge-cut-by-freeze', path: 'J7:J9' });
    expect(problems[0]!.message.ja).toContain('J7:J9');
    expect(problems[0]!.message.en).toContain('J7:J9');
    expect(state(addon, sheet)).toEqual(before);
    // Once the merge is gone, the same rebuild works.
    addon.emu.user.unmerge(sheet, 'J7:J9');
    addon.ok<BuildResult>('buildJourney', wider, 'p-tanaka', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.stages.map((s) => s.id)).toContain('advocate');
  });

  it('case 6d: a write that fails half-way leaves the sheet as it was, with a translated message', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    // A score, so the rebuild draws the emotion chart (the call made to fail below).
    doc.journeys[0]!.cells.emotion = { attention: 1 };
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(sheet, `C${rowOf(addon, sheet, 'Thoughts')}`, 'keep me');
    addon.emu.user.setNote(sheet, 'D11', 'and my note');
    addon.emu.user.type(sheet, 'K3', 'beside');
    const before = state(addon, sheet);
    // Sheets fails on the chart, after the grid was cleared and written again.
    const context = addon.bundle.context as { Charts: unknown };
    const charts = context.Charts;
    context.Charts = { ChartType: { LINE: 'NOT_A_CHART' }, ChartMergeStrategy: { MERGE_ROWS: 'MERGE_ROWS' } };
    let problems: ReturnType<Addon['fail']> = [];
    try {
      problems = addon.fail('buildJourney', doc, 'p-tanaka', BUILD);
    } finally {
      context.Charts = charts;
    }
    expect(problems[0]!.code).toBe('write-failed');
    expect(problems[0]!.message.ja).toMatch(/状態に戻しました/);
    expect(state(addon, sheet)).toEqual(before);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.journeys[0]!.cells.thoughts).toEqual({
      interest: 'keep me',
    });
  });

  it('case 7a: a 50,000-character text moved out of a metric cell arrives whole, without an apostrophe', () => {
    const addon = startAddon();
    const doc = journey('b2b-funnel-5', [{ id: 'p-a', name: 'A' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('A')!;
    const rate = rowOf(addon, sheet, 'Conversion rate');
    const long = `about half ${'x'.repeat(50_000 - 11)}`;
    addon.emu.user.type(sheet, `C${rate}`, long);
    const result = addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    const moved = result.findings.find((f) => f.code === 'moved-text');
    expect(moved?.text).toBe(long);
    const v = addon.emu.inspect(sheet);
    const shown = v.values[rate - 1]!;
    expect(shown.filter((x) => x === long)).toHaveLength(1);
  });

  it('case 7b: a persona whose fields pass the metadata limit builds, rebuilds and reads back whole', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-long', name: 'Long' }]);
    // Quotes and line breaks double in JSON: nine 2,000-character fields come to ~36,000 characters.
    const field = (c: string) => `${c}"\n`.repeat(666);
    const persona: Persona = {
      ...doc.personas[0]!,
      role: field('r'),
      department: field('d'),
      company: field('c'),
      industry: field('i'),
      companySize: field('s'),
      goals: field('g'),
      challenges: field('h'),
      informationSources: field('f'),
      notes: field('n'),
    };
    doc.personas = [persona];
    const sheetsBefore = addon.spreadsheet.getSheets().length;
    addon.ok<BuildResult>('buildJourney', doc, 'p-long', BUILD);
    addon.ok<BuildResult>('buildJourney', doc, 'p-long', BUILD);
    expect(addon.spreadsheet.getSheets()).toHaveLength(sheetsBefore + 1);
    const read = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(read.personas[0]).toEqual(persona);
    // Nothing stored per sheet comes near the limit the emulator enforces.
    const sheet = addon.spreadsheet.getSheetByName('Long')!;
    const biggest = Math.max(...addon.emu.inspect(sheet).metadata.map((m) => (m.value ?? '').length));
    expect(biggest).toBeLessThanOrEqual(10_000);
  });

  it('case 7c: a 30-stage journey builds, and a text moved beside it grows the sheet instead of failing', () => {
    const addon = startAddon();
    const doc = journey('b2b-funnel-5', [{ id: 'p-a', name: 'A' }]);
    for (let i = doc.stages.length; i < 30; i++) doc.stages.push({ id: `extra-${i}`, label: `Extra ${i}` });
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('A')!;
    const rate = rowOf(addon, sheet, 'Conversion rate');
    addon.emu.user.type(sheet, `C${rate}`, 'about half');
    const result = addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    // 31 columns of grid, one spare, then the moved text.
    expect(result.findings.find((f) => f.code === 'moved-text')).toMatchObject({
      path: `AG${rate}`,
      text: 'about half',
    });
    expect(addon.emu.inspect(sheet).displayValues[rate - 1]![32]).toBe('about half');
  });

  it('case 7d: a new sheet whose write fails is removed again, and the file key is as it was', () => {
    const addon = startAddon();
    const doc = journey('aisas', [
      { id: 'p-a', name: 'Aoki' },
      { id: 'p-b', name: 'Baba' },
    ]);
    // A score, so Baba's build draws the emotion chart (the call made to fail below).
    doc.journeys[1]!.cells.emotion = { attention: 1 };
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    const names = addon.spreadsheet.getSheets().map((s) => s.getName());
    const fileKeys = addon.emu.inspectSpreadsheet(addon.spreadsheet)!.metadata;
    const context = addon.bundle.context as { Charts: unknown };
    const charts = context.Charts;
    context.Charts = { ChartType: { LINE: 'NOT_A_CHART' }, ChartMergeStrategy: { MERGE_ROWS: 'MERGE_ROWS' } };
    try {
      expect(addon.fail('buildJourney', doc, 'p-b', BUILD)[0]!.code).toBe('write-failed');
    } finally {
      context.Charts = charts;
    }
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    expect(addon.emu.inspectSpreadsheet(addon.spreadsheet)!.metadata).toEqual(fileKeys);
    expect(addon.ok<BuildResult>('buildJourney', doc, 'p-b', BUILD).sheetName).toBe('Baba');
  });

  it('case 8: a persona name of 60 emoji gets a sheet name of at most 100 UTF-16 units', () => {
    const addon = startAddon();
    const name = '😀'.repeat(60);
    const doc = journey('aisas', [{ id: 'p-emoji', name }]);
    const result = addon.ok<BuildResult>('buildJourney', doc, 'p-emoji', BUILD);
    expect(result.sheetName).toBe('😀'.repeat(50));
    const again = journey('aisas', [{ id: 'p-emoji-2', name }]);
    const second = addon.ok<BuildResult>('buildJourney', { ...again, title: doc.title }, 'p-emoji-2', BUILD);
    expect(second.sheetName.length).toBeLessThanOrEqual(100);
    expect(second.sheetName).toMatch(/ \(2\)$/);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.personas[0]!.name).toBe(name);
  });

  it('case 9: more than 20 duplicated sheets read what fits and say which were skipped', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const original = addon.spreadsheet.getSheetByName('Tanaka')!;
    addon.emu.user.type(original, 'C10', 'typed on the original');
    for (let i = 0; i < 21; i++) addon.emu.user.duplicateSheet(original);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.personas).toHaveLength(20);
    const skipped = read.findings.filter((f) => f.code === 'journey-skipped');
    expect(skipped).toHaveLength(2);
    expect(skipped[0]!.message.en).toContain('20');
  });
});

describe('Sheets: platform behaviour the emulator now models', () => {
  it('the emotion chart draws the emotion lane as one series across the stages (merge strategy)', () => {
    const addon = startAddon();
    const doc = journey('aisas', [{ id: 'p-tanaka', name: 'Tanaka' }]);
    doc.journeys[0]!.cells.emotion = { attention: 1, interest: 2, search: -1, action: 0, share: 2 };
    addon.ok<BuildResult>('buildJourney', doc, 'p-tanaka', BUILD);
    const chart = addon.emu.inspect(addon.spreadsheet.getSheetByName('Tanaka')!).charts[0]!;
    expect(chart.data).toEqual({
      domain: ['Attention', 'Interest', 'Search', 'Action', 'Share'],
      series: [{ name: 'Emotion (−2 to +2)', values: [1, 2, -1, 0, 2] }],
    });
  });

  it('a row inserted under a metric lane inherits its percent format, and its text still reads as typed', () => {
    const addon = startAddon();
    const doc = journey('b2b-funnel-5', [{ id: 'p-a', name: 'A' }]);
    addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
    const sheet = addon.spreadsheet.getSheetByName('A')!;
    const rate = rowOf(addon, sheet, 'Conversion rate');
    addon.emu.user.insertRowsAfter(sheet, rate);
    const inherited = addon.emu.inspect(sheet).numberFormats[rate]!;
    expect(inherited[2]).toBe(addon.emu.inspect(sheet).numberFormats[rate - 1]![2]);
    addon.emu.user.type(sheet, `A${rate + 1}`, 'Competitors');
    addon.emu.user.type(sheet, `C${rate + 1}`, 'Rival B webinar');
    addon.emu.user.type(sheet, `C${rate}`, '25');
    for (let round = 0; round < 2; round++) {
      addon.ok<BuildResult>('buildJourney', doc, 'p-a', BUILD);
      const read = addon.ok<ReadBack>('readJourneys', 'all').document;
      const lane = read.lanes.find((l) => l.label === 'Competitors');
      expect(lane?.kind).toBe('text');
      expect(read.journeys[0]!.cells[lane!.id]).toEqual({ consideration: 'Rival B webinar' });
      expect(read.journeys[0]!.cells['conversion-rate']).toEqual({ consideration: 0.25 });
    }
  });
});
