/**
 * The deck's own page and text sizes: a journey is laid out for the page the deck has (16:9, 4:3,
 * or whatever an imported file brings, read with getPageWidth / getPageHeight), and every text the
 * layout measures has its size set, never left to the theme's default.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZES } from '../../dev/emulator/slides/model';
import { FRAMEWORKS } from '../../src/catalog';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import { buildAll, HINTS, makeDoc } from '../support/journeys';
import { journeyTables, startSlidesAddon } from './support';

/** A map with long text in every cell, continuing over several slides on any page. */
function wordy(stages: number, lanes: number): JourneyDocument {
  const doc = makeDoc('aisas', 'en', ['Ken']);
  doc.stages = Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` }));
  doc.lanes = Array.from({ length: lanes }, (_, i) => ({
    id: `l${i}`,
    label: `Lane ${i + 1}`,
    kind: 'text',
  }));
  doc.frameworkId = 'custom';
  doc.journeys[0]!.cells = Object.fromEntries(
    doc.lanes.map((l) => [
      l.id,
      Object.fromEntries(doc.stages.map((s) => [s.id, `Reads the ${s.label} brochure twice at ${l.label}`])),
    ]),
  );
  return doc;
}

const PAGES = {
  '16:9': PAGE_SIZES.widescreen,
  '4:3': PAGE_SIZES.standard,
  // Imported decks: US Letter portrait, and PowerPoint's 13.33 × 7.5 in widescreen.
  'letter portrait': { width: 612, height: 792 },
  'PowerPoint widescreen': { width: 960, height: 540 },
};

describe('laying out for the deck’s page', () => {
  for (const [name, pageSize] of Object.entries(PAGES)) {
    it(`keeps the table and the card inside a ${name} page (${pageSize.width} × ${pageSize.height})`, () => {
      for (const doc of [makeDoc('service-blueprint', 'ja'), wordy(12, 10)]) {
        const addon = startSlidesAddon({ pageSize });
        buildAll<SlidesBuildResult>(addon, doc, HINTS);
        const view = addon.view();
        expect([view.pageWidth, view.pageHeight]).toEqual([pageSize.width, pageSize.height]);
        const drawn = view.slides.filter((s) => s.elements.length > 0);
        expect(drawn.length).toBeGreaterThan(0);
        for (const slide of drawn) {
          expect(slide.overflows, `${name}: slide ${slide.id}`).toBe(false);
          for (const e of slide.elements) {
            if (
              !/journey table|persona card|ジャーニー表|ペルソナカード|persona name|ペルソナ名/.test(e.title)
            )
              continue;
            expect(e.left, e.title).toBeGreaterThanOrEqual(0);
            expect(e.top, e.title).toBeGreaterThanOrEqual(0);
            expect(e.left + e.width, e.title).toBeLessThanOrEqual(pageSize.width);
            expect(e.bottom ?? e.top + e.height, e.title).toBeLessThanOrEqual(pageSize.height);
          }
        }
      }
    });
  }

  it('uses a taller page: the same journey gets fewer slides or larger text on 4:3 than on 16:9', () => {
    const drawn = (pageSize: { width: number; height: number }) => {
      const addon = startSlidesAddon({ pageSize });
      buildAll<SlidesBuildResult>(addon, wordy(8, 8));
      const tables = journeyTables(addon.view());
      return { slides: tables.length, size: tables[0]!.table.cells![1]![1]!.fontSize };
    };
    const wide = drawn(PAGE_SIZES.widescreen);
    const tall = drawn(PAGE_SIZES.standard);
    expect(tall.slides < wide.slides || (tall.slides === wide.slides && tall.size > wide.size)).toBe(true);
    expect(Math.min(tall.size, wide.size)).toBeGreaterThanOrEqual(9);
  });
});

describe('text sizes', () => {
  it('sets the size of every text it draws, in every framework, continuation and note box', () => {
    const docs = [...FRAMEWORKS.map((f) => makeDoc(f.id, 'en', ['Ken', 'Aya'])), wordy(12, 10)];
    for (const doc of docs) {
      const addon = startSlidesAddon();
      buildAll<SlidesBuildResult>(addon, doc, HINTS);
      // A rebuild that puts text the grid cannot hold into a note box.
      const card = addon
        .view()
        .slides.flatMap((s) => s.elements)
        .find((e) => e.title === 'Journey Grid: persona card')!;
      addon.emu.slidesUser.insertRow(addon.deck.getId(), card.id, 2);
      addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 2, 0, 'no lane for me');
      buildAll<SlidesBuildResult>(addon, doc, HINTS);
      const view = addon.view();
      expect(JSON.stringify(view.slides)).toContain('no lane for me');
      for (const slide of view.slides) expect(slide.unsized, `${doc.frameworkId}: ${slide.id}`).toEqual([]);
    }
  });
});
