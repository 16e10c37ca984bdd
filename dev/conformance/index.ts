/**
 * The conformance kit: every scenario, and the runner that gives each one fresh scratch files,
 * times it, catches what it throws and trashes its files afterwards. The same runner serves the
 * Apps Script entry (apps-script.ts) and the emulator suite (test/conformance).
 */
import type { KitServices } from './env';
import type { ConformanceRun, Scenario, ScenarioResult } from './scenario';
import { ROUND_TRIP_SCENARIOS } from './scenarios/round-trips';
import { SHEETS_BEHAVIOUR_SCENARIOS } from './scenarios/sheets-behaviour';
import { SHEETS_LIMIT_SCENARIOS } from './scenarios/sheets-limits';
import { SHEETS_REST_SCENARIOS } from './scenarios/sheets-rest';
import { SLIDES_SCENARIOS } from './scenarios/slides';
import { SLIDES_COPY_SCENARIOS } from './scenarios/slides-copy';
import { SLIDES_DIRECT_SCENARIOS } from './scenarios/slides-direct';
import { STORAGE_SCENARIOS } from './scenarios/storage';
import { TIMING_SCENARIOS } from './scenarios/timing';
import { errorMessage } from './snapshot';

export type { ConformanceRun, Scenario, ScenarioResult } from './scenario';

export const SCENARIOS: readonly Scenario[] = [
  ...SHEETS_LIMIT_SCENARIOS,
  ...SHEETS_BEHAVIOUR_SCENARIOS,
  ...SHEETS_REST_SCENARIOS,
  ...STORAGE_SCENARIOS,
  ...SLIDES_SCENARIOS,
  ...SLIDES_COPY_SCENARIOS,
  ...SLIDES_DIRECT_SCENARIOS,
  ...ROUND_TRIP_SCENARIOS,
  ...TIMING_SCENARIOS,
];

const NAME_PREFIX = 'Journey Grid conformance – ';

export function runScenario(services: KitServices, scenario: Scenario): ScenarioResult {
  const made: string[] = [];
  const { files, ...rest } = services;
  const env = {
    ...rest,
    scratch: {
      spreadsheet(name: string) {
        const doc = files.spreadsheet(NAME_PREFIX + name);
        made.push(doc.getId());
        return doc;
      },
      presentation(name: string) {
        const deck = files.presentation(NAME_PREFIX + name);
        made.push(deck.getId());
        return deck;
      },
      track(fileId: string) {
        if (fileId) made.push(fileId);
      },
    },
  };
  const start = services.now();
  const result: ScenarioResult = {
    id: scenario.id,
    covers: scenario.covers,
    elapsedMs: 0,
    trashed: 0,
    notTrashed: [],
  };
  try {
    result.snapshot = scenario.run(env);
  } catch (error) {
    result.error = errorMessage(error);
  }
  result.elapsedMs = services.now() - start;
  for (const id of made) {
    try {
      files.trash(id);
      result.trashed++;
    } catch (error) {
      result.notTrashed.push(`${id}: ${errorMessage(error)}`);
    }
  }
  return result;
}

export interface RunOptions {
  /** Ids of scenarios already recorded (a resumed run): not run again. */
  done?: readonly string[];
  /** A `now()` value after which no scenario is started (Apps Script stops a run at 6 minutes). */
  deadline?: number;
  /** Only these ids (all when absent). */
  only?: readonly string[];
  /** Called after each scenario, e.g. to save progress before Apps Script's time limit. */
  onResult?: (result: ScenarioResult, soFar: readonly ScenarioResult[]) => void;
}

/** Runs the scenarios in order; those past the deadline are returned as skipped. */
export function runScenarios(
  services: KitServices,
  options: RunOptions = {},
): Pick<ConformanceRun, 'scenarios'> {
  const done = new Set(options.done ?? []);
  const scenarios: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    if (done.has(scenario.id) || (options.only && !options.only.includes(scenario.id))) continue;
    if (options.deadline !== undefined && services.now() > options.deadline) {
      scenarios.push({
        id: scenario.id,
        covers: scenario.covers,
        elapsedMs: 0,
        skipped: 'time budget',
        trashed: 0,
        notTrashed: [],
      });
      continue;
    }
    scenarios.push(runScenario(services, scenario));
    options.onResult?.(scenarios[scenarios.length - 1]!, scenarios);
  }
  return { scenarios };
}
