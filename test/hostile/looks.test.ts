/**
 * Hostile checks of the Slides and Sheets looks, as a Japanese beginner and a B2B team use them:
 * two personas on every framework, 60-character names, a 2,000-character cell, custom page sizes,
 * full-width scores, a deck whose card the user moved, a sheet whose column the user widened,
 * long card fields rebuilt. Each test names one thing a person would see go wrong.
 */
import { describe, expect, it } from 'vitest';
import type { ElementSnapshot, PresentationSnapshot } from '../../dev/emulator';
import { PAGE_SIZES } from '../../dev/emulator/slides/model';
import { FRAMEWORKS, sampleJourney } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { SentFile } from '../../src/hosts/rest/send';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { startSlidesAddon } from '../slides/support';
import { type Addon, startAddon } from '../support/addon';
import { buildAll, HINTS } from '../support/journeys';

const TABLE = /journey table|ジャーニー表/;
const CARD = /persona card|ペルソナカード/;
const NAME = /persona name|ペルソナ名/;
const BAND = /emotion curve|感情曲線/;
const KEYS = /data for reading back|読み込み用データ/;
const bottom = (e: ElementSnapshot) => e.bottom ?? e.top + e.height;
const NAME60 =
  '株式会社ミナト精密部品製作所 管理本部 経理部 経理課長 兼 業務改革推進室 室長代理 佐藤 美咲さん';

function sample(frameworkId: string, language: 'ja' | 'en' = 'ja'): JourneyDocument {
  const made = sampleJourney(frameworkId, language);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.value;
}

/** The sample with a second persona (a copy of the first journey) and both named at 60 characters. */
function twoPersonas(frameworkId: string): JourneyDocument {
  const doc = sample(frameworkId);
  const first = doc.personas[0]!;
  first.name = NAME60.slice(0, 60);
  doc.personas.push({ ...structuredClone(first), id: 'p2', name: `${NAME60.slice(0, 58)}２号` });
  doc.journeys.push({ ...structuredClone(doc.journeys[0]!), personaId: 'p2' });
  return doc;
}

/** What a person objects to on one persona's slides: overlaps, small text, mixed sizes, stray points. */
function problems(view: PresentationSnapshot, slideIds?: string[]): string[] {
  const out: string[] = [];
  const sizes = new Set<number>();
  for (const [s, slide] of view.slides.entries()) {
    if (slideIds && !slideIds.includes(slide.id)) continue;
    const table = slide.elements.find((e) => e.kind === 'table' && TABLE.test(e.title));
    if (!table) continue;
    const where = `slide ${s + 1}`;
    const card = slide.elements.find((e) => e.kind === 'table' && CARD.test(e.title));
    const name = slide.elements.find((e) => NAME.test(e.title));
    for (const e of slide.elements) {
      if (KEYS.test(e.title)) continue;
      if (bottom(e) > view.pageHeight + 0.01 || e.left + e.width > view.pageWidth + 0.01)
        out.push(`${where}: ${e.title} runs off the page`);
      for (const t of [...(e.text ? [e.text] : []), ...(e.cells?.flat() ?? [])])
        if (t.text !== '' && t.fontSize < 9)
          out.push(`${where}: "${t.text.slice(0, 20)}" at ${t.fontSize} pt`);
    }
    if (card && bottom(card) > table.top + 0.01)
      out.push(`${where}: card ${bottom(card)} over table ${table.top}`);
    if (name && bottom(name) > table.top + 0.01) out.push(`${where}: name runs into the table`);
    for (const row of table.cells!.slice(1)) for (const c of row) if (c.text !== '') sizes.add(c.fontSize);
    const band = slide.elements.filter((e) => BAND.test(e.title));
    if (band.length === 0) continue;
    const stageLeft = table.left + table.width / table.cells![0]!.length;
    for (const e of band) if (bottom(e) > table.top + 0.01) out.push(`${where}: band under the table top`);
    for (const dot of band.filter((e) => e.shapeType === 'ELLIPSE')) {
      const x = dot.left + dot.width / 2;
      if (x < stageLeft || x > table.left + table.width) out.push(`${where}: point at x ${x} off the stages`);
    }
  }
  if (sizes.size > 1) out.push(`body sizes ${[...sizes].join(', ')}`);
  return out;
}

