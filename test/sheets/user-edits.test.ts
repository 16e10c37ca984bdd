/**
 * What people really do to journey sheets, at random, and where each text must end up. Every
 * sequence builds a journey document (a catalog framework with its hints, or a random one), then
 * types into cells, labels, headers, the title and the card; inserts rows and columns (inside the
 * grid, at the frozen edge, left of the frozen column); deletes and moves them; sorts lanes (sorts
 * that succeed); merges and unmerges; adds notes and text beside the grid; duplicates, renames and
 * deletes sheets; rebuilds with the unchanged form (with and without confirming removals), with a
 * card near the metadata size limit, and reads while a rebuild is half-way.
 *
 * The oracle (test/support/sheet-shadow.ts) follows every text through those edits on its own;
 * after each edit the read-back must hold each one at its persona, lane and stage (or as the
 * title, a label, a card field, a finding at its address), and after a rebuild still in the
 * model or the findings at the same place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { JourneyDocument } from '../../src/model/types';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import { type Addon, runBundle, startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';
import { brokenFacts, type Fact, type Ref } from '../support/facts';
import { makeDoc } from '../support/journeys';
import {
  a1,
  type ShadowSheet,
  type SheetView,
  seedShadow,
  sheetFacts,
  viewSheets,
} from '../support/sheet-shadow';

/**
 * Generator branches that find an open bug, each naming its finding: set to false to run it again.
 * Kept as small as possible: only the branch that fails is skipped.
 */
// Entries name a counterexample in test/known-open/sheets.md (its reproduction and status).
const KNOWN_OPEN: Record<string, string | false> = {
  insertLeftOfFrozenColumn: false, // sheets.md#1: fixed on the merged host branches
  rebuildOverUserMerge: false, // sheets.md#2: fixed on the merged host branches
  titleOnLaterSheet: false, // sheets.md#3: fixed on the merged host branches
  secondRebuild: false, // sheets.md#4: fixed on the merged host branches
  renameAfterSort: false, // sheets.md#5: fixed (the reader follows sorted labels; titles across rebuilds)
  sortRenamedLabel: false, // sheets.md#6: fixed (the reader follows sorted labels; titles across rebuilds)
  deleteAfterSort: false, // sheets.md#7: fixed (the reader follows sorted labels; titles across rebuilds)
  readDuringRebuild: false, // sheets.md#8: fixed on the merged host branches
  titleThenRebuild: false, // sheets.md#9: fixed (titles kept by a rebuild are read, and reported when another wins)
};

// PROPERTY_REENABLE=name,name runs those branches again (to check a fix).
for (const name of (process.env.PROPERTY_REENABLE ?? '').split(','))
  if (name in KNOWN_OPEN) KNOWN_OPEN[name] = false;

/** Random edit sequences run by `npm test` (each with reads after every edit and rebuilds). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

/** PROPERTY_SEED=<n> repeats a run; PROPERTY_SEED=random draws a new seed and prints it. */
const SEED = seedFrom(process.env.PROPERTY_SEED);

function seedFrom(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (value !== 'random') return Number(value);
  const seed = Math.floor(Math.random() * 2 ** 31);
  console.log(`PROPERTY_SEED=${seed}`);
  return seed;
}

const KINDS = [
  'typeCell',
  'typeCell',
  'typeCell',
  'typeLabel',
  'typeHeader',
  'typeTitle',
  'typeCard',
  'typeOutside',
  'note',
  'insertRow',
  'insertColumn',
  'deleteRow',
  'deleteColumn',
  'moveRow',
  'sort',
  'sort',
  'merge',
  'unmerge',
  'rename',
  'duplicate',
  'deleteSheet',
  'rebuild',
  'rebuild',
  'rebuildConfirm',
  'readDuringRebuild',
  'nearFull',
] as const;
type Kind = (typeof KINDS)[number];

const editArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  sheet: fc.nat(5),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const realDocArb = fc
  .record({
    framework: fc.constantFrom(...FRAMEWORKS.map((f) => f.id)),
    language: fc.constantFrom('ja' as const, 'en' as const),
    personas: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ framework, language, personas }) => ({
    doc: makeDoc(framework, language, ['田中 部長', 'Alex Kim'].slice(0, personas)),
    hints: true,
  }));

