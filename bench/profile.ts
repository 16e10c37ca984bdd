/**
 * `npx tsx bench/profile.ts [sheets-build|sheets-rebuild|sheets-read] [stages lanes personas] [--all]`:
 * where one action's modelled time goes. It runs the action as the benchmark does (the built
 * bundle, the sidebar's batches) and prints, per execution, every call that sent queued writes to
 * the server (a commit, dev/emulator/calls.ts) with the script function that made it and what the
 * commit cost, then the calls that cost most, grouped by method and calling function.
 * A development aid: nothing here is committed as a figure (`npm run bench` writes those).
 */
import { readBundle } from '../dev/bundle';
import type { CallCounter } from '../dev/emulator/calls';
import { buildBatches } from '../src/hosts/sheets/batches';
import { applyRecordedFigures } from './figures';
import { benchDocument } from './fixtures';
import { openSession } from './measure';

const [action = 'sheets-build', ...size] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// A closed pipe (`| head`) ends the listing quietly.
process.stdout.on('error', () => process.exit(0));
const [stages = 12, lanes = 20, personas = 1] = size.map(Number);
applyRecordedFigures();

interface Traced {
  execution: number;
  call: string;
  caller: string;
  ms: number;
  commit: boolean;
}

/** The first function of the bundle (not the emulator) on the stack: who made the call. */
function scriptCaller(): string {
  const frames = (new Error().stack ?? '').split('\n').filter((f) => f.includes('Code.js'));
  const named = frames.map((f) => /at (?:Object\.)?([\w$.]+) \(/.exec(f)?.[1]).filter(Boolean);
  return named.slice(0, 2).join(' ← ') || '?';
}

/** Wraps the counter so every call is traced with its cost and whether it committed writes. */
function trace(calls: CallCounter, log: Traced[], execution: () => number): void {
  const record = calls.record.bind(calls);
  // The counter's running totals, without the commit it projects for the execution's end.
  const inside = calls as unknown as { current: { ms: number }; commits: number };
  const state = () => ({ ms: inside.current.ms, commits: inside.commits });
  calls.record = (api, method, detail) => {
    const before = state();
    record(api, method, detail);
    const after = state();
    log.push({
      execution: execution(),
      call: `${api}.${method}`,
      caller: scriptCaller(),
      ms: after.ms - before.ms,
      commit: after.commits > before.commits,
    });
  };
}

const host = 'sheets';
const session = openSession(host, readBundle());
const doc = benchDocument(stages, lanes, personas);
const build = () => {
  for (const batch of buildBatches(doc.personas.map((p) => p.id)))
    session.call('buildJourneys', doc, batch, { hints: false, confirmRemovals: false });
};
if (action !== 'sheets-build') build();

const log: Traced[] = [];
let execution = 0;
const ends: { execution: number; ms: number }[] = [];
const calls = session.emu.calls;
const start = calls.startExecution.bind(calls);
const end = calls.endExecution.bind(calls);
calls.startExecution = () => {
  execution += 1;
  start();
};
calls.endExecution = () => {
  const ms = end();
  if (ms > 0) ends.push({ execution, ms });
  return ms;
};
trace(calls, log, () => execution);
calls.reset();
if (action === 'sheets-read') session.call('readJourneys', 'all');
else build();

const f = (ms: number) => ms.toFixed(1).padStart(8);
console.log(`${action} ${stages}×${lanes}×${personas}: ${log.length} calls in ${ends.length} executions`);
for (const { execution: n, ms } of ends) {
  const mine = log.filter((t) => t.execution === n);
  const commits = mine.filter((t) => t.commit);
  console.log(
    `\nexecution ${n}: ${mine.length} calls, ${commits.length} commits inside it (+1 at its end if writes are queued), ${f(ms)} ms`,
  );
  for (const t of commits) console.log(`  commit by ${t.call.padEnd(40)} ${f(t.ms)} ms  ${t.caller}`);
}

const groups = new Map<string, { count: number; ms: number }>();
for (const t of log) {
  const key = `${t.call} @ ${t.caller}`;
  const g = groups.get(key) ?? { count: 0, ms: 0 };
  g.count += 1;
  g.ms += t.ms;
  groups.set(key, g);
}
console.log('\ncostliest calls (count, ms; commits included in the call that forced them):');
const shown = process.argv.includes('--all') ? groups.size : 25;
for (const [key, g] of [...groups].sort((a, b) => b[1].ms - a[1].ms).slice(0, shown))
  console.log(`${String(g.count).padStart(5)} ${f(g.ms)}  ${key}`);
