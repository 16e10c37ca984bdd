/**
 * Building several personas in one server call (what the sidebar now sends) gives exactly what
 * building them one call each gave: the same sheets, the same keys, the same read-back, the
 * same removals waiting for confirmation; and a failing persona ends the call with the ones
 * built before it reported. Also: a build or read finds the file's keys with a constant number
 * of developer-metadata finds, however many journeys the file holds.
 */
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/hosts/build-types';
import { buildBatches } from '../../src/hosts/sheets/batches';
import type { JourneyDocument } from '../../src/model/types';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import { type Addon, startAddon } from '../support/addon';
import { makeDoc, NO_HINTS } from '../support/journeys';

const NAMES = ['Aki', 'Ben', 'Chie', 'Dan'];

/**
 * What the user sees in the file, without what differs between two files (id, address) or
 * between two orders of the same writes (the numbers of metadata entries, given as they are made).
 */
function file(addon: Addon) {
  const { id: _id, url: _url, ...rest } = addon.emu.inspectSpreadsheet()!;
  const unnumbered = (list: { id: number }[]) => list.map(({ id: _n, ...entry }) => entry);
  return {
    ...rest,
    metadata: unnumbered(rest.metadata),
    sheets: rest.sheets.map((sheet) => ({ ...sheet, metadata: unnumbered(sheet.metadata) })),
  };
}

function results(list: BuildResult[]) {
  return list.map(({ printUrl: _printUrl, ...rest }) => rest);
}

function oneByOne(addon: Addon, doc: JourneyDocument, options = NO_HINTS): BuildResult[] {
  return doc.personas.map((p) => addon.ok<BuildResult>('buildJourney', doc, p.id, options));
}

function batched(addon: Addon, doc: JourneyDocument, options = NO_HINTS): BuildResult[] {
  return buildBatches(doc.personas.map((p) => p.id)).flatMap((ids) =>
    addon.ok<BatchBuild>('buildJourneys', doc, ids, options).built.map((b) => b.result),
  );
}

function typeInEverySheet(addon: Addon): void {
  for (const name of NAMES) {
    const sheet = addon.spreadsheet.getSheetByName(name)!;
    const rows = addon.emu.inspect(sheet).displayValues;
    const row = rows.findIndex((r) => r[0] === 'Touchpoints') + 1;
    addon.emu.user.type(sheet, `B${row}`, `${name}'s ad`);
  }
}