const docArb = fc.oneof(
  { weight: 3, arbitrary: realDocArb },
  {
    weight: 2,
    arbitrary: fc.record({
      doc: journeyDocumentArb({ maxStages: 5, maxLanes: 6, maxPersonas: 2 }),
      hints: fc.boolean(),
    }),
  },
);

const WORDS = ['新しい施策', 'Churn risk', '😀 ok', 'line1\nline2', '  spaced  ', 'ｶﾀｶﾅ', '"quoted"'];
const EMOTIONS = ['-2', '+1', '2', '0', 'まあまあ'];
const METRICS = ['25%', '7.5%', '-3%', 'about half'];

interface Run {
  addon: Addon;
  doc: JourneyDocument;
  hints: boolean;
  shadows: ShadowSheet[];
  n: number;
  nearFull: boolean;
  /** A rebuild ran in this sequence. */
  rebuilt: boolean;
  /** Lanes whose label was typed over on some sheet. */
  renamedLanes: Set<string>;
  log: string[];
}

function snapshotOf(run: Run, sheetId: number): SheetView {
  return viewSheets(run.addon.spreadsheet).find((s) => s.sheetId === sheetId)!;
}

function sheetOf(run: Run, sheetId: number) {
  return run.addon.spreadsheet.getSheets().find((s) => s.getSheetId() === sheetId)!;
}

/** Runs a user action; the UI refusing it (validation, merges, frozen panes) leaves the sheet as it was. */
function user(action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'UserEditRejected' || name === 'Exception') return false;
    throw error;
  }
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** The cell a click lands in: a merge's top-left cell. */
function anchor(snapshot: SheetView, r: number, c: number): [number, number] {
  const m = snapshot.merges.find(
    (x) =>
      r + 1 >= x.row && r + 1 < x.row + x.numRows && c + 1 >= x.column && c + 1 < x.column + x.numColumns,
  );
  return m ? [m.row - 1, m.column - 1] : [r, c];
}

function type(run: Run, shadow: ShadowSheet, r: number, c: number, text: string): void {
  const [ar, ac] = anchor(snapshotOf(run, shadow.sheetId), r, c);
  if (user(() => run.addon.emu.user.type(sheetOf(run, shadow.sheetId), a1(r, c), text)))
    shadow.set(ar, ac, text);
}

function token(run: Run, prefix: string, n: number): string {
  run.n += 1;
  return `${prefix}${run.n} ${WORDS[n % WORDS.length]}`;
}

function laneKind(run: Run, shadow: ShadowSheet, r: number): string {
  const role = shadow.rows[r]!.role;
  return (role.kind === 'lane' && run.doc.lanes.find((l) => l.id === role.laneId)?.kind) || 'text';
}

function cellText(run: Run, shadow: ShadowSheet, r: number, n: number): string {
  const kind = laneKind(run, shadow, r);
  if (kind === 'emotion') return EMOTIONS[n % EMOTIONS.length]!;
  if (kind === 'metric') return METRICS[n % METRICS.length]!;
  return token(run, 'T', n);
}

function factsNow(run: Run): Fact[] {
  return sheetFacts(run.shadows, viewSheets(run.addon.spreadsheet));
}

function read(run: Run): { ok: true; value: ReadBack } | { ok: false; problems: { code: string }[] } {
  return run.addon.bundle.call('readJourneys', 'all');
}

function check(run: Run, label: string): void {
  const result = read(run);
  if (!result.ok) {
    // Every stage column or lane row deleted: said, not guessed.
    expect(
      result.problems.map((p) => p.code),
      `${label}\n${run.log.join('\n')}`,
    ).toEqual(['grid-mangled']);
    return;
  }
  const broken = brokenFacts(result.value, factsNow(run), { addressed: true });
  if (broken.length > 0)
    expect.fail(`after ${label}:\n${broken.slice(0, 6).join('\n')}\nedits:\n${run.log.join('\n')}`);
}

type Built = { ok: boolean; value: BuildResult; problems: unknown[] };

/**
 * Every persona's build, as the sidebar asks for it: one call per persona, or (`batched`) one
 * call for all of them as one run, as the sidebar's batches do (a failure ends the run).
 */