/** Each persona's slides checked on its own (one body size per journey). */
function deckProblems(addon: ReturnType<typeof startSlidesAddon>, results: SlidesBuildResult[]): string[] {
  const view = addon.view();
  return results.flatMap((r) => problems(view, r.slideIds));
}

describe('Slides, hostile', () => {
  it('every framework with two personas named at 60 characters, 16:9, 4:3 and a custom page', () => {
    const pages = [
      PAGE_SIZES.widescreen,
      PAGE_SIZES.standard,
      { width: 960, height: 540 },
      { width: 540, height: 720 },
      { width: 400, height: 300 },
    ];
    const found: string[] = [];
    for (const pageSize of pages)
      for (const f of FRAMEWORKS) {
        const addon = startSlidesAddon({ pageSize });
        const results = buildAll<SlidesBuildResult>(addon, twoPersonas(f.id));
        for (const p of deckProblems(addon, results))
          found.push(`${pageSize.width}x${pageSize.height} ${f.id}: ${p}`);
      }
    expect(found).toEqual([]);
  });

  // open: a single 2,000-character cell runs the table off the slide (a finding warns; the cell is not split across continuation slides)
  it.skip('a 2,000-character cell continues readably and reads back whole', () => {
    const doc = sample('aisas');
    const lane = doc.lanes.find((l) => l.kind === 'text')!;
    const text = '展示会で受け取った資料を部内で回覧し、導入事例を比較する。'.repeat(80).slice(0, 2000);
    doc.journeys[0]!.cells[lane.id] = { ...doc.journeys[0]!.cells[lane.id], [doc.stages[0]!.id]: text };
    const addon = startSlidesAddon();
    const results = buildAll<SlidesBuildResult>(addon, doc);
    expect(deckProblems(addon, results)).toEqual([]);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells[lane.id]![doc.stages[0]!.id]).toBe(text);
  });

  it('a filled 8-stage journey for two personas: one size per journey, nothing under 9 pt', () => {
    const doc = twoPersonas('ma-8');
    for (const j of doc.journeys)
      for (const lane of doc.lanes)
        if (lane.kind === 'text')
          j.cells[lane.id] = Object.fromEntries(
            doc.stages.map((s) => [
              s.id,
              `${s.label}の段階で${lane.label}について営業と情報システム部が二度打ち合わせ、稟議書を回す`,
            ]),
          );
    const addon = startSlidesAddon({ pageSize: PAGE_SIZES.standard });
    const results = buildAll<SlidesBuildResult>(addon, doc);
    expect(deckProblems(addon, results)).toEqual([]);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys.map((j) => j.cells)).toEqual(doc.journeys.map((j) => j.cells));
  });

  it('the service blueprint with its lines keeps its look and reads back', () => {
    const doc = twoPersonas('service-blueprint');
    const addon = startSlidesAddon();
    const results = buildAll<SlidesBuildResult>(addon, doc);
    expect(deckProblems(addon, results)).toEqual([]);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys.map((j) => j.cells)).toEqual(doc.journeys.map((j) => j.cells));
  });

  it('scores typed full width (２, −1) read back as numbers and are drawn in their band', () => {
    const doc = sample('aisas');
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    const slide = addon.view().slides.find((s) => s.id === built!.slideIds[0])!;
    const table = slide.elements.find((e) => TABLE.test(e.title))!;
    const lane = doc.lanes.find((l) => l.kind === 'emotion')!;
    const row = doc.lanes.indexOf(lane) + 1;
    addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, row, 1, '２');
    addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, row, 2, '−1');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const cells = back.document.journeys[0]!.cells[lane.id]!;
    expect([cells[doc.stages[0]!.id], cells[doc.stages[1]!.id]]).toEqual([2, -1]);
    buildAll<SlidesBuildResult>(addon, back.document);
    expect(problems(addon.view())).toEqual([]);
  });

  it('a deck whose card the user moved down and whose table the user widened is rebuilt without overlap', () => {
    const doc = sample('btob-6', 'ja');
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    const slide = addon.view().slides.find((s) => s.id === built!.slideIds[0])!;
    const card = slide.elements.find((e) => CARD.test(e.title))!;
    const table = slide.elements.find((e) => TABLE.test(e.title))!;
    addon.emu.slidesUser.moveElement(addon.deck.getId(), card.id, card.left, table.top + 20);
    addon.emu.slidesUser.resizeElement(addon.deck.getId(), table.id, table.width - 100, table.height);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells).toEqual(doc.journeys[0]!.cells);
    buildAll<SlidesBuildResult>(addon, back.document);
    expect(problems(addon.view())).toEqual([]);
  });
});

