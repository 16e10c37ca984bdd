/**
 * "Send to Sheets" through the built bundle: from a journey in the open deck to a new spreadsheet
 * made with one create and one batchUpdate, which looks like a SpreadsheetApp build of the same
 * journey and reads back through the ordinary reader; and the emulated Sheets API rejecting what
 * Google rejects, applying nothing.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import type { SheetsRequest } from '../../dev/user-surface/rest';
import { newJourneyDocument } from '../../src/catalog';
import type { SentFile } from '../../src/hosts/rest/send';
import type { JourneyDocument } from '../../src/model/types';
import { startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';
import { buildEvery, openSent, readAll } from './support';

function sample(): JourneyDocument {
  const made = newJourneyDocument(
    'service-blueprint',
    [
      { id: 'p1', name: 'Guest', role: 'Traveller' },
      { id: 'p2', name: 'Host' },
    ],
    'en',
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const doc = made.value;
  doc.lanes.push(
    { id: 'mood', label: 'Emotion', kind: 'emotion' },
    { id: 'rate', label: 'Conversion', kind: 'metric' },
  );
  const [s0, s1, s2] = doc.stages.map((s) => s.id);
  doc.journeys[0]!.cells = {
    [doc.lanes[0]!.id]: { [s0!]: '=not a formula', [s1!]: 'Books online\nfrom the app' },
    mood: { [s0!]: 2, [s1!]: -1, [s2!]: 0 },
    rate: { [s0!]: 0.5, [s1!]: 0.125 },
  };
  return doc;
}

describe('Send to Sheets (a new spreadsheet through the Sheets API)', () => {
  it('draws the sheets a SpreadsheetApp build draws, and reads back to the same model', () => {
    const doc = sample();
    const open = startAddon();
    buildEvery(open, doc, true);
    const deck = startSlidesAddon();
    buildEvery(deck, doc, true);
    const fromDeck = readAll(deck);
    expect(fromDeck.document).toEqual(doc);
    deck.emu.calls.reset();
    const sent = deck.ok<SentFile>('sendToSheets', fromDeck.document, { hints: true });
    expect(deck.emu.calls.snapshot().byMethod).toEqual({
      'Sheets.Spreadsheets.create': 1,
      'Sheets.Spreadsheets.batchUpdate': 1,
    });
    const made = deck.emu.openById(sent.fileId)!;
    expect(made.getName()).toBe(doc.title);
    expect(made.getSheets().map((s) => s.getName())).toEqual(['Guest', 'Host']);
    open.spreadsheet
      .getSheets()
      .slice(1)
      .forEach((expected, i) => {
        const want = open.emu.inspect(expected);
        const got = deck.emu.inspect(made.getSheets()[i]!);
        // Row heights set through the API are fixed heights; SpreadsheetApp's setRowHeight is not.
        const { sheetId: _a, index: _b, forcedRowHeights: _c, charts: wantCharts, ...wantRest } = want;
        const { sheetId: _d, index: _e, forcedRowHeights: _f, charts: gotCharts, ...gotRest } = got;
        // Metadata ids count in creation order, which differs (the document key comes first or last).
        // Chart ids differ too (chosen by the request here, by the spreadsheet there).
        const noIds = (m: typeof want.metadata) =>
          m.map(({ id: _id, ...rest }) => ({
            ...rest,
            value: rest.value?.replace(/,"chartId":\d+/, '') ?? null,
          }));
        expect({ ...gotRest, metadata: noIds(gotRest.metadata) }).toEqual({
          ...wantRest,
          metadata: noIds(wantRest.metadata),
        });
        // This discovery version has no axis limits or point size for basic charts: the rest matches.
        expect(gotCharts.map((c) => c.ranges)).toEqual(wantCharts.map((c) => c.ranges));
        expect(gotCharts.map((c) => c.options.title)).toEqual(wantCharts.map((c) => c.options.title));
      });
    openSent(deck, sent);
    const back = readAll(deck);
    expect(back.document).toEqual(doc);
    expect(back.findings).toEqual([]);
  });

  it('a spreadsheet made this way takes later SpreadsheetApp rebuilds and user edits like any other', () => {
    const doc = sample();
    const deck = startSlidesAddon();
    const sent = deck.ok<SentFile>('sendToSheets', doc);
    openSent(deck, sent);
    const sheet = deck.emu.activeSpreadsheet!.getSheets()[0]!;
    deck.emu.user.insertRowsAfter(sheet, 9, 1);
    deck.emu.user.type(sheet, 'A10', 'New lane');
    deck.emu.user.type(sheet, 'B10', 'Typed');
    const back = readAll(deck);
    const lane = back.document.lanes.find((l) => l.label === 'New lane')!;
    expect(back.document.journeys[0]!.cells[lane.id]).toEqual({ [doc.stages[0]!.id]: 'Typed' });
  });
});

describe('Sheets API requests are validated like Google validates them', () => {
  function setup() {
    const emu = createEmulator();
    const api = emu.globals.Sheets.Spreadsheets;
    const created = api.create({
      properties: { title: 'Checks' },
      sheets: [
        { properties: { sheetId: 7, title: 'One', gridProperties: { rowCount: 10, columnCount: 5 } } },
      ],
    });
    const id = created.spreadsheetId!;
    const snapshot = () => JSON.stringify(emu.inspectSpreadsheet(emu.openById(id)!));
    return { emu, api, id, snapshot };
  }

  function rejection(requests: unknown[]): Error {
    const { api, id, snapshot } = setup();
    const before = snapshot();
    let caught: unknown;
    try {
      api.batchUpdate({ requests: requests as SheetsRequest[] }, id);
    } catch (error) {
      caught = error;
    }
    expect(caught, 'the batch should have been rejected').toBeInstanceOf(Error);
    expect(snapshot()).toBe(before);
    return caught as Error;
  }

  const cells = (text: string) => ({
    updateCells: {
      start: { sheetId: 7, rowIndex: 0, columnIndex: 0 },
      rows: [{ values: [{ userEnteredValue: { stringValue: text } }] }],
      fields: 'userEnteredValue',
    },
  });

  it('applies a valid batch: text stays text, keys sit on whole rows', () => {
    const { api, id, emu } = setup();
    api.batchUpdate(
      {
        requests: [
          cells('=1+1'),
          {
            createDeveloperMetadata: {
              developerMetadata: {
                metadataKey: 'k',
                metadataValue: 'v',
                location: { dimensionRange: { sheetId: 7, dimension: 'ROWS', startIndex: 2, endIndex: 3 } },
                visibility: 'DOCUMENT',
              },
            },
          },
        ],
      },
      id,
    );
    const sheet = emu.openById(id)!.getSheets()[0]!;
    expect(sheet.getRange('A1').getValues()[0]![0]).toBe('=1+1');
    const md = sheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(md.map((m) => m.getLocation().getRow()?.getRow())).toEqual([3]);
  });

  it('rejects unknown sheets, ranges past the grid and over-long cells, applying nothing', () => {
    const first = rejection([cells('ok'), { mergeCells: { range: { sheetId: 9 }, mergeType: 'MERGE_ALL' } }]);
    expect(String(first)).toBe(
      'GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[1].mergeCells: No grid with id: 9',
    );
    expect(
      rejection([
        cells('ok'),
        {
          mergeCells: {
            range: { sheetId: 7, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 6 },
          },
        },
      ]).message,
    ).toContain(
      "Invalid requests[1].mergeCells: Range ('One'!A1:F1) exceeds grid limits. Max rows: 10, max columns: 5",
    );
    expect(rejection([cells('x'.repeat(50_001))]).message).toContain(
      'Invalid requests[0].updateCells: Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('puts developer metadata only on the spreadsheet, a sheet, or one whole row or column', () => {
    const meta = (location: unknown) => ({
      createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', metadataValue: 'v', location } },
    });
    expect(
      rejection([meta({ dimensionRange: { sheetId: 7, dimension: 'ROWS', startIndex: 1, endIndex: 4 } })])
        .message,
    ).toMatch(/requests\[0\]\.createDeveloperMetadata: .*single row or column/);
    expect(rejection([meta({ spreadsheet: true, sheetId: 7 })]).message).toMatch(/exactly one of/);
    expect(rejection([meta({ range: { sheetId: 7 } })]).message).toContain(
      `Invalid JSON payload received. Unknown name "range" at 'requests[0].createDeveloperMetadata.developerMetadata.location'`,
    );
  });

  it('rejects merges that cut another merge, updates without fields and bad enums', () => {
    const merge = (c2: number) => ({
      mergeCells: {
        range: { sheetId: 7, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: c2 },
      },
    });
    expect(rejection([merge(3), merge(2)]).message).toContain(
      'Invalid requests[1].mergeCells: You must select all cells in a merged range',
    );
    expect(
      rejection([
        { updateSheetProperties: { properties: { sheetId: 7, gridProperties: { frozenRowCount: 1 } } } },
      ]).message,
    ).toContain('At least one field must be specified.');
    expect(
      rejection([
        { updateDimensionProperties: { range: { sheetId: 7, dimension: 'DIAGONAL' }, fields: 'pixelSize' } },
      ]).message,
      // Google's current definitions type enums as plain strings, so the emulator's own rules catch this one.
    ).toContain('Invalid requests[0].updateDimensionProperties: The dimension must be ROWS or COLUMNS.');
  });
});