function buildCalls(run: Run, confirmRemovals: boolean, batched: boolean): Built[] {
  const options = { hints: run.hints, confirmRemovals };
  const ids = run.doc.personas.map((p) => p.id);
  if (!batched) return ids.map((id) => run.addon.bundle.call<Built>('buildJourney', run.doc, id, options));
  const result = run.addon.bundle.call<{ ok: boolean; value: BatchBuild; problems: unknown[] }>(
    'buildJourneys',
    run.doc,
    ids,
    options,
    { id: `run ${run.n}`, done: 0, total: ids.length },
  );
  if (!result.ok) return [{ ok: false, problems: result.problems } as Built];
  const built = result.value.built.map((b): Built => ({ ok: true, value: b.result, problems: [] }));
  return result.value.problems ? [...built, { ok: false, problems: result.value.problems } as Built] : built;
}

/** Builds every persona of the form; each sheet built gets a fresh shadow from its keys. */
function build(run: Run, confirmRemovals: boolean, batched = false): void {
  if (KNOWN_OPEN.rebuildOverUserMerge) unmergeGrid(run);
  const before = factsNow(run);
  const names = new Map(viewSheets(run.addon.spreadsheet).map((s) => [s.name, s.sheetId]));
  const built: number[] = [];
  for (const [i, result] of buildCalls(run, confirmRemovals, batched).entries()) {
    const p = run.doc.personas[i]!;
    if (!result.ok) {
      if (!run.nearFull)
        expect.fail(`rebuild of ${p.id} refused: ${JSON.stringify(result.problems)}\n${run.log.join('\n')}`);
      // All or nothing: a refused rebuild leaves every text where it was, and says why in both languages.
      for (const problem of result.problems as { message: { ja: string; en: string } }[])
        expect(problem.message.ja && problem.message.en).toBeTruthy();
      continue;
    }
    built.push(result.value.sheetId);
    const snapshot = snapshotOf(run, result.value.sheetId);
    const seeded = seedShadow(snapshot, run.doc, run.hints, p.id);
    const at = run.shadows.findIndex((s) => s.sheetId === result.value.sheetId);
    if (at >= 0) run.shadows[at] = seeded;
    else run.shadows.push(seeded);
  }
  if (built.length === 0) return;
  const nameOf = new Map(viewSheets(run.addon.spreadsheet).map((s) => [s.sheetId, s.name]));
  const inForm = (ref: Ref, items: readonly { id: string }[]) =>
    'id' in ref && items.some((i) => i.id === ref.id);
  const kept = before
    .filter((f) => built.includes(names.get(f.where) ?? -1))
    .filter((f) => {
      // Confirmed removals take what the form no longer has (lanes and stages added in the sheet).
      if (!confirmRemovals) return true;
      if ((f.kind === 'cell' || f.kind === 'lane-label') && !inForm(f.lane, run.doc.lanes)) return false;
      if ((f.kind === 'cell' || f.kind === 'stage-label') && !inForm(f.stage, run.doc.stages)) return false;
      return true;
    })
    .map((f) => ({ ...f, where: nameOf.get(names.get(f.where)!) ?? f.where }));
  const result = read(run);
  if (!result.ok) expect.fail(`read after rebuild failed: ${JSON.stringify(result.problems)}`);
  const broken = brokenFacts(result.value, kept, { addressed: false });
  if (broken.length > 0)
    expect.fail(
      `lost by a rebuild (confirm ${confirmRemovals}):\n${broken.slice(0, 6).join('\n')}\nedits:\n${run.log.join('\n')}`,
    );
}

/**
 * A read that runs while a rebuild is half-way (inside a persona's build, or between two of them
 * in one run): complete, or a clear "busy", never silently short.
 */