describe('Sheets, hostile', () => {
  const BUILD = { hints: true, confirmRemovals: false };
  const sheetOf = (addon: Addon) => addon.spreadsheet.getSheets()[1]!;
  const long = (seed: string, n: number) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

  function fullCard(doc: JourneyDocument): JourneyDocument {
    const p = doc.personas[0]!;
    const t = (s: string) => long(s, 300);
    Object.assign(p, {
      name: NAME60.slice(0, 60),
      role: t('情報システム部長として全社の業務システムを統括する。'),
      department: t('管理本部 情報システム部 基盤グループ。'),
      company: t('株式会社ミナト精密部品製作所（東証スタンダード上場）。'),
      industry: t('製造業（精密部品、自動車向け一次サプライヤー）。'),
      companySize: t('従業員 1,000〜5,000 名、国内 6 拠点、海外 3 拠点。'),
      goals: t('社内の問い合わせ対応を半分にし、月次決算を三日早める。'),
      challenges: long('既存システムとの連携が難しく、部門ごとに別々のツールが使われている。', 2000),
      informationSources: t('業界紙、展示会、同業他社の情報システム部長、ベンダーのウェビナー。'),
      buyingRole: 'decision-maker',
      notes: t('四半期ごとに予算を見直す。稟議は経営会議で承認される。'),
    });
    return doc;
  }

  it('all eleven card fields filled with long text survive a rebuild and stay tall enough', () => {
    const doc = fullCard(sample('btob-6'));
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, BUILD);
    const first = addon.ok<ReadBack>('readJourneys', 'all');
    expect(first.document.personas[0]).toEqual(doc.personas[0]);
    addon.ok<BuildResult>('buildJourney', first.document, doc.personas[0]!.id, BUILD);
    const again = addon.ok<ReadBack>('readJourneys', 'all');
    expect(again.document.personas[0]).toEqual(doc.personas[0]);
    expect(again.document.journeys[0]!.cells).toEqual(doc.journeys[0]!.cells);
    const view = addon.emu.inspect(sheetOf(addon));
    const row = view.displayValues.findIndex((r) => r[1]!.startsWith('既存システム'));
    expect(view.rowHeights[row]!).toBeGreaterThan(100);
  });

  it('a card field cleared in the sheet is gone after read back and rebuild, the others stay', () => {
    const doc = fullCard(sample('btob-6'));
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, BUILD);
    const sheet = sheetOf(addon);
    const view = addon.emu.inspect(sheet);
    const row = view.displayValues.findIndex((r) => r[0] === 'メモ') + 1;
    expect(row).toBeGreaterThan(0);
    addon.emu.user.clear(sheet, `B${row}`);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.personas[0]!.notes ?? '').toBe('');
    addon.ok<BuildResult>('buildJourney', back.document, doc.personas[0]!.id, BUILD);
    const again = addon.ok<ReadBack>('readJourneys', 'all');
    const { notes: _n, ...rest } = doc.personas[0]!;
    const { notes: n2, ...rest2 } = again.document.personas[0]!;
    expect(n2 ?? '').toBe('');
    expect(rest2).toEqual(rest);
    expect(addon.emu.inspect(sheet).displayValues.map((r) => r[0])).not.toContain('メモ');
  });

  it('the chart spans the stage columns after the user widened one and the journey was rebuilt', () => {
    const doc = sample('aisas');
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, BUILD);
    const sheet = sheetOf(addon);
    sheet.setColumnWidth(3, 400);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    addon.ok<BuildResult>('buildJourney', back.document, doc.personas[0]!.id, BUILD);
    const view = addon.emu.inspect(sheet);
    const stageWidth = view.columnWidths.slice(1, 1 + doc.stages.length).reduce((a, b) => a + b, 0);
    expect(view.charts).toHaveLength(1);
    expect(view.charts[0]!.options.width).toBe(stageWidth);
  });

  it('scores typed full width (２, −1) in the sheet read back as 2 and −1 and draw the chart', () => {
    const doc = sample('aisas');
    const lane = doc.lanes.find((l) => l.kind === 'emotion')!;
    doc.journeys[0]!.cells[lane.id] = {};
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, BUILD);
    const sheet = sheetOf(addon);
    const row = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0]!.startsWith(lane.label)) + 1;
    addon.emu.user.type(sheet, `C${row}`, '２');
    addon.emu.user.type(sheet, `D${row}`, '−1');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const cells = back.document.journeys[0]!.cells[lane.id]!;
    expect([cells[doc.stages[1]!.id], cells[doc.stages[2]!.id]]).toEqual([2, -1]);
    addon.ok<BuildResult>('buildJourney', back.document, doc.personas[0]!.id, BUILD);
    expect(addon.emu.inspect(sheet).charts).toHaveLength(1);
  });
});

