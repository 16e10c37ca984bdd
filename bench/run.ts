/**
 * `npm run bench`: what a user waits for, per action, on the emulator through the built bundle.
 *
 * For each host (Sheets, Slides), size (stages × lanes × personas) and action — sidebar start-up,
 * first build (an empty template with hints), build (a filled journey into an empty file),
 * rebuild (the same form again), read, send (to the other host through the REST services) — it
 * runs the action the way the sidebar does (a build sends personas in batches: src/hosts/sheets/batches.ts)
 * and records the service calls by method, the round trips and the modelled wait
 * (dev/emulator/calls.ts). The simple approaches (per-cell Sheets calls, every attribute of every
 * Slides cell) are run for real with the same layout. Writes bench/results.json; emulator wall
 * times are left out of it (they change every run).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../dev/bundle';
import type { SlidesAppService } from '../dev/user-surface/slides';
import { buildBatches } from '../src/hosts/sheets/batches';
import type { JourneyDocument } from '../src/model/types';
import { applyRecordedFigures } from './figures';
import { benchDocument, emptied, PERSONA_COUNTS, SIZES } from './fixtures';
import { type Access, type Host, type Measured, measure, openSession, type Session } from './measure';
import { naiveSheetsGlobals } from './naive-sheets';
import { naiveSlidesBuild } from './naive-slides';

export type Operation = 'sidebar start-up' | 'first build' | 'build' | 'rebuild' | 'read' | 'send';

export interface BenchRow extends Measured {
  host: Host;
  operation: Operation;
  approach: 'add-on' | 'naive';
  /** Apps Script services only, or the REST fast paths after the user's one-time grant. */
  access: Access;
  stages: number;
  lanes: number;
  personas: number;
  /** Send: requests and JSON bytes of the REST batchUpdate calls. */
  requests?: number;
  payloadBytes?: number;
}

const code = readBundle();
const recorded = applyRecordedFigures();
console.log(
  recorded.length > 0
    ? `Figures measured on Google replace the published ones:\n  ${recorded.join('\n  ')}\n`
    : 'No conformance run recorded yet: published figures (dev/emulator/calls.ts).\n',
);
const BUILD = { hints: false, confirmRemovals: false };

/** A build as the sidebar sends it: personas in batches, one google.script.run call each. */
function buildAll(session: Session, doc: JourneyDocument, options = BUILD): void {
  for (const batch of buildBatches(doc.personas.map((p) => p.id)))
    session.call('buildJourneys', doc, batch, options);
}

function shape(doc: JourneyDocument) {
  return { stages: doc.stages.length, lanes: doc.lanes.length, personas: doc.personas.length };
}

function addonRows(host: Host, doc: JourneyDocument, access: Access): BenchRow[] {
  const row = (operation: Operation, m: Measured, extra: Partial<BenchRow> = {}): BenchRow => ({
    host,
    operation,
    approach: 'add-on',
    access,
    ...shape(doc),
    ...m,
    ...extra,
  });
  const rows: BenchRow[] = [];

  const empty = openSession(host, code, undefined, access);
  const template = emptied(doc);
  rows.push(
    row(
      'first build',
      measure(empty, () => buildAll(empty, template, { ...BUILD, hints: true })),
    ),
  );

  const session = openSession(host, code, undefined, access);
  rows.push(
    row(
      'build',
      measure(session, () => buildAll(session, doc)),
    ),
  );
  rows.push(
    row(
      'rebuild',
      measure(session, () => buildAll(session, doc)),
    ),
  );
  rows.push(
    row(
      'read',
      measure(session, () => session.call('readJourneys', 'all')),
    ),
  );
  let sent: { requests: number; payloadBytes: number } | undefined;
  const send = measure(session, () => {
    const name = host === 'sheets' ? 'sendToSlides' : 'sendToSheets';
    sent = session.call<{ value: { requests: number; payloadBytes: number } }>(name, doc).value;
  });
  rows.push(row('send', send, { requests: sent?.requests, payloadBytes: sent?.payloadBytes }));
  return rows;
}

function naiveRows(host: Host, doc: JourneyDocument): BenchRow[] {
  const row = (operation: Operation, m: Measured): BenchRow => ({
    host,
    operation,
    approach: 'naive',
    access: 'services',
    ...shape(doc),
    ...m,
  });
  if (host === 'sheets') {
    const session = openSession(host, code, naiveSheetsGlobals);
    return [
      row(
        'build',
        measure(session, () => buildAll(session, doc)),
      ),
      row(
        'read',
        measure(session, () => session.call('readJourneys', 'all')),
      ),
    ];
  }
  // Slides: the same plan drawn attribute by attribute, one execution per persona like ours.
  const session = openSession(host, code);
  const app = session.emu.globals.SlidesApp as unknown as SlidesAppService;
  const props = session.emu.globals.PropertiesService.getDocumentProperties()!;
  return [
    row(
      'build',
      measure(session, () => {
        for (const persona of doc.personas) {
          session.emu.calls.startExecution();
          naiveSlidesBuild(app, props, { ...doc, personas: [persona] });
          session.emu.calls.endExecution();
        }
      }),
    ),
  ];
}

/**
 * Opening the sidebar: the menu's showSidebar, one execution that prints the start-up data into
 * the page (the sidebar itself makes no call to start; see src/server/sidebar.ts).
 */
function startupRow(host: Host, doc: JourneyDocument | null): BenchRow {
  const session = openSession(host, code);
  if (doc) buildAll(session, doc);
  const m = measure(session, () => {
    session.emu.calls.startExecution();
    session.bundle.trigger('showSidebar');
    session.emu.calls.endExecution();
  });
  const size = doc ? shape(doc) : { stages: 0, lanes: 0, personas: 0 };
  return { host, operation: 'sidebar start-up', approach: 'add-on', access: 'services', ...size, ...m };
}

const rows: BenchRow[] = [];
for (const host of ['sheets', 'slides'] as const) {
  rows.push(startupRow(host, null));
  rows.push(startupRow(host, benchDocument(12, 20, 6)));
  for (const size of SIZES) {
    for (const personas of PERSONA_COUNTS) {
      const doc = benchDocument(size.stages, size.lanes, personas);
      rows.push(
        ...addonRows(host, doc, 'services'),
        ...addonRows(host, doc, 'direct'),
        ...naiveRows(host, doc),
      );
    }
  }
}

const out = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]!
  : 'results.json';
writeFileSync(join(import.meta.dirname, out), `${JSON.stringify(rows, null, 2)}\n`);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const header = [
  'host',
  'action',
  'S×L×P',
  'approach',
  'access',
  'round trips',
  'calls',
  'in Apps Script s',
  'user waits s',
];
const lines = rows.map((r) => [
  r.host,
  r.operation,
  `${r.stages}×${r.lanes}×${r.personas}`,
  r.approach,
  r.access,
  String(r.roundTrips),
  String(r.calls),
  seconds(r.executionMs),
  seconds(r.userWaitMs),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(format(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const line of lines) console.log(format(line));
console.log(`\nwritten: bench/${out}`);
