/**
 * The Advanced Sheets service on files the kit creates: what a new spreadsheet holds, how large a
 * batchUpdate body may be, fixed row heights, the messages for bad grids and ranges, and how
 * SpreadsheetApp's chart builder combines several ranges when no merge strategy is set.
 */
import type { SheetsRequest } from '../../user-surface/rest';
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { attempt, chartSnapshot, type Json } from '../snapshot';

const MIB = 1024 * 1024;
const CELL = 40_000;

function newSpreadsheet(env: ConformanceEnv, title: string): string {
  const created = env.sheetsApi.Spreadsheets.create({
    properties: { title: `Journey Grid conformance ${title}` },
  });
  env.scratch.track(created.spreadsheetId ?? '');
  return created.spreadsheetId ?? '';
}

/** What a created spreadsheet says of its sheets (Google's and Apps Script's typings both fit). */
interface SheetsOf {
  sheets?:
    | {
        properties?: {
          title?: string | null;
          gridProperties?: { rowCount?: number | null; columnCount?: number | null } | null;
        } | null;
      }[]
    | null;
}

function sheetsOf(doc: SheetsOf): Json {
  return (doc.sheets ?? []).map((s) => ({
    title: s.properties?.title ?? null,
    rows: s.properties?.gridProperties?.rowCount ?? null,
    columns: s.properties?.gridProperties?.columnCount ?? null,
  }));
}

/** One updateCells of `cells` cells of 40,000 characters in column A. */
function bigWrite(sheetId: number, cells: number): SheetsRequest {
  return {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: Array.from({ length: cells }, () => ({
        values: [{ userEnteredValue: { stringValue: 'b'.repeat(CELL) } }],
      })),
      fields: 'userEnteredValue',
    },
  };
}

function bodySize(env: ConformanceEnv) {
  const out: Record<string, Json> = {};
  for (const mib of [1.9, 9.5, 10.5]) {
    const id = newSpreadsheet(env, `body ${mib} MiB`);
    const sheetId = env.sheetsApi.Spreadsheets.get(id).sheets?.[0]?.properties?.sheetId ?? 0;
    const cells = Math.ceil((mib * MIB) / CELL);
    const body = { requests: [bigWrite(sheetId, cells)] };
    const bytes = JSON.stringify(body).length;
    const start = env.now();
    const sent = attempt(() => {
      env.sheetsApi.Spreadsheets.batchUpdate(body, id);
      return null;
    });
    out[`mib${String(mib).replace('.', '_')}`] = {
      bytesOver1MiB: Math.floor(bytes / MIB),
      sent,
      ms: env.now() - start,
    };
  }
  return out;
}

function restSheets(env: ConformanceEnv) {
  const created = env.sheetsApi.Spreadsheets.get(newSpreadsheet(env, 'rest'));
  // The rest works on a SpreadsheetApp scratch file, so row heights can be read back.
  const doc = env.scratch.spreadsheet('rest');
  const sheet = doc.getSheets()[0]!;
  const id = doc.getId();
  const sheetId = sheet.getSheetId();
  const send = (requests: SheetsRequest[]) =>
    attempt(() => {
      env.sheetsApi.Spreadsheets.batchUpdate({ requests }, id);
      return null;
    });
  const rowHeight = send([
    {
      updateDimensionProperties: {
        range: { sheetId, dimension: 'ROWS', startIndex: 0, endIndex: 1 },
        properties: { pixelSize: 30 },
        fields: 'pixelSize',
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [
          {
            values: [
              {
                userEnteredValue: { stringValue: 'line\n'.repeat(12) },
                userEnteredFormat: { wrapStrategy: 'WRAP' },
              },
            ],
          },
        ],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
  ]);
  // A field mask naming a nested field, as Google's own examples write them.
  const nestedFieldMask = send([
    {
      updateCells: {
        start: { sheetId, rowIndex: 1, columnIndex: 0 },
        rows: [{ values: [{ userEnteredFormat: { wrapStrategy: 'CLIP' } }] }],
        fields: 'userEnteredFormat.wrapStrategy',
      },
    },
  ]);
  env.spreadsheetApp.flush();
  return {
    newSheets: sheetsOf(created),
    rowHeight: { sent: rowHeight, height: sheet.getRowHeight(1) },
    nestedFieldMask,
    noSuchGrid: send([
      {
        updateCells: {
          start: { sheetId: 987_654, rowIndex: 0, columnIndex: 0 },
          rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
          fields: 'userEnteredValue',
        },
      },
    ]),
    outsideGrid: send([
      {
        mergeCells: {
          range: { sheetId, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 25, endColumnIndex: 27 },
          mergeType: 'MERGE_ALL',
        },
      },
    ]),
    metadataOnCell: send([
      {
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: 'conformance.cell',
            metadataValue: 'x',
            visibility: 'DOCUMENT',
            location: {
              dimensionRange: { sheetId, dimension: 'ROWS', startIndex: 0, endIndex: 2 },
            },
          },
        },
      },
    ]),
  };
}

