/**
 * Recorded timing probes, for the benchmark's latency figures: every `{ ms: number[] }` in a
 * recording's timing scenarios, by `<scenario>.<probe>` (e.g. `timing-sheets.serverRead`), and
 * the recordings committed under test/conformance/recorded/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceRun } from './scenario';
import type { Json } from './snapshot';

export const RECORDED_DIR = join(import.meta.dirname, '..', '..', 'test', 'conformance', 'recorded');

export interface TimingProbe {
  ms: number[];
  median: number;
  min: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function collect(value: Json | undefined, path: string, out: Record<string, TimingProbe>): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const ms = value.ms;
  if (Array.isArray(ms) && ms.length > 0 && ms.every((n) => typeof n === 'number')) {
    const figures = ms as number[];
    out[path] = { ms: figures, median: median(figures), min: Math.min(...figures) };
  }
  for (const [key, child] of Object.entries(value)) if (key !== 'ms') collect(child, `${path}.${key}`, out);
}

/** The timing probes of a recording (scenarios whose id starts with `timing-`). */
export function recordedTimings(run: ConformanceRun): Record<string, TimingProbe> {
  const out: Record<string, TimingProbe> = {};
  for (const s of run.scenarios) if (s.id.startsWith('timing-') && s.snapshot) collect(s.snapshot, s.id, out);
  return out;
}

/** Every recording from Google under test/conformance/recorded/, by file name. */
export function loadRecordings(dir = RECORDED_DIR): { file: string; run: ConformanceRun }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((file) => ({ file, run: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConformanceRun }));
}
