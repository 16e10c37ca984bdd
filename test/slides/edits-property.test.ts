/**
 * What people do to journey slides, at random, and where each text must end up. Every sequence
 * builds a deck (a catalog framework with its hints, or a random document), then types into
 * cells, lane labels, stage headers, the journey title, the persona name and card (values and
 * labels); inserts and deletes table rows and columns, the lane-label column included; adds text
 * boxes; duplicates, moves and deletes slides; rebuilds with the unchanged form (with and without
 * confirming removals), with the document properties nearly full, and reads while a rebuild is
 * half-way. The Slides twin of test/sheets/user-edits.test.ts.
 *
 * The oracle (test/support/slide-shadow.ts) follows every text through those edits on its own;
 * after each edit the read-back must hold each one at its persona, lane and stage (or as the
 * title, a label, a card field, a finding at its address), and after a rebuild still in the model
 * or the findings at the same place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { runBundle } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';
import { brokenFacts, type Fact, type Ref } from '../support/facts';
import { makeDoc } from '../support/journeys';
import { cardField, type SlideShadow, seedSlides, slideFacts, storedProperty } from '../support/slide-shadow';
import { type SlidesAddon, startSlidesAddon } from './support';

/**
 * Generator branches that find an open bug, each naming its finding in the findings file: set to
 * false to run the branch again. Only the failing branch is skipped.
 */
// Entries name a counterexample in test/known-open/slides.md (its reproduction and status).
const KNOWN_OPEN: Record<string, string | false> = {
  rebuildKeepsDeckLabels: false, // slides.md#1: fixed on the merged host branches
  textBoxOnRebuild: false, // slides.md#2: fixed on the merged host branches
  appendToTable: false, // slides.md#3: fixed (a Slides table is the grid to its edges)
  duplicateSharedLabel: false, // slides.md#4: fixed (a copy is matched by labels and cells as drawn)
  titleOnLaterSlide: false, // slides.md#5: fixed on the merged host branches
  renamedCardLabel: false, // slides.md#6: fixed on the merged host branches
  deleteLabelColumn: false, // slides.md#7: fixed (rows of a table without labels are aligned by their cells)
  // slides.md#7: a row inserted in a table whose lane-label column is gone and which was drawn
  // without hints or content: no label and no drawn cell tells the new row from the others.
  reshapeWithoutLabelColumn: 'slides.md#7',
  // A slide duplicated after its persona name was typed over, then the original deleted or moved:
  // which persona the copy is depends on the order of reads (found with the fixed seed).
  duplicateRenamedPersona: 'slides.md#17',
  renameAndReshape: false, // slides.md#8: fixed (rows and columns aligned by labels and cells as drawn)
  unnamedInsert: false, // slides.md#9: fixed on the merged host branches
  duplicateAfterRename: false, // slides.md#10: fixed
  repeatedLabels: false, // slides.md#11: fixed on the merged host branches
  duplicateContinuation: false, // slides.md#12: fixed on the merged host branches
  severalReshapes: false, // slides.md#13: fixed (alignment by labels and cells as drawn)
  renameCopiedPersona: false, // slides.md#16: fixed on the merged host branches
  readDuringRebuild: false, // slides.md#15: fixed on the merged host branches
  reshapeCopy: false, // slides.md#14: fixed
  titleThenRebuild: false, // sheets.md#9: fixed (titles kept by a rebuild are read and reported)
  // slides.md#11: one of two rows (or columns) shown alike (label and every cell, or the same label
  // and drawn cells typed over) deleted: no reader can tell which one went, so the ids it gives the
  // one left may be the other's.
  identicalTwins: 'slides.md#11',
};

// PROPERTY_REENABLE=name,name runs those branches again (to check a fix).
for (const name of (process.env.PROPERTY_REENABLE ?? '').split(','))
  if (name in KNOWN_OPEN) KNOWN_OPEN[name] = false;

