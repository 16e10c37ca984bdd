/**
 * How a journey sheet looks to the people who read and print it, through the built bundle on the
 * emulator: the persona card shows every filled field, wrapped across the grid's columns and tall
 * enough for its text; the emotion curve covers exactly the stage columns and exists only once a
 * score does; the emotion row states its scale. Every card field, typed in the sidebar or in the
 * card itself, reads back; Send to Sheets draws the same card and chart.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { SheetSnapshot } from '../../dev/emulator/inspect';
import { BUYING_ROLE_LABELS, FRAMEWORKS, newJourneyDocument, PERSONA_FIELD_LABELS } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { SentFile } from '../../src/hosts/rest/send';
import type { JourneyDocument, Language, Persona } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { startSlidesAddon } from '../slides/support';
import { type Addon, startAddon } from '../support/addon';

const BUILD = { hints: true, confirmRemovals: false };
const SCALE = { ja: '（−2 〜 +2）', en: ' (−2 to +2)' };

/** A text of exactly `length` characters. */
function long(seed: string, length: number): string {
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

/** A persona with all eleven card fields filled, as a thorough marketer fills the form. */
function fullPersona(language: Language): Omit<Persona, 'id' | 'antiPersona'> {
  return language === 'ja'
    ? {
        name: '田中 部長',
        role: '情報システム部長',
        department: '情報システム部',
        company: '株式会社サンプル',
        industry: '製造業',
        companySize: '従業員 1,000〜5,000 名',
        goals: '社内の問い合わせ対応を半分にする',
        challenges: long('既存システムとの連携が難しく、部門ごとに別々のツールが使われている。', 210),
        informationSources: '業界紙、展示会、同業他社の情報システム部長',
        buyingRole: 'decision-maker',
        notes: '四半期ごとに予算を見直す',
      }
    : {
        name: 'Alex Kim',
        role: 'Head of IT',
        department: 'IT operations',
        company: 'Sample Manufacturing Inc.',
        industry: 'Manufacturing',
        companySize: '1,000–5,000 employees',
        goals: 'Halve internal support tickets',
        challenges: long('Legacy systems do not connect, and every department runs its own tools. ', 210),
        informationSources: 'Trade press, trade fairs, peers at other firms',
        buyingRole: 'champion',
        notes: 'Reviews the budget every quarter',
      };
}

function journey(frameworkId: string, language: Language, personas: Persona[]): JourneyDocument {
  const made = newJourneyDocument(frameworkId, personas, language);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.value;
}

function fullDoc(frameworkId: string, language: Language): JourneyDocument {
  return journey(frameworkId, language, [{ id: 'p1', antiPersona: false, ...fullPersona(language) }]);
}

/** Gives the first emotion lane a score in its first stage (no-op without an emotion lane). */
function scored(doc: JourneyDocument): JourneyDocument {
  const lane = doc.lanes.find((l) => l.kind === 'emotion');
  if (lane) doc.journeys[0]!.cells[lane.id] = { [doc.stages[0]!.id]: 1 };
  return doc;
}

/** The filled card fields and the text a person should see for each. */
function expectedCard(persona: Persona, language: Language): [string, string][] {
  return (Object.keys(PERSONA_FIELD_LABELS) as (keyof typeof PERSONA_FIELD_LABELS)[]).flatMap((field) => {
    if (field === 'antiPersona') return [];
    const value = persona[field];
    if (value === undefined || value === '') return [];
    const shown = field === 'buyingRole' ? BUYING_ROLE_LABELS[persona.buyingRole!][language] : String(value);
    return [[PERSONA_FIELD_LABELS[field][language], shown]];
  });
}

/** 0-based row of the stage header (the frozen area's last row). */
function headerRow(view: SheetSnapshot): number {
  return view.frozenRows - 1;
}

/** The card as shown: [label, value, 0-based row] from row 2 down to the spacer. */
function shownCard(view: SheetSnapshot): [string, string, number][] {
  const rows: [string, string, number][] = [];
  for (let r = 1; r < headerRow(view) && view.displayValues[r]![0] !== ''; r++)
    rows.push([view.displayValues[r]![0]!, view.displayValues[r]![1]!, r]);
  return rows;
}

/** A lower bound of the height wrapped text needs: full-width glyphs are one em wide and tall. */
function minimumHeight(text: string, widthPx: number, fontPt: number): number {
  const em = (fontPt * 4) / 3;
  const fullWidth = [...text].filter((ch) => ch.codePointAt(0)! >= 0x3000).length;
  return Math.ceil((fullWidth * em) / widthPx) * em;
}

function checkLook(view: SheetSnapshot, doc: JourneyDocument, where: string): void {
  const persona = doc.personas[0]!;
  const stageCount = doc.stages.length;
  const card = shownCard(view);
  // Every filled field, labelled in the document's language, with the text the form holds.
  expect(
    card.map(([label, value]) => [label, value]),
    where,
  ).toEqual(expectedCard(persona, doc.language));
  const gridWidth = view.columnWidths.slice(1, 1 + stageCount).reduce((a, b) => a + b, 0);
  for (const [label, value, r] of card) {
    expect(view.wrapStrategies[r]![1], `${where} ${label}`).toBe('WRAP');
    // The value spans the stage columns exactly: the grid's width, never past it.
    if (stageCount > 1)
      expect(
        view.merges.filter((m) => m.row === r + 1),
        `${where} ${label}`,
      ).toEqual([expect.objectContaining({ column: 2, numColumns: stageCount, numRows: 1 })]);
    // Tall enough for the wrapped text: nothing is cut, on screen or on paper.
    expect(view.rowHeights[r]!, `${where} ${label}`).toBeGreaterThanOrEqual(
      minimumHeight(value, gridWidth, 10),
    );
    if (value.length > 120 && stageCount <= 6)
      expect(view.rowHeights[r]!, `${where} ${label}`).toBeGreaterThan(21);
  }
  // The emotion row states its scale.
  for (const lane of doc.lanes.filter((l) => l.kind === 'emotion')) {
    const labels = view.displayValues.slice(headerRow(view) + 1).map((row) => row[0]);
    expect(labels, where).toContain(`${lane.label}${SCALE[doc.language]}`);
  }
}

function checkChart(view: SheetSnapshot, doc: JourneyDocument, where: string): void {
  const hasScore = doc.lanes.some(
    (l) => l.kind === 'emotion' && Object.keys(doc.journeys[0]!.cells[l.id] ?? {}).length > 0,
  );
  if (!hasScore) {
    expect(view.charts, where).toEqual([]);
    return;
  }
  expect(view.charts, where).toHaveLength(1);
  const chart = view.charts[0]!;
  const stageCount = doc.stages.length;
  const lastGridRow = view.displayValues.map((row) => row[0] !== '').lastIndexOf(true) + 1;
  expect(chart.position, where).toMatchObject({ column: 2, offsetX: 0 });
  expect(chart.position.row, where).toBeGreaterThan(lastGridRow);
  // Exactly over the stage columns: from column B's left edge to the last stage's right edge.
  const stageWidth = view.columnWidths.slice(1, 1 + stageCount).reduce((a, b) => a + b, 0);
  expect(chart.options.width, where).toBe(stageWidth);
}

function sheetOf(addon: Addon): Sheet {
  return addon.spreadsheet.getSheets()[1]!;
}

function build(addon: Addon, doc: JourneyDocument): void {
  for (const p of doc.personas) addon.ok<BuildResult>('buildJourney', doc, p.id, BUILD);
}

function read(addon: Addon): ReadBack {
  return addon.ok<ReadBack>('readJourneys', 'all');
}

/** 1-based row of the card field labelled `label`. */
function cardRow(addon: Addon, label: string): number {
  const found = shownCard(addon.emu.inspect(sheetOf(addon))).find(([l]) => l === label);
  if (!found) throw new Error(`no card row ${label}`);
  return found[2] + 1;
}

describe('the journey sheet as people read and print it', () => {
  it('shows every filled card field wrapped within the grid, the scale, and a chart only with scores: every framework, ja and en', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of ['ja', 'en'] as const) {
        for (const withScore of [false, true]) {
          const where = `${framework.id}/${language}/${withScore ? 'scored' : 'no score'}`;
          const addon = startAddon();
          const doc = fullDoc(framework.id, language);
          if (withScore) scored(doc);
          build(addon, doc);
          const view = addon.emu.inspect(sheetOf(addon));
          checkLook(view, doc, where);
          checkChart(view, doc, where);
          // Every field reads back exactly as the form holds it.
          const back = read(addon);
          expect(back.document, where).toEqual(doc);
          expect(back.findings, where).toEqual([]);
        }
      }
    }
  });

  it('takes only the rows a persona fills: a name alone is a one-row card', () => {
    const addon = startAddon();
    const doc = journey('basic-5', 'en', [{ id: 'p1', name: 'Ken', antiPersona: false }]);
    build(addon, doc);
    const view = addon.emu.inspect(sheetOf(addon));
    expect(shownCard(view).map(([label, value]) => [label, value])).toEqual([['Name', 'Ken']]);
    checkLook(view, doc, 'name only');
    expect(read(addon).document).toEqual(doc);
  });

  for (const language of ['ja', 'en'] as const) {
    it(`reads every card field typed in the sheet back, and rebuilds keep them (${language})`, () => {
      const addon = startAddon();
      const doc = fullDoc('btob-6', language);
      build(addon, doc);
      const sheet = sheetOf(addon);
      const label = (field: keyof typeof PERSONA_FIELD_LABELS) => PERSONA_FIELD_LABELS[field][language];
      const typed = {
        name: `${doc.personas[0]!.name} 2`,
        role: 'CIO',
        department: 'DX推進室 / Digital office',
        company: 'Example KK',
        industry: 'Logistics',
        companySize: '300',
        goals: 'One tool for every plant',
        challenges: long('Two approvals per purchase; 稟議に二週間かかる。', 230),
        informationSources: 'Webinars',
        notes: 'Met at the October fair',
      } satisfies Partial<Persona>;
      for (const [field, text] of Object.entries(typed))
        addon.emu.user.type(
          sheet,
          `B${cardRow(addon, label(field as keyof typeof PERSONA_FIELD_LABELS))}`,
          text,
        );
      // A buying role typed in the other language (or in any case) is the same role.
      const other = language === 'ja' ? 'en' : 'ja';
      addon.emu.user.type(
        sheet,
        `B${cardRow(addon, label('buyingRole'))}`,
        BUYING_ROLE_LABELS.influencer[other],
      );
      const want: Persona = { ...doc.personas[0]!, ...typed, buyingRole: 'influencer' };
      const first = read(addon);
      expect(first.document.personas).toEqual([want]);
      expect(first.findings).toEqual([]);
      // Rebuilt twice from the unchanged form: the sheet's edits stay, wrapped as before.
      build(addon, doc);
      build(addon, doc);
      const again = read(addon);
      expect(again.document.personas).toEqual([want]);
      expect(again.findings).toEqual([]);
      checkLook(addon.emu.inspect(sheet), again.document, 'rebuilt');
    });
  }

  it('a field cleared in the card stays cleared through rebuilds, and its row goes', () => {
    const addon = startAddon();
    const doc = fullDoc('aisas', 'en');
    build(addon, doc);
    const sheet = sheetOf(addon);
    addon.emu.user.clear(sheet, `B${cardRow(addon, 'Notes')}`);
    addon.emu.user.clear(sheet, `B${cardRow(addon, 'Buying role')}`);
    const { notes: _n, buyingRole: _b, ...rest } = doc.personas[0]!;
    expect(read(addon).document.personas).toEqual([rest]);
    for (let press = 1; press <= 2; press++) {
      build(addon, doc);
      expect(read(addon).document.personas, `press ${press}`).toEqual([rest]);
      const labels = shownCard(addon.emu.inspect(sheet)).map(([l]) => l);
      expect(labels, `press ${press}`).not.toContain('Notes');
      expect(labels, `press ${press}`).not.toContain('Buying role');
    }
    // Filled in the form again later, the field is back on the card.
    const edited = structuredClone(doc);
    edited.personas[0]!.notes = 'Back from leave in May';
    build(addon, edited);
    expect(read(addon).document.personas[0]!.notes).toBe('Back from leave in May');
  });

  it('a buying role the list does not have is reported with its text, and a rebuild keeps the text', () => {
    const addon = startAddon();
    const doc = fullDoc('aisas', 'ja');
    build(addon, doc);
    const sheet = sheetOf(addon);
    addon.emu.user.type(sheet, `B${cardRow(addon, '購買での役割')}`, 'CFO');
    const back = read(addon);
    expect(back.document.personas[0]!.buyingRole).toBe('decision-maker');
    expect(back.findings.map((f) => [f.code, f.text])).toEqual([['not-a-buying-role', 'CFO']]);
    expect(back.findings[0]!.message.ja).toContain('決裁者');
    expect(back.findings[0]!.message.en).toContain('Decision maker');
    build(addon, doc);
    expect(addon.emu.inspect(sheet).displayValues.flat()).toContain('CFO');
  });

  it('draws the curve on the rebuild after a score is typed, and removes it when the scores are cleared', () => {
    const addon = startAddon();
    const doc = fullDoc('basic-5', 'en');
    build(addon, doc);
    const sheet = sheetOf(addon);
    expect(addon.emu.inspect(sheet).charts).toEqual([]);
    const row = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0] === 'Emotion (−2 to +2)') + 1;
    addon.emu.user.type(sheet, `C${row}`, '-1');
    build(addon, doc);
    const drawn = addon.emu.inspect(sheet);
    checkChart(drawn, read(addon).document, 'typed');
    expect(drawn.charts[0]!.data.series[0]!.values).toEqual([null, -1, null, null, null]);
    addon.emu.user.clear(sheet, `C${row}`);
    build(addon, doc);
    expect(addon.emu.inspect(sheet).charts).toEqual([]);
    expect(read(addon).document.journeys[0]!.cells).toEqual({});
  });

  it('Send to Sheets draws the same card, scale and chart as a build in the open spreadsheet', () => {
    for (const language of ['ja', 'en'] as const) {
      const doc = journey('btob-6', language, [
        { id: 'p1', antiPersona: false, ...fullPersona(language) },
        { id: 'p2', name: 'Sato', role: 'Buyer', antiPersona: false },
      ]);
      scored(doc);
      const open = startAddon();
      build(open, doc);
      const deck = startSlidesAddon();
      const sent = deck.ok<SentFile>('sendToSheets', doc, { hints: true });
      const made = deck.emu.openById(sent.fileId)!;
      open.spreadsheet
        .getSheets()
        .slice(1)
        .forEach((expected, i) => {
          const want = open.emu.inspect(expected);
          const got = deck.emu.inspect(made.getSheets()[i]!);
          const look = (v: SheetSnapshot) => ({
            card: shownCard(v),
            rows: v.rowHeights.slice(0, v.frozenRows),
            wraps: v.wrapStrategies.slice(0, v.frozenRows),
            merges: v.merges,
            labels: v.displayValues.map((r) => r[0]),
            charts: v.charts.map((c) => ({ position: c.position, width: c.options.width, ranges: c.ranges })),
          });
          expect(look(got), `${language} sheet ${i + 1}`).toEqual(look(want));
          checkLook(got, { ...doc, personas: [doc.personas[i]!], journeys: [doc.journeys[i]!] }, 'sent');
          checkChart(got, { ...doc, personas: [doc.personas[i]!], journeys: [doc.journeys[i]!] }, 'sent');
        });
    }
  });
});