function readDuringRebuild(run: Run, edit: Edit): void {
  const before = factsNow(run);
  const other = runBundle(run.addon.emu);
  const calls = run.addon.emu.calls;
  const record = calls.record.bind(calls);
  const lock = run.addon.emu.globals.LockService.getDocumentLock()!;
  let count = 0;
  let busy = false;
  let mid:
    | { ok: boolean; value?: ReadBack; problems?: { message: { ja: string; en: string } }[] }
    | undefined;
  calls.record = (api: string, method: string) => {
    record(api, method);
    if (busy || mid || ++count !== edit.a * 4 + 5) return;
    busy = true;
    // To the other execution, the lock is held where the rebuild holds it (not between personas).
    const held = edit.b % 2 === 0 || lock.hasLock();
    run.addon.emu.holdDocumentLockElsewhere(held);
    try {
      mid = other.bundle.call('readJourneys', 'all');
    } finally {
      run.addon.emu.holdDocumentLockElsewhere(false);
      busy = false;
    }
  };
  try {
    build(run, false, edit.b % 2 === 1);
  } finally {
    calls.record = record;
  }
  if (process.env.PROPERTY_TIMING)
    timing[
      `mid ${mid ? (mid.ok ? 'ok' : JSON.stringify(mid.problems?.map((p) => (p as unknown as { code: string }).code))) : 'none'}`
    ] = 1;
  if (!mid) return;
  if (!mid.ok) {
    // Not ok is fine if it says why: a build is running (not that the user broke the grid).
    const problems = (mid.problems ?? []) as { code: string; message: { ja: string; en: string } }[];
    for (const problem of problems) expect(problem.message.ja && problem.message.en).toBeTruthy();
    if (!problems.some((p) => p.code === 'busy'))
      expect.fail(
        `a read during a rebuild answered ${JSON.stringify(problems.map((p) => p.message.en))}\n${run.log.join('\n')}`,
      );
    return;
  }
  const broken = brokenFacts(mid.value!, before, { addressed: false });
  if (broken.length > 0)
    expect.fail(
      `a read during a rebuild answered ok without:\n${broken.slice(0, 6).join('\n')}\n${run.log.join('\n')}`,
    );
}

/** Contiguous lane rows with nothing merged across them: a sort there succeeds. */
function sortableBlocks(shadow: ShadowSheet, snapshot: SheetView, c1: number, c2: number): number[][] {
  const grid = shadow.gridRows();
  const blocks: number[][] = [];
  let current: number[] = [];
  const merged = (r: number) =>
    snapshot.merges.some(
      (m) =>
        r + 1 >= m.row &&
        r + 1 < m.row + m.numRows &&
        m.column <= c2 + 1 &&
        m.column + m.numColumns - 1 >= c1 + 1,
    );
  for (const r of grid) {
    if (shadow.rows[r]!.role.kind === 'lane' && !merged(r)) current.push(r);
    else {
      if (current.length > 1) blocks.push(current);
      current = [];
    }
  }
  if (current.length > 1) blocks.push(current);
  return blocks;
}

