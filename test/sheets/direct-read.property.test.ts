/**
 * At random: journeys built (a catalog framework or a random document, with or without hints),
 * then what people do to the sheets (typed text in Japanese, emoji and several lines, numbers,
 * grouped numbers, percentages, dates, formulas and their errors, booleans, text kept by an
 * apostrophe; notes; cleared cells; rows and columns inserted and deleted, also at the frozen
 * edges; sorts; merges and unmerges; text beside the grid). After the edits the read through one
 * REST get must give the user exactly what the SpreadsheetApp read gives: the same document and
 * findings, and underneath the same cells for the reader (direct-read-support.ts).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FRAMEWORKS } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { JourneyDocument } from '../../src/model/types';
import { type Addon, startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';
import { makeDoc } from '../support/journeys';
import { expectSameReads } from './direct-read-support';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

const TEXTS = [
  '新しい施策',
  '😀 ok 👍🏽',
  'line1\nline2\n三行目',
  '42',
  '-3.5',
  '0.25',
  '1,234',
  '1,234.56',
  '25%',
  '7.5%',
  '-3%',
  '2026-11-30',
  '1999-02-28',
  '=1/0',
  '=1+1',
  '=""',
  '=A1',
  '=B3*2',
  '=SUM(C1:C40)',
  '=NOPE()',
  'TRUE',
  'false',
  "'00123",
  "'=not a formula",
  '+1',
  '-2',
  'まあまあ',
  '  spaced  ',
  '"quoted"',
  '1e3',
  'ｶﾀｶﾅ',
];

const KINDS = [
  'type',
  'type',
  'type',
  'type',
  'note',
  'clear',
  'insertRow',
  'insertColumn',
  'deleteRow',
  'deleteColumn',
  'sort',
  'merge',
  'unmerge',
  'outside',
  'outside',
  'outside',
] as const;

const editArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  sheet: fc.nat(3),
  a: fc.nat(60),
  b: fc.nat(60),
  text: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...TEXTS) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  ),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const docArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .record({
        framework: fc.constantFrom(...FRAMEWORKS.map((f) => f.id)),
        language: fc.constantFrom('ja' as const, 'en' as const),
        personas: fc.integer({ min: 1, max: 2 }),
      })
      .map(({ framework, language, personas }) =>
        makeDoc(framework, language, ['田中 部長', 'Alex Kim'].slice(0, personas)),
      ),
  },
  { weight: 1, arbitrary: journeyDocumentArb({ maxStages: 5, maxLanes: 6, maxPersonas: 2 }) },
);

function columnA1(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A user action the UI refuses (a sort across merges, a partial merge) leaves the sheet as it was. */
function user(action: () => void): void {
  try {
    action();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name !== 'UserEditRejected' && name !== 'Exception') throw error;
  }
}

/** The edit as a user action on the emulator's Sheets UI. */
function action(addon: Addon, edit: Edit, log: string[]): () => void {
  const sheets = addon.spreadsheet.getSheets();
  const sheet = sheets[edit.sheet % sheets.length]!;
  const range = sheet.getDataRange();
  const rows = Math.max(1, range.getLastRow());
  const columns = Math.max(1, range.getLastColumn());
  const frozenRows = sheet.getFrozenRows();
  const frozenColumns = sheet.getFrozenColumns();
  const r = 1 + (edit.a % rows);
  const c = 1 + (edit.b % columns);
  const at = `${columnA1(c)}${r}`;
  const u = addon.emu.user;
  log.push(`${edit.kind} ${sheet.getName()}!${at} ${JSON.stringify(edit.text)}`);
  switch (edit.kind) {
    case 'type':
      return () => u.type(sheet, at, edit.text);
    case 'outside': {
      const where = `${columnA1(columns + 1 + (edit.b % 3))}${rows + (edit.a % 3)}`;
      return () => u.type(sheet, where, edit.text);
    }
    case 'note':
      return () => u.setNote(sheet, at, edit.text);
    case 'clear':
      return () => u.clear(sheet, `${at}:${columnA1(c + 1)}${r + 1}`);
    case 'insertRow': {
      // Often at the frozen edge: just above or below it.
      const row = Math.max(1, edit.b % 2 === 0 && frozenRows > 0 ? frozenRows + (edit.a % 2) : r);
      return () => (edit.a % 3 === 0 ? u.insertRowsAfter(sheet, row, 1) : u.insertRowsBefore(sheet, row, 1));
    }
    case 'insertColumn': {
      const column = Math.max(1, edit.a % 2 === 0 && frozenColumns > 0 ? frozenColumns + (edit.b % 2) : c);
      return () =>
        edit.b % 3 === 0 ? u.insertColumnsAfter(sheet, column, 1) : u.insertColumnsBefore(sheet, column, 1);
    }
    case 'deleteRow':
      return () => u.deleteRows(sheet, r, 1);
    case 'deleteColumn':
      return () => u.deleteColumns(sheet, c, 1);
    case 'sort': {
      const r2 = Math.min(rows, r + 1 + (edit.b % 4));
      const c2 = Math.min(columns, c + 1 + (edit.a % 4));
      return () => u.sortRange(sheet, `${at}:${columnA1(c2)}${r2}`, c, edit.a % 2 === 0);
    }
    case 'merge': {
      const area = edit.a % 2 === 0 ? `${at}:${columnA1(c + 1)}${r}` : `${at}:${columnA1(c)}${r + 1}`;
      return () => u.merge(sheet, area);
    }
    case 'unmerge':
      return () => u.unmerge(sheet, `${at}:${columnA1(c + 1)}${r + 1}`);
  }
}

describe('the REST read gives what the SpreadsheetApp read gives (random edits)', () => {
  it('holds after random builds and edits', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.boolean(),
        fc.array(editArb, { minLength: 1, maxLength: 14 }),
        (doc, hints, edits) => {
          const addon = startAddon();
          const d = doc as JourneyDocument;
          for (const p of d.personas)
            addon.ok<BuildResult>('buildJourney', d, p.id, { hints, confirmRemovals: false });
          const log: string[] = [];
          try {
            expectSameReads(addon);
            for (const edit of edits) user(action(addon, edit, log));
            expectSameReads(addon);
            expectSameReads(addon, 'active');
          } catch (error) {
            if (error instanceof Error) error.message += `\nedits:\n${log.join('\n')}`;
            throw error;
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
