/**
 * SpreadsheetApp behaviour the emulator assumes where Google's reference is silent, each tried on
 * its own sheet of a scratch spreadsheet and recorded as seen through the add-on's interface.
 */
import type { Sheet, Spreadsheet } from '../../user-surface/sheets';
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { allMetadata, attempt, cellJson, type Json, metadataSnapshot } from '../snapshot';

function block(sheet: Sheet, a1: string): Json {
  const range = sheet.getRange(a1);
  return {
    values: range.getValues().map((row) => row.map(cellJson)),
    display: range.getDisplayValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
    notes: range.getNotes(),
    validations: range
      .getDataValidations()
      .map((row) => row.map((v) => (v ? String(v.getCriteriaType()) : null))),
    merges: range
      .getMergedRanges()
      .map((m) => m.getA1Notation())
      .sort(),
  };
}

function namesCase(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('names');
  doc.insertSheet('Journey', 1);
  return {
    insertOtherCase: attempt(() => doc.insertSheet('journey', 2).getName()),
    byOtherCase: doc.getSheetByName('JOURNEY')?.getName() ?? null,
    renameToOtherCase: attempt(() => doc.getSheets()[0]!.setName('JOURNEY').getName()),
  };
}

function plainText(env: ConformanceEnv) {
  const sheet = env.scratch.spreadsheet('plain text').getSheets()[0]!;
  const range = sheet.getRange('A1:A5');
  range.setNumberFormat('@');
  range.setValues([["'0123"], ['=1+1'], ['001'], ['2024-01-31'], [12.5]]);
  env.spreadsheetApp.flush();
  return block(sheet, 'A1:A5');
}

/**
 * "25%" written into cells that already have a format: a literal-% rate format (the builder's),
 * a plain number format and a scaling percent format. Records the value, the format it ends with
 * and what it shows (scripts' strings are parsed like typed entries).
 */
function typedPercent(env: ConformanceEnv) {
  const sheet = env.scratch.spreadsheet('typed percent').getSheets()[0]!;
  const range = sheet.getRange('A1:A3');
  range.setNumberFormats([['0.0"%"'], ['0.00'], ['0.0%']]);
  range.setValues([['25%'], ['25%'], ['25%']]);
  env.spreadsheetApp.flush();
  return block(sheet, 'A1:A3');
}

function prepared(env: ConformanceEnv, sheet: Sheet): void {
  const range = sheet.getRange('A1:C3');
  range.setValues([
    ['a', 'b', 'c'],
    [1, 2, 3],
    ['x', 'y', 'z'],
  ]);
  range.setBackground('#ffcc00');
  range.setFontWeight('bold');
  range.setNumberFormat('0.00');
  range.setNotes([
    ['n', '', ''],
    ['', '', ''],
    ['', '', ''],
  ]);
  sheet
    .getRange('C1:C3')
    .setDataValidation(env.spreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build());
  sheet.getRange('A1:B2').merge();
}

function clearing(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('clear');
  const first = doc.getSheets()[0]!;
  prepared(env, first);
  first.getRange('A1:C3').clear();
  const second = doc.insertSheet('Sheet.clear', 1);
  prepared(env, second);
  second.clear();
  env.spreadsheetApp.flush();
  return { rangeClear: block(first, 'A1:C3'), sheetClear: block(second, 'A1:C3') };
}

function frozenMerge(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('frozen merge');
  const a = doc.getSheets()[0]!;
  a.setFrozenRows(1);
  const mergeAcrossFrozenRow = attempt(() => a.getRange('A1:A2').merge().getA1Notation());
  a.setFrozenColumns(1);
  const mergeAcrossFrozenColumn = attempt(() => a.getRange('A3:B3').merge().getA1Notation());
  const b = doc.insertSheet('freeze through', 1);
  b.getRange('A1:B2').merge();
  const freezeRowThroughMerge = attempt(() => {
    b.setFrozenRows(1);
    return b.getFrozenRows();
  });
  const freezeColumnThroughMerge = attempt(() => {
    b.setFrozenColumns(1);
    return b.getFrozenColumns();
  });
  return { mergeAcrossFrozenRow, mergeAcrossFrozenColumn, freezeRowThroughMerge, freezeColumnThroughMerge };
}

