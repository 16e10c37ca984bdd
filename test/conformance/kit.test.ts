/**
 * The conformance kit on the emulator: every scenario runs to the end, returns a snapshot that
 * survives JSON (what the kit writes to Drive), trashes every scratch file it made, and between
 * them they cover every assumption and limit the emulator rests on. When recordings from Google
 * exist (recorded/*.json), the emulator must agree with each of them except where
 * accepted-deviations.json says why not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../dev/conformance';
import { ASSUMPTIONS } from '../../dev/conformance/assumptions';
import {
  type AcceptedDeviation,
  compareRuns,
  describe as describeDifference,
  invalidDeviations,
  unexplained,
} from '../../dev/conformance/compare';
import type { Json } from '../../dev/conformance/snapshot';
import { loadRecordings } from '../../dev/conformance/timings';
import { emulatorRun } from './support';

const accepted = JSON.parse(
  readFileSync(join(import.meta.dirname, 'accepted-deviations.json'), 'utf8'),
) as AcceptedDeviation[];

/** Where a value is not plain JSON (what JSON.stringify would drop or change). */
function notJson(value: unknown, path: string): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => notJson(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value as object).flatMap(([k, v]) => notJson(v, `${path}.${k}`));
  return [
    `${path} is ${typeof value === 'object' ? (value?.constructor?.name ?? 'an object') : typeof value}`,
  ];
}

let run: ReturnType<typeof emulatorRun>;

beforeAll(() => {
  run = emulatorRun();
});

describe('the conformance kit on the emulator', () => {
  it('runs every scenario once, in order, to the end', () => {
    expect(run.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    const failed = run.scenarios.filter((s) => s.error !== undefined).map((s) => `${s.id}: ${s.error}`);
    expect(failed).toEqual([]);
  });

  it('returns snapshots that are plain JSON and not empty', () => {
    for (const s of run.scenarios) {
      expect(notJson(s.snapshot, s.id)).toEqual([]);
      expect(Object.keys(s.snapshot as object).length, s.id).toBeGreaterThan(0);
    }
  });

  it('trashes every scratch file it made', () => {
    const made = run.scenarios.reduce((n, s) => n + s.trashed, 0);
    expect(run.scenarios.flatMap((s) => s.notTrashed)).toEqual([]);
    expect(made).toBe(run.trashed.length);
    // Each scenario works on files of its own (the round trips, limits and timings all make some).
    expect(run.scenarios.filter((s) => s.trashed === 0).map((s) => s.id)).toEqual([
      'properties-value-size',
      'properties-store-size',
    ]);
  });

  it('leaves the user property store as it found it', () => {
    // The property scenarios fill the store up to its quota: a user's next run must start empty.
    expect(run.services.properties.getUserProperties().getKeys()).toEqual([]);
  });

  it('covers every assumption and limit, or says why a script cannot', () => {
    const ids = new Set(Object.keys(ASSUMPTIONS));
    const named = new Set(SCENARIOS.flatMap((s) => s.covers));
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
    const uncovered = [...ids].filter((id) => !named.has(id) && !ASSUMPTIONS[id]!.unsettleable);
    expect(uncovered).toEqual([]);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  it('reads the journey back after the user edits, on both hosts', () => {
    for (const id of ['sheets-round-trip', 'slides-round-trip']) {
      const snapshot = run.scenarios.find((s) => s.id === id)!.snapshot as {
        edited: boolean;
        read: { document?: { journeys: { cells: Record<string, Record<string, Json>> }[] } };
      };
      expect(snapshot.edited, id).toBe(true);
      const cells = snapshot.read.document!.journeys[0]!.cells;
      expect(cells.actions!.consideration, id).toMatch(/^Edited (in the sheet|on the slide)$/);
    }
  });
});

describe('the emulator against recordings from Google', () => {
  const recordings = loadRecordings();

  it('has a usable list of accepted deviations', () => {
    expect(
      invalidDeviations(
        accepted,
        SCENARIOS.map((s) => s.id),
      ),
    ).toEqual([]);
  });

  it.skipIf(recordings.length === 0).each(recordings.map((r) => [r.file, r.run] as const))(
    'agrees with %s except for the accepted deviations',
    (_file, recorded) => {
      const { differences } = compareRuns(run, recorded);
      const result = unexplained(differences, accepted);
      expect(result.unexplained.map(describeDifference)).toEqual([]);
      expect(result.stale).toEqual([]);
    },
  );
});
