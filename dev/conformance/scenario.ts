/** The shape of a conformance scenario and of a kit run's result file. */
import type { ConformanceEnv, Platform } from './env';
import type { Json } from './snapshot';

export interface Scenario {
  /** Stable id: recordings and accepted deviations refer to it. */
  id: string;
  title: string;
  /** Assumption and limit ids (assumptions.ts) whose answer this scenario records. */
  covers: string[];
  run(env: ConformanceEnv): Json;
}

export interface ScenarioResult {
  id: string;
  covers: string[];
  elapsedMs: number;
  /** Set when the scenario finished. */
  snapshot?: Json;
  /** Set when the scenario itself failed (a bug in the kit, or a service the kit cannot reach). */
  error?: string;
  /** Set when the scenario was not run (time budget). */
  skipped?: string;
  /** Scratch files trashed after it, and the ones that could not be (to delete by hand). */
  trashed: number;
  notTrashed: string[];
}

export interface ConformanceRun {
  kit: 1;
  platform: Platform;
  startedAt: string;
  scenarios: ScenarioResult[];
}
