/**
 * Comparing an emulator run with a recording from Google: every difference between the two
 * snapshots of a scenario, leaf by leaf, minus timings (keys `ms`, `elapsedMs`) and bisection
 * step counts (`tries`), which differ from run to run. A difference is accepted only when the
 * accepted-deviations list names its scenario and path and gives a reason.
 */
import type { ConformanceRun, ScenarioResult } from './scenario';
import type { Json } from './snapshot';

export interface Difference {
  scenario: string;
  /** Dotted path into the scenario result, e.g. `snapshot.ascii50001.ok` or `snapshot.values[2][0]`. */
  path: string;
  emulator: Json | undefined;
  recorded: Json | undefined;
}

export interface AcceptedDeviation {
  scenario: string;
  /** A path as in Difference, or a prefix ending in `*` (every path under it). */
  path: string;
  reason: string;
}

const IGNORED_KEYS = new Set(['ms', 'elapsedMs', 'tries']);

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function diffJson(
  emulator: Json | undefined,
  recorded: Json | undefined,
  path: string,
  out: { path: string; emulator: Json | undefined; recorded: Json | undefined }[] = [],
) {
  if (Array.isArray(emulator) && Array.isArray(recorded)) {
    const length = Math.max(emulator.length, recorded.length);
    for (let i = 0; i < length; i++) diffJson(emulator[i], recorded[i], `${path}[${i}]`, out);
  } else if (isObject(emulator) && isObject(recorded)) {
    const keys = [...new Set([...Object.keys(emulator), ...Object.keys(recorded)])].sort();
    for (const key of keys)
      if (!IGNORED_KEYS.has(key)) diffJson(emulator[key], recorded[key], path ? `${path}.${key}` : key, out);
  } else if (JSON.stringify(emulator) !== JSON.stringify(recorded)) {
    out.push({ path, emulator, recorded });
  }
  return out;
}

function comparable(result: ScenarioResult): Json {
  return {
    snapshot: result.snapshot ?? null,
    error: result.error ?? null,
  };
}

/** Differences per scenario; scenarios the recording skipped or lacks are listed apart. */
export function compareRuns(
  emulator: ConformanceRun,
  recorded: ConformanceRun,
): { differences: Difference[]; notRecorded: string[] } {
  const recordedById = new Map(recorded.scenarios.map((s) => [s.id, s]));
  const differences: Difference[] = [];
  const notRecorded: string[] = [];
  for (const ours of emulator.scenarios) {
    const theirs = recordedById.get(ours.id);
    if (!theirs || theirs.skipped !== undefined) {
      notRecorded.push(ours.id);
      continue;
    }
    for (const d of diffJson(comparable(ours), comparable(theirs), ''))
      differences.push({ scenario: ours.id, ...d });
  }
  return { differences, notRecorded };
}

export function matches(deviation: AcceptedDeviation, difference: Difference): boolean {
  if (deviation.scenario !== difference.scenario) return false;
  if (deviation.path.endsWith('*')) return difference.path.startsWith(deviation.path.slice(0, -1));
  return deviation.path === difference.path;
}

/** Entries that cannot be used: no reason, no path, or a scenario the kit does not have. */
export function invalidDeviations(
  list: readonly AcceptedDeviation[],
  scenarioIds: readonly string[],
): string[] {
  return list.flatMap((d, i) => {
    const problems: string[] = [];
    if (typeof d.reason !== 'string' || d.reason.trim() === '') problems.push('has no reason');
    if (typeof d.path !== 'string' || d.path === '') problems.push('has no path');
    if (!scenarioIds.includes(d.scenario)) problems.push(`names an unknown scenario "${d.scenario}"`);
    return problems.map((p) => `accepted deviation ${i} ${p}`);
  });
}

/** What the accepted list does not explain, and the entries that no longer match anything. */
export function unexplained(
  differences: readonly Difference[],
  accepted: readonly AcceptedDeviation[],
): { unexplained: Difference[]; stale: AcceptedDeviation[] } {
  return {
    unexplained: differences.filter((d) => !accepted.some((a) => matches(a, d))),
    stale: accepted.filter((a) => !differences.some((d) => matches(a, d))),
  };
}

export function describe(difference: Difference): string {
  const show = (v: Json | undefined) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 200));
  return `${difference.scenario} ${difference.path}: emulator ${show(difference.emulator)}, Google ${show(difference.recorded)}`;
}
