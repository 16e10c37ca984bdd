/**
 * What a Slides build costs as a deck grows: SlidesApp calls counted by the emulator (counts, not
 * times). Adding a persona must not re-read the slides of the personas already built, and a text
 * cell must cost only what writing its text takes.
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import { makeDoc, NO_HINTS } from '../support/journeys';
import { journeyTables, startSlidesAddon, texts } from './support';

describe('Slides build cost', () => {
  it('adding the 6th persona reads none of the others: it costs no more than the 2nd, but a look at the slide list', () => {
    const doc = makeDoc('aisas', 'en', ['Ken', 'Aya', 'Mio', 'Rui', 'Sho', 'Nao']);
    const addon = startSlidesAddon();
    const costs: number[] = [];
    const slidesBefore: number[] = [];
    for (const p of doc.personas) {
      slidesBefore.push(addon.view().slides.length);
      addon.emu.calls.reset();
      addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, NO_HINTS);
      costs.push(addon.emu.calls.snapshot().total);
    }
    // Same grid for every persona: what may differ is one id per slide already in the deck (to see
    // that no slide was added by hand), never the others' elements.
    expect(costs[5]! - costs[1]!).toBeLessThanOrEqual(2 * (slidesBefore[5]! - slidesBefore[1]!));
  });
});

/** 12 stages × 20 lanes with text in every cell. */
function fullDoc(): JourneyDocument {
  const doc = makeDoc('aisas', 'ja', ['佐藤']);
  doc.stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: `ステージ${i + 1}` }));
  doc.lanes = Array.from({ length: 20 }, (_, i) => ({
    id: `l${i}`,
    label: `レーン${i + 1}`,
    kind: 'text' as const,
  }));
  doc.frameworkId = 'custom';
  doc.journeys = [
    {
      personaId: 'p1',
      cells: Object.fromEntries(
        doc.lanes.map((l) => [
          l.id,
          Object.fromEntries(doc.stages.map((s) => [s.id, `${l.label}・${s.label}`])),
        ]),
      ),
    },
  ];
  return doc;
}

describe('Slides table writing cost', () => {
  it('a filled text cell costs only the calls that reach its text and copy it in, styled', () => {
    const addon = startSlidesAddon();
    const doc = fullDoc();
    addon.emu.calls.reset();
    addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', NO_HINTS);
    const byMethod = addon.emu.calls.snapshot().byMethod;
    const view = addon.view();
    // Text in every table the build drew: the journey tables and the persona cards.
    const filled = view.slides
      .flatMap((sl) => sl.elements.flatMap((e) => e.cells?.flat() ?? []))
      .filter((c) => c.text !== '').length;
    const journeyCells = journeyTables(view).flatMap(({ table }) => texts(table).flat());
    expect(journeyCells.filter((t) => t !== '').length).toBeGreaterThanOrEqual(12 * 20);
    // Every call made on a table's cells, their text and its style, whatever the cell holds.
    const cellCalls = Object.entries(byMethod)
      .filter(([m]) =>
        /^(Table\.getCell|TableCell\.|TextRange\.|TextStyle\.|ParagraphStyle\.|Fill\.)/.test(m),
      )
      .reduce((n, [, c]) => n + c, 0);
    const boxes = byMethod['Slide.insertTextBox'] ?? 0;
    // A text cell costs three calls, whatever its style: getCell, getText and appendRange, the
    // copy of its text already styled in one scratch box (SlidesApp has no table-wide text style;
    // src/hosts/slides/stamp.ts). Sizes are set once per text box and once per style in the
    // scratch box, never per cell. Fill and alignment are paid by the header, labels and scores
    // only: 12 × 20 measured 3.9 calls per filled cell on average (1,287 for 328; 6.2 before).
    expect(byMethod['TableCell.getText']).toBe(filled);
    expect(byMethod['TextRange.appendRange']).toBe(filled);
    expect(byMethod['TextRange.setText'] ?? 0).toBe(0);
    expect(byMethod['TextStyle.setFontSize']).toBeLessThan(boxes + 10);
    expect(cellCalls / filled).toBeLessThanOrEqual(4);
  });
});
