/**
 * A Slides rebuild is all or nothing: whichever change Google refuses part-way (a service error at
 * any one call), the deck is as it was — slides, people's own boxes, typed text, keys — and the
 * user reads a translated message; only once the new journey and its keys are complete may a
 * failure leave old elements behind, and then nothing typed is lost either. The emulator's
 * `failChange(n)` makes the n-th change from now throw once; the test tries every n. These are
 * SlidesApp changes: the deck is kept on the SlidesApp path even where REST may reach it (the API
 * rebuild's failures are in direct-rebuild.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { pinSlidesApp } from './direct-support';
import { deckTexts, journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

function doc(stages: number): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Map',
    language: 'en',
    frameworkId: 'custom',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` })),
    lanes: [
      { id: 'steps', label: 'Steps', kind: 'text' },
      { id: 'rate', label: 'Rate', kind: 'metric' },
    ],
    personas: [{ id: 'p1', name: 'Ken', antiPersona: false, role: 'CIO' }],
    journeys: [{ personaId: 'p1', cells: { steps: { s0: 'Visit' } } }],
  };
}

/** A built journey the team then edited: a cell, a metric cell with words, their own text box. */
function edited(stages: number): SlidesAddon {
  const addon = startSlidesAddon();
  pinSlidesApp(addon);
  const built = addon.ok<SlidesBuildResult>('buildJourney', doc(stages), 'p1', {
    hints: false,
    confirmRemovals: false,
  });
  const deckId = addon.deck.getId();
  const { table } = journeyTables(addon.view())[0]!;
  const rows = texts(table);
  const steps = rows.findIndex((r) => r[0] === 'Steps');
  const rate = rows.findIndex((r) => r[0] === 'Rate');
  addon.emu.slidesUser.editCell(deckId, table.id, steps, 2, 'Compare plans');
  addon.emu.slidesUser.editCell(deckId, table.id, rate, 1, 'about half');
  addon.emu.slidesUser.addTextBox(deckId, built.slideIds[built.slideIds.length - 1]!, 'Ask the sales team');
  return addon;
}

const TYPED = ['Compare plans', 'about half', 'Ask the sales team'];

/** Tries the rebuild failing at every `step`-th change in turn; counts the outcomes. */
function sweep(stages: number, rebuild: JourneyDocument, step: number) {
  const seen = { changes: 0, undone: 0, leftovers: 0 };
  for (let n = 0; ; n += step) {
    const addon = edited(stages);
    const before = addon.view();
    addon.emu.drive.get(addon.deck.getId())!.presentation!.failChange(n);
    const result = addon.bundle.call<{ ok: boolean; problems?: { code: string; message: { ja: string } }[] }>(
      'buildJourney',
      rebuild,
      'p1',
      { hints: false, confirmRemovals: true },
    );
    if (result.ok) return { ...seen, changes: n };
    const problems = result.problems!;
    expect(problems[0]!.message.ja, `change ${n}`).toMatch(/[ぁ-ん]/);
    if (problems[0]!.code === 'build-leftovers') {
      seen.leftovers++;
      // The new journey was complete: what the team typed is all still in the deck.
      const back = addon.ok<ReadBack>('readJourneys', 'all');
      const found = [JSON.stringify(back.document), ...back.findings.map((f) => f.text ?? '')].join('\n');
      for (const text of TYPED) expect(found, `change ${n}`).toContain(text);
    } else {
      seen.undone++;
      expect(['build-undone', 'unexpected'], `change ${n}`).toContain(problems[0]!.code);
      expect(addon.view(), `change ${n}`).toEqual(before);
    }
  }
}

describe('a Slides rebuild is all or nothing', () => {
  it('leaves the deck as it was whichever change fails (one slide)', () => {
    const seen = sweep(3, doc(3), 1);
    expect(seen.changes).toBeGreaterThan(20);
    expect(seen.undone).toBeGreaterThan(20);
    expect(seen.leftovers).toBeGreaterThan(0);
  }, 240_000);

  it('leaves the deck as it was whichever change fails (two slides becoming one)', () => {
    const seen = sweep(12, doc(5), 3);
    expect(seen.changes).toBeGreaterThan(20);
    expect(seen.undone).toBeGreaterThan(10);
    expect(seen.leftovers).toBeGreaterThan(0);
    // And when nothing fails, the second slide's box moved onto the one journey slide.
    const addon = edited(12);
    addon.ok<SlidesBuildResult>('buildJourney', doc(5), 'p1', { hints: false, confirmRemovals: true });
    const slides = addon.view().slides.filter((s) => s.elements.length > 0);
    expect(slides).toHaveLength(1);
    for (const text of TYPED.slice(2)) expect(deckTexts(addon.view())).toContain(text);
  }, 240_000);
});
