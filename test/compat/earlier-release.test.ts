/**
 * Files and user storage written by the previous release (commit ebb7bbc, its bundle kept as
 * test/fixtures/earlier-release/Code.js.txt) opened by this one. The emulator keeps no world
 * between runs, so both bundles run on one emulator: the earlier one builds, the team edits, the
 * earlier one saves choices, libraries and snapshots and reads back; then this bundle must read
 * the same JSON, rebuild without losing a typed text, list and compare the same snapshots, list
 * the same library personas and open the sidebar with the saved form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/bundle';
import { createEmulator, type Emulator } from '../../dev/emulator';
import type { Sheet } from '../../dev/emulator/contract';
import { cleanChoices } from '../../sidebar/choices';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { journeyTables, texts as tableTexts } from '../slides/support';
import { type RunningBundle, runBundle } from '../support/addon';
import { HINTS, makeDoc, withFiveCardRows } from '../support/journeys';
import { readContent } from '../support/read-back';

const OLD_CODE = readFileSync(join(import.meta.dirname, '../fixtures/earlier-release/Code.js.txt'), 'utf8');

/** The earlier release's bundle on this emulator, called through the same JSON bridge. */
function runOldBundle(emu: Emulator): RunningBundle {
  const bundle = loadBundle(emu.globals, OLD_CODE);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  const call = (name: string, args: unknown[]) =>
    bundle.call<{ ok: boolean; value?: unknown; problems?: unknown }>(name, ...args);
  return {
    bundle,
    ok<T>(name: string, ...args: unknown[]): T {
      const result = call(name, args);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.problems)}`);
      return result.value as T;
    },
    fail(name: string, ...args: unknown[]) {
      const result = call(name, args);
      if (result.ok) throw new Error(`${name} was expected to fail`);
      return result.problems as never;
    },
  };
}

/** Two Japanese AISAS personas with hints; the first with a goal long enough to need pieces. */
function journeys(): JourneyDocument {
  const doc = withFiveCardRows(makeDoc('aisas', 'ja', ['田中 部長', 'Alex Kim']));
  doc.personas[1]!.goals = '業務を効率化したい。'.repeat(190);
  doc.personas[1]!.challenges = '報告書の作成に毎週一日かかる。'.repeat(130);
  // Enough text that the file's stored skeleton is split over several pieces.
  doc.personas[1]!.notes = '展示会で名刺交換。'.repeat(210);
  doc.personas[1]!.informationSources = '業界紙、比較サイト、同業者の紹介。'.repeat(110);
  return doc;
}

/** The sidebar form as the earlier release saved it (over 9 KB, so it was stored in pieces). */
function choices(doc: JourneyDocument) {
  return {
    frameworkId: 'aisas',
    language: 'ja',
    hints: true,
    lanes: doc.lanes.map((l, i) => ({ ref: l.id, on: i !== 2 })),
    personas: doc.personas,
    stageLabels: doc.stages.map((s, i) => (i === 1 ? '比較・検討' : s.label)),
    stageIds: doc.stages.map((s) => s.id),
  };
}

/** Everything the earlier bundle answered, to compare with what this one answers. */
interface Earlier {
  read: ReadBack;
  sidebar: { choices: unknown; libraries: unknown; file: unknown };
  snapshots: { snapshots: { id: string; at: string; title: string; filledCells: number }[] };
  diff: unknown;
  typed: string[];
  /** Drive files the earlier release saved: a journey's JSON and a team template, listed and opened. */
  drive: { journeys: unknown; journey: unknown; templates: unknown; template: unknown };
}

/** Library personas: one in the user's library, one in the file's. */
function saveLibrariesAndChoices(old: RunningBundle, doc: JourneyDocument) {
  old.ok('saveSidebarChoices', choices(doc));
  old.ok('savePersonaToLibrary', { ...doc.personas[0]!, id: 'lib-user', name: '山本 課長' }, 'user');
  old.ok(
    'savePersonaToLibrary',
    { id: 'lib-file', name: 'File persona', role: 'CFO', challenges: 'Slow reports' },
    'document',
  );
}

function finishEarlier(old: RunningBundle, doc: JourneyDocument, typed: string[]): Earlier {
  const first = old.ok<{ saved: { id: string } }>('takeSnapshot', doc);
  const read = old.ok<ReadBack>('readJourneys', 'all');
  // The earlier release saw every edit: the world below is worth opening.
  const json = JSON.stringify(read.document);
  for (const text of typed.filter((t) => !t.startsWith('メモ')))
    expect(json.includes(JSON.stringify(text).slice(1, -1)), text).toBe(true);
  const second = old.ok<{ saved: { id: string } }>('takeSnapshot', read.document);
  const file = old.ok<{ fileId: string }>('saveToDrive', read.document);
  const template = old.ok<{ fileId: string }>('saveTeamTemplate', {
    kind: 'journey-grid-template',
    schemaVersion: 1,
    name: 'SaaS 導入ジャーニー',
    frameworkId: 'aisas',
    language: 'ja',
    laneIds: ['touchpoints', 'actions'],
    customLanes: [{ label: 'パートナー', kind: 'text' }],
    personas: [{ id: 'p1', name: '田中 部長', role: '情報システム部長' }],
  });
  const drive = {
    journeys: old.ok('listDriveJourneys'),
    journey: old.ok('openFromDrive', file.fileId),
    templates: old.ok('listTeamTemplates'),
    template: old.ok('openTeamTemplate', template.fileId),
  };
  const sidebar = old.ok<Earlier['sidebar']>('loadSidebar');
  expect(sidebar.file).not.toBeNull();
  return {
    read,
    sidebar,
    snapshots: old.ok('listJourneySnapshots'),
    diff: old.ok('compareSnapshots', first.saved.id, second.saved.id),
    typed,
    drive,
  };
}

/** This bundle on the same world: every answer the earlier one gave, and a rebuild that keeps all. */
function expectSameWorld(emu: Emulator, earlier: Earlier, texts: () => string[], rebuildIds: string[]): void {
  const now = runBundle(emu);
  const read = now.ok<ReadBack>('readJourneys', 'all');
  expect(readContent(read)).toEqual(earlier.read);

  const sidebar = now.ok<Earlier['sidebar']>('loadSidebar');
  expect(sidebar.choices).toEqual(earlier.sidebar.choices);
  // This release's sidebar cleans the stored form itself (persist.ts): it shows what the earlier one did.
  expect(cleanChoices(sidebar.choices)).toEqual(earlier.sidebar.choices);
  expect(sidebar.libraries).toEqual(earlier.sidebar.libraries);
  // What the sidebar says the open file holds (its personas, framework and language).
  expect(sidebar.file).toEqual(earlier.sidebar.file);

  // Sizes are counted by this release's storage scheme; what a person sees must be the same.
  const visible = (list: Earlier['snapshots']) =>
    list.snapshots.map(({ id, at, title, filledCells }) => ({ id, at, title, filledCells }));
  const snapshots = now.ok<Earlier['snapshots']>('listJourneySnapshots');
  expect(visible(snapshots)).toEqual(visible(earlier.snapshots));
  const [older, newer] = earlier.snapshots.snapshots.map((s) => s.id).sort();
  expect(now.ok('compareSnapshots', older, newer)).toEqual(earlier.diff);
  // A snapshot this release takes of the same journeys compares with the earlier ones.
  const third = now.ok<{ saved: { id: string } }>('takeSnapshot', read.document);
  expect(now.ok('compareSnapshots', older, third.saved.id)).toEqual(earlier.diff);
  expect(now.ok<{ totals: unknown }>('compareSnapshots', newer, third.saved.id).totals).toEqual({
    added: 0,
    changed: 0,
    removed: 0,
  });

  const listed = now.ok<{ fileId: string }[]>('listDriveJourneys');
  expect(listed).toEqual(earlier.drive.journeys);
  expect(now.ok('openFromDrive', listed[0]!.fileId)).toEqual(earlier.drive.journey);
  const templates = now.ok<{ fileId: string }[]>('listTeamTemplates');
  expect(templates).toEqual(earlier.drive.templates);
  expect(now.ok('openTeamTemplate', templates[0]!.fileId)).toEqual(earlier.drive.template);

  now.ok('buildJourneys', read.document, rebuildIds, HINTS);
  const after = now.ok<ReadBack>('readJourneys', 'all');
  expect(after.document).toEqual(earlier.read.document);
  const shown = texts().join('\n');
  for (const text of earlier.typed) expect(shown.includes(text), text).toBe(true);

  // Saving from this release rewrites the earlier keys, and the form and libraries still match.
  now.ok('saveSidebarChoices', sidebar.choices);
  expect(now.ok<{ choices: unknown }>('loadSidebar').choices).toEqual(earlier.sidebar.choices);
  type Libraries = Record<'user' | 'document', { id: string; name: string }[]>;
  const before = earlier.sidebar.libraries as Libraries;
  const added = { ...before.user[0]!, id: 'lib-new', name: '新しいペルソナ' };
  const saved = now.ok<Libraries>('savePersonaToLibrary', added, 'user');
  expect(saved.user).toEqual([...before.user, added]);
  // A persona the earlier release saved, removed now, stays removed when the library next changes.
  now.ok('removePersonaFromLibrary', 'lib-file', 'document');
  const again = now.ok<Libraries>('savePersonaToLibrary', { ...added, id: 'lib-new-file' }, 'document');
  expect(again.document.map((p) => p.id)).toEqual(['lib-new-file']);
  expect(now.ok<{ libraries: Libraries }>('loadSidebar').libraries).toEqual(again);
}

/** The 1-based row and column of the first cell showing this text (a lane label: in column A). */
function find(emu: Emulator, sheet: Sheet, text: string, labelsOnly = false): [number, number] {
  const values = emu.inspect(sheet).displayValues;
  for (const [r, row] of values.entries()) {
    const c = labelsOnly ? (row[0] === text ? 0 : -1) : row.indexOf(text);
    if (c >= 0) return [r + 1, c + 1];
  }
  throw new Error(`"${text}" is not on ${sheet.getName()}`);
}

const a1 = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

/** A world the earlier release wrote and a team edited, before anything else reads it. */
interface World {
  emu: Emulator;
  old: RunningBundle;
  doc: JourneyDocument;
  typed: string[];
  /** Every text a person sees in the file. */
  texts(): string[];
  /** The file as a person sees it: texts, formats, positions (not ids or hidden keys). */
  look(): unknown;
}

/** A spreadsheet: two personas, typed cells, a sorted lane, a renamed stage, an edited card. */
function sheetsWorld(): World {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' } });
  const spreadsheet = emu.createSpreadsheet('Journeys', { locale: 'ja_JP' });
  const old = runOldBundle(emu);
  const doc = journeys();
  saveLibrariesAndChoices(old, doc);
  old.ok('buildJourneys', doc, ['p1', 'p2'], HINTS);

  const holding = (name: string) =>
    spreadsheet.getSheets().find((s) => emu.inspect(s).displayValues.flat().includes(name));
  const [sheet1, sheet2] = [holding('田中 部長'), holding('Alex Kim')];
  const [laneRow] = find(emu, sheet1!, doc.lanes[0]!.label, true);
  const typed = [
    'テレビ広告を見た',
    'Ad on LinkedIn',
    '「ジャーニーマップ」で検索',
    '比較・検討',
    'ツールを減らしたい',
  ];
  emu.user.type(sheet1!, a1(laneRow, 2), typed[0]!);
  emu.user.type(sheet1!, a1(laneRow + 1, 2), typed[1]!);
  emu.user.type(sheet1!, a1(laneRow + 1, 3), typed[2]!);
  // Sorting the two lane rows by column B swaps them (labels, cells and row metadata move).
  emu.user.sortRange(sheet1!, `A${laneRow}:${a1(laneRow + 1, 8)}`, 2, true);
  expect(emu.inspect(sheet1!).displayValues[laneRow - 1]![1]).toBe(typed[1]);
  const [stageRow, stageColumn] = find(emu, sheet1!, doc.stages[1]!.label);
  emu.user.type(sheet1!, a1(stageRow, stageColumn), typed[3]!);
  const [goalRow, goalColumn] = find(emu, sheet1!, doc.personas[0]!.goals!);
  emu.user.type(sheet1!, a1(goalRow, goalColumn), typed[4]!);
  const [lane2] = find(emu, sheet2!, doc.lanes[1]!.label, true);
  emu.user.type(sheet2!, a1(lane2, 4), 'Alex の行動');
  typed.push('Alex の行動');
  emu.user.type(sheet1!, a1(laneRow + 2, 5), '一行目\n二行目 \u241e');
  typed.push('一行目\n二行目 \u241e');
  // A lane the team added: a row inserted among the lanes, with its label and a text.
  emu.user.insertRowsBefore(sheet1!, laneRow + 3, 1);
  emu.user.type(sheet1!, a1(laneRow + 3, 1), 'パートナー');
  emu.user.type(sheet1!, a1(laneRow + 3, 3), '販売代理店の紹介');
  typed.push('パートナー', '販売代理店の紹介');
  // The journey's title and the second persona's name, retyped on their sheets.
  const [titleRow, titleColumn] = find(emu, sheet1!, doc.title);
  emu.user.type(sheet1!, a1(titleRow, titleColumn), '2026年 導入ジャーニー');
  const [nameRow, nameColumn] = find(emu, sheet2!, 'Alex Kim');
  emu.user.type(sheet2!, a1(nameRow, nameColumn), 'Alex Kim（営業）');
  typed.push('2026年 導入ジャーニー', 'Alex Kim（営業）');
  // A note of the team's own, beside the grid.
  emu.user.type(sheet1!, 'L2', 'メモ：来週確認');
  typed.push('メモ：来週確認');

  const texts = () => spreadsheet.getSheets().flatMap((s) => emu.inspect(s).displayValues.flat().map(String));
  const look = () =>
    spreadsheet.getSheets().map((sheet) => {
      const { metadata: _metadata, sheetId: _sheetId, ...seen } = emu.inspect(sheet);
      return seen;
    });
  return { emu, old, doc, typed, texts, look };
}

/** A deck: the same, plus a persona card shown shortened with another of its fields edited. */
function slidesWorld(): World {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' } });
  const deck = emu.createPresentation('Journey deck');
  const old = runOldBundle(emu);
  const doc = journeys();
  // Long enough that the card shows it shortened; the full text lives only in storage.
  const goals = 'あいうえおかきくけこ'.repeat(50);
  doc.personas[0]!.goals = goals;
  saveLibrariesAndChoices(old, doc);
  old.ok('buildJourneys', doc, ['p1', 'p2'], HINTS);

  const view = () => emu.inspectPresentation(deck)!;
  const [first, second] = journeyTables(view()).map((t) => t.table);
  const rowOf = (table: typeof first, label: string) => tableTexts(table!).findIndex((r) => r[0] === label);
  const lane = rowOf(first, doc.lanes[0]!.label);
  const typed = [
    'テレビ広告を見た',
    '「ジャーニーマップ」で検索',
    '比較・検討',
    '業務効率化とコスト削減',
    'Alex の行動',
    // The characters this release's writer separates texts with, and a line break (see stamp.ts).
    '\u241e 区切り \u2402\u2403\u2404\u2405\u2406\u2407\u2408\n二行目',
  ];
  emu.slidesUser.editCell(deck.getId(), first!.id, lane, 1, typed[0]!);
  emu.slidesUser.editCell(deck.getId(), first!.id, lane + 2, 4, typed[5]!);
  // Emoji (two UTF-16 units each, and a joiner), a tab, and a text ending in a line break, on the
  // other slide: the one above holds every separator, so that slide's texts are written one by one.
  emu.slidesUser.editCell(
    deck.getId(),
    second!.id,
    rowOf(second, doc.lanes[0]!.label),
    5,
    '👩‍💻 エンジニア\tに相談\n',
  );
  typed.push('👩‍💻 エンジニア\tに相談');
  // A lane the team added: a row inserted in the table, with its label and a text.
  emu.slidesUser.insertRow(deck.getId(), first!.id, lane + 3);
  emu.slidesUser.editCell(deck.getId(), first!.id, lane + 3, 0, 'パートナー');
  emu.slidesUser.editCell(deck.getId(), first!.id, lane + 3, 2, '販売代理店の紹介');
  typed.push('パートナー', '販売代理店の紹介');
  // The journey's title and the second persona's name, retyped on the slides.
  const shape = (title: string, slide: number) =>
    view().slides[slide]!.elements.find((e) => e.title === title)!;
  emu.slidesUser.editText(
    deck.getId(),
    shape('Journey Grid：ジャーニーのタイトル', 1).id,
    '2026年 導入ジャーニー',
  );
  emu.slidesUser.editText(deck.getId(), shape('Journey Grid：ペルソナ名', 2).id, 'Alex Kim（営業）');
  typed.push('2026年 導入ジャーニー', 'Alex Kim（営業）');
  // A text box of the team's own on a journey slide (this release writes through a scratch box).
  emu.slidesUser.addTextBox(deck.getId(), view().slides[1]!.id, 'メモ：来週確認');
  typed.push('メモ：来週確認');
  emu.slidesUser.editCell(deck.getId(), first!.id, lane + 1, 2, typed[1]!);
  const header = tableTexts(first!).findIndex((r) => r.includes(doc.stages[1]!.label));
  const stageColumn = tableTexts(first!)[header]!.indexOf(doc.stages[1]!.label);
  emu.slidesUser.editCell(deck.getId(), first!.id, header, stageColumn, typed[2]!);
  emu.slidesUser.editCell(deck.getId(), second!.id, rowOf(second, doc.lanes[1]!.label), 3, typed[4]!);
  // The shortened card: another field edited; the cut goals must stay whole.
  const card = view()
    .slides.flatMap((s) => s.elements)
    .find((e) => e.kind === 'table' && e.cells!.flat().some((c) => c.text === doc.personas[0]!.challenges))!;
  expect(card.cells!.flat().some((c) => c.text.endsWith('…'))).toBe(true);
  const [cardRow, cardColumn] = (() => {
    for (const [r, row] of card.cells!.entries()) {
      const c = row.findIndex((cell) => cell.text === doc.personas[0]!.challenges);
      if (c >= 0) return [r, c];
    }
    throw new Error('no challenges cell');
  })();
  emu.slidesUser.editCell(deck.getId(), card.id, cardRow!, cardColumn!, typed[3]!);

  const texts = () =>
    view().slides.flatMap((s) =>
      s.elements.flatMap((e) => [
        ...(e.text ? [e.text.text] : []),
        ...(e.cells?.flat().map((c) => c.text) ?? []),
      ]),
    );
  const look = () =>
    view().slides.map(({ id: _slide, ...slide }) => ({
      ...slide,
      elements: slide.elements.map(({ id: _element, ...seen }) => seen),
    }));
  return { emu, old, doc, typed, texts, look };
}

describe('a file and user storage written by the earlier release', () => {
  it('Sheets: reads back the same, rebuilds keeping every typed text, same snapshots, libraries, form', () => {
    const { emu, old, doc, typed, texts } = sheetsWorld();
    const earlier = finishEarlier(old, doc, typed);
    expect(earlier.read.document.personas[0]!.goals).toBe(typed[4]);
    expectSameWorld(emu, earlier, texts, ['p1', 'p2']);
  });

  it('Slides: reads back the same, rebuilds keeping every typed text and the shortened card whole', () => {
    const { emu, old, doc, typed, texts } = slidesWorld();
    const earlier = finishEarlier(old, doc, typed);
    expect(earlier.read.document.personas[0]!.goals).toBe(doc.personas[0]!.goals);
    expect(earlier.read.document.personas[0]!.challenges).toBe(typed[3]);
    expectSameWorld(emu, earlier, texts, ['p1', 'p2']);
  });

  // The sidebar rebuilds from its form, not from a read-back: in two identical worlds, the earlier
  // release and this one rebuilding from the unchanged form must leave the same file.
  for (const [host, world] of [
    ['Sheets', sheetsWorld],
    ['Slides', slidesWorld],
  ] as const) {
    it(`${host}: a rebuild from the unchanged form leaves what the earlier release left`, () => {
      const before = world();
      const after = world();
      before.old.ok('buildJourneys', before.doc, ['p1', 'p2'], HINTS);
      const expected = before.old.ok<ReadBack>('readJourneys', 'all');
      const now = runBundle(after.emu);
      now.ok('buildJourneys', after.doc, ['p1', 'p2'], HINTS);
      expect(readContent(now.ok<ReadBack>('readJourneys', 'all'))).toEqual(expected);
      expect(after.look()).toEqual(before.look());
    });
  }

  // A new version takes effect between two calls of one sidebar: a rebuild run the earlier release
  // started is continued by this one, and a read-back in between still waits for it.
  for (const host of ['Sheets', 'Slides'] as const) {
    it(`${host}: a rebuild run begun by the earlier release is finished by this one`, () => {
      const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' } });
      if (host === 'Sheets') emu.createSpreadsheet('Journeys', { locale: 'ja_JP' });
      else emu.createPresentation('Journey deck');
      const doc = journeys();
      const old = runOldBundle(emu);
      old.ok('buildJourneys', doc, ['p1'], HINTS, { id: 'run-1', done: 0, total: 2 });
      const now = runBundle(emu);
      expect(now.fail('readJourneys', 'all').map((p) => p.code)).toEqual(['busy']);
      now.ok('buildJourneys', doc, ['p2'], HINTS, { id: 'run-1', done: 1, total: 2 });
      const read = now.ok<ReadBack>('readJourneys', 'all');
      expect(read.document.personas).toEqual(doc.personas);
    });
  }
});
