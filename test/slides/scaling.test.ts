/**
 * What a Slides build costs as a deck grows: SlidesApp calls counted by the emulator (counts, not
 * times). Adding a persona must not re-read the slides of the personas already built, and a text
 * cell must cost only what writing its text takes.
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import { makeDoc, NO_HINTS } from '../support/journeys';
import { startSlidesAddon } from './support';

describe('Slides build cost', () => {
  it('adding the 6th persona costs no more calls than adding the 2nd', () => {
    const doc = makeDoc('aisas', 'en', ['Ken', 'Aya', 'Mio', 'Rui', 'Sho', 'Nao']);
    const addon = startSlidesAddon();
    const costs: number[] = [];
    for (const p of doc.personas) {
      addon.emu.calls.reset();
      addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, NO_HINTS);
      costs.push(addon.emu.calls.snapshot().total);
    }
    // Same grid for every persona: what differs can only be reading the others' slides.
    expect(costs[5]).toBeLessThanOrEqual(costs[1]!);
  });
});
