/**
 * Cells' text written through one styled scratch box (src/hosts/slides/stamp.ts): a text cell
 * costs three SlidesApp calls whatever its style, the slide shows each text in its planned style
 * and nothing of the scratch box, and texts the box cannot separate (every separator character in
 * them) or with line breaks still land whole and styled.
 */
import { describe, expect, it } from 'vitest';
import type { ElementSnapshot } from '../../dev/emulator';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { buildAll, makeDoc, NO_HINTS } from '../support/journeys';
import { journeyTables, startSlidesAddon } from './support';

const SEPARATORS = '\u241e\u2402\u2403\u2404\u2405\u2406\u2407\u2408';

function filled(doc: JourneyDocument, text: (lane: number, stage: number) => string): JourneyDocument {
  doc.journeys[0]!.cells = Object.fromEntries(
    doc.lanes
      .filter((l) => l.kind === 'text')
      .map((lane, li) => [lane.id, Object.fromEntries(doc.stages.map((s, si) => [s.id, text(li, si)]))]),
  );
  return doc;
}

function build(doc: JourneyDocument) {
  const addon = startSlidesAddon();
  addon.emu.calls.reset();
  buildAll<SlidesBuildResult>(addon, doc, NO_HINTS);
  const calls = addon.emu.calls.snapshot().byMethod;
  const read = addon.ok<ReadBack>('readJourneys', 'all');
  return { addon, calls, read, view: addon.view() };
}

/** The body cells (lanes × stages) of the journey table: one size, regular, no scratch box left. */
function bodyCells(table: ElementSnapshot) {
  return table.cells!.slice(1).flatMap((row) => row.slice(1));
}

describe('cell text through one scratch box', () => {
  it('costs three SlidesApp calls a text cell and sets sizes once per style and build', () => {
    const doc = filled(makeDoc('aisas', 'en'), (l, s) => `Lane ${l + 1}, stage ${s + 1}: reads the brochure`);
    const { calls, view, read } = build(doc);
    const tables = view.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'table'));
    const textCells = tables.flatMap((t) => t.cells!.flat()).filter((c) => c.text !== '').length;
    expect(calls['TableCell.getText']).toBe(textCells);
    expect(calls['TextRange.appendRange']).toBe(textCells);
    expect(calls['Table.getCell']).toBeLessThanOrEqual(textCells + 2);
    // Sizes and weights are set in the scratch box once per style, not per cell.
    expect(calls['TextStyle.setFontSize']).toBeLessThan(textCells / 4);
    expect(calls['Slide.insertTextBox']! - calls['Shape.remove']!).toBeGreaterThan(0);
    expect(calls['Shape.remove']).toBe(1);
    expect(read.document.journeys).toEqual(doc.journeys);
    // Nothing but the journey's own elements is left on the slide (the scratch box is gone).
    expect(deckShapesWithSeparators(view)).toEqual([]);
  });

  it('writes texts with line breaks and emoji whole, in their cells’ style', () => {
    const doc = filled(makeDoc('aisas', 'ja'), (l, s) =>
      (l + s) % 3 === 0 ? `行${l}\n段落${s}😀\n` : `レーン${l}・ステージ${s}🙂`,
    );
    const { view, read } = build(doc);
    expect(read.document.journeys).toEqual(doc.journeys);
    const { table } = journeyTables(view)[0]!;
    const ours = bodyCells(table).filter((c) => /^(行|レーン)/.test(c.text));
    expect(ours.length).toBeGreaterThan(10);
    expect(new Set(ours.map((c) => c.fontSize)).size).toBe(1);
    expect(ours.every((c) => !c.bold && !c.italic)).toBe(true);
    expect(table.cells![0]!.slice(1).every((c) => c.bold)).toBe(true);
  });

  it('falls back to cell-by-cell writing when a text holds every separator', () => {
    const doc = filled(makeDoc('aisas', 'en'), (l, s) =>
      l === 0 && s === 0 ? `odd ${SEPARATORS}` : `cell ${l}-${s}`,
    );
    const { view, read, calls } = build(doc);
    expect(read.document.journeys).toEqual(doc.journeys);
    const { table } = journeyTables(view)[0]!;
    const body = bodyCells(table).filter((c) => /^(odd|cell)/.test(c.text));
    // The build went cell by cell: no copy from a scratch box.
    expect(calls['TextRange.appendRange'] ?? 0).toBe(0);
    expect(calls['TextRange.setText']).toBeGreaterThanOrEqual(body.length);
    expect(new Set(body.map((c) => c.fontSize)).size).toBe(1);
    expect(body.every((c) => !c.bold && !c.italic)).toBe(true);
  });
});

function deckShapesWithSeparators(view: ReturnType<ReturnType<typeof startSlidesAddon>['view']>): string[] {
  return view.slides.flatMap((s) =>
    s.elements.flatMap((e) => (e.text && /[\u241e\u2402-\u2408]/.test(e.text.text) ? [e.text.text] : [])),
  );
}
