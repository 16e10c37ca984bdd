/**
 * What a journey slide looks like from the back of a room, checked on the drawn deck (the
 * emulator grows table rows to their text with its own estimate, independent of the planner):
 * the persona card above the table, the emotion curve and its −2…+2 scale inside a band between
 * them, no text under 9 pt, one body size on a journey's slides and its continuations, names that
 * wrap rather than being cut. For every framework in both languages, on 16:9 and 4:3 pages, built
 * in the open deck and sent through the REST API; and a hint typed over reads back as normal text.
 */
import { describe, expect, it } from 'vitest';
import type { ElementSnapshot, PresentationSnapshot } from '../../dev/emulator';
import { textHeight } from '../../dev/emulator/slides/inspect';
import type { TextModel } from '../../dev/emulator/slides/model';
import { PAGE_SIZES } from '../../dev/emulator/slides/model';
import { FRAMEWORKS, sampleJourney } from '../../src/catalog';
import type { SentFile } from '../../src/hosts/rest/send';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { startAddon } from '../support/addon';
import { buildAll, HINTS } from '../support/journeys';
import { startSlidesAddon } from './support';

const TITLE = {
  table: /journey table|ジャーニー表/,
  card: /persona card|ペルソナカード/,
  name: /persona name|ペルソナ名/,
  band: /emotion curve|感情曲線/,
};

function sample(frameworkId: string, language: 'ja' | 'en'): JourneyDocument {
  const made = sampleJourney(frameworkId, language);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.value;
}

/** A sample whose persona has a name far longer than one line. */
function longNamed(frameworkId: string, language: 'ja' | 'en'): JourneyDocument {
  const doc = sample(frameworkId, language);
  doc.personas[0]!.name =
    language === 'ja'
      ? '株式会社ミナト部品 管理本部 経理部 経理課長 兼 業務改革推進室 室長代理 佐藤 美咲'
      : 'Misaki Sato, Head of Accounting and Deputy Lead of the Business Process Reform Office';
  return doc;
}

/** The keys box a deck sent through the REST API parks beside the page: data, not shown. */
const KEYS = /data for reading back|読み込み用データ/;
const bottom = (e: ElementSnapshot) => e.bottom ?? e.top + e.height;
const centreY = (e: ElementSnapshot) => e.top + e.height / 2;
const centreX = (e: ElementSnapshot) => e.left + e.width / 2;

/** Everything a person would object to on the deck's journey slides, one line each. */
function lookProblems(view: PresentationSnapshot): string[] {
  const problems: string[] = [];
  const bodySizes = new Set<number>();
  view.slides.forEach((slide, s) => {
    const where = `slide ${s + 1}`;
    const table = slide.elements.find((e) => e.kind === 'table' && TITLE.table.test(e.title));
    if (!table) return;
    const card = slide.elements.find((e) => e.kind === 'table' && TITLE.card.test(e.title));
    const name = slide.elements.find((e) => TITLE.name.test(e.title));
    // (The keys box of a deck sent through the REST API stands beside the page on purpose.)
    for (const e of slide.elements)
      if (
        !/data for reading back|読み込み用データ/.test(e.title) &&
        (bottom(e) > view.pageHeight || e.left + e.width > view.pageWidth)
      )
        problems.push(`${where}: ${e.title} runs off the page`);
    // The card above the table, its label row a single line under taller values.
    if (card) {
      if (bottom(card) > table.top)
        problems.push(`${where}: card bottom ${bottom(card)} under table top ${table.top}`);
      const [labels, values] = card.rowHeights!;
      if (labels! >= values!)
        problems.push(`${where}: card label row ${labels} not under its values' ${values}`);
    }
    // The name wraps inside its box rather than being cut.
    if (name?.text) {
      const needs = textHeight(
        { text: name.text.text, style: { fontSize: name.text.fontSize } } as TextModel,
        name.width,
      );
      if (needs > name.height + 0.01) problems.push(`${where}: name needs ${needs} pt, box ${name.height}`);
      if (bottom(name) > table.top) problems.push(`${where}: name runs into the table`);
    }
    // No text under 9 pt, anywhere on the slide.
    for (const e of slide.elements) {
      if (KEYS.test(e.title)) continue;
      const texts = [...(e.text ? [e.text] : []), ...(e.cells?.flat() ?? [])];
      for (const t of texts)
        if (t.text !== '' && t.fontSize < 9) problems.push(`${where}: "${t.text}" at ${t.fontSize} pt`);
    }
    for (const row of table.cells!.slice(1))
      for (const cell of row) if (cell.text !== '') bodySizes.add(cell.fontSize);
    // The band: its rules (+2, 0, −2) and scale between the header and the table; every point
    // between the +2 and −2 rules, over the stage columns.
    const band = slide.elements.filter((e) => TITLE.band.test(e.title));
    if (band.length === 0) return;
    const headerBottom = Math.max(...[card, name].flatMap((e) => (e ? [bottom(e)] : [])));
    const stageLeft = table.left + table.width / table.cells![0]!.length;
    const plotWidth = table.left + table.width - stageLeft;
    const rules = band.filter(
      (e) => e.kind === 'line' && e.height === 0 && Math.abs(e.width - plotWidth) < 0.5,
    );
    if (rules.length % 3 !== 0 || rules.length === 0) problems.push(`${where}: ${rules.length} band rules`);
    const top = Math.min(...rules.map((r) => r.top));
    const low = Math.max(...rules.map((r) => r.top));
    for (const e of band) {
      if (e.top < headerBottom)
        problems.push(`${where}: band element at ${e.top} above the header's bottom ${headerBottom}`);
      if (bottom(e) > table.top)
        problems.push(`${where}: band element reaching ${bottom(e)} under the table top ${table.top}`);
    }
    const scale = band.filter((e) => e.text && /^[+−]?[0-2]$/.test(e.text.text)).map((e) => e.text!.text);
    if (scale.join(' ') !== '+2 0 −2'.repeat(rules.length / 3).replace(/2\+/g, '2 +'))
      problems.push(`${where}: scale ${scale.join(' ')}`);
    // Each piece of the curve joins two points, in the direction the scores go.
    const dots = band.filter((e) => e.shapeType === 'ELLIPSE');
    const at = (x: number, y: number) => dots.some((d) => Math.hypot(centreX(d) - x, centreY(d) - y) < 0.01);
    for (const piece of band.filter((e) => e.kind === 'line' && !rules.includes(e))) {
      const [y1, y2] = piece.rising ? [bottom(piece), piece.top] : [piece.top, bottom(piece)];
      if (!at(piece.left, y1) || !at(piece.left + piece.width, y2))
        problems.push(`${where}: a piece of the curve from (${piece.left}, ${y1}) joins no points`);
    }
    for (const dot of dots) {
      const y = centreY(dot);
      const x = centreX(dot);
      if (y < top - 0.01 || y > low + 0.01) problems.push(`${where}: point at y ${y} outside ${top}…${low}`);
      if (x < stageLeft || x > table.left + table.width)
        problems.push(`${where}: point at x ${x} off the stages`);
    }
  });
  if (bodySizes.size > 1) problems.push(`body sizes ${[...bodySizes].join(', ')} on one journey`);
  return problems;
}