type BasicChart = {
  chartType?: string;
  headerCount?: number;
  domains?: { domain?: { sourceRange?: { sources?: GridRange[] } } }[];
  series?: { series?: { sourceRange?: { sources?: GridRange[] } } }[];
};
type GridRange = {
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
};

const gridRange = (r: GridRange): Json =>
  `R${(r.startRowIndex ?? 0) + 1}C${(r.startColumnIndex ?? 0) + 1}:R${r.endRowIndex ?? '∞'}C${r.endColumnIndex ?? '∞'}`;

/** The charts of a spreadsheet as the API describes them: domains and series, sheet ids left out. */
export function restCharts(env: ConformanceEnv, spreadsheetId: string): Json {
  const doc = env.sheetsApi.Spreadsheets.get(spreadsheetId);
  return (doc.sheets ?? []).flatMap((s) =>
    ((s as { charts?: { spec?: { basicChart?: BasicChart } }[] }).charts ?? []).map((c) => {
      const basic = c.spec?.basicChart ?? {};
      return {
        sheet: s.properties?.title ?? null,
        chartType: basic.chartType ?? null,
        headerCount: basic.headerCount ?? null,
        domains: (basic.domains ?? []).map((d) => (d.domain?.sourceRange?.sources ?? []).map(gridRange)),
        series: (basic.series ?? []).map((d) => (d.series?.sourceRange?.sources ?? []).map(gridRange)),
      };
    }),
  );
}

/** One row per series, transposed, as the add-on's emotion chart is built (no merge strategy set). */
function chartMerge(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('chart merge');
  const sheet = doc.getSheets()[0]!;
  sheet.getRange('A1:D3').setValues([
    ['', 'Stage 1', 'Stage 2', 'Stage 3'],
    ['Persona A', 1, -1, 2],
    ['Persona B', 0, 2, -2],
  ]);
  const chart = sheet
    .newChart()
    .setChartType(env.charts.ChartType.LINE)
    .addRange(sheet.getRange('A1:D1'))
    .addRange(sheet.getRange('A2:D2'))
    .addRange(sheet.getRange('A3:D3'))
    .setTransposeRowsAndColumns(true)
    .setNumHeaders(1)
    .setPosition(5, 1, 0, 0)
    .build();
  sheet.insertChart(chart);
  env.spreadsheetApp.flush();
  return {
    embedded: sheet.getCharts().map(chartSnapshot),
    api: attempt(() => restCharts(env, doc.getId())),
  };
}

export const SHEETS_REST_SCENARIOS: Scenario[] = [
  { id: 'sheets-rest-body-size', title: 'batchUpdate body size', covers: ['limit.rest-body'], run: bodySize },
  {
    id: 'sheets-rest-basics',
    title: 'New spreadsheets, fixed row heights, messages',
    covers: ['rest.new-files', 'rest.row-heights', 'rest.messages', 'drive.file'],
    run: restSheets,
  },
  {
    id: 'sheets-chart-merge',
    title: 'Chart of several ranges without a merge strategy',
    covers: ['sheets.chart-merge'],
    run: chartMerge,
  },
];
