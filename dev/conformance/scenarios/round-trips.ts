/**
 * One build → user edit → read-back per host, through the add-on's own functions (the same ones
 * the sidebar's RPCs call) on scratch files: a journey is built, a person's edits are made with
 * ordinary script calls (typing over a cell, inserting a lane row; editing a table cell on a
 * slide), and the journey is read back into the JSON model.
 */
import { newJourneyDocument } from '../../../src/catalog';
import { sendToSheetsFile, sendToSlidesDeck } from '../../../src/hosts/rest/send';
import { buildPersonaJourney } from '../../../src/hosts/sheets/build';
import { readSpreadsheet } from '../../../src/hosts/sheets/read';
import { buildPersonaSlides } from '../../../src/hosts/slides/build';
import { readPresentation } from '../../../src/hosts/slides/read';
import type { Result } from '../../../src/model/problems';
import type { JourneyDocument } from '../../../src/model/types';
import type { Assembled } from '../../../src/read/assemble';
import type { Sheet } from '../../user-surface/sheets';
import type { Table } from '../../user-surface/slides';
import { type ConformanceEnv, memoryProperties, slidesAppIn, spreadsheetAppIn } from '../env';
import type { Scenario } from '../scenario';
import { allMetadata, attempt, deckSnapshot, type Json, restDeckStyles, sheetSnapshot } from '../snapshot';
import { restCharts } from './sheets-rest';

const OPTIONS = { hints: true, confirmRemovals: false };

/** A basic-5 journey, every cell filled with text naming its lane and stage, emotions scored. */
export function sampleJourney(): JourneyDocument {
  const made = newJourneyDocument(
    'basic-5',
    [{ id: 'p1', name: 'Aiko Tanaka', role: 'IT manager', company: 'Sample Inc.' }],
    'en',
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const doc = made.value;
  const cells: JourneyDocument['journeys'][number]['cells'] = {};
  doc.lanes.forEach((lane) => {
    cells[lane.id] = {};
    doc.stages.forEach((stage, s) => {
      cells[lane.id]![stage.id] = lane.kind === 'text' ? `${lane.id} @ ${stage.id}` : (s % 5) - 2;
    });
  });
  return { ...doc, journeys: [{ personaId: 'p1', cells }] };
}

function readResult(result: Result<Assembled>): Json {
  if (!result.ok) return { problems: result.problems as unknown as Json };
  return {
    document: result.value.document as unknown as Json,
    findings: result.value.findings.map((f) => ({
      code: f.code,
      path: f.path ?? null,
      text: f.text ?? null,
    })) as Json,
  };
}

function find(sheet: Sheet, text: string): { row: number; column: number } | null {
  const values = sheet.getDataRange().getValues();
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r]!.length; c++)
      if (values[r]![c] === text) return { row: r + 1, column: c + 1 };
  return null;
}

function sheetsRoundTrip(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('sheets round trip');
  const journey = sampleJourney();
  const ctx = { app: spreadsheetAppIn(env.spreadsheetApp, doc), charts: env.charts, locks: env.locks };
  const built = buildPersonaJourney(ctx, journey, 'p1', OPTIONS);
  env.spreadsheetApp.flush();
  const sheet = doc.getSheetByName(built.sheetName)!;
  const afterBuild = {
    result: { sheetName: built.sheetName, created: built.created, findings: built.findings.length },
    sheet: sheetSnapshot(sheet),
    metadata: allMetadata(doc),
    charts: attempt(() => restCharts(env, doc.getId())),
  };
  // The edits: type over one cell, insert a row under it and fill it as a new lane.
  const target = find(sheet, 'actions @ consideration');
  const label = find(sheet, journey.lanes.find((l) => l.id === 'actions')!.label);
  if (target && label) {
    sheet.getRange(target.row, target.column).setValue('Edited in the sheet');
    sheet.insertRowsAfter(target.row, 1);
    sheet.getRange(target.row + 1, label.column).setValue('Added lane');
    sheet.getRange(target.row + 1, target.column).setValue('Text in the added lane');
  }
  env.spreadsheetApp.flush();
  return {
    afterBuild,
    edited: target !== null && label !== null,
    afterEdit: sheetSnapshot(sheet),
    read: readResult(readSpreadsheet(doc, 'all')),
  };
}