function sort(run: Run, shadow: ShadowSheet, edit: Edit): void {
  const labels = shadow.columnIndex('labels');
  const stages = shadow.stageColumns();
  if (stages.length === 0 || labels < 0) return;
  const withLabels = edit.c % 3 !== 0;
  const c1 = withLabels ? labels : stages[0]!;
  const c2 = stages[stages.length - 1]!;
  const snapshot = snapshotOf(run, shadow.sheetId);
  const block = pick(sortableBlocks(shadow, snapshot, c1, c2), edit.a);
  if (!block) return;
  const start = edit.b % (block.length - 1);
  const rows = block.slice(start, start + 2 + (edit.b % block.length));
  const r1 = rows[0]!;
  const r2 = rows[rows.length - 1]!;
  const labelTexts = rows.map((r) => (shadow.get(r, labels) ?? '').trim());
  if (withLabels) {
    // Where two lanes show the same label nobody can tell which one a sorted row is.
    const all = shadow.laneRows().map((r) => (shadow.get(r, labels) ?? '').trim());
    if (labelTexts.some((t) => t === '' || all.filter((x) => x === t).length > 1)) return;
    // A label typed over (a rename, a new lane) carried by a sort.
    const renamed = rows.some((r) => {
      const role = shadow.rows[r]!.role;
      return !(
        role.kind === 'lane' &&
        role.laneId &&
        shadow.builtLabels.get(role.laneId) === shadow.get(r, labels) &&
        !run.renamedLanes.has(role.laneId)
      );
    });
    if (renamed && KNOWN_OPEN.sortRenamedLabel) return;
    // Two lanes built under one label: once a sort carries one (renamed or not) past the other's
    // key, the sheet no longer says which row is which (sheets.md#12), so no oracle can either.
    const built = [...shadow.builtLabels.values()].map((l) => l.trim());
    const twin = rows.some((r) => {
      const role = shadow.rows[r]!.role;
      const label = role.kind === 'lane' && role.laneId ? shadow.builtLabels.get(role.laneId) : undefined;
      return label !== undefined && built.filter((b) => b === label.trim()).length > 1;
    });
    if (twin) return;
    // A keyed lane renamed and another renamed or new lane, then sorted: no label names either
    // one, and nothing on the sheet says which key's lane each row is (sheets.md#12).
    const unnamed = rows.filter((r) => {
      const role = shadow.rows[r]!.role;
      return (
        role.kind === 'lane' &&
        (!role.laneId || shadow.builtLabels.get(role.laneId) !== shadow.get(r, labels))
      );
    });
    const keyed = unnamed.filter((r) => {
      const role = shadow.rows[r]!.role;
      return role.kind === 'lane' && role.laneId;
    });
    if (keyed.length > 0 && unnamed.length > 1) return;
  }
  const by = c1 + (edit.c % (c2 - c1 + 1));
  const fingerprint = (s: SheetView, r: number) =>
    JSON.stringify(Array.from({ length: c2 - c1 + 1 }, (_, j) => s.displayValues[r]?.[c1 + j] ?? ''));
  const before = rows.map((r) => fingerprint(snapshot, r));
  if (
    !user(() =>
      run.addon.emu.user.sortRange(
        sheetOf(run, shadow.sheetId),
        `${a1(r1, c1)}:${a1(r2, c2)}`,
        by + 1,
        edit.a % 2 === 0,
      ),
    )
  )
    expect.fail(`a sort over ${a1(r1, c1)}:${a1(r2, c2)} without merges was refused`);
  const after = snapshotOf(run, shadow.sheetId);
  const used = new Set<number>();
  const order = rows.map((r) => {
    const old = before.findIndex((f, i) => !used.has(i) && f === fingerprint(after, r));
    used.add(old);
    return old;
  });
  shadow.sort(r1, c1, c2, order);
  if (withLabels && order.some((old, k) => old !== k)) shadow.sortedLabels = true;
  run.log.push(`  sorted ${a1(r1, c1)}:${a1(r2, c2)} by column ${by + 1}: ${order.join(',')}`);
}

function firstSheet(run: Run): ShadowSheet | undefined {
  const order = new Map(viewSheets(run.addon.spreadsheet).map((s) => [s.sheetId, s.index]));
  return [...run.shadows].sort((a, b) => order.get(a.sheetId)! - order.get(b.sheetId)!)[0];
}

/** Known open: a rebuild over merges the user made in the grid is refused; the user breaks them apart first. */
function unmergeGrid(run: Run): void {
  for (const shadow of run.shadows) {
    const lanes = shadow.laneRows();
    for (const m of snapshotOf(run, shadow.sheetId).merges.filter((m) => lanes.includes(m.row - 1)))
      user(() => run.addon.emu.user.unmerge(sheetOf(run, shadow.sheetId), m.a1));
  }
}

