/**
 * The comparison of an emulator run with a recording, on a synthetic recording made from a real
 * emulator run with Google's answers changed by hand: every changed answer is found at its path,
 * timings are not compared, accepted deviations need a reason and explain only what they name,
 * and the benchmark gets the recorded timing figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../dev/conformance';
import { compareRuns, invalidDeviations, unexplained } from '../../dev/conformance/compare';
import type { ConformanceRun } from '../../dev/conformance/scenario';
import { recordedTimings } from '../../dev/conformance/timings';
import { emulatorRun } from './support';

let ours: ConformanceRun;

// biome-ignore lint/suspicious/noExplicitAny: a synthetic recording is edited by hand, path by path.
type Editable = Record<string, any>;

/** A "recording": the emulator's run with what Google is supposed to have said instead. */
function recording(edit: (byId: (id: string) => Editable) => void): ConformanceRun {
  const copy = JSON.parse(JSON.stringify(ours)) as ConformanceRun;
  copy.platform = 'google';
  edit((id) => copy.scenarios.find((s) => s.id === id) as unknown as Editable);
  return copy;
}

beforeAll(() => {
  const { services: _services, trashed: _trashed, ...run } = emulatorRun();
  ours = run;
});

describe('comparing the emulator with a recording', () => {
  it('finds nothing when Google said the same, whatever the timings', () => {
    const recorded = recording((byId) => {
      byId('timing-sheets').snapshot.serverRead.ms = [180, 210, 190, 205, 199];
      byId('sheets-cell-chars').elapsedMs = 4321;
      byId('sheets-name-length').snapshot.ascii.tries = 99;
    });
    expect(compareRuns(ours, recorded).differences).toEqual([]);
  });

  it('finds each answer that differs, at its path', () => {
    const recorded = recording((byId) => {
      byId('sheets-cell-chars').snapshot.ascii50001 = { ok: true, value: { units: 50_001, same: true } };
      byId('sheets-round-trip').snapshot.afterBuild.sheet.values[1][0] = 'Nom';
      byId('slides-page-size').error = 'Slides API has not been enabled';
      delete byId('slides-page-size').snapshot;
    });
    const { differences } = compareRuns(ours, recorded);
    expect(differences.map((d) => `${d.scenario} ${d.path}`)).toEqual([
      'sheets-cell-chars snapshot.ascii50001.ok',
      'sheets-cell-chars snapshot.ascii50001.threw',
      'sheets-cell-chars snapshot.ascii50001.value',
      'slides-page-size error',
      'slides-page-size snapshot',
      'sheets-round-trip snapshot.afterBuild.sheet.values[1][0]',
    ]);
    const cell = differences.find((d) => d.path === 'snapshot.afterBuild.sheet.values[1][0]')!;
    expect(cell).toMatchObject({ emulator: 'Name', recorded: 'Nom' });
  });

  it('does not compare scenarios the recording skipped or lacks', () => {
    const recorded = recording((byId) => {
      const timing = byId('timing-slides');
      timing.skipped = 'time budget';
      delete timing.snapshot;
    });
    recorded.scenarios = recorded.scenarios.filter((s) => s.id !== 'rest-send');
    const result = compareRuns(ours, recorded);
    expect(result.differences).toEqual([]);
    expect(result.notRecorded).toEqual(['rest-send', 'timing-slides']);
  });

  it('accepts a difference only where the list names it, and reports entries that match nothing', () => {
    const recorded = recording((byId) => {
      byId('sheets-metadata-value').snapshot.onSheet.largestAccepted = 49_999;
      byId('sheets-metadata-value').snapshot.onSheet.smallestRefused = 50_000;
      byId('sheets-names-case').snapshot.byOtherCase = null;
    });
    const { differences } = compareRuns(ours, recorded);
    const accepted = [
      {
        scenario: 'sheets-metadata-value',
        path: 'snapshot.onSheet.*',
        reason: 'emulator keeps 30,000 on purpose',
      },
      { scenario: 'sheets-clear', path: 'snapshot.rangeClear.merges', reason: 'no longer differs' },
    ];
    const result = unexplained(differences, accepted);
    expect(result.unexplained.map((d) => `${d.scenario} ${d.path}`)).toEqual([
      'sheets-names-case snapshot.byOtherCase',
    ]);
    expect(result.stale).toEqual([accepted[1]]);
  });

  it('refuses accepted deviations without a reason or for unknown scenarios', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(
      invalidDeviations(
        [
          { scenario: 'sheets-clear', path: 'snapshot', reason: ' ' },
          { scenario: 'no-such-scenario', path: 'snapshot', reason: 'because' },
          { scenario: 'sheets-clear', path: 'snapshot', reason: 'Google keeps notes' },
        ],
        ids,
      ),
    ).toEqual([
      'accepted deviation 0 has no reason',
      'accepted deviation 1 names an unknown scenario "no-such-scenario"',
    ]);
  });
});

describe('recorded timings for the benchmark', () => {
  it('gives every timing probe of a recording with its median', () => {
    const recorded = recording((byId) => {
      byId('timing-sheets').snapshot.serverRead.ms = [180, 210, 190, 205, 199];
      byId('timing-slides').snapshot.batch5000.ms = [9_500];
    });
    const timings = recordedTimings(recorded);
    expect(Object.keys(timings).sort()).toEqual([
      'timing-sheets.addMetadata',
      'timing-sheets.emptyRoundTrip',
      'timing-sheets.findMetadata',
      'timing-sheets.flushQueued',
      'timing-sheets.queuedWrite',
      'timing-sheets.serverRead',
      'timing-slides.batch5000',
      'timing-slides.setText',
    ]);
    expect(timings['timing-sheets.serverRead']).toEqual({
      ms: [180, 210, 190, 205, 199],
      median: 199,
      min: 180,
    });
    expect(timings['timing-slides.batch5000']!.median).toBe(9_500);
  });
});
