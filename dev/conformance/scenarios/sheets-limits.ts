/**
 * Sheets limits, measured on a scratch spreadsheet: characters per cell, sheet-name length (and
 * whether it counts UTF-16 units or characters) and the developer-metadata value size, probed
 * upward rather than assumed.
 */
import type { ConformanceEnv } from '../env';
import { probeLimit } from '../probe';
import type { Scenario } from '../scenario';
import { attempt } from '../snapshot';

const EMOJI = '😀'; // two UTF-16 units, one character

function cellChars(env: ConformanceEnv) {
  const sheet = env.scratch.spreadsheet('cell limit').getSheets()[0]!;
  const cell = sheet.getRange(1, 1);
  const write = (text: string) =>
    attempt(() => {
      cell.setValue(text);
      env.spreadsheetApp.flush();
      const back = String(cell.getValues()[0]![0]);
      return { units: back.length, same: back === text };
    });
  return {
    ascii50000: write('x'.repeat(50_000)),
    ascii50001: write('x'.repeat(50_001)),
    // 25,000 emoji are 50,000 UTF-16 units: does the limit count units or characters?
    emoji25000: write(EMOJI.repeat(25_000)),
    emoji25001: write(EMOJI.repeat(25_001)),
    japanese50000: write('あ'.repeat(50_000)),
  };
}

function sheetName(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('sheet names');
  const sheet = doc.getSheets()[0]!;
  const rename = (name: string) =>
    attempt(() => {
      sheet.setName(name);
      return sheet.getName().length;
    });
  const ascii = probeLimit(1, 1_000, (n) => {
    sheet.setName('n'.repeat(n));
  });
  const limit = ascii.largestAccepted ?? 0;
  return {
    ascii,
    emojiAtHalf: rename(EMOJI.repeat(Math.floor(limit / 2))),
    emojiOverHalf: rename(EMOJI.repeat(Math.floor(limit / 2) + 1)),
    japaneseAtLimit: rename('あ'.repeat(limit)),
    empty: rename(''),
    insertTooLong: attempt(() => doc.insertSheet('i'.repeat(limit + 1), 1).getName().length),
  };
}

function metadataValue(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('metadata limit');
  const sheet = doc.getSheets()[0]!;
  const visibility = env.spreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  type Target = { addDeveloperMetadata(key: string, value: string, v: typeof visibility): unknown };
  const addAndRemove = (target: Target, value: string) => {
    target.addDeveloperMetadata('conformance.size', value, visibility);
    for (const m of doc.createDeveloperMetadataFinder().withKey('conformance.size').find()) m.remove();
  };
  const onSheet = probeLimit(1_000, 2_000_000, (n) => addAndRemove(sheet, 'v'.repeat(n)));
  const limit = onSheet.largestAccepted ?? 0;
  const once = (value: string) =>
    attempt(() => {
      addAndRemove(sheet, value);
      return value.length;
    });
  // The same size on the spreadsheet and on a row: is the limit per location kind?
  const onSpreadsheet = attempt(() => {
    addAndRemove(doc, 'v'.repeat(limit));
    return limit;
  });
  const onRow = attempt(() => {
    addAndRemove(sheet.getRange('2:2'), 'v'.repeat(limit));
    return limit;
  });
  // Characters or bytes: Japanese text (3 UTF-8 bytes each) of the limit's length and of a third.
  const japaneseAtLimit = once('あ'.repeat(limit));
  const japaneseThird = once('あ'.repeat(Math.floor(limit / 3)));
  // Several values at one location: is there a total per location as well?
  // Pieces of at most 100,000 characters keep the run short if the per-value limit is very large.
  const piece = Math.max(1, Math.min(100_000, Math.floor(limit / 2)));
  let stored = 0;
  let totalRefusedWith: string | null = null;
  for (let i = 0; i < 12; i++) {
    const added = attempt(() => {
      sheet.addDeveloperMetadata(`conformance.total.${i}`, 'w'.repeat(piece), visibility);
      return null;
    });
    if (!added.ok) {
      totalRefusedWith = added.threw;
      break;
    }
    stored++;
  }
  return {
    onSheet,
    onSpreadsheet,
    onRow,
    japaneseAtLimit,
    japaneseThird,
    perLocation: { pieceLength: piece, piecesAccepted: stored, refusedWith: totalRefusedWith },
  };
}

export const SHEETS_LIMIT_SCENARIOS: Scenario[] = [
  { id: 'sheets-cell-chars', title: 'Characters per cell', covers: ['limit.cell-chars'], run: cellChars },
  {
    id: 'sheets-name-length',
    title: 'Sheet-name length and its unit',
    covers: ['limit.sheet-name', 'sheets.messages'],
    run: sheetName,
  },
  {
    id: 'sheets-metadata-value',
    title: 'Developer-metadata value size, probed upward',
    covers: ['limit.metadata-value', 'sheets.metadata-limit', 'sheets.messages'],
    run: metadataValue,
  },
];