const PAGES = { '16:9': PAGE_SIZES.widescreen, '4:3': PAGE_SIZES.standard };

describe('a journey slide read from the back of a room', () => {
  for (const [page, pageSize] of Object.entries(PAGES))
    for (const language of ['ja', 'en'] as const)
      it(`every framework's sample and a long name, ${language}, ${page}`, () => {
        for (const f of FRAMEWORKS) {
          for (const doc of [sample(f.id, language), longNamed(f.id, language)]) {
            const addon = startSlidesAddon({ pageSize });
            buildAll<SlidesBuildResult>(addon, doc);
            const view = addon.view();
            expect(lookProblems(view), `${f.id} ${doc.personas[0]!.name}`).toEqual([]);
            // Scores exist in every sample: each slide with the emotion row shows its band.
            const bands = view.slides.filter((s) => s.elements.some((e) => TITLE.band.test(e.title)));
            const scored = doc.lanes.some(
              (l) => l.kind === 'emotion' && Object.keys(doc.journeys[0]!.cells[l.id] ?? {}).length > 0,
            );
            expect(bands.length > 0, f.id).toBe(scored);
          }
        }
      });

  it('the same on decks sent through the REST API, every framework, both languages', () => {
    for (const f of FRAMEWORKS)
      for (const language of ['ja', 'en'] as const) {
        const addon = startAddon();
        const sent = addon.ok<SentFile>('sendToSlides', longNamed(f.id, language), { hints: true });
        const view = addon.emu.inspectPresentation(addon.emu.openPresentationById(sent.fileId)!)!;
        expect(lookProblems(view).join('\n'), `${f.id} ${language}`).toBe('');
      }
  });

  it('a filled 8-stage journey continues on more slides at one size of at least 9 pt', () => {
    const doc = sample('ma-8', 'ja');
    for (const lane of doc.lanes)
      if (lane.kind === 'text')
        doc.journeys[0]!.cells[lane.id] = Object.fromEntries(
          doc.stages.map((s) => [s.id, `${s.label}の段階で${lane.label}について担当者と二度打ち合わせる`]),
        );
    const addon = startSlidesAddon();
    const [result] = buildAll<SlidesBuildResult>(addon, doc);
    expect(result!.slideIds.length).toBeGreaterThan(1);
    expect(lookProblems(addon.view())).toEqual([]);
  });
});

describe('hints', () => {
  it('are marked by their prefix; text typed over one reads back and is rebuilt as body text', () => {
    const addon = startSlidesAddon();
    const doc = sample('aisas', 'ja');
    doc.journeys[0]!.cells = {};
    const [built] = buildAll<SlidesBuildResult>(addon, doc, HINTS);
    const slide = () => addon.view().slides.find((s) => s.id === built!.slideIds[0])!;
    const table = slide().elements.find((e) => TITLE.table.test(e.title))!;
    const hint = table.cells![1]![1]!;
    expect(hint.text).toMatch(/^例：/);
    expect(hint).toMatchObject({ color: '#70757a', italic: false });
    const body = hint.fontSize;
    addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, 1, 1, '展示会で名刺交換');
    // Typing keeps the cell's style: grey, but without the prefix every hint has.
    const typed = slide().elements.find((e) => e.id === table.id)!.cells![1]![1]!;
    expect(typed).toMatchObject({ text: '展示会で名刺交換', color: '#70757a' });
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const lane = doc.lanes[0]!.id;
    expect(back.document.journeys[0]!.cells[lane]).toEqual({ [doc.stages[0]!.id]: '展示会で名刺交換' });
    buildAll<SlidesBuildResult>(addon, back.document, HINTS);
    const cell = slide().elements.find((e) => TITLE.table.test(e.title))!.cells![1]![1]!;
    expect(cell.text).toBe('展示会で名刺交換');
    expect(cell.color).not.toBe('#70757a');
    expect(cell.italic).toBe(false);
    expect(cell.fontSize).toBe(body);
  });
});
