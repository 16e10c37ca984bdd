/**
 * `npm run bench`: service calls, bytes and time for building and reading journeys on the
 * emulator, through the built bundle (dist/Code.js), against the simple per-cell approach.
 * Prints a table and writes bench/results.json. Times are wall-clock on the emulator: useful to
 * compare runs on one machine, not a prediction of Apps Script's own latency (the emulator's
 * estimated latency, from its per-call model, is printed beside them).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadBundle, readBundle } from '../dev/bundle';
import { createEmulator } from '../dev/emulator';
import type { JourneyDocument } from '../src/model/types';
import { benchDocument, PERSONA_COUNTS, SIZES } from './fixtures';
import { naiveBuild, naiveRead } from './naive-sheets';

export interface BenchRow {
  host: 'sheets' | 'slides' | 'slides-rest';
  operation: 'build' | 'read';
  stages: number;
  lanes: number;
  personas: number;
  calls: number;
  naiveCalls: number;
  emulatorMs: number;
  /** The emulator's latency model applied to `calls` (an estimate, not a measurement). */
  estimatedMs?: number;
  naiveEstimatedMs?: number;
  /** Bytes crossing google.script.run (arguments + result), for the add-on's calls. */
  rpcBytes?: number;
  payloadBytes?: number;
}

const code = readBundle();

function addon() {
  const emu = createEmulator({ htmlFiles: { Sidebar: '' } });
  const spreadsheet = emu.createSpreadsheet('Bench', { locale: 'ja_JP' });
  const bundle = loadBundle(emu.globals, code);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  return { emu, spreadsheet, bundle };
}

function sheetsRows(doc: JourneyDocument): BenchRow[] {
  const shape = { stages: doc.stages.length, lanes: doc.lanes.length, personas: doc.personas.length };
  const { emu, bundle } = addon();
  const options = { hints: false, confirmRemovals: false };

  emu.calls.reset();
  let rpcBytes = 0;
  let started = performance.now();
  for (const p of doc.personas) {
    const args = [doc, p.id, options];
    const result = bundle.call<{ ok: boolean }>('buildJourney', ...args);
    if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result)}`);
    rpcBytes += JSON.stringify(args).length + JSON.stringify(result).length;
  }
  const buildMs = performance.now() - started;
  const build = emu.calls.snapshot();

  emu.calls.reset();
  started = performance.now();
  const read = bundle.call<{ ok: boolean }>('readJourneys', 'all');
  if (!read.ok) throw new Error('read failed');
  const readMs = performance.now() - started;
  const readCalls = emu.calls.snapshot();
  const readBytes = JSON.stringify(read).length;

  const naive = addon();
  naive.emu.calls.reset();
  naiveBuild(naive.emu.globals.SpreadsheetApp, naive.emu.globals.Charts, naive.spreadsheet, doc);
  const naiveBuildCalls = naive.emu.calls.snapshot();
  naive.emu.calls.reset();
  naiveRead(naive.spreadsheet);
  const naiveReadCalls = naive.emu.calls.snapshot();

  return [
    {
      host: 'sheets',
      operation: 'build',
      ...shape,
      calls: build.total,
      naiveCalls: naiveBuildCalls.total,
      emulatorMs: Math.round(buildMs * 10) / 10,
      estimatedMs: Math.round(build.estimatedMs),
      naiveEstimatedMs: Math.round(naiveBuildCalls.estimatedMs),
      rpcBytes,
    },
    {
      host: 'sheets',
      operation: 'read',
      ...shape,
      calls: readCalls.total,
      naiveCalls: naiveReadCalls.total,
      emulatorMs: Math.round(readMs * 10) / 10,
      estimatedMs: Math.round(readCalls.estimatedMs),
      naiveEstimatedMs: Math.round(naiveReadCalls.estimatedMs),
      rpcBytes: readBytes,
    },
  ];
}

async function otherHostRows(): Promise<BenchRow[]> {
  // The Slides benchmark lives beside this one once the Slides host exists.
  const slides = join(import.meta.dirname, 'slides.ts');
  if (!existsSync(slides)) return [];
  const module = (await import(slides)) as { slidesBenchRows?: () => BenchRow[] | Promise<BenchRow[]> };
  return module.slidesBenchRows ? await module.slidesBenchRows() : [];
}

const rows: BenchRow[] = [];
for (const size of SIZES) {
  for (const personas of PERSONA_COUNTS)
    rows.push(...sheetsRows(benchDocument(size.stages, size.lanes, personas)));
}
rows.push(...(await otherHostRows()));

writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
const header = [
  'host',
  'op',
  'S×L×P',
  'calls',
  'naive calls',
  'calls/cell',
  'emulator ms',
  'est. ms',
  'naive est. ms',
];
const lines = rows.map((r) => [
  r.host,
  r.operation,
  `${r.stages}×${r.lanes}×${r.personas}`,
  String(r.calls),
  String(r.naiveCalls),
  (r.calls / (r.stages * r.lanes * r.personas)).toFixed(2),
  r.emulatorMs.toFixed(1),
  String(r.estimatedMs ?? ''),
  String(r.naiveEstimatedMs ?? ''),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(format(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const line of lines) console.log(format(line));
console.log('\nwritten: bench/results.json');
