/**
 * Building journeys in Google Sheets, through the built bundle on the emulator: what a marketer
 * sees in the sheet (persona card, blue stage band, frozen headers, emotion validation and curve,
 * percent metrics, grey hints, keys) and what reading it back gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';
import { buildAll, HINTS, makeDoc, NO_HINTS } from '../support/journeys';

function sheetNamed(addon: Addon, name: string) {
  const sheet = addon.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('building a journey sheet', () => {
  it('draws the persona card, the stage band and the lanes a beginner expects', () => {
    const addon = startAddon();
    const doc = makeDoc('aisas', 'ja');
    const [result] = buildAll<BuildResult>(addon, doc, HINTS);
    expect(result).toMatchObject({ sheetName: '田中 部長', created: true, pendingRemovals: [] });
    // Print setup: landscape, fit to width, through the export URL of this very sheet.
    const sheetId = sheetNamed(addon, '田中 部長').getSheetId();
    expect(result!.printUrl).toContain(`/d/${addon.spreadsheet.getId()}/export?`);
    expect(result!.printUrl).toMatch(new RegExp(`portrait=false.*fitw=true.*gid=${sheetId}$`));
    const view = addon.emu.inspect(sheetNamed(addon, '田中 部長'));
    const header = view.displayValues.findIndex((row) => row.includes('注意'));
    expect(view.displayValues[header]!.slice(1, 6)).toEqual(['注意', '関心', '検索', '行動', '共有']);
    expect(view.backgrounds[header]![1]).toBe('#1a73e8');
    expect(view.fontColors[header]![1]).toBe('#ffffff');
    expect(view.frozenRows).toBe(header + 1);
    expect(view.frozenColumns).toBe(1);
    // Readable: wide columns, wrapped and bordered grid cells.
    expect(view.columnWidths.slice(0, 6)).toEqual([160, 200, 200, 200, 200, 200]);
    expect(view.wrapStrategies[header + 1]![1]).toBe('WRAP');
    expect(view.borders[header + 1]![1]).toMatchObject({ top: expect.anything(), left: expect.anything() });
    expect(view.displayValues[0]![1]).toBe(doc.title);
    // The card: the name and the filled fields, then the spacer.
    expect(view.displayValues.slice(1, 5).map((r) => r[1])).toEqual([
      '田中 部長',
      '情報システム部長',
      '株式会社サンプル',
      '',
    ]);
    const laneLabels = view.displayValues.slice(header + 1).map((r) => r[0]);
    // The emotion lane states its scale under its label.
    expect(laneLabels).toEqual(
      doc.lanes.map((l) => (l.kind === 'emotion' ? `${l.label}（−2 〜 +2）` : l.label)),
    );
    // Beginner hints: grey and italic through a conditional rule, in the touchpoints row.
    const touchpoints = header + 1 + doc.lanes.findIndex((l) => l.id === 'touchpoints');
    expect(view.displayValues[touchpoints]![1]).toMatch(/^例：/);
    expect(view.conditionalFormats[touchpoints]![1]).toMatchObject({ fontColor: '#9aa0a6', italic: true });
    // Hints are never read back; typed over, the text is content and no longer grey.
    expect(addon.ok<ReadBack>('readJourneys', 'active').document.journeys[0]!.cells).toEqual({});
    const sheet = sheetNamed(addon, '田中 部長');
    addon.emu.user.type(sheet, `B${touchpoints + 1}`, 'テレビCM');
    const typed = addon.emu.inspect(sheet);
    expect(typed.conditionalFormats[touchpoints]![1]).toBeNull();
    expect(typed.fontColors[touchpoints]![1]).toBe('#202124');
    const read = addon.ok<ReadBack>('readJourneys', 'active');
    expect(read.document.journeys[0]!.cells).toEqual({ touchpoints: { attention: 'テレビCM' } });
  });

  it('makes the emotion row a validated −2..+2 score with a curve that follows it', () => {
    const addon = startAddon();
    const doc = makeDoc('basic-5', 'en', ['Ken']);
    buildAll<BuildResult>(addon, doc);
    const sheet = sheetNamed(addon, 'Ken');
    const view = addon.emu.inspect(sheet);
    const row = view.displayValues.findIndex((r) => r[0] === 'Emotion (−2 to +2)');
    expect(row).toBeGreaterThan(0);
    // A warning only: full-width scores typed with a Japanese IME must get through (case 10).
    expect(view.validations[row]![1]).toMatchObject({ allowInvalid: true });
    // No score yet, no (empty) curve.
    expect(view.charts).toHaveLength(0);
    // A person types a score: accepted, and the next rebuild draws the curve.
    addon.emu.user.type(sheet, `C${row + 1}`, '-1');
    expect(addon.emu.inspect(sheet).displayValues[row]![2]).toBe('-1');
    buildAll<BuildResult>(addon, doc);
    const scored = addon.emu.inspect(sheet);
    expect(scored.charts).toHaveLength(1);
    expect(scored.charts[0]!.type).toBe('LINE');
    expect(scored.charts[0]!.ranges.map((r) => r.row)).toContain(row + 1);
    // A 3 is kept with a warning and reported, not read as a score.
    addon.emu.user.type(sheet, `D${row + 1}`, '3');
    // A formula counts as what it shows.
    addon.emu.user.type(sheet, `E${row + 1}`, '=1+1');
    // Rows inserted above move the chart's data with them.
    addon.emu.user.insertRowsBefore(sheet, 2, 2);
    const moved = addon.emu.inspect(sheet);
    expect(moved.charts[0]!.ranges.map((r) => r.row)).toContain(row + 3);
    const read = addon.ok<ReadBack>('readJourneys', 'active');
    expect(read.document.journeys[0]!.cells.emotion).toEqual({ consideration: -1, use: 2 });
    expect(read.findings.filter((f) => f.code === 'not-a-score').map((f) => f.text)).toEqual(['+3']);
  });

  it('formats conversion rates as percentages and marks the biggest drop-off', () => {
    const addon = startAddon();
    const doc = makeDoc('b2b-funnel-5', 'en', ['Buyer']);
    doc.journeys[0]!.cells['conversion-rate'] = { awareness: 0.4, consideration: 0.1, conversion: 0.25 };
    buildAll<BuildResult>(addon, doc);
    const view = addon.emu.inspect(sheetNamed(addon, 'Buyer'));
    const row = view.displayValues.findIndex(
      (r) => r[0] === doc.lanes.find((l) => l.kind === 'metric')!.label,
    );
    expect(view.displayValues[row]!.slice(1, 4)).toEqual(['40.0%', '10.0%', '25.0%']);
    expect(view.conditionalFormats[row]![2]).toMatchObject({ background: '#fce8e6' });
    expect(view.conditionalFormats[row]![1]).toBeNull();
  });

  it('draws service-blueprint lines as separators and marks loop-backs', () => {
    const addon = startAddon();
    const blueprint = makeDoc('service-blueprint', 'en', ['Guest']);
    buildAll<BuildResult>(addon, blueprint);
    const view = addon.emu.inspect(sheetNamed(addon, 'Guest'));
    // Labels sit right of the frozen column, merged across the stages (a merge may not straddle it).
    const lines = view.displayValues.map((r) => r[1]).filter((t) => /^Line of/.test(t ?? ''));
    expect(lines).toEqual(['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
    const lineRow = view.displayValues.findIndex((r) => r[1] === 'Line of visibility');
    expect(
      view.merges.some(
        (m) => m.row === lineRow + 1 && m.column === 2 && m.numColumns === blueprint.stages.length,
      ),
    ).toBe(true);
    expect(view.merges.every((m) => m.column > view.frozenColumns)).toBe(true);

    const other = startAddon();
    const loops = makeDoc('aisceas', 'ja', ['佐藤']);
    buildAll<BuildResult>(other, loops);
    const loopView = other.emu.inspect(sheetNamed(other, '佐藤'));
    expect(loopView.displayValues.flat()).toContain('↺ 「興味」に戻る');
  });

  it('marks an anti-persona on the card', () => {
    const addon = startAddon();
    const doc = makeDoc('basic-5', 'en', ['Bargain hunter']);
    doc.personas[0]!.antiPersona = true;
    buildAll<BuildResult>(addon, doc);
    const view = addon.emu.inspect(sheetNamed(addon, 'Bargain hunter'));
    expect(view.displayValues[1]![0]).toContain('Anti-persona');
    expect(view.fontColors[1]![0]).toBe('#d93025');
  });

  it('keeps the grid readable by its ids after people rename its sheet, headers and labels and move its rows and columns', () => {
    const addon = startAddon();
    const doc = makeDoc('aidma', 'en', ['A']);
    const [stage, next] = doc.stages;
    const [lane, other] = doc.lanes.filter((l) => l.kind === 'text');
    doc.journeys[0]!.cells[lane!.id] = { [stage!.id]: 'first', [next!.id]: 'second' };
    doc.journeys[0]!.cells[other!.id] = { [stage!.id]: 'other' };
    buildAll<BuildResult>(addon, doc);
    const sheet = sheetNamed(addon, 'A');
    const view = addon.emu.inspect(sheet);
    const header = view.displayValues.findIndex((r) => r[1] === stage!.label) + 1;
    const laneRow = view.displayValues.findIndex((r) => r[0] === lane!.label) + 1;
    const otherRow = view.displayValues.findIndex((r) => r[0] === other!.label) + 1;
    // Labels alone would now name a new stage and lane, and put the cells in the wrong rows.
    addon.emu.user.renameSheet(sheet, 'Renamed');
    addon.emu.user.type(sheet, `B${header}`, 'First look');
    addon.emu.user.type(sheet, `A${laneRow}`, 'Where we meet');
    addon.emu.user.moveRows(sheet, otherRow, 1, laneRow);
    addon.emu.user.insertColumnsBefore(sheet, 3);
    addon.emu.user.type(sheet, `C${header}`, 'In between');
    const back = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(back.title).toBe(doc.title);
    expect(back.personas.map((p) => p.id)).toEqual(['p1']);
    expect(back.stages.map((s) => s.label).slice(0, 3)).toEqual(['First look', 'In between', next!.label]);
    expect(back.stages.find((s) => s.id === stage!.id)!.label).toBe('First look');
    expect(back.lanes.find((l) => l.id === lane!.id)!.label).toBe('Where we meet');
    expect(back.journeys[0]!.cells[lane!.id]).toEqual({ [stage!.id]: 'first', [next!.id]: 'second' });
    expect(back.journeys[0]!.cells[other!.id]).toEqual({ [stage!.id]: 'other' });
  });

  it('reads back the title and stages the last build left, after rebuilding one persona of several', () => {
    const addon = startAddon();
    const doc = makeDoc('aidma', 'en', ['A', 'B']);
    buildAll<BuildResult>(addon, doc);
    const grown = structuredClone(doc);
    grown.title = 'Journeys, second round';
    grown.stages.splice(1, 0, { id: 'compare', label: 'Compare' });
    addon.ok<BuildResult>('buildJourney', grown, 'p2', NO_HINTS);
    const back = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(back.title).toBe(grown.title);
    expect(back.stages.map((s) => s.id)).toEqual(grown.stages.map((s) => s.id));
  });

  it('names sheets uniquely and validly', () => {
    const addon = startAddon();
    const doc = makeDoc('aidma', 'en', ['Sheet1', 'Sheet1', `Line\nbreak ${'x'.repeat(120)}`]);
    const names = buildAll<BuildResult>(addon, doc).map((r) => r.sheetName);
    expect(names[0]).toBe('Sheet1 (2)');
    expect(names[1]).toBe('Sheet1 (3)');
    expect(names[2]!.length).toBeLessThanOrEqual(100);
    expect(names[2]).not.toContain('\n');
  });
});

describe('reading back', () => {
  it('reads every framework back in both languages', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of ['ja', 'en'] as const) {
        const addon = startAddon();
        const doc = makeDoc(framework.id, language, ['P1', 'P2']);
        doc.lanes.forEach((lane, i) => {
          const stage = doc.stages[i % doc.stages.length]!;
          const value =
            lane.kind === 'text' ? `${lane.label} @ ${stage.label}` : lane.kind === 'emotion' ? 1 : 0.5;
          doc.journeys[1]!.cells[lane.id] = { [stage.id]: value };
        });
        buildAll<BuildResult>(addon, doc, HINTS);
        const read = addon.ok<ReadBack>('readJourneys', 'all');
        expect(read.document, `${framework.id}/${language}`).toEqual(doc);
        expect(read.findings).toEqual([]);
      }
    }
  });

  it('round-trips random documents exactly (build → read → equal)', () => {
    fc.assert(
      fc.property(journeyDocumentArb(), fc.boolean(), (doc, hints) => {
        const addon = startAddon();
        buildAll<BuildResult>(addon, doc, { hints, confirmRemovals: false });
        const read = addon.ok<ReadBack>('readJourneys', 'all');
        expect(read.document).toEqual(doc);
        expect(read.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('summarises filled cells per persona and stage', () => {
    const addon = startAddon();
    const doc = makeDoc('aisas', 'en', ['A', 'B']);
    doc.journeys[0]!.cells.touchpoints = { attention: 'TV', interest: 'Blog' };
    doc.journeys[0]!.cells.actions = { attention: 'Watches' };
    buildAll<BuildResult>(addon, doc);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.summary.personas.map((p) => p.filledPerStage)).toEqual([
      [2, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });
});

describe('bad input and a document that cannot change', () => {
  it('refuses an invalid model with the model messages, changing nothing', () => {
    const addon = startAddon();
    const doc = makeDoc('aisas', 'en', ['A']);
    const broken = { ...doc, lanes: [...doc.lanes, { id: 'touchpoints', label: 'Again', kind: 'text' }] };
    const problems = addon.fail('buildJourney', broken, 'p1', NO_HINTS);
    expect(problems[0]).toMatchObject({ code: 'duplicate-id' });
    expect(problems[0]!.message.ja).toContain('重複');
    expect(addon.spreadsheet.getSheets()).toHaveLength(1);
  });

  it('refuses a persona that is not in the model', () => {
    const addon = startAddon();
    const problems = addon.fail('buildJourney', makeDoc('aisas', 'en'), 'nobody', NO_HINTS);
    expect(problems[0]!.code).toBe('unknown-persona');
  });

  it('explains a read-only spreadsheet and changes nothing', () => {
    const addon = startAddon();
    const doc = makeDoc('aisas', 'en', ['A']);
    addon.emu.setAccess('view');
    const problems = addon.fail('buildJourney', doc, 'p1', NO_HINTS);
    expect(problems[0]!.code).toBe('read-only');
    expect(problems[0]!.message.en).toContain('only view');
    expect(addon.spreadsheet.getSheets()).toHaveLength(1);
  });

  it('explains a protected journey sheet and leaves it as it was', () => {
    const addon = startAddon();
    const doc = makeDoc('aisas', 'en', ['A']);
    buildAll<BuildResult>(addon, doc);
    const sheet = sheetNamed(addon, 'A');
    addon.emu.protectAgainstCurrentUser(sheet);
    const before = addon.emu.inspect(sheet);
    doc.lanes.push({ id: 'extra', label: 'Extra', kind: 'text' });
    const problems = addon.fail('buildJourney', doc, 'p1', NO_HINTS);
    expect(problems[0]!.code).toBe('protected');
    expect(addon.emu.inspect(sheet)).toEqual(before);
  });

  it('refuses to mix a second framework into a spreadsheet that holds a journey', () => {
    const addon = startAddon();
    buildAll<BuildResult>(addon, makeDoc('aisas', 'en', ['A']));
    const problems = addon.fail('buildJourney', makeDoc('aidma', 'en', ['B']), 'p1', NO_HINTS);
    expect(problems[0]!.code).toBe('other-journey');
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A']);
  });

  it('serialises builds with the document lock', () => {
    const addon = startAddon();
    addon.emu.holdDocumentLockElsewhere(true);
    const problems = addon.fail('buildJourney', makeDoc('aisas', 'en', ['A']), 'p1', NO_HINTS);
    expect(problems[0]!.code).toBe('busy');
    expect(addon.spreadsheet.getSheets()).toHaveLength(1);
    addon.emu.holdDocumentLockElsewhere(false);
    expect(addon.ok<BuildResult>('buildJourney', makeDoc('aisas', 'en', ['A']), 'p1', NO_HINTS).created).toBe(
      true,
    );
  });

  it('says so when the active sheet is not a journey', () => {
    const addon = startAddon();
    const problems = addon.fail('readJourneys', 'active');
    expect(problems[0]!.code).toBe('not-a-journey');
  });
});
