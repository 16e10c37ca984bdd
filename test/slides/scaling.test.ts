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
  it('a filled text cell costs only the calls that write its text and set its size', () => {
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
    // One text set and one size set per text, never more (SlidesApp has no table-wide text style,
    // so the size that every drawn text must carry is set per cell: getCell, getText, setText,
    // getTextStyle, setFontSize). Colour, weight, fill and alignment are paid by the header,
    // labels and hints only: 12 × 20 measured 6.2 calls per filled cell on average (2,037 for 328).
    expect(byMethod['TextRange.setText']).toBe(filled);
    expect(byMethod['TextStyle.setFontSize']).toBe(filled + boxes);
    expect(byMethod['TextRange.getTextStyle']).toBe(filled + boxes);
    expect(cellCalls / filled).toBeLessThanOrEqual(6.5);
  });
});
