/**
 * Building journeys in Google Slides through the built bundle on the emulator: what a marketer
 * sees on the slides (persona name and card, the blue stage band, fonts that fit a 16:9 slide,
 * the emotion curve, blueprint lines, continuation slides) and what reading the deck back gives,
 * including after the edits people make on slides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { journeyDocumentArb } from '../support/arbitraries';
import { buildAll, HINTS, makeDoc } from '../support/journeys';
import { journeyTables, type SlidesAddon, startSlidesAddon, texts } from './support';

/** A square-ish map with realistic text in every cell. */
function bigDoc(stages: number, lanes: number, language: 'ja' | 'en' = 'ja'): JourneyDocument {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 'Big map',
    language,
    frameworkId: 'custom',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, label: `ステージ${i + 1}` })),
    lanes: Array.from({ length: lanes }, (_, i) => ({
      id: `l${i}`,
      label: `レーン${i + 1}`,
      kind: 'text' as const,
    })),
    personas: [{ id: 'p1', name: '佐藤', antiPersona: false }],
    journeys: [{ personaId: 'p1', cells: {} }],
  };
  for (const lane of doc.lanes) {
    doc.journeys[0]!.cells[lane.id] = Object.fromEntries(
      doc.stages.map((s) => [s.id, `${lane.label}で${s.label}の資料を読む`]),
    );
  }
  return doc;
}

function readAll(addon: SlidesAddon): ReadBack {
  return addon.ok<ReadBack>('readJourneys', 'all');
}