describe('building several personas in one call', () => {
  it('splits a build into the first persona alone, then calls of at most five', () => {
    expect(buildBatches(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual([
      ['a'],
      ['b', 'c', 'd', 'e', 'f'],
      ['g'],
    ]);
    expect(buildBatches([])).toEqual([]);
  });

  it('builds, rebuilds and reads back exactly as one call per persona does', () => {
    const doc = makeDoc('aisas', 'en', NAMES);
    const single = startAddon();
    const batch = startAddon();
    expect(results(batched(batch, doc))).toEqual(results(oneByOne(single, doc)));
    expect(file(batch)).toEqual(file(single));

    // Edited in the sheets, then rebuilt with a lane gone: kept texts, pending removals.
    typeInEverySheet(single);
    typeInEverySheet(batch);
    const smaller = { ...doc, lanes: doc.lanes.filter((l) => l.id !== doc.lanes[1]!.id) };
    const rebuiltBatch = results(batched(batch, smaller));
    expect(rebuiltBatch).toEqual(results(oneByOne(single, smaller)));
    expect(rebuiltBatch.every((r) => r.pendingRemovals.length === 1 && !r.created)).toBe(true);
    expect(file(batch)).toEqual(file(single));
    const read = batch.ok<ReadBack>('readJourneys', 'all');
    expect(read).toEqual(single.ok<ReadBack>('readJourneys', 'all'));
    expect(read.document.personas.map((p) => p.name)).toEqual(NAMES);
  });

  it('stops at a persona that fails and reports the ones built before it', () => {
    const doc = makeDoc('aisas', 'en', NAMES);
    const addon = startAddon();
    const partial = addon.ok<BatchBuild>('buildJourneys', doc, ['p1', 'nobody', 'p2'], NO_HINTS);
    expect(partial.built.map((b) => b.result.sheetName)).toEqual(['Aki']);
    expect(partial.problems?.map((p) => p.code)).toEqual(['unknown-persona']);
    expect(addon.spreadsheet.getSheetByName('Ben')).toBeNull();
    expect(addon.fail('buildJourneys', doc, ['nobody', 'p2'], NO_HINTS).map((p) => p.code)).toEqual([
      'unknown-persona',
    ]);
  });
});

/** The document with a score on every journey: a sheet draws its emotion chart only with one. */
function scored(doc: JourneyDocument): JourneyDocument {
  const copy = structuredClone(doc);
  const emotion = copy.lanes.find((l) => l.kind === 'emotion')!;
  for (const journey of copy.journeys) journey.cells[emotion.id] = { [copy.stages[0]!.id]: 1 };
  return copy;
}

/** Makes the n-th emotion chart drawn from now on fail, as Sheets may fail a write half-way. */
function failChart(addon: Addon, n: number): () => void {
  const context = addon.bundle.context as { Charts: { ChartType: { LINE: unknown } } };
  const charts = context.Charts;
  let drawn = 0;
  context.Charts = {
    ...charts,
    ChartType: {
      get LINE() {
        drawn += 1;
        return drawn === n ? 'NOT_A_CHART' : charts.ChartType.LINE;
      },
    },
  } as typeof charts;
  return () => {
    context.Charts = charts;
  };
}

/** A sheet as its user sees it: what it shows, notes, merges, charts and keys (not their numbers). */
function shown(addon: Addon, name: string) {
  const sheet = addon.spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const v = addon.emu.inspect(sheet);
  return {
    displayValues: v.displayValues,
    notes: v.notes,
    merges: v.merges,
    charts: v.charts.length,
    metadata: v.metadata.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort(),
  };
}

describe('a batch whose write fails half-way', () => {
  it('keeps the personas before the failure, and puts the failed one and those after it back as they were', () => {
    const doc = scored(makeDoc('aisas', 'en', NAMES));
    const addon = startAddon();
    batched(addon, doc);
    typeInEverySheet(addon);
    const before = NAMES.map((name) => shown(addon, name));
    const smaller = { ...doc, lanes: doc.lanes.filter((l) => l.id !== doc.lanes[1]!.id) };
    const restore = failChart(addon, 2);
    let outcome: BatchBuild;
    try {
      outcome = addon.ok<BatchBuild>('buildJourneys', smaller, ['p1', 'p2', 'p3'], {
        hints: false,
        confirmRemovals: true,
      });
    } finally {
      restore();
    }
    expect(outcome.built.map((b) => b.personaId)).toEqual(['p1']);
    expect(outcome.problems?.map((p) => p.code)).toEqual(['write-failed']);
    // Aki is rebuilt without the lane; Ben (failed), Chie (not tried) and Dan are as they were.
    expect(shown(addon, 'Aki')).not.toEqual(before[0]);
    expect(NAMES.slice(1).map((name) => shown(addon, name))).toEqual(before.slice(1));
    // The file reads back whole: Aki's typed text kept, the others' too.
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.personas.map((p) => p.name)).toEqual(NAMES);
    for (const journey of read.document.journeys)
      expect(
        Object.values(journey.cells).some((row) => Object.values(row).some((t) => /'s ad$/.test(String(t)))),
      ).toBe(true);
  });

  it('removes the new sheets from the failed persona on, and leaves the file key as the first alone', () => {
    const doc = scored(makeDoc('aisas', 'en', NAMES));
    const addon = startAddon();
    const alone = startAddon();
    alone.ok<BatchBuild>('buildJourneys', doc, ['p1'], NO_HINTS);
    const restore = failChart(addon, 2);
    let outcome: BatchBuild;
    try {
      outcome = addon.ok<BatchBuild>('buildJourneys', doc, ['p1', 'p2', 'p3'], NO_HINTS);
    } finally {
      restore();
    }
    expect(outcome.built.map((b) => b.result.sheetName)).toEqual(['Aki']);
    expect(outcome.problems?.map((p) => p.code)).toEqual(['write-failed']);
    // The same file as building the first alone (which tab is open aside: a removed sheet was).
    const { activeSheet: _a, ...after } = file(addon);
    const { activeSheet: _b, ...expected } = file(alone);
    expect(after).toEqual(expected);
  });
});

describe('commits per build call', () => {
  it('sends queued writes to the server the same few times, however many personas the call builds', () => {
    const doc = makeDoc('aisas', 'en', NAMES);
    const commits = (addon: Addon, ids: string[]) => {
      addon.emu.calls.reset();
      addon.emu.calls.startExecution();
      addon.ok('buildJourneys', doc, ids, NO_HINTS);
      addon.emu.calls.endExecution();
      return addon.emu.calls.snapshot().commits;
    };
    const one = commits(startAddon(), ['p1']);
    expect(one).toBeLessThanOrEqual(3);
    expect(commits(startAddon(), ['p1', 'p2', 'p3', 'p4'])).toBe(one);
    // A rebuild reads nothing new about its sheets once it writes.
    const addon = startAddon();
    batched(addon, doc);
    expect(commits(addon, ['p1', 'p2', 'p3', 'p4'])).toBeLessThanOrEqual(2);
  });
});

describe('finding the keys of a file', () => {
  it('takes one metadata find per build call and one per read, whatever the file holds', () => {
    const doc = makeDoc('aisas', 'en', NAMES);
    const addon = startAddon();
    oneByOne(addon, doc);
    const finds = (action: () => void) => {
      addon.emu.calls.reset();
      action();
      return addon.emu.calls.snapshot().byMethod['DeveloperMetadataFinder.find'] ?? 0;
    };
    expect(finds(() => addon.ok('buildJourney', doc, 'p4', NO_HINTS))).toBe(1);
    expect(finds(() => addon.ok('buildJourneys', doc, ['p1', 'p2', 'p3'], NO_HINTS))).toBe(1);
    expect(finds(() => addon.ok('readJourneys', 'all'))).toBe(1);
  });
});
