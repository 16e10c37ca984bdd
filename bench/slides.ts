/**
 * Benchmark rows for Google Slides (imported by bench/run.ts): service calls and time to build
 * and read journeys in the open deck through the built bundle, beside the calls a writer would
 * make that set every attribute of every cell (SlidesApp has no batch call, so that baseline grows
 * with cells too; the difference is what the writer's economies buy).
 */
import vm from 'node:vm';
import { loadBundle, readBundle } from '../dev/bundle';
import { createEmulator } from '../dev/emulator';
import { planSlides } from '../src/hosts/slides/slide-plan';
import { naiveCallsForPart } from '../src/hosts/slides/write';
import { planTable } from '../src/layout/table';
import type { JourneyDocument } from '../src/model/types';
import { benchDocument, PERSONA_COUNTS, SIZES } from './fixtures';
import type { BenchRow } from './run';

function parts(doc: JourneyDocument) {
  return doc.personas.flatMap((persona) => {
    const journey = doc.journeys.find((j) => j.personaId === persona.id)!;
    return planSlides(doc, persona, planTable(doc, journey, { hints: false }));
  });
}

function slidesRows(doc: JourneyDocument, code: string): BenchRow[] {
  const shape = { stages: doc.stages.length, lanes: doc.lanes.length, personas: doc.personas.length };
  const emu = createEmulator({ htmlFiles: { Sidebar: '' } });
  emu.createPresentation('Bench');
  const bundle = loadBundle(emu.globals, code);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  const options = { hints: false, confirmRemovals: false };

  emu.calls.reset();
  let started = performance.now();
  for (const p of doc.personas) {
    const result = bundle.call<{ ok: boolean }>('buildJourney', doc, p.id, options);
    if (!result.ok) throw new Error(`slides build failed: ${JSON.stringify(result)}`);
  }
  const buildMs = performance.now() - started;
  const build = emu.calls.snapshot();
  const planned = parts(doc);
  // Per persona the naive writer also inserts its slide and stores its keys, like ours.
  const naiveBuild =
    planned.reduce((n, part) => n + naiveCallsForPart(part) + 2, 0) + doc.personas.length * 4;

  emu.calls.reset();
  started = performance.now();
  const read = bundle.call<{ ok: boolean }>('readJourneys', 'all');
  if (!read.ok) throw new Error(`slides read failed: ${JSON.stringify(read)}`);
  const readMs = performance.now() - started;
  const reading = emu.calls.snapshot();
  // A reader that fetched each cell through its row, with its text style, to tell hints apart.
  const cells = planned.reduce((n, part) => n + part.table.cells.length * part.table.cells[0]!.length, 0);
  const naiveRead = cells * 6 + planned.length * 12;

  return [
    {
      host: 'slides',
      operation: 'build',
      ...shape,
      calls: build.total,
      naiveCalls: naiveBuild,
      emulatorMs: Math.round(buildMs * 10) / 10,
      estimatedMs: Math.round(build.estimatedMs),
    },
    {
      host: 'slides',
      operation: 'read',
      ...shape,
      calls: reading.total,
      naiveCalls: naiveRead,
      emulatorMs: Math.round(readMs * 10) / 10,
      estimatedMs: Math.round(reading.estimatedMs),
    },
  ];
}

/**
 * "Send to Slides" from a spreadsheet: a new deck through the Advanced Slides service. `calls` are
 * the REST calls (one create and one batchUpdate), `payloadBytes` the JSON bytes of the batchUpdate
 * body, and `naiveCalls` the SlidesApp calls the per-cell writer (naiveCallsForPart) would make to
 * draw the same slides in an open deck, so the row shows what one batch replaces.
 */
/** A slides-rest row also says how many requests the one batchUpdate held. */
type RestRow = BenchRow & { requests: number };

function restRow(doc: JourneyDocument, code: string): RestRow {
  const emu = createEmulator({ htmlFiles: { Sidebar: '' } });
  emu.createSpreadsheet('Bench', { locale: 'ja_JP' });
  const bundle = loadBundle(emu.globals, code);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  emu.calls.reset();
  const started = performance.now();
  const sent = bundle.call<{ ok: boolean; value: { requests: number; payloadBytes: number } }>(
    'sendToSlides',
    doc,
  );
  const ms = performance.now() - started;
  if (!sent.ok) throw new Error(`send to slides failed: ${JSON.stringify(sent)}`);
  const calls = emu.calls.snapshot();
  const naive = parts(doc).reduce((n, part) => n + naiveCallsForPart(part) + 2, 0) + doc.personas.length * 4;
  return {
    host: 'slides-rest',
    operation: 'build',
    stages: doc.stages.length,
    lanes: doc.lanes.length,
    personas: doc.personas.length,
    calls: calls.total,
    naiveCalls: naive,
    emulatorMs: Math.round(ms * 10) / 10,
    estimatedMs: Math.round(calls.estimatedMs),
    payloadBytes: sent.value.payloadBytes,
    requests: sent.value.requests,
  };
}

export function slidesBenchRows(): BenchRow[] {
  const code = readBundle();
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    for (const personas of PERSONA_COUNTS)
      rows.push(...slidesRows(benchDocument(size.stages, size.lanes, personas), code));
  }
  for (const size of SIZES) {
    for (const personas of PERSONA_COUNTS)
      rows.push(restRow(benchDocument(size.stages, size.lanes, personas), code));
  }
  return rows;
}
