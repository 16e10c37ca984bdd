/**
 * The open-deck fast paths against the SlidesApp paths, as a hostile user drives them: random
 * journeys built in random calls (new and existing personas mixed, in any order, hints on and
 * off, three page sizes), random editor edits in between (typed text with Japanese, emoji, tabs
 * and newlines; rows and columns; slides duplicated, moved and deleted; text boxes), and, in the
 * second property, batchUpdates that Google fails or refuses, each followed by "Build" again.
 * One deck is built with the user's grant reaching it (the API draws new personas, reads take one
 * get), its twin without (SlidesApp only); after every step both look alike and read back the
 * same JSON and findings. SlidesApp is held to Google's lifecycle (strictLifecycle): after an API
 * write it may only be asked ids and the page size in that call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/property-seed';
import { UserEditRejected } from '../../dev/emulator/errors';
import type { JourneyDocument } from '../../src/model/types';
import { failBatch, looks, strictLifecycle } from '../slides/direct-support';
import { type SlidesAddon, startSlidesAddon } from '../slides/support';
import { journeyDocumentArb } from '../support/arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

/** A result or read-back as a person compares them: no object ids, no fast-path answer. */
function plain(value: unknown): unknown {
  const json = JSON.stringify(value, (key, x) =>
    key === 'direct' ? undefined : key === 'slideIds' ? (x as unknown[]).length : x,
  );
  return JSON.parse(json.replace(/(table|box|shape) [A-Za-z0-9_:-]+/g, '$1 ID'));
}

const editArb = fc.record({
  kind: fc.constantFrom(
    'typeCell',
    'typeCell',
    'typeShape',
    'insertRow',
    'deleteRow',
    'insertColumn',
    'duplicate',
    'moveSlide',
    'deleteSlide',
    'addTextBox',
  ),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
  text: fc.oneof(
    fc.constantFrom('', '\n', '新しい\n施策', '😀👍🏽', 'x\ty', '+1', '-2', 'ｶﾀｶﾅ'),
    fc.string({ maxLength: 6 }),
  ),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** One edit as a person makes it, at the same place on either deck; refused edits are skipped. */
function applyEdit(x: SlidesAddon, edit: Edit): void {
  const view = x.view();
  const user = x.emu.slidesUser;
  const deckId = x.deck.getId();
  const slide = view.slides.length ? view.slides[edit.a % view.slides.length] : undefined;
  const tables = view.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'table'));
  const shapes = view.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'shape'));
  const table = tables.length ? tables[edit.a % tables.length] : undefined;
  const rows = table?.cells?.length ?? 0;
  const columns = table?.cells?.[0]?.length ?? 0;
  try {
    if (edit.kind === 'typeCell' && table)
      user.editCell(deckId, table.id, edit.b % rows, edit.c % columns, edit.text);
    if (edit.kind === 'typeShape' && shapes.length)
      user.editText(deckId, shapes[edit.b % shapes.length]!.id, edit.text);
    if (edit.kind === 'insertRow' && table) user.insertRow(deckId, table.id, edit.b % (rows + 1));
    if (edit.kind === 'deleteRow' && table) user.deleteRow(deckId, table.id, edit.b % rows);
    if (edit.kind === 'insertColumn' && table) user.insertColumn(deckId, table.id, edit.b % (columns + 1));
    if (edit.kind === 'duplicate' && slide) user.duplicateSlide(deckId, slide.id);
    if (edit.kind === 'moveSlide' && slide) user.moveSlide(deckId, slide.id, edit.b % view.slides.length);
    if (edit.kind === 'deleteSlide' && slide) user.deleteSlide(deckId, slide.id);
    if (edit.kind === 'addTextBox' && slide) user.addTextBox(deckId, slide.id, edit.text);
  } catch (error) {
    if (!(error instanceof UserEditRejected)) throw error;
  }
}

const buildArb = fc.record({
  build: fc.array(fc.nat(5), { minLength: 1, maxLength: 4 }),
  hints: fc.boolean(),
});
const faultArb = fc.record({ fault: fc.nat({ max: 2 }), permission: fc.boolean() });
const pageArb = fc.constantFrom(undefined, { width: 720, height: 540 }, { width: 405, height: 720 });

function twins(pageSize: { width: number; height: number } | undefined) {
  const app = startSlidesAddon(pageSize ? { pageSize } : {});
  const fast = startSlidesAddon(pageSize ? { pageSize } : {});
  fast.emu.setOpenDocumentRest('allowed');
  strictLifecycle(fast);
  return { app, fast };
}

function callOf(doc: JourneyDocument, step: { build: number[]; hints: boolean }) {
  const ids = [...new Set(step.build.map((n) => doc.personas[n % doc.personas.length]!.id))];
  return (x: SlidesAddon) =>
    x.bundle.call<{ ok: boolean; value?: { problems?: unknown } }>('buildJourneys', doc, ids, {
      hints: step.hints,
      confirmRemovals: false,
    });
}

function sameDecks(app: SlidesAddon, fast: SlidesAddon, step: number): void {
  expect(looks(fast.view()), `step ${step}`).toEqual(looks(app.view()));
  expect(plain(fast.bundle.call('readJourneys', 'all')), `step ${step}`).toEqual(
    plain(app.bundle.call('readJourneys', 'all')),
  );
}

describe('the fast paths give what SlidesApp gives', () => {
  it('random builds and edits: the same results, slides, JSON and findings after every step', () => {
    let drawn = 0;
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 5, maxLanes: 5, maxPersonas: 4 }),
        fc.array(fc.oneof(buildArb, fc.record({ edit: editArb })), { maxLength: 8 }),
        pageArb,
        (doc, steps, pageSize) => {
          const { app, fast } = twins(pageSize);
          steps.forEach((step, i) => {
            if ('edit' in step) {
              applyEdit(app, step.edit);
              applyEdit(fast, step.edit);
            } else {
              const call = callOf(doc, step);
              expect(plain(call(fast)), `step ${i}`).toEqual(plain(call(app)));
            }
            sameDecks(app, fast, i);
          });
          drawn += fast.emu.calls.count('Slides.Presentations.batchUpdate');
        },
      ),
      { numRuns: RUNS },
    );
    // The property is about the fast path: it must have drawn.
    expect(drawn).toBeGreaterThan(0);
  }, 600_000);

  it('batchUpdates failed or refused, then Build again: the same slides, JSON and findings', () => {
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 4, maxLanes: 4, maxPersonas: 4 }),
        fc.array(fc.oneof(buildArb, buildArb, faultArb, fc.record({ edit: editArb })), { maxLength: 8 }),
        pageArb,
        (doc, steps, pageSize) => {
          const { app, fast } = twins(pageSize);
          steps.forEach((step, i) => {
            if ('edit' in step) {
              applyEdit(app, step.edit);
              applyEdit(fast, step.edit);
            } else if ('fault' in step) {
              const message = step.permission
                ? 'The caller does not have permission'
                : 'Internal error encountered.';
              failBatch(fast, step.fault + 1, message);
            } else {
              const call = callOf(doc, step);
              const want = call(app);
              // The user presses Build again until the call ends as it did without the fast path.
              for (let tries = 0; tries < 4; tries++) {
                const got = call(fast);
                if (got.ok === want.ok && !got.value?.problems === !want.value?.problems) break;
              }
            }
            sameDecks(app, fast, i);
          });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