/** Random edit sequences run by `npm test` (each with reads after every edit and rebuilds). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const SEED =
  process.env.PROPERTY_SEED === 'random' || !process.env.PROPERTY_SEED
    ? undefined
    : Number(process.env.PROPERTY_SEED);

const KINDS = [
  'typeCell',
  'typeCell',
  'typeCell',
  'typeLabel',
  'typeHeader',
  'typeTitle',
  'typeName',
  'typeCard',
  'renameCardLabel',
  'insertRow',
  'insertColumn',
  'deleteRow',
  'deleteColumn',
  'deleteLabelColumn',
  'addTextBox',
  'duplicate',
  'moveSlide',
  'deleteSlide',
  'rebuild',
  'rebuild',
  'rebuildConfirm',
  'readDuringRebuild',
  'nearFull',
] as const;

const editArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  slide: fc.nat(5),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const docArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        framework: fc.constantFrom(...FRAMEWORKS.map((f) => f.id)),
        language: fc.constantFrom('ja' as const, 'en' as const),
        personas: fc.integer({ min: 1, max: 2 }),
      })
      .map(({ framework, language, personas }) => ({
        doc: makeDoc(framework, language, ['田中 部長', 'Alex Kim'].slice(0, personas)),
        hints: true,
      })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      doc: journeyDocumentArb({ maxStages: 5, maxLanes: 6, maxPersonas: 2 }),
      hints: fc.boolean(),
    }),
  },
);

const WORDS = ['新しい施策', 'Churn risk', '😀 ok', 'line1\nline2', 'ｶﾀｶﾅ', '"quoted"'];
const EMOTIONS = ['-2', '+1', '2', '0', 'まあまあ'];
const METRICS = ['25%', '7.5%', '-3%', 'about half'];

interface Run {
  addon: SlidesAddon;
  doc: JourneyDocument;
  hints: boolean;
  shadows: SlideShadow[];
  n: number;
  nearFull: boolean;
  rebuilt: boolean;
  /** A lane-label column was deleted, or a row or column inserted or deleted, in this run. */
  labelColumnGone: boolean;
  reshaped: boolean;
  log: string[];
}

type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; problems: { code: string; message: { ja: string; en: string } }[] };

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function token(run: Run, prefix: string, n: number): string {
  run.n += 1;
  return `${prefix}${run.n} ${WORDS[n % WORDS.length]}`;
}

function cellText(run: Run, shadow: SlideShadow, r: number, n: number): string {
  const role = shadow.rows[r]!;
  const kind = (role.kind === 'lane' && run.doc.lanes.find((l) => l.id === role.laneId)?.kind) || 'text';
  if (kind === 'emotion') return EMOTIONS[n % EMOTIONS.length]!;
  if (kind === 'metric') return METRICS[n % METRICS.length]!;
  return token(run, 'T', n);
}

function factsNow(run: Run): Fact[] {
  return slideFacts(run.shadows, run.addon.view());
}

function read(run: Run): Answer<ReadBack> {
  return run.addon.bundle.call('readJourneys', 'all');
}