function cellWithText(tables: Table[], text: string) {
  for (const table of tables)
    for (let r = 0; r < table.getNumRows(); r++)
      for (let c = 0; c < table.getNumColumns(); c++)
        if (table.getCell(r, c).getText().asString().replace(/\n$/, '') === text) return table.getCell(r, c);
  return null;
}

function slidesRoundTrip(env: ConformanceEnv) {
  const created = env.scratch.presentation('slides round trip');
  const store = memoryProperties();
  const properties = {
    getDocumentProperties: () => store,
    getUserProperties: () => env.properties.getUserProperties(),
  };
  const built = buildPersonaSlides(
    { app: slidesAppIn(env.slidesApp, created), properties, locks: env.locks },
    sampleJourney(),
    'p1',
    OPTIONS,
  );
  // Saved, so the Slides API sees the text styles SlidesApp set (its interface cannot read them).
  const deck = env.flushPresentation(created);
  const app = slidesAppIn(env.slidesApp, deck);
  const types = env.slidesApp.PageElementType;
  const afterBuild = {
    result: { slides: built.slideIds.length, findings: built.findings.length },
    deck: deckSnapshot(deck, types),
    styles: attempt(() => restDeckStyles(env.slidesApi.Presentations.get(deck.getId()))),
  };
  const tables = deck
    .getSlides()
    .flatMap((s) => s.getPageElements())
    .filter((e) => e.getPageElementType() === types.TABLE)
    .map((e) => e.asTable());
  const cell = cellWithText(tables, 'actions @ consideration');
  cell?.getText().setText('Edited on the slide');
  return {
    afterBuild,
    edited: cell !== null,
    afterEdit: deckSnapshot(deck, types),
    read: readResult(readPresentation(app, deck, store)),
  };
}

/** Send to Slides / Send to Sheets: new files through the Advanced services, read back via the API. */
function sendToFiles(env: ConformanceEnv) {
  const journey = sampleJourney();
  const slides = attempt(() => {
    const sent = sendToSlidesDeck(env.slidesApi, journey, { hints: true });
    env.scratch.track(sent.fileId);
    const read = env.slidesApi.Presentations.get(sent.fileId);
    return {
      requests: sent.requests,
      payloadOver100KB: Math.floor(sent.payloadBytes / 100_000),
      slides: (read.slides ?? []).map((s) => (s.pageElements ?? []).length),
    };
  });
  const sheets = attempt(() => {
    const sent = sendToSheetsFile(env.sheetsApi, journey, { hints: true });
    env.scratch.track(sent.fileId);
    const read = env.sheetsApi.Spreadsheets.get(sent.fileId);
    return {
      requests: sent.requests,
      sheets: (read.sheets ?? []).map((s) => ({
        title: s.properties?.title ?? null,
        merges: (s.merges ?? []).length,
        frozenRows: s.properties?.gridProperties?.frozenRowCount ?? 0,
      })),
      charts: restCharts(env, sent.fileId),
    };
  });
  return { slides, sheets };
}

export const ROUND_TRIP_SCENARIOS: Scenario[] = [
  {
    id: 'sheets-round-trip',
    title: 'Sheets: build, edit, read back',
    covers: ['sheets.inserted-formats', 'sheets.chart-merge'],
    run: sheetsRoundTrip,
  },
  {
    id: 'slides-round-trip',
    title: 'Slides: build, edit, read back',
    covers: ['slides.default-text', 'slides.row-heights'],
    run: slidesRoundTrip,
  },
  {
    id: 'rest-send',
    title: 'Send to Slides and Send to Sheets under drive.file',
    covers: ['drive.file', 'rest.new-files', 'limit.rest-body'],
    run: sendToFiles,
  },
];