function sorting(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('sort');
  const sheet = doc.getSheets()[0]!;
  sheet.getRange('A1:C3').setValues([
    ['c', 3, '=B1*2'],
    ['a', 1, '=B2*2'],
    ['b', 2, '=A3&"!"'],
  ]);
  sheet.getRange('A2').setBackground('#ff0000');
  sheet
    .getRange('2:2')
    .addDeveloperMetadata('row.a', 'was row 2', env.spreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  sheet.getRange('A1:C3').sort(1);
  env.spreadsheetApp.flush();
  const merged = doc.insertSheet('merged', 1);
  merged.getRange('A1:B3').setValues([
    ['b', 1],
    ['a', 2],
    ['c', 3],
  ]);
  merged.getRange('A1:A2').merge();
  return {
    sorted: block(sheet, 'A1:C3'),
    rowMetadata: sheet.getRange('1:3').getDeveloperMetadata().map(metadataSnapshot),
    sortMerged: attempt(() => merged.getRange('A1:B3').sort({ column: 2, ascending: false }).getA1Notation()),
  };
}

/** Formats on row 2 and column B; what do rows and columns inserted beside them start with? */
function insertedFormats(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('inserted formats');
  const prepare = (sheet: Sheet) => {
    sheet.getRange('A2:D2').setBackground('#ffcc00').setNumberFormat('0.00%').setFontWeight('bold');
    sheet.getRange('B1:B4').setBackground('#00ccff').setNumberFormat('yyyy-mm-dd');
  };
  const cases: [string, (s: Sheet) => void][] = [
    ['rowsAfter', (s) => s.insertRowsAfter(2, 1)],
    ['rowsBefore', (s) => s.insertRowsBefore(2, 1)],
    ['columnsAfter', (s) => s.insertColumnsAfter(2, 1)],
    ['columnsBefore', (s) => s.insertColumnsBefore(2, 1)],
  ];
  const out: Record<string, Json> = {};
  cases.forEach(([name, insert], i) => {
    const sheet = i === 0 ? doc.getSheets()[0]! : doc.insertSheet(name, i);
    prepare(sheet);
    insert(sheet);
    env.spreadsheetApp.flush();
    const range = sheet.getRange('A1:E5');
    out[name] = {
      backgrounds: range.getBackgrounds(),
      formats: range.getNumberFormats(),
      weights: range.getFontWeights(),
    };
  });
  return out;
}

function copying(env: ConformanceEnv) {
  const doc: Spreadsheet = env.scratch.spreadsheet('copyTo');
  const sheet = doc.getSheets()[0]!;
  const visibility = env.spreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  sheet.addDeveloperMetadata('sheet.key', 'on the sheet', visibility);
  sheet.getRange('3:3').addDeveloperMetadata('row.key', 'on row 3', visibility);
  sheet.getRange('B:B').addDeveloperMetadata('column.key', 'on column B', visibility);
  sheet.protect().setDescription('whole sheet');
  sheet.getRange('A1:B2').protect().setDescription('a range');
  const copy = sheet.copyTo(doc);
  return {
    copyName: copy.getName(),
    metadata: allMetadata(doc),
    copyProtections: {
      sheet: copy.getProtections(env.spreadsheetApp.ProtectionType.SHEET).map((p) => p.getDescription()),
      range: copy.getProtections(env.spreadsheetApp.ProtectionType.RANGE).map((p) => p.getDescription()),
    },
  };
}

function numberFormats(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('number formats');
  const sheet = doc.getSheets()[0]!;
  const range = sheet.getRange('A1:F1');
  range.setValues([[1234.5, 0.25, new Date(Date.UTC(2024, 0, 31, 12)), -7, 1234567.891, 3]]);
  sheet
    .getRange('A2:F2')
    .setValues([[1234.5, 0.25, new Date(Date.UTC(2024, 0, 31, 12)), -7, 1234567.891, 3]]);
  sheet.getRange('A2:F2').setNumberFormats([['#,##0.00', '0%', 'yyyy/mm/dd', '+0;-0;0', '0.0', '0"件"']]);
  env.spreadsheetApp.flush();
  return {
    locale: doc.getSpreadsheetLocale(),
    unformatted: block(sheet, 'A1:F1'),
    formatted: block(sheet, 'A2:F2'),
  };
}

export const SHEETS_BEHAVIOUR_SCENARIOS: Scenario[] = [
  {
    id: 'sheets-typed-percent',
    title: '"25%" entered into cells that have a format of their own',
    covers: ['sheets.typed-percent'],
    run: typedPercent,
  },
  { id: 'sheets-names-case', title: 'Sheet names and case', covers: ['sheets.names-case'], run: namesCase },
  {
    id: 'sheets-plain-text',
    title: 'Entries in plain-text cells',
    covers: ['sheets.plain-text'],
    run: plainText,
  },
  { id: 'sheets-clear', title: 'What clear() keeps', covers: ['sheets.clear-keeps-merges'], run: clearing },
  {
    id: 'sheets-frozen-merge',
    title: 'Merges across the frozen edge',
    covers: ['sheets.frozen-merge'],
    run: frozenMerge,
  },
  {
    id: 'sheets-sort',
    title: 'Sorting cells, formulas and row metadata',
    covers: ['sheets.sort', 'sheets.messages'],
    run: sorting,
  },
  {
    id: 'sheets-inserted-formats',
    title: 'Formats of inserted rows and columns',
    covers: ['sheets.inserted-formats'],
    run: insertedFormats,
  },
  {
    id: 'sheets-copy-to',
    title: 'Sheet.copyTo: metadata and protections',
    covers: ['sheets.copyto'],
    run: copying,
  },
  {
    id: 'sheets-number-formats',
    title: 'Number formats and the locale',
    covers: ['sheets.number-formats'],
    run: numberFormats,
  },
];