describe('Send to Slides and Send to Sheets of the same journeys', () => {
  // open: Send to Slides shows 4 card fields (役職, 会社, 目標, 課題); 部署, 業種, メモ and 購買での役割 appear only in Sheets
  it.skip('both keep all card fields and every cell, read back from the files made', () => {
    const doc = twoPersonas('btob-6');
    Object.assign(doc.personas[0]!, {
      department: '経理部',
      industry: '製造業',
      notes: '予算は四半期ごと',
      buyingRole: 'champion',
    });
    const addon = startAddon();
    const slides = addon.ok<SentFile>('sendToSlides', doc, { hints: true });
    const deck = addon.emu.inspectPresentation(addon.emu.openPresentationById(slides.fileId)!)!;
    expect(problems(deck)).toEqual([]);
    const texts = deck.slides.flatMap((s) =>
      s.elements.flatMap((e) => [
        ...(e.text ? [e.text.text] : []),
        ...(e.cells?.flat().map((c) => c.text) ?? []),
      ]),
    );
    for (const v of ['部署ＸＹ', '業種ＸＹ', 'メモＸＹ']) expect(texts.join('\n')).toContain(v);
  });
});

describe('Slides, hostile, more', () => {
  it('a 2,000-character cell reads back whole, and the build says the slide overflows', () => {
    const doc = sample('aisas');
    const lane = doc.lanes.find((l) => l.kind === 'text')!;
    const text = '展示会で受け取った資料を部内で回覧し、導入事例を比較する。'.repeat(80).slice(0, 2000);
    doc.journeys[0]!.cells[lane.id] = { ...doc.journeys[0]!.cells[lane.id], [doc.stages[0]!.id]: text };
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    expect(built!.findings.map((f) => f.code)).toContain('overflow');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells[lane.id]![doc.stages[0]!.id]).toBe(text);
  });

  it('empty journeys with hints, an anti-persona named at 60 characters, every framework, 4:3', () => {
    const found: string[] = [];
    for (const f of FRAMEWORKS) {
      const doc = twoPersonas(f.id);
      for (const j of doc.journeys) j.cells = {};
      doc.personas[1]!.antiPersona = true;
      const addon = startSlidesAddon({ pageSize: PAGE_SIZES.standard });
      const results = buildAll<SlidesBuildResult>(addon, doc, HINTS);
      for (const p of deckProblems(addon, results)) found.push(`${f.id}: ${p}`);
    }
    expect(found).toEqual([]);
  });
});