describe('building journey slides', () => {
  it('draws the persona name, card, stage band and lanes', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('aisas', 'ja');
    const [result] = buildAll<SlidesBuildResult>(addon, doc, HINTS);
    expect(result!.slideIds).toHaveLength(1);
    const view = addon.view();
    const slide = view.slides.find((s) => s.id === result!.slideIds[0])!;
    const name = slide.elements.find((e) => e.title === 'Journey Grid：ペルソナ名')!;
    expect(name.text).toMatchObject({ text: '田中 部長', bold: true, fontSize: 18 });
    const card = slide.elements.find((e) => e.title === 'Journey Grid：ペルソナカード')!;
    expect(texts(card)).toEqual([
      ['役職', '会社', '目標', '課題'],
      ['情報システム部長', '株式会社サンプル', '', ''],
    ]);
    const { table } = journeyTables(view)[0]!;
    expect(texts(table)[0]).toEqual(['ステージ → / レーン ↓', '注意', '関心', '検索', '行動', '共有']);
    expect(table.cells![0]![1]).toMatchObject({
      fill: '#1a73e8',
      color: '#ffffff',
      bold: true,
      align: 'CENTER',
    });
    expect(table.cells![1]![0]).toMatchObject({ fill: '#f1f3f4', bold: true });
    // Hints are marked by their "例：" prefix, in an upright grey that reads on a projector.
    const touchpoints = texts(table).findIndex((r) => r[0] === 'タッチポイント');
    expect(table.cells![touchpoints]![1]).toMatchObject({ color: '#70757a', italic: false });
    expect(table.cells![touchpoints]![1]!.text).toMatch(/^例：/);
    expect(table.cells![touchpoints]![1]!.fontSize).toBeGreaterThanOrEqual(9);
    expect(table.description).toContain('田中 部長');
    expect(table.description).not.toMatch(/p1|touchpoints/);
    expect(slide.overflows).toBe(false);
    // Its keys are kept out of sight (not in the alt text): a renamed stage still reads as itself.
    addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, 0, 1, '気づき');
    const back = readAll(addon).document;
    expect(back.stages.map((s) => s.id)).toEqual(doc.stages.map((s) => s.id));
    expect(back.stages[0]).toEqual({ ...doc.stages[0], label: '気づき' });
  });

  it('continues a filled 8 × 8 map on another slide instead of shrinking its text', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc(8, 8);
    const [result] = buildAll<SlidesBuildResult>(addon, doc);
    expect(result!.slideIds.length).toBeGreaterThan(1);
    const view = addon.view();
    const sizes = new Set<number>();
    for (const { table } of journeyTables(view)) {
      expect(table.bottom!).toBeLessThanOrEqual(view.pageHeight);
      expect(table.left + table.width).toBeLessThanOrEqual(view.pageWidth);
      for (const row of table.cells!.slice(1)) for (const cell of row) sizes.add(cell.fontSize);
    }
    // One body size on every slide of the journey, and a readable one.
    expect(sizes.size).toBe(1);
    expect([...sizes][0]).toBeGreaterThanOrEqual(9);
    expect(view.slides.every((s) => !s.overflows)).toBe(true);
    expect(readAll(addon).document).toEqual(doc);
  });

  it('continues a larger map on more slides that read back as one journey', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc(12, 20);
    const [result] = buildAll<SlidesBuildResult>(addon, doc);
    expect(result!.slideIds.length).toBeGreaterThan(2);
    const view = addon.view();
    for (const { table } of journeyTables(view)) {
      expect(table.cells![0]!.length).toBeLessThanOrEqual(9);
      expect(table.cells!.length).toBeLessThanOrEqual(9);
    }
    expect(view.slides.every((s) => !s.overflows)).toBe(true);
    expect(view.slides[2]!.elements.find((e) => e.title.includes('ペルソナ名'))!.text!.text).toMatch(
      /^佐藤 \(2\/\d\)$/,
    );
    const read = readAll(addon);
    expect(read.findings).toEqual([]);
    expect(read.document).toEqual(doc);
  });

  it('draws the emotion curve in its own band above the table, and blueprint lines as grey rows', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('service-blueprint', 'en', ['Guest']);
    const emotion = doc.lanes.find((l) => l.kind === 'emotion');
    const lanes = emotion
      ? doc
      : { ...doc, lanes: [...doc.lanes, { id: 'emotion', label: 'Emotion', kind: 'emotion' as const }] };
    lanes.journeys[0]!.cells[emotion?.id ?? 'emotion'] = {
      [lanes.stages[0]!.id]: 2,
      [lanes.stages[1]!.id]: -1,
      [lanes.stages[2]!.id]: 0,
    };
    buildAll<SlidesBuildResult>(addon, lanes);
    const view = addon.view();
    const elements = view.slides.flatMap((s) => s.elements);
    const band = elements.filter((e) => e.title === 'Journey Grid: emotion curve');
    const dots = band.filter((e) => e.kind === 'shape' && e.shapeType === 'ELLIPSE');
    expect(dots).toHaveLength(3);
    // The scale beside the band, and three rules (+2, 0, −2) across it.
    const words = band.flatMap((e) => (e.text?.text ? [e.text.text] : []));
    expect(words).toEqual([emotion?.label ?? 'Emotion', '+2', '0', '−2']);
    const rules = band.filter((e) => e.kind === 'line' && e.height === 0);
    expect(rules).toHaveLength(3);
    const top = Math.min(...rules.map((r) => r.top));
    const bottom = Math.max(...rules.map((r) => r.top));
    const { table } = journeyTables(view)[0]!;
    expect(bottom).toBeLessThan(table.top);
    // +2 on the top rule, −1 three quarters down, 0 on the middle one.
    const centre = (e: { top: number; height: number }) => e.top + e.height / 2;
    expect(dots.map(centre)).toEqual([top, top + (bottom - top) * 0.75, (top + bottom) / 2]);
    // Each point over its stage's column.
    const column = table.width / table.cells![0]!.length;
    dots.forEach((d, i) => {
      expect(d.left + d.width / 2).toBeCloseTo(table.left + column * (i + 1.5));
    });
    // Blueprint lines are grey rows of the table itself, wherever Slides grows its rows.
    expect(elements.some((e) => e.title === 'Journey Grid: service-blueprint line')).toBe(false);
    const separators = table.cells!.filter((row) => row.every((c) => c.fill === '#e8eaed'));
    expect(separators).toHaveLength(3);
    const row = texts(table).findIndex((r) => r[0] === (emotion?.label ?? 'Emotion'));
    expect(texts(table)[row]!.slice(1, 4)).toEqual(['+2', '-1', '0']);
    expect(table.cells![row]![1]!.fill).toBe('#ceead6');
    expect(readAll(addon).document).toEqual(lanes);
  });

  it('marks loop-backs and anti-personas', () => {
    const addon = startSlidesAddon();
    const doc = makeDoc('aisceas', 'ja', ['佐藤']);
    doc.personas[0]!.antiPersona = true;
    buildAll<SlidesBuildResult>(addon, doc);
    const view = addon.view();
    expect(texts(journeyTables(view)[0]!.table).flat()).toContain('↺ 「興味」に戻る');
    const name = view.slides.flatMap((s) => s.elements).find((e) => e.title.includes('ペルソナ名'))!;
    expect(name.text!.color).toBe('#d93025');
    expect(readAll(addon).document).toEqual(doc);
  });

  it('costs about five calls per text cell and far fewer than setting every attribute', () => {
    const addon = startSlidesAddon();
    const doc = bigDoc(8, 8);
    addon.emu.calls.reset();
    buildAll<SlidesBuildResult>(addon, doc);
    const calls = addon.emu.calls.snapshot();
    // One text per non-empty cell drawn (the header and labels repeat on the continuation slide).
    const drawn = addon
      .view()
      .slides.flatMap((s) => s.elements)
      .flatMap((e) => e.cells?.flat() ?? [])
      .filter((c) => c.text !== '').length;
    expect(calls.byMethod['TableCell.getText']).toBeLessThanOrEqual(drawn);
    expect(calls.total / drawn).toBeLessThan(9);
  });
});

describe('reading back', () => {
  it('reads every framework back in both languages', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of ['ja', 'en'] as const) {
        const addon = startSlidesAddon();
        const doc = makeDoc(framework.id, language, ['P1', 'P2']);
        doc.lanes.forEach((lane, i) => {
          const stage = doc.stages[i % doc.stages.length]!;
          const value =
            lane.kind === 'text' ? `${lane.label} @ ${stage.label}` : lane.kind === 'emotion' ? 1 : 0.5;
          doc.journeys[1]!.cells[lane.id] = { [stage.id]: value };
        });
        buildAll<SlidesBuildResult>(addon, doc, HINTS);
        const read = readAll(addon);
        expect(read.document, `${framework.id}/${language}`).toEqual(doc);
        expect(read.findings).toEqual([]);
      }
    }
  });

  it('round-trips random documents exactly (model → slides → model)', () => {
    fc.assert(
      fc.property(journeyDocumentArb(), fc.boolean(), (doc, hints) => {
        const addon = startSlidesAddon();
        buildAll<SlidesBuildResult>(addon, doc, { hints, confirmRemovals: false });
        const read = readAll(addon);
        expect(read.document).toEqual(doc);
        expect(read.findings.filter((f) => f.code !== 'overflow')).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // 300 builds and reads: about half a minute alone, several times that on a busy machine.
  }, 240_000);
});
