/**
 * What the open-deck API build saves: the service calls and the modelled wait (dev/emulator/calls.ts)
 * of building a 12-stage × 20-lane persona, one alone and six as the sidebar builds them (the
 * first alone, the rest in one call), through the API and through SlidesApp.
 */
import { describe, expect, it } from 'vitest';
import { userWaitMs } from '../../dev/emulator';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { BatchBuild } from '../../src/server/rpc';
import { bigDoc } from './direct-support';
import { startSlidesAddon } from './support';

/** Calls on the deck through SlidesApp (its service and the objects it hands out). */
const NOT_SLIDES_APP =
  /^(Slides\.Presentations|PropertiesService|Properties|LockService|Lock|SpreadsheetApp)\b/;

function measure(rest: boolean, personas: number) {
  const addon = startSlidesAddon();
  if (rest) addon.emu.setOpenDocumentRest('allowed');
  const doc = bigDoc(12, 20, personas);
  addon.emu.calls.reset();
  const ids = doc.personas.map((p) => p.id);
  const calls = ids.length === 1 ? [ids] : [ids.slice(0, 1), ids.slice(1)];
  for (const batch of calls) {
    addon.emu.calls.startExecution();
    const built = addon.ok<BatchBuild>('buildJourneys', doc, batch, { hints: false, confirmRemovals: false });
    expect(built.built.map((b) => (b.result as SlidesBuildResult).direct)).toEqual(
      batch.map(() => (rest ? 'allowed' : 'denied')),
    );
  }
  const snap = addon.emu.calls.snapshot();
  const slidesApp = Object.entries(snap.byMethod)
    .filter(([method]) => !NOT_SLIDES_APP.test(method))
    .reduce((n, [, count]) => n + count, 0);
  return {
    slidesApp,
    batchUpdates: snap.byMethod['Slides.Presentations.batchUpdate'] ?? 0,
    waitMs: userWaitMs(calls.length, snap.modelledMs),
  };
}

describe('a 12 × 20 persona through the API', () => {
  it('makes a handful of SlidesApp calls where SlidesApp needs thousands, and waits under 6 s', () => {
    const api = measure(true, 1);
    const app = measure(false, 1);
    console.log('12×20×1', JSON.stringify({ api, app }));
    expect(api.batchUpdates).toBe(1);
    // Reads before the one write: the host lookup's getActivePresentation, the slide list, the
    // page size and id, one look at the new deck's only slide.
    expect(api.slidesApp).toBeLessThanOrEqual(12);
    expect(app.slidesApp).toBeGreaterThan(1000);
    expect(api.waitMs).toBeLessThanOrEqual(6000);
    expect(api.waitMs).toBeLessThan(app.waitMs / 2);
  });

  it('builds six such personas in two calls, waiting under 30 s', () => {
    const api = measure(true, 6);
    const app = measure(false, 6);
    console.log('12×20×6', JSON.stringify({ api, app }));
    expect(api.batchUpdates).toBe(6);
    expect(api.slidesApp).toBeLessThanOrEqual(6 * 10);
    expect(api.waitMs).toBeLessThanOrEqual(30_000);
    expect(api.waitMs).toBeLessThan(app.waitMs / 2);
  });
});