describe('Slides continuations, hostile', () => {
  /** Types `text` into every text cell (not the scores) of the journey tables on these slides. */
  function typeEverywhere(
    addon: ReturnType<typeof startSlidesAddon>,
    slideIds: string[],
    text: string,
  ): void {
    for (const id of slideIds) {
      const table = addon
        .view()
        .slides.find((s) => s.id === id)!
        .elements.find((e) => TABLE.test(e.title))!;
      for (const [r, row] of table.cells!.entries())
        for (const [c, cell] of row.entries())
          if (r > 0 && c > 0 && !/^[+−-]?\d$/.test(cell.text))
            addon.emu.slidesUser.editCell(addon.deck.getId(), table.id, r, c, text);
    }
  }

  it('text typed long on the slide continues in place before the next persona, and shrinks back', () => {
    const doc = twoPersonas('ma-8');
    const addon = startSlidesAddon();
    const [first, second] = buildAll<SlidesBuildResult>(addon, doc);
    typeEverywhere(
      addon,
      first!.slideIds,
      '稟議書を回して決裁者の承認を得る。情報システム部と二度打ち合わせる。'.repeat(2),
    );
    const grown = buildAll<SlidesBuildResult>(addon, addon.ok<ReadBack>('readJourneys', 'all').document);
    expect(grown[0]!.slideIds.length).toBeGreaterThan(1);
    const order = addon.view().slides.map((s) => s.id);
    expect(order.slice(order.indexOf(first!.slideIds[0]!))).toEqual([
      ...grown[0]!.slideIds,
      second!.slideIds[0],
    ]);
    expect(deckProblems(addon, grown)).toEqual([]);
    typeEverywhere(addon, grown[0]!.slideIds, '短い');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const shrunk = buildAll<SlidesBuildResult>(addon, back.document);
    expect(shrunk.map((r) => r.slideIds.length)).toEqual([1, 1]);
    const tables = addon.view().slides.filter((s) => s.elements.some((e) => TABLE.test(e.title)));
    expect(tables).toHaveLength(2);
  });
});

describe('Slides card and hints, hostile', () => {
  const long = (seed: string, n: number) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

  function fullCardDoc(): JourneyDocument {
    const doc = sample('btob-6');
    Object.assign(doc.personas[0]!, {
      name: NAME60.slice(0, 60),
      role: long('情報システム部長として全社の業務システムを統括する。', 300),
      department: long('管理本部 情報システム部 基盤グループ。', 300),
      company: long('株式会社ミナト精密部品製作所。', 300),
      industry: long('製造業（精密部品）。', 300),
      companySize: long('従業員 1,000〜5,000 名。', 300),
      goals: long('問い合わせ対応を半分にする。', 300),
      challenges: long('既存システムとの連携が難しく、部門ごとに別々のツールが使われている。', 2000),
      informationSources: long('業界紙、展示会、ウェビナー。', 300),
      buyingRole: 'decision-maker',
      notes: long('四半期ごとに予算を見直す。', 300),
    });
    return doc;
  }

  it('a card with all eleven fields long stays above the table and reads back whole', () => {
    const doc = fullCardDoc();
    const addon = startSlidesAddon({ pageSize: PAGE_SIZES.standard });
    const results = buildAll<SlidesBuildResult>(addon, doc);
    expect(deckProblems(addon, results)).toEqual([]);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.personas[0]).toEqual(doc.personas[0]);
    buildAll<SlidesBuildResult>(addon, back.document);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.personas[0]).toEqual(doc.personas[0]);
  });

  it('a typo fixed at the start of a shortened card value keeps the rest of the text (or says so)', () => {
    const doc = fullCardDoc();
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    const slide = addon.view().slides.find((s) => s.id === built!.slideIds[0])!;
    const card = slide.elements.find((e) => CARD.test(e.title))!;
    const column = card.cells![0]!.findIndex((c) => c.text === '課題');
    const shown = card.cells![1]![column]!.text;
    expect(shown.endsWith('…')).toBe(true);
    // The team fixes 既存 → 旧来 in the shortened value on the slide.
    addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 1, column, shown.replace('既存', '旧来'));
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    const read = back.document.personas[0]!.challenges!;
    const before = doc.personas[0]!.challenges!;
    // Either the fix with the rest of the text after it, or the text before the edit kept whole.
    const merged = read === before.replace('既存', '旧来');
    const keptWhole = back.findings.some((f) => f.code === 'shortened-edited' && f.text === before);
    expect(merged || keptWhole, read.slice(-20)).toBe(true);
  });

  it('a typo fixed in shortened card text that does not repeat itself gets exactly the rest back', () => {
    const doc = sample('btob-6');
    const words = Array.from({ length: 300 }, (_, i) => `課題${i}番`).join('、');
    doc.personas[0]!.challenges = words;
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    const slide = addon.view().slides.find((s) => s.id === built!.slideIds[0])!;
    const card = slide.elements.find((e) => CARD.test(e.title))!;
    const column = card.cells![0]!.findIndex((c) => c.text === '課題');
    const shown = card.cells![1]![column]!.text;
    expect(shown.endsWith('…')).toBe(true);
    addon.emu.slidesUser.editCell(
      addon.deck.getId(),
      card.id,
      1,
      column,
      shown.replace('課題1番', '課題一番'),
    );
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.personas[0]!.challenges).toBe(words.replace('課題1番', '課題一番'));
    // Edited at its very end, where nothing after the edit says where the drawn text stopped: the
    // text before the edit stays whole in a finding.
    addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 1, column, `${shown.slice(0, -4)}XYZ…`);
    const again = addon.ok<ReadBack>('readJourneys', 'all');
    expect(again.findings.some((f) => f.code === 'shortened-edited' && f.text === words)).toBe(true);
    // A rebuild from that read-back keeps the text from before the edit on the slide (a note box).
    buildAll<SlidesBuildResult>(addon, again.document);
    const rebuilt = addon.ok<ReadBack>('readJourneys', 'all');
    expect(rebuilt.findings.some((f) => f.text?.includes(words))).toBe(true);
  });

  // open: the Slides card keeps a column for a field cleared on the slide (fixed four columns), showing its label over an empty value
  it.skip('a card value the team cleared on the slide is gone after read back and rebuild', () => {
    const doc = sample('btob-6');
    Object.assign(doc.personas[0]!, { industry: '製造業', notes: '予算は四半期ごと' });
    const addon = startSlidesAddon();
    const [built] = buildAll<SlidesBuildResult>(addon, doc);
    const card = addon
      .view()
      .slides.find((s) => s.id === built!.slideIds[0])!
      .elements.find((e) => CARD.test(e.title))!;
    const column = card.cells![0]!.findIndex((c) => c.text === '会社');
    addon.emu.slidesUser.editCell(addon.deck.getId(), card.id, 1, column, '');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.personas[0]!.company ?? '').toBe('');
    expect(back.document.personas[0]!.notes).toBe('予算は四半期ごと');
    const [again] = buildAll<SlidesBuildResult>(addon, back.document);
    const texts = addon
      .view()
      .slides.find((s) => s.id === again!.slideIds[0])!
      .elements.flatMap((e) => e.cells?.flat().map((c) => c.text) ?? []);
    expect(texts).not.toContain('会社');
    expect(problems(addon.view())).toEqual([]);
  });
});