function apply(run: Run, edit: Edit): void {
  const { addon } = run;
  const u = addon.emu.user;
  const rebuilding =
    edit.kind === 'rebuild' || edit.kind === 'rebuildConfirm' || edit.kind === 'readDuringRebuild';
  if (rebuilding && KNOWN_OPEN.secondRebuild && run.rebuilt) return;
  if (rebuilding) run.rebuilt = true;
  if (edit.kind === 'rebuild' || edit.kind === 'rebuildConfirm') {
    build(run, edit.kind === 'rebuildConfirm');
    return;
  }
  if (edit.kind === 'readDuringRebuild') {
    if (!KNOWN_OPEN.readDuringRebuild) readDuringRebuild(run, edit);
    return;
  }
  const shadow = pick(run.shadows, edit.sheet);
  if (!shadow) return;
  const sheet = sheetOf(run, shadow.sheetId);
  const labels = shadow.columnIndex('labels');
  const header = shadow.rowIndex('header');
  const lanes = shadow.laneRows();
  const stages = shadow.stageColumns();
  const grid = shadow.gridRows();
  switch (edit.kind as Kind) {
    case 'typeCell': {
      const r = pick(lanes, edit.a);
      const c = pick(stages, edit.b);
      if (r !== undefined && c !== undefined) type(run, shadow, r, c, cellText(run, shadow, r, edit.c));
      break;
    }
    case 'typeLabel': {
      if (KNOWN_OPEN.renameAfterSort && shadow.sortedLabels) break;
      const r = pick(lanes, edit.a);
      if (r === undefined || labels < 0) break;
      type(run, shadow, r, labels, token(run, 'Lane ', edit.c));
      const role = shadow.rows[r]!.role;
      if (role.kind === 'lane' && role.laneId) run.renamedLanes.add(role.laneId);
      break;
    }
    case 'typeHeader': {
      const c = pick(stages, edit.a);
      if (c !== undefined && header >= 0) type(run, shadow, header, c, token(run, 'Stage ', edit.c));
      break;
    }
    case 'typeTitle': {
      if (KNOWN_OPEN.titleOnLaterSheet && shadow !== firstSheet(run)) break;
      const r = shadow.rowIndex('title');
      if (r < 0) break;
      const c = shadow.cols.findIndex((_, c) => shadow.get(r, c) !== undefined);
      type(run, shadow, r, c >= 0 ? c : labels + 1, token(run, 'Title ', edit.c));
      break;
    }
    case 'typeCard': {
      const cards = shadow.rows.flatMap((row, r) => (row.role.kind === 'card' ? [r] : []));
      const r = pick(cards, edit.a);
      if (r === undefined) break;
      const c = shadow.cols.findIndex((_, c) => c > labels && shadow.get(r, c) !== undefined);
      type(run, shadow, r, c >= 0 ? c : labels + 1, token(run, 'Card ', edit.c));
      break;
    }
    case 'typeOutside': {
      const snapshot = snapshotOf(run, shadow.sheetId);
      const r = edit.a % 2 === 0 ? snapshot.lastRow + (edit.b % 2) : (pick(lanes, edit.b) ?? 0);
      const c =
        edit.a % 2 === 0 ? edit.c % Math.max(1, snapshot.lastColumn) : snapshot.lastColumn + (edit.c % 2);
      shadow.grow(r + 1, c + 1);
      type(run, shadow, r, c, token(run, 'Memo ', edit.c));
      break;
    }
    case 'note': {
      const r = pick(
        [header, ...grid].filter((x) => x >= 0),
        edit.a,
      );
      const c = pick(
        [labels, ...stages].filter((x) => x >= 0),
        edit.b,
      );
      if (r === undefined || c === undefined) break;
      const note = token(run, 'note ', edit.c);
      if (user(() => u.setNote(sheet, a1(r, c), note))) shadow.setNote(r, c, note);
      break;
    }
    case 'insertRow': {
      if (grid.length === 0) break;
      // Below the header at the frozen edge, between lanes, or just above the header or below the grid.
      const choices = [grid[0]!, ...grid.map((r) => r + 1), header >= 0 ? header : grid[0]!];
      const at = choices[edit.a % choices.length]!;
      const role = shadow.roleForInsertedRow(at);
      if (!user(() => u.insertRowsBefore(sheet, at + 1, 1))) break;
      shadow.insertRow(at, role);
      if (role.kind === 'lane' && labels >= 0 && edit.b % 4 !== 0)
        type(run, shadow, at, labels, token(run, 'Lane ', edit.b));
      const c = pick(stages, edit.c);
      if (c !== undefined) type(run, shadow, at, c, token(run, 'T', edit.c));
      break;
    }
    case 'insertColumn': {
      if (stages.length === 0) break;
      // Left of the frozen labels column, at the frozen edge, between stages, right of the grid.
      const choices = [
        KNOWN_OPEN.insertLeftOfFrozenColumn ? labels + 1 : 0,
        labels + 1,
        ...stages.map((c) => c + 1),
      ];
      const at = choices[edit.a % choices.length]!;
      const role = shadow.roleForInsertedColumn(at);
      if (!user(() => u.insertColumnsBefore(sheet, at + 1, 1))) break;
      shadow.insertColumn(at, role);
      if (role.kind === 'stage' && header >= 0 && edit.b % 4 !== 0)
        type(run, shadow, header, at, token(run, 'Stage ', edit.b));
      const r = pick(lanes, edit.c);
      if (r !== undefined) type(run, shadow, r, at, token(run, 'T', edit.c));
      break;
    }
    case 'deleteRow': {
      if (KNOWN_OPEN.deleteAfterSort && shadow.sortedLabels) break;
      const r = pick(lanes, edit.a);
      if (r !== undefined && lanes.length > 1 && user(() => u.deleteRows(sheet, r + 1, 1)))
        shadow.deleteRow(r);
      break;
    }
    case 'deleteColumn': {
      const c = pick(stages, edit.a);
      if (c !== undefined && stages.length > 1 && user(() => u.deleteColumns(sheet, c + 1, 1)))
        shadow.deleteColumn(c);
      break;
    }
    case 'moveRow': {
      const from = pick(lanes, edit.a);
      if (from === undefined || grid.length === 0) break;
      const to = grid[0]! + (edit.b % (grid.length + 1));
      if (to === from || to === from + 1) break;
      if (user(() => u.moveRows(sheet, from + 1, 1, to + 1))) shadow.moveRow(from, to);
      break;
    }
    case 'sort':
      sort(run, shadow, edit);
      break;
    case 'merge': {
      const r = pick(lanes, edit.a);
      const c = pick(stages, edit.b);
      if (r === undefined || c === undefined) break;
      const vertical = edit.c % 3 === 0 && lanes.includes(r + 1);
      const [r2, c2] = vertical ? [r + 1, c] : [r, c + 1];
      if (user(() => u.merge(sheet, `${a1(r, c)}:${a1(r2, c2)}`))) shadow.merge(r, c, r2, c2);
      break;
    }
    case 'unmerge': {
      const inGrid = snapshotOf(run, shadow.sheetId).merges.filter((m) => lanes.includes(m.row - 1));
      const m = pick(inGrid, edit.a);
      if (m) user(() => u.unmerge(sheet, m.a1));
      break;
    }
    case 'rename':
      user(() => u.renameSheet(sheet, `${sheet.getName()} ✎${edit.a}`.slice(-90)));
      break;
    case 'duplicate': {
      let copy: ReturnType<typeof u.duplicateSheet> | undefined;
      if (user(() => (copy = u.duplicateSheet(sheet)))) run.shadows.push(shadow.copy(copy!.getSheetId()));
      break;
    }
    case 'deleteSheet':
      if (run.shadows.length > 1 && user(() => u.deleteSheet(sheet)))
        run.shadows.splice(run.shadows.indexOf(shadow), 1);
      break;
    case 'nearFull': {
      // Card fields as long as the model allows: the stored persona nears the metadata value limit.
      if (KNOWN_OPEN.nearFull) break;
      const cards = shadow.rows.flatMap((row, r) =>
        row.role.kind === 'card' && row.role.field !== 'name' ? [r] : [],
      );
      for (const r of cards) {
        const c = shadow.cols.findIndex((_, c) => c > labels && shadow.get(r, c) !== undefined);
        type(
          run,
          shadow,
          r,
          c >= 0 ? c : labels + 1,
          `${token(run, 'Long ', edit.a)} ${'目標と課題 goals '.repeat(130)}`.slice(0, 2000),
        );
      }
      run.nearFull = true;
      break;
    }
  }
}