function check(run: Run, label: string): void {
  const result = read(run);
  if (!result.ok) {
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

/** Builds every persona of the form; the slides built get fresh shadows from their keys. */
function build(run: Run, confirmRemovals: boolean): void {
  const before = factsNow(run);
  const rebuiltPersonas = new Set<string>();
  for (const p of run.doc.personas) {
    const result = run.addon.bundle.call<Answer<SlidesBuildResult>>('buildJourney', run.doc, p.id, {
      hints: run.hints,
      confirmRemovals,
    });
    if (!result.ok) {
      if (!run.nearFull)
        expect.fail(`rebuild of ${p.id} refused: ${JSON.stringify(result.problems)}\n${run.log.join('\n')}`);
      // All or nothing: a refused rebuild leaves the deck as it was and says why in both languages.
      for (const problem of result.problems) expect(problem.message.ja && problem.message.en).toBeTruthy();
      const now = read(run);
      const broken = now.ok ? brokenFacts(now.value, factsNow(run), { addressed: true }) : ['no read-back'];
      if (broken.length > 0)
        expect.fail(`a refused rebuild changed the deck:\n${broken.slice(0, 6).join('\n')}`);
      continue;
    }
    rebuiltPersonas.add(p.id);
    const view = run.addon.view();
    // Slides of this persona the build replaced are gone; those it kept (or copies) keep their shadows.
    run.shadows = run.shadows.filter(
      (s) =>
        view.slides.some((x) => x.id === s.slideId && x.elements.some((e) => e.id === s.tableId)) &&
        !result.value.slideIds.includes(s.slideId),
    );
    run.shadows.push(...seedSlides(view, result.value.slideIds, run.doc, p.id));
  }
  if (rebuiltPersonas.size === 0) return;
  const inForm = (ref: Ref, items: readonly { id: string }[]) =>
    'id' in ref && items.some((i) => i.id === ref.id);
  const kept = before
    .filter((f) => rebuiltPersonas.has(f.persona))
    .filter((f) => {
      if (KNOWN_OPEN.textBoxOnRebuild && f.what === 'text box') return false;
      // Known open: labels, title, name and card typed in the deck are overwritten by the form.
      if (KNOWN_OPEN.rebuildKeepsDeckLabels) {
        if (f.kind === 'title' || f.kind === 'card') return false;
        if (f.kind === 'lane-label' && 'id' in f.lane) return false;
        if (f.kind === 'stage-label' && 'id' in f.stage) return false;
      }
      if (!confirmRemovals) return true;
      if ((f.kind === 'cell' || f.kind === 'lane-label') && !inForm(f.lane, run.doc.lanes)) return false;
      if ((f.kind === 'cell' || f.kind === 'stage-label') && !inForm(f.stage, run.doc.stages)) return false;
      return true;
    });
  const result = read(run);
  if (!result.ok) expect.fail(`read after rebuild failed: ${JSON.stringify(result.problems)}`);
  const broken = brokenFacts(result.value, kept, { addressed: false });
  if (broken.length > 0)
    expect.fail(
      `lost by a rebuild (confirm ${confirmRemovals}):\n${broken.slice(0, 6).join('\n')}\nedits:\n${run.log.join('\n')}`,
    );
}

/** A read that runs while a rebuild is half-way: complete, or a clear "busy", never silently short. */
function readDuringRebuild(run: Run, edit: Edit): void {
  const before = factsNow(run);
  const other = runBundle(run.addon.emu);
  const calls = run.addon.emu.calls;
  const record = calls.record.bind(calls);
  let count = 0;
  let busy = false;
  let mid: Answer<ReadBack> | undefined;
  calls.record = (api: string, method: string) => {
    record(api, method);
    if (busy || mid || ++count !== edit.a * 3 + 5) return;
    busy = true;
    run.addon.emu.holdDocumentLockElsewhere(true);
    try {
      mid = other.bundle.call('readJourneys', 'all');
    } finally {
      run.addon.emu.holdDocumentLockElsewhere(false);
      busy = false;
    }
  };
  try {
    build(run, false);
  } finally {
    calls.record = record;
  }
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
  const broken = brokenFacts(mid.value, before, { addressed: false });
  if (broken.length > 0)
    expect.fail(
      `a read during a rebuild answered ok without:\n${broken.slice(0, 6).join('\n')}\n${run.log.join('\n')}`,
    );
}

function element(run: Run, slideId: string, role: RegExp) {
  return run.addon
    .view()
    .slides.find((s) => s.id === slideId)
    ?.elements.find((e) => role.test(e.title));
}

function apply(run: Run, edit: Edit): void {
  const u = run.addon.emu.slidesUser;
  const deck = run.addon.deck.getId();
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
  const s = pick(run.shadows, edit.slide);
  if (!s) return;
  const lanes = s.laneRows();
  const stages = s.stageColumns();
  const labels = s.labelsColumn();
  const header = s.rows.findIndex((r) => r.kind === 'header');
  const texts = (cells: (string | undefined)[]) => cells.map((t) => (t ?? '').trim()).filter((t) => t !== '');
  const repeated = (list: string[]) => new Set(list).size < list.length;
  // Labels or headers shown twice: a positional key cannot tell which of them moved.
  const ambiguous =
    KNOWN_OPEN.repeatedLabels !== false &&
    (repeated(texts(lanes.map((r) => s.get(r, labels)))) ||
      repeated(texts(stages.map((c) => s.get(header, c)))));
  // A row or column shown exactly like another one (label and every cell), now or when built: after
  // deleting one of the two, nothing tells which one went; only the ids the reader gives differ.
  const view = run.addon.view();
  const shownTable =
    view.slides
      .flatMap((x) => x.elements)
      .find((e) => e.id === s.tableId)
      ?.cells?.map((row) => row.map((cell) => cell.text)) ?? [];
  // The oracle reads the deck's keys only to learn what was built (its prints); it asserts none of them.
  const builtTables = Object.entries(view.documentProperties)
    .filter(([k]) => k.startsWith('journeygrid.slide.') && !k.includes('#'))
    .flatMap(([k]) => {
      const json = storedProperty(view.documentProperties, k);
      const keys = json ? (JSON.parse(json) as { rows: { label: string }[]; prints?: string[] }) : undefined;
      if (!keys?.prints || (k !== `journeygrid.slide.${s.tableId}` && !s.copied)) return [];
      return [keys.prints.map((p, r) => [keys.rows[r]!.label, ...(p.match(/.../g) ?? [])])];
    });
  const columnsOf = (t: string[][]) => (t[0] ?? []).map((_, k) => t.map((row) => row[k] ?? ''));
  const twins = (lines: string[][]) => new Set(lines.map((l) => l.join('\u0001'))).size < lines.length;
  const twin = (line: number, lines: string[][]) =>
    lines.some((l, i) => i !== line && l.join('\u0001') === lines[line]!.join('\u0001'));
  // Or one of two showing the same label (each may have had a drawn cell typed over): which went
  // is a guess (the reader takes the one at the same place).
  const sameLabel = (lines: string[][], at: number) =>
    lines.some((l, i) => i !== at && (l[0] ?? '').trim() !== '' && l[0] === lines[at]![0]);
  const twinRow = (r: number) =>
    KNOWN_OPEN.identicalTwins !== false &&
    (twin(r, shownTable) || sameLabel(shownTable, r) || builtTables.some((t) => twins(t.slice(1))));
  const twinColumn = (c: number) =>
    KNOWN_OPEN.identicalTwins !== false &&
    (twin(c, columnsOf(shownTable)) ||
      sameLabel(columnsOf(shownTable), c) ||
      builtTables.some((t) => twins(columnsOf(t).slice(2))));
  const typeCell = (r: number, c: number, text: string) => {
    u.editCell(deck, s.tableId, r, c, text);
    s.set(r, c, text);
  };
  switch (edit.kind) {
    case 'typeCell': {
      const r = pick(lanes, edit.a);
      const c = pick(stages, edit.b);
      if (r !== undefined && c !== undefined) typeCell(r, c, cellText(run, s, r, edit.c));
      break;
    }
    case 'typeLabel': {
      if (KNOWN_OPEN.renameAndReshape && s.reshaped) break;
      if (KNOWN_OPEN.duplicateAfterRename && run.shadows.some((x) => x.copied)) break;
      const r = pick(lanes, edit.a);
      if (r !== undefined && labels >= 0) typeCell(r, labels, token(run, 'Lane ', edit.c));
      s.renamed = true;
      break;
    }
    case 'typeHeader': {
      if (KNOWN_OPEN.renameAndReshape && s.reshaped) break;
      if (KNOWN_OPEN.duplicateAfterRename && run.shadows.some((x) => x.copied)) break;
      const c = pick(stages, edit.a);
      if (c !== undefined && header >= 0) typeCell(header, c, token(run, 'Stage ', edit.c));
      s.renamed = true;
      break;
    }
    case 'typeTitle': {
      const order = run.addon.view().slides.map((x) => x.id);
      const first = [...run.shadows].sort((x, y) => order.indexOf(x.slideId) - order.indexOf(y.slideId))[0];
      if (KNOWN_OPEN.titleOnLaterSlide && s !== first) break;
      const e = element(run, s.slideId, /journey title|ジャーニーのタイトル/);
      if (!e) break;
      const text = token(run, 'Title ', edit.c);
      u.editText(deck, e.id, text);
      s.title = text;
      break;
    }
    case 'typeName': {
      const e = element(run, s.slideId, /persona name|ペルソナ名/);
      if (!e || s.part !== 0) break;
      if (KNOWN_OPEN.renameCopiedPersona && s.copied) break;
      const text = token(run, 'Name ', edit.c);
      u.editText(deck, e.id, text);
      s.name = text;
      break;
    }
    case 'typeCard':
    case 'renameCardLabel': {
      const e = element(run, s.slideId, /persona card|ペルソナカード/);
      if (!e?.cells || s.part !== 0) break;
      if (edit.kind === 'renameCardLabel' && KNOWN_OPEN.renamedCardLabel) break;
      const c = edit.a % e.cells[0]!.length;
      const field = cardField(e.cells[0]![c]!.text);
      if (!field) break;
      if (edit.kind === 'typeCard') {
        const text = token(run, 'Card ', edit.c);
        u.editCell(deck, e.id, 1, c, text);
        s.card.set(field, text);
      } else {
        // "Goals" → "Goals for FY25": the label is the user's now; the value stays the field's.
        const text = `${e.cells[0]![c]!.text} ${token(run, 'for FY', edit.c)}`;
        u.editCell(deck, e.id, 0, c, text);
        s.loose.push({ text, what: 'card label' });
        const value = e.cells[1]![c]!.text;
        if (value.trim() !== '' && !value.endsWith('…')) s.card.set(field, value);
      }
      break;
    }
    case 'insertRow': {
      if (KNOWN_OPEN.reshapeWithoutLabelColumn && run.labelColumnGone) break;
      run.reshaped = true;
      if (KNOWN_OPEN.severalReshapes && s.insertions + s.deletions > 0) break;
      if (KNOWN_OPEN.reshapeCopy && s.copied) break;
      s.insertions++;
      if (ambiguous) break;
      if (KNOWN_OPEN.renameAndReshape && s.renamed) break;
      s.reshaped = true;
      const at = 1 + (edit.a % (KNOWN_OPEN.appendToTable ? s.rows.length - 1 : s.rows.length));
      u.insertRow(deck, s.tableId, at);
      s.insertRow(at, { kind: 'lane' });
      const named = edit.b % 4 !== 0 || KNOWN_OPEN.unnamedInsert;
      if (labels >= 0 && named) typeCell(at, labels, token(run, 'Lane ', edit.b));
      const c = pick(stages, edit.c);
      if (c !== undefined) typeCell(at, c, token(run, 'T', edit.c));
      break;
    }
    case 'insertColumn': {
      if (KNOWN_OPEN.reshapeWithoutLabelColumn && run.labelColumnGone) break;
      run.reshaped = true;
      if (KNOWN_OPEN.severalReshapes && s.insertions + s.deletions > 0) break;
      if (KNOWN_OPEN.reshapeCopy && s.copied) break;
      s.insertions++;
      if (ambiguous) break;
      if (KNOWN_OPEN.renameAndReshape && s.renamed) break;
      s.reshaped = true;
      const first = Math.max(1, labels + 1);
      const at = first + (edit.a % Math.max(1, s.cols.length - first + (KNOWN_OPEN.appendToTable ? 0 : 1)));
      u.insertColumn(deck, s.tableId, at);
      s.insertColumn(at, { kind: 'stage' });
      if (header >= 0 && (edit.b % 4 !== 0 || KNOWN_OPEN.unnamedInsert))
        typeCell(header, at, token(run, 'Stage ', edit.b));
      const r = pick(lanes, edit.c);
      if (r !== undefined) typeCell(r, at, token(run, 'T', edit.c));
      break;
    }
    case 'deleteRow': {
      if (KNOWN_OPEN.reshapeWithoutLabelColumn && run.labelColumnGone) break;
      run.reshaped = true;
      if (KNOWN_OPEN.severalReshapes && s.insertions + s.deletions > 0) break;
      if (KNOWN_OPEN.reshapeCopy && s.copied) break;
      if (ambiguous) break;
      if (KNOWN_OPEN.renameAndReshape && s.renamed) break;
      s.reshaped = true;
      const r = pick(lanes, edit.a);
      if (r === undefined || lanes.length < 2 || twinRow(r)) break;
      u.deleteRow(deck, s.tableId, r);
      s.deletions++;
      s.deleteRow(r);
      s.reshaped = true;
      break;
    }
    case 'deleteColumn': {
      if (KNOWN_OPEN.reshapeWithoutLabelColumn && run.labelColumnGone) break;
      run.reshaped = true;
      if (KNOWN_OPEN.severalReshapes && s.insertions + s.deletions > 0) break;
      if (KNOWN_OPEN.reshapeCopy && s.copied) break;
      if (ambiguous) break;
      if (KNOWN_OPEN.renameAndReshape && s.renamed) break;
      s.reshaped = true;
      const c = pick(stages, edit.a);
      if (c === undefined || stages.length < 2 || twinColumn(c)) break;
      u.deleteColumn(deck, s.tableId, c);
      s.deletions++;
      s.deleteColumn(c);
      s.reshaped = true;
      break;
    }
    case 'deleteLabelColumn': {
      if (KNOWN_OPEN.deleteLabelColumn || labels < 0 || s.cols.length < 2) break;
      if (KNOWN_OPEN.reshapeWithoutLabelColumn && run.reshaped) break;
      run.labelColumnGone = true;
      u.deleteColumn(deck, s.tableId, labels);
      s.deleteColumn(labels);
      break;
    }
    case 'addTextBox': {
      const text = token(run, 'Memo ', edit.c);
      u.addTextBox(deck, s.slideId, text);
      s.loose.push({ text, what: 'text box' });
      break;
    }
    case 'duplicate': {
      const words = [
        run.doc.title,
        ...run.doc.stages.map((x) => x.label),
        ...run.doc.lanes.map((l) => l.label),
        ...run.doc.personas.map((p) => p.name),
      ].map((w) => w.trim());
      if (KNOWN_OPEN.duplicateSharedLabel && new Set(words).size < words.length) break;
      if (KNOWN_OPEN.duplicateAfterRename && s.renamed) break;
      if (KNOWN_OPEN.duplicateRenamedPersona && s.name !== undefined) break;
      if (KNOWN_OPEN.duplicateContinuation && s.part > 0) break;
      if (KNOWN_OPEN.reshapeCopy && (s.insertions > 0 || s.deletions > 0)) break;
      const slideId = u.duplicateSlide(deck, s.slideId);
      const copy = run.addon.view().slides.find((x) => x.id === slideId)!;
      const index = run.addon
        .view()
        .slides.find((x) => x.id === s.slideId)!
        .elements.findIndex((e) => e.id === s.tableId);
      run.shadows.push(s.copy(slideId, copy.elements[index]!.id));
      break;
    }
    case 'moveSlide': {
      if (KNOWN_OPEN.titleOnLaterSlide && run.shadows.some((x) => x.title !== undefined)) break;
      const count = run.addon.view().slides.length;
      u.moveSlide(deck, s.slideId, edit.a % count);
      break;
    }
    case 'deleteSlide': {
      if (run.shadows.length < 2) break;
      u.deleteSlide(deck, s.slideId);
      run.shadows.splice(run.shadows.indexOf(s), 1);
      break;
    }
    case 'nearFull': {
      // Another add-on's data fills the deck's document properties to a few KB below 500 KB.
      if (KNOWN_OPEN.nearFull) break;
      const store = run.addon.emu.documentProperties()!;
      const free = 500 * 1024 - store.totalBytes() - 4096 - (edit.a % 8) * 1024;
      for (let i = 0; i * 8000 + 20 < free; i++)
        store.set({ [`other-addon.${i}`]: 'x'.repeat(Math.min(8000, free - i * 8000 - 20)) });
      run.nearFull = true;
      break;
    }
  }
}

/** Drops the edits of a known-open case that needs the whole sequence to be seen. */
function gate(edits: Edit[]): Edit[] {
  const rebuilds = edits.some(
    (e) => e.kind === 'rebuild' || e.kind === 'rebuildConfirm' || e.kind === 'readDuringRebuild',
  );
  return KNOWN_OPEN.titleThenRebuild && rebuilds ? edits.filter((e) => e.kind !== 'typeTitle') : edits;
}

describe('random edits on journey slides', () => {
  it('put every text where the user sees it, through reads and rebuilds', () => {
    fc.assert(
      fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 7 }), ({ doc, hints }, edits) => {
        const addon = startSlidesAddon();
        const run: Run = {
          addon,
          doc,
          hints,
          shadows: [],
          n: 0,
          nearFull: false,
          rebuilt: false,
          labelColumnGone: false,
          reshaped: false,
          log: [],
        };
        build(run, false);
        check(run, 'the first build');
        for (const edit of gate(edits)) {
          run.log.push(JSON.stringify(edit));
          apply(run, edit);
          check(run, edit.kind);
        }
      }),
      // PROPERTY_SEED=random: fast-check picks the seed (and names it in a failure).
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 600_000);
});