describe('Sheets columns, hostile', () => {
  // open: a rebuild sets every stage column back to 200 px, so a column the team widened to read it narrows again
  it.skip('a stage column the team widened stays wide after a rebuild', () => {
    const doc = sample('aisas');
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, HINTS);
    const sheet = addon.spreadsheet.getSheets()[1]!;
    sheet.setColumnWidth(3, 400);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    addon.ok<BuildResult>('buildJourney', back.document, doc.personas[0]!.id, HINTS);
    expect(addon.emu.inspect(sheet).columnWidths[2]).toBe(400);
  });
});

describe('Sheets hints, hostile', () => {
  it('a hint the team typed over in the sheet is plain body text after read back and rebuild', () => {
    const doc = sample('aisas');
    doc.journeys[0]!.cells = {};
    const addon = startAddon();
    addon.ok<BuildResult>('buildJourney', doc, doc.personas[0]!.id, { hints: true, confirmRemovals: false });
    const sheet = addon.spreadsheet.getSheets()[1]!;
    const view = addon.emu.inspect(sheet);
    const row = view.frozenRows + 1;
    expect(view.displayValues[row - 1]![1]).toMatch(/^例：/);
    addon.emu.user.type(sheet, `B${row}`, '展示会で名刺交換');
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells[doc.lanes[0]!.id]).toEqual({
      [doc.stages[0]!.id]: '展示会で名刺交換',
    });
    addon.ok<BuildResult>('buildJourney', back.document, doc.personas[0]!.id, {
      hints: true,
      confirmRemovals: false,
    });
    // The hint look comes from a conditional rule: the typed cell has none, the hint beside it has.
    const after = addon.emu.inspect(sheet);
    expect(after.displayValues[row - 1]![1]).toBe('展示会で名刺交換');
    expect(after.displayValues[row - 1]![2]).toMatch(/^例：/);
    expect(after.conditionalFormats[row - 1]![1]).toBeNull();
    expect(after.conditionalFormats[row - 1]![2]).toMatchObject({ italic: true });
  });
});
