/**
 * The kit's result file across runs: Apps Script stops a run after six minutes, so a run that
 * reaches its time budget saves what it has, and the next press of Run continues with the
 * scenarios still missing and merges them into the same file.
 */
import type { ConformanceRun, Scenario, ScenarioResult } from './scenario';

/** Scenarios whose result is final (not skipped): a resumed run does not repeat them. */
export function finishedIds(run: ConformanceRun | null): string[] {
  return run ? run.scenarios.filter((s) => s.skipped === undefined).map((s) => s.id) : [];
}

/** The earlier results, overlaid by the latest ones, in the kit's scenario order. */
export function mergeRuns(
  previous: ConformanceRun | null,
  latest: ConformanceRun,
  order: readonly Scenario[],
): ConformanceRun {
  const byId = new Map<string, ScenarioResult>();
  for (const s of previous?.scenarios ?? []) if (s.skipped === undefined) byId.set(s.id, s);
  for (const s of latest.scenarios) if (!byId.has(s.id) || s.skipped === undefined) byId.set(s.id, s);
  return {
    kit: 1,
    platform: latest.platform,
    startedAt: previous?.startedAt ?? latest.startedAt,
    scenarios: order.flatMap((s) => {
      const result = byId.get(s.id);
      return result ? [result] : [];
    }),
  };
}

export function remaining(run: ConformanceRun): number {
  return run.scenarios.filter((s) => s.skipped !== undefined).length;
}
