/**
 * Case 20 across server calls: the sidebar rebuilds several personas a few per call, and each
 * persona's build holds the document lock only for itself. A read-back from another sidebar (a
 * second bundle on the same document) between two personas, or between two calls, must answer
 * "busy" rather than a model that mixes personas rebuilt and not yet rebuilt; a run stopped
 * half-way (sidebar closed) blocks reading only until its marker expires, and a run that fails
 * ends at once. Both hosts.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { BatchBuild, ReadBack } from '../../src/server/rpc';
import { type SlidesAddon, startSlidesAddon } from '../slides/support';
import { type Addon, type RunningBundle, runBundle, startAddon } from '../support/addon';
import { makeDoc, NO_HINTS } from '../support/journeys';

type Problems = { code: string; message: { ja: string; en: string } }[];

const NAMES = ['田中 部長', 'Alex Kim', 'Mori'];

/** The form after the team changed it in the sidebar: a new title and a text per persona. */
function edited() {
  const doc = makeDoc('aisas', 'en', NAMES);
  doc.title = 'Q3 journeys';
  for (const journey of doc.journeys)
    journey.cells.touchpoints = { attention: `ad for ${journey.personaId}` };
  return doc;
}

/** One sidebar call of a run: the run's id, and how many personas the earlier calls built. */
function batch(addon: RunningBundle, ids: string[], done: number, total = 3) {
  return addon.bundle.call<{ ok: boolean; value: BatchBuild; problems?: Problems }>(
    'buildJourneys',
    edited(),
    ids,
    NO_HINTS,
    { id: 'run-1', done, total },
  );
}

function read(other: RunningBundle) {
  return other.bundle.call<{ ok: true; value: ReadBack } | { ok: false; problems: Problems }>(
    'readJourneys',
    'all',
  );
}

function expectBusy(result: ReturnType<typeof read>, done: string) {
  if (result.ok) throw new Error(`read answered ok: title ${result.value.document.title}`);
  expect(result.problems.map((p) => p.code)).toEqual(['busy']);
  expect(result.problems[0]!.message.en).toContain(`${done} of 3 personas done`);
  expect(result.problems[0]!.message.ja).toContain(`3人中${done}人完了`);
}

function expectRebuilt(result: ReturnType<typeof read>) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.value.document.title).toBe('Q3 journeys');
  expect(result.value.document.journeys.map((j) => j.cells.touchpoints?.attention)).toEqual([
    'ad for p1',
    'ad for p2',
    'ad for p3',
  ]);
}

/** Moves the other bundle's clock on, as if that much time had passed since now. */
function later(other: RunningBundle, ms: number) {
  vm.runInContext(`Date.now = ((now) => () => now() + ${ms})(Date.now);`, other.bundle.context);
}

for (const host of ['Sheets', 'Slides'] as const) {
  const start = (): Addon | SlidesAddon => (host === 'Sheets' ? startAddon() : startSlidesAddon());
  /** The file as built before, then the second sidebar that reads it. */
  const setup = () => {
    const addon = start();
    const first = addon.ok<BatchBuild>(
      'buildJourneys',
      makeDoc('aisas', 'en', NAMES),
      ['p1', 'p2', 'p3'],
      NO_HINTS,
    );
    expect(first.built).toHaveLength(3);
    return { addon, other: runBundle(addon.emu) };
  };

  describe(`${host}: a read-back between the calls of a rebuild`, () => {
    it('answers "busy" with the progress, and the rebuilt model once the last call is done', () => {
      const { addon, other } = setup();
      expect(batch(addon, ['p1'], 0).ok).toBe(true);
      expectBusy(read(other), '1');
      expect(batch(addon, ['p2', 'p3'], 1).ok).toBe(true);
      expectRebuilt(read(other));
    });

    it('answers "busy" between two personas of one call, never a mix of old and new', () => {
      const { addon, other } = setup();
      const before = read(other);
      if (!before.ok) throw new Error('read before');
      const answers: ReturnType<typeof read>[] = [];
      const calls = addon.emu.calls;
      const record = calls.record.bind(calls);
      const lock = addon.emu.globals.LockService.getDocumentLock()!;
      let reading = false;
      let n = 0;
      calls.record = (api: string, method: string) => {
        record(api, method);
        if (reading || ++n % 7 !== 0) return;
        reading = true;
        // Inside a persona's build this execution holds the lock: to the other one it is held elsewhere.
        const held = lock.hasLock();
        addon.emu.holdDocumentLockElsewhere(held);
        try {
          answers.push(read(other));
        } finally {
          addon.emu.holdDocumentLockElsewhere(false);
          reading = false;
        }
      };
      try {
        expect(batch(addon, ['p1', 'p2', 'p3'], 0).ok).toBe(true);
      } finally {
        calls.record = record;
      }
      expect(answers.length).toBeGreaterThan(10);
      for (const answer of answers) {
        if (answer.ok) expect(answer.value.document).toEqual(before.value.document);
        else expect(answer.problems.map((p) => p.code)).toEqual(['busy']);
      }
      expectRebuilt(read(other));
    });

    it('a run stopped half-way (the sidebar closed) blocks reading only until its marker expires', () => {
      const { addon, other } = setup();
      expect(batch(addon, ['p1'], 0).ok).toBe(true);
      const busy = read(other);
      expectBusy(busy, '1');
      if (!busy.ok) expect(busy.problems[0]!.message.en).toMatch(/within 2 minutes/);
      later(other, 2 * 60_000 + 1_000);
      const after = read(other);
      expect(after.ok).toBe(true);
    });

    it('a call that fails ends the run: reading works at once, and says nothing is lost', () => {
      const { addon, other } = setup();
      expect(batch(addon, ['p1'], 0).ok).toBe(true);
      // The next call asks for a persona the form does not have: its build is refused, the sidebar stops.
      const failed = batch(addon, ['nobody'], 1);
      expect(failed.ok).toBe(false);
      const after = read(other);
      if (!after.ok) throw new Error(JSON.stringify(after.problems));
      // As the run left it: the first persona rebuilt, the others as before.
      expect(after.value.document.journeys.map((j) => j.cells.touchpoints?.attention)).toEqual([
        'ad for p1',
        undefined,
        undefined,
      ]);
    });
  });
}

describe('a batched build in LIMITED mode', () => {
  it("answers in both languages, with none of Google's raw permission text, and leaves no marker", () => {
    const addon = startAddon();
    addon.ok('buildJourneys', makeDoc('aisas', 'ja', NAMES), ['p1', 'p2', 'p3'], NO_HINTS);
    addon.emu.setAuthMode('LIMITED');
    const result = batch(addon, ['p1', 'p2'], 0, 2);
    const problems = result.ok ? (result.value.problems ?? []) : (result.problems ?? []);
    for (const p of problems) {
      expect(p.message.ja).toBeTruthy();
      expect(`${p.message.ja}\n${p.message.en}`).not.toMatch(/do not have permission|Required permissions/i);
    }
    addon.emu.setAuthMode('FULL');
    const other = runBundle(addon.emu);
    const after = read(other);
    // Either the batch ran (and its run is over) or it was refused: reading works now.
    expect(after.ok).toBe(true);
  });
});
