/**
 * `npx tsx bench/compare.ts`: the Markdown table of what a user waits for, per action, today
 * (bench/results.json) against before this work (bench/before.json, measured with the same model
 * on the code as it was), for the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCall } from '../dev/emulator/calls';
import type { BenchRow } from './run';

const load = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as BenchRow[];
const before = load('before.json');
const today = load('results.json');
// Rows from before direct access existed have no `access`: they ran through the services only.
const key = (r: BenchRow) =>
  `${r.host}|${r.operation}|${r.approach}|${r.access ?? 'services'}|${r.stages}×${r.lanes}×${r.personas}`;
const old = new Map(before.map((r) => [key(r), r]));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const shown = today.filter(
  (r) =>
    r.approach === 'add-on' && (r.operation === 'sidebar start-up' || (r.stages === 12 && r.lanes === 20)),
);
const accessLabel = (r: BenchRow) => (r.access === 'direct' ? 'granted' : '—');
console.log(
  '| host | action | stages × lanes × personas | direct access | round trips | service calls | user waits (s), before → today |',
);
console.log('|---|---|---|---|---|---|---|');
// With access granted, only the actions that take a fast path are shown (the others are the same).
const differs = (r: BenchRow) =>
  r.access !== 'direct' ||
  today.some(
    (o) => o.access !== 'direct' && key({ ...o, access: 'direct' }) === key(r) && o.calls !== r.calls,
  );
for (const r of shown.filter(differs)) {
  const b = old.get(key(r));
  const trips = b ? `${b.roundTrips} → ${r.roundTrips}` : String(r.roundTrips);
  const calls = b ? `${b.calls} → ${r.calls}` : String(r.calls);
  const wait = b ? `${seconds(b.userWaitMs)} → ${seconds(r.userWaitMs)}` : seconds(r.userWaitMs);
  console.log(
    `| ${r.host} | ${r.operation} | ${r.stages}×${r.lanes}×${r.personas} | ${accessLabel(r)} | ${trips} | ${calls} | ${wait} |`,
  );
}

// SlidesApp calls per filled text cell of a build into an empty deck: every SlidesApp call of the
// action over the text cells it wrote (one TableCell.getText each, before and today; a build into
// an empty deck reads no cell).
const slidesCalls = (r: BenchRow) =>
  Object.entries(r.callsByMethod)
    .filter(([name]) => classifyCall(name.split('.')[0]!, name.split('.')[1]!) === 'slides')
    .reduce((n, [, count]) => n + count, 0);
const perTextCell = (r: BenchRow) =>
  (slidesCalls(r) / (r.callsByMethod['TableCell.getText'] ?? 1)).toFixed(1);
console.log(
  '\n| action | stages × lanes × personas | SlidesApp calls per filled text cell, before → today |',
);
console.log('|---|---|---|');
for (const r of shown.filter(
  (r) =>
    r.host === 'slides' && r.access !== 'direct' && /build$/.test(r.operation) && r.operation !== 'rebuild',
)) {
  const b = old.get(key(r));
  console.log(
    `| ${r.operation} | ${r.stages}×${r.lanes}×${r.personas} | ${b ? `${perTextCell(b)} → ` : ''}${perTextCell(r)} |`,
  );
}
