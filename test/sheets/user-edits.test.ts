/**
 * What people really do to a journey sheet, at random: type, paste multi-line text, write
 * formulas, insert, delete and move rows and columns, sort, add notes, rename and duplicate the
 * sheet. After every edit, every non-empty cell of every journey sheet must be in the model read
 * back, or in the findings with its address; the builder's own words (labels, hints, lines) are
 * the only other text allowed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../dev/emulator/contract';
import type { BuildResult } from '../../src/hosts/sheets/build';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { accountedTexts, withEmptyJourneys } from '../support/accounted';
import { type Addon, startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';

const texts = [
  '新しい施策',
  'Churn risk',
  '2',
  '-1',
  '25%',
  '=1+1',
  '="a"&"b"',
  '😀 ok',
  'line1\nline2',
  '  spaced  ',
];

const editArb = fc.record({
  kind: fc.constantFrom(
    'type',
    'paste',
    'clear',
    'note',
    'insertRow',
    'deleteRow',
    'moveRow',
    'insertColumn',
    'deleteColumn',
    'sort',
    'rename',
    'duplicate',
  ),
  row: fc.integer({ min: 1, max: 30 }),
  column: fc.integer({ min: 1, max: 10 }),
  row2: fc.integer({ min: 1, max: 30 }),
  text: fc.constantFrom(...texts),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

/** Applies one edit as a person would; edits the UI itself refuses (validation) are skipped. */
function apply(addon: Addon, sheet: Sheet, edit: Edit): Sheet {
  const user = addon.emu.user;
  const lastRow = Math.max(2, sheet.getLastRow());
  const row = ((edit.row - 1) % (lastRow + 2)) + 1;
  const row2 = ((edit.row2 - 1) % lastRow) + 1;
  const cell = `${letter(edit.column)}${row}`;
  try {
    switch (edit.kind) {
      case 'type':
        user.type(sheet, cell, edit.text);
        break;
      case 'paste':
        user.paste(sheet, cell, [
          [edit.text, 'pasted\nmulti-line'],
          ['second row', null],
        ]);
        break;
      case 'clear':
        user.clear(sheet, cell);
        break;
      case 'note':
        user.setNote(sheet, cell, `note: ${edit.text}`);
        break;
      case 'insertRow':
        user.insertRowsAfter(sheet, row, 1);
        user.type(sheet, `${letter(edit.column)}${row + 1}`, edit.text);
        break;
      case 'deleteRow':
        if (sheet.getMaxRows() > 1) user.deleteRows(sheet, Math.min(row, sheet.getMaxRows()), 1);
        break;
      case 'moveRow':
        user.moveRows(sheet, row2, 1, Math.min(row, sheet.getMaxRows()));
        break;
      case 'insertColumn':
        user.insertColumnsAfter(sheet, edit.column, 1);
        user.type(sheet, `${letter(edit.column + 1)}${row}`, edit.text);
        break;
      case 'deleteColumn':
        if (sheet.getMaxColumns() > 1)
          user.deleteColumns(sheet, Math.min(edit.column, sheet.getMaxColumns()), 1);
        break;
      case 'sort': {
        const top = Math.min(row, row2);
        const bottom = Math.max(row, row2);
        if (bottom > top) user.sortRange(sheet, `A${top}:${letter(8)}${bottom}`, 1, edit.column % 2 === 0);
        break;
      }
      case 'rename':
        user.renameSheet(sheet, `${sheet.getName()} ✎`.slice(0, 90));
        break;
      case 'duplicate':
        user.duplicateSheet(sheet);
        break;
    }
  } catch (error) {
    // The UI refused the edit (a validation, merged cells): the sheet is unchanged.
    if (
      !(error instanceof Error) ||
      !/UserEditRejected|merge|validation|rejected/i.test(`${error.name} ${error.message}`)
    ) {
      throw error;
    }
  }
  return sheet;
}

/** The builder's own words for this document: a build with empty journeys shows only those. */
function structuralTexts(doc: JourneyDocument): Set<string> {
  const empty = withEmptyJourneys(doc);
  const probe = startAddon();
  for (const p of empty.personas)
    probe.ok<BuildResult>('buildJourney', empty, p.id, { hints: true, confirmRemovals: false });
  const snapshot = probe.emu.inspectSpreadsheet()!;
  return new Set(snapshot.sheets.flatMap((s) => s.displayValues.flat()).filter((t) => t.trim() !== ''));
}

describe('user edits on a journey sheet', () => {
  it('never loses typed text: it is in the model or in the findings', () => {
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 6, maxLanes: 8, maxPersonas: 2 }),
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        (doc, edits) => {
          const addon = startAddon();
          for (const p of doc.personas)
            addon.ok<BuildResult>('buildJourney', doc, p.id, { hints: true, confirmRemovals: false });
          const structural = structuralTexts(doc);
          let sheet = addon.spreadsheet.getSheets()[1]!;
          for (const edit of edits) {
            sheet = apply(addon, sheet, edit);
            const result = addon.bundle.call<{ ok: boolean; value: ReadBack; problems: { code: string }[] }>(
              'readJourneys',
              'all',
            );
            // Deleting every stage column or lane row leaves nothing to read: that is said, not guessed.
            if (!result.ok) {
              expect(result.problems.map((p) => p.code)).toEqual(['grid-mangled']);
              continue;
            }
            const read = result.value;
            const accounted = accountedTexts(read);
            const journeySheets = addon.emu.inspectSpreadsheet()!.sheets.filter((s) => s.name !== 'Sheet1');
            for (const s of journeySheets) {
              for (const [r, row] of s.displayValues.entries()) {
                for (const [c, text] of row.entries()) {
                  if (text.trim() === '' || accounted.has(text) || structural.has(text)) continue;
                  expect.fail(
                    `"${text}" at ${s.name}!${letter(c + 1)}${r + 1} is neither in the model nor in the findings`,
                  );
                }
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