const timing: Record<string, number> = {};

/** Drops the edits of a known-open case that needs the whole sequence to be seen. */
function gate(edits: Edit[]): Edit[] {
  const rebuilds = edits.some(
    (e) => e.kind === 'rebuild' || e.kind === 'rebuildConfirm' || e.kind === 'readDuringRebuild',
  );
  return KNOWN_OPEN.titleThenRebuild && rebuilds ? edits.filter((e) => e.kind !== 'typeTitle') : edits;
}

describe('user edits on journey sheets', () => {
  it('put every text where the user sees it, through reads and rebuilds', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 7 }), ({ doc, hints }, edits) => {
        const addon = startAddon();
        const run: Run = {
          addon,
          doc,
          hints,
          shadows: [],
          n: 0,
          nearFull: false,
          rebuilt: false,
          renamedLanes: new Set(),
          log: [],
        };
        build(run, false);
        check(run, 'the first build');
        for (const edit of gate(edits)) {
          run.log.push(JSON.stringify(edit));
          const t0 = performance.now();
          apply(run, edit);
          check(run, edit.kind);
          if (process.env.PROPERTY_TIMING)
            timing[edit.kind] = (timing[edit.kind] ?? 0) + performance.now() - t0;
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    if (process.env.PROPERTY_TIMING) console.log(timing);
  }, 600_000);
});
