/**
 * "Send to Sheets": the new spreadsheet's `create` body (one sheet per persona) and the ONE
 * `spreadsheets.batchUpdate` that fills it, built from the same sheet plan the SpreadsheetApp
 * writer draws (src/layout/sheet-plan.ts), with the same developer-metadata keys, so the result reads
 * back through the ordinary readSpreadsheet. Pure: no service call.
 *
 * Per sheet: one updateCells with every value, format and note; merges; borders; frozen panes and
 * hidden gridlines; column widths and row heights (each card row as tall as its wrapped text); the
 * −2..+2 validation; the conditional rules (hints, emotion colours, drop-off); the emotion chart
 * when the plan has one (a score to draw); then the keys on the spreadsheet, the
 * sheet and every keyed row and column (developer metadata lives only on those, never on cells).
 */

import type { sheets_v4 } from '@googleapis/sheets';
import { a1, columnLetter } from '../../layout/a1';
import { COLUMN_KEY, DOCUMENT_KEY, JOURNEY_KEY, ROW_KEY } from '../../layout/keys';
import { uniqueSheetName } from '../../layout/sheet-names';
import { type Block, HINT_FORMULA, planSheet, type SheetPlan, TEXT } from '../../layout/sheet-plan';
import { planTable } from '../../layout/table';
import { NUMBER_FORMATS, THEME } from '../../layout/theme';
import type { CellValue, JourneyDocument } from '../../model/types';
import { skeletonOf } from '../../read/raw';
import { formBaseline } from '../../read/rebuild';
import type { StoredJourney } from '../../read/stored';
import type { SheetsRequest, SheetsSpreadsheet } from '../rest-services';
import { rgb } from '../slides-requests';

export interface SpreadsheetRequests {
  spreadsheet: SheetsSpreadsheet;
  /** One group per persona's sheet, then the spreadsheet's own metadata. */
  groups: SheetsRequest[][];
}

type CellData = sheets_v4.Schema$CellData;
type ColorStyle = sheets_v4.Schema$ColorStyle;
type GridRange = sheets_v4.Schema$GridRange;

/** A colour as the current API takes it (the plain `Color` fields are deprecated). */
function colour(hex: string): ColorStyle {
  return { rgbColor: rgb(hex) };
}

/** A new sheet's size, as Sheets makes it; wider when the journey needs more columns. */
const ROWS = 1000;
const COLUMNS = 26;

/** The emotion chart's id, chosen by us so the sheet's keys can name it (a rebuild replaces only it). */
function chartIdFor(sheetId: number): number {
  return sheetId * 10 + 1;
}

function range(sheetId: number, b: Block): GridRange {
  return {
    sheetId,
    startRowIndex: b.row - 1,
    endRowIndex: b.row - 1 + b.numRows,
    startColumnIndex: b.column - 1,
    endColumnIndex: b.column - 1 + b.numColumns,
  };
}

function userValue(value: CellValue | null): CellData['userEnteredValue'] {
  if (value === null) return undefined;
  if (typeof value === 'number') return { numberValue: value };
  return { stringValue: value };
}

function numberFormat(pattern: string) {
  // Rates are percent points under a literal "%": a plain NUMBER pattern, not Sheets' scaling PERCENT.
  const type = pattern === NUMBER_FORMATS.text ? 'TEXT' : 'NUMBER';
  return { type, pattern };
}

function inBlock(b: Block, r: number, c: number): boolean {
  return r >= b.row && r < b.row + b.numRows && c >= b.column && c < b.column + b.numColumns;
}

/** Every value, format and note of the plan as rows of CellData: one updateCells for the sheet. */
function cellRows(plan: SheetPlan) {
  return plan.values.map((row, r) => ({
    values: row.map((value, c): CellData => {
      const at = { r: r + 1, c: c + 1 };
      const wrap = inBlock(plan.grid, at.r, at.c) || inBlock(plan.card, at.r, at.c) ? 'WRAP' : undefined;
      const cell: CellData = {
        userEnteredFormat: {
          numberFormat: numberFormat(plan.numberFormats[r]![c]!),
          backgroundColorStyle: colour(plan.backgrounds[r]![c]!),
          textFormat: {
            foregroundColorStyle: colour(plan.fontColors[r]![c]!),
            fontSize: plan.fontSizes[r]![c]!,
            bold: plan.fontWeights[r]![c] === 'bold',
            italic: plan.fontStyles[r]![c] === 'italic',
          },
          horizontalAlignment: plan.alignments[r]![c]!.toUpperCase(),
          verticalAlignment: 'TOP',
          ...(wrap ? { wrapStrategy: wrap } : {}),
        },
      };
      const entered = userValue(value);
      if (entered) cell.userEnteredValue = entered;
      const note = plan.notes[r]![c]!;
      if (note !== '') cell.note = note;
      return cell;
    }),
  }));
}

function conditionalRules(sheetId: number, plan: SheetPlan, hints: boolean): SheetsRequest[] {
  const rules: sheets_v4.Schema$ConditionalFormatRule[] = [];
  const stageCount = plan.grid.numColumns - 1;
  const stageRow = (row: number) => range(sheetId, { row, column: 2, numRows: 1, numColumns: stageCount });
  if (hints && plan.content) {
    const c = plan.content;
    rules.push({
      ranges: [range(sheetId, c)],
      booleanRule: {
        condition: {
          type: 'CUSTOM_FORMULA',
          values: [{ userEnteredValue: HINT_FORMULA(a1(c.row, c.column)) }],
        },
        format: { textFormat: { foregroundColorStyle: colour(THEME.hint), italic: true } },
      },
    });
  }
  if (plan.emotionRows.length > 0 && stageCount > 0) {
    for (const score of [-2, -1, 1, 2]) {
      rules.push({
        ranges: plan.emotionRows.map(stageRow),
        booleanRule: {
          condition: { type: 'NUMBER_EQ', values: [{ userEnteredValue: String(score) }] },
          format: { backgroundColorStyle: colour(THEME.emotion[String(score)]!) },
        },
      });
    }
  }
  for (const row of plan.metricRows) {
    if (stageCount < 2) continue;
    const first = a1(row, 2);
    const span = `$B$${row}:$${columnLetter(plan.grid.numColumns)}$${row}`;
    // The lowest conversion rate is where most people drop off, as in the SpreadsheetApp writer.
    rules.push({
      ranges: [stageRow(row)],
      booleanRule: {
        condition: {
          type: 'CUSTOM_FORMULA',
          values: [{ userEnteredValue: `=AND(ISNUMBER(${first}),COUNT(${span})>1,${first}=MIN(${span}))` }],
        },
        format: {
          backgroundColorStyle: colour(THEME.dropOffFill),
          textFormat: { foregroundColorStyle: colour(THEME.dropOffText), bold: true },
        },
      },
    });
  }
  return rules.map((rule, index) => ({ addConditionalFormatRule: { rule, index } }));
}

function emotionChart(
  sheetId: number,
  plan: SheetPlan,
  place: NonNullable<SheetPlan['chart']>,
  language: JourneyDocument['language'],
): SheetsRequest {
  const width = plan.grid.numColumns;
  const row = (r: number) => ({
    sourceRange: { sources: [range(sheetId, { row: r, column: 1, numRows: 1, numColumns: width })] },
  });
  return {
    addChart: {
      chart: {
        chartId: chartIdFor(sheetId),
        spec: {
          title: TEXT.chartTitle[language],
          basicChart: {
            chartType: 'LINE',
            legendPosition: 'BOTTOM_LEGEND',
            headerCount: 1,
            axis: [{ position: 'LEFT_AXIS' }],
            domains: [{ domain: row(plan.grid.row) }],
            series: plan.emotionRows.map((r) => ({ series: row(r), targetAxis: 'LEFT_AXIS' })),
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: place.row - 1, columnIndex: place.column - 1 },
            widthPixels: place.widthPixels,
            heightPixels: place.heightPixels,
          },
        },
      },
    },
  };
}

function dimension(
  sheetId: number,
  axis: 'ROWS' | 'COLUMNS',
  start: number,
  count: number,
  pixelSize: number,
): SheetsRequest {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: axis, startIndex: start - 1, endIndex: start - 1 + count },
      properties: { pixelSize },
      fields: 'pixelSize',
    },
  };
}

function metadata(
  key: string,
  value: string,
  location: sheets_v4.Schema$DeveloperMetadataLocation,
): SheetsRequest {
  return {
    createDeveloperMetadata: {
      developerMetadata: { metadataKey: key, metadataValue: value, location, visibility: 'DOCUMENT' },
    },
  };
}

function sheetRequests(
  doc: JourneyDocument,
  sheetId: number,
  plan: SheetPlan,
  stored: StoredJourney,
  hints: boolean,
): SheetsRequest[] {
  const out: SheetsRequest[] = [
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: cellRows(plan),
        fields: 'userEnteredValue,userEnteredFormat,note',
      },
    },
  ];
  for (const merge of plan.merges)
    out.push({ mergeCells: { range: range(sheetId, merge), mergeType: 'MERGE_ALL' } });
  const solid = { style: 'SOLID', colorStyle: colour(THEME.border) };
  out.push({
    updateBorders: {
      range: range(sheetId, plan.grid),
      top: solid,
      bottom: solid,
      left: solid,
      right: solid,
      innerHorizontal: solid,
      innerVertical: solid,
    },
  });
  const dashed = { style: 'DASHED', colorStyle: colour(THEME.separatorLine) };
  for (const row of plan.separatorRows)
    out.push({
      updateBorders: {
        range: range(sheetId, { row, column: 1, numRows: 1, numColumns: plan.grid.numColumns }),
        top: dashed,
        bottom: dashed,
      },
    });
  out.push({
    updateSheetProperties: {
      properties: {
        sheetId,
        gridProperties: {
          frozenRowCount: plan.frozenRows,
          frozenColumnCount: plan.frozenColumns,
          hideGridlines: true,
        },
      },
      fields: 'gridProperties.frozenRowCount,gridProperties.frozenColumnCount,gridProperties.hideGridlines',
    },
  });
  out.push(
    dimension(sheetId, 'COLUMNS', 1, 1, THEME.labelColumnWidth),
    dimension(sheetId, 'COLUMNS', 2, plan.width - 1, THEME.stageColumnWidth),
    dimension(sheetId, 'ROWS', plan.titleRow, 1, 36),
    ...plan.cardHeights.map(({ row, height }) => dimension(sheetId, 'ROWS', row, 1, height)),
    dimension(sheetId, 'ROWS', plan.spacerRow, 1, 10),
  );
  const stageCount = plan.grid.numColumns - 1;
  if (plan.emotionRows.length > 0 && stageCount > 0) {
    for (const row of plan.emotionRows)
      out.push({
        setDataValidation: {
          range: range(sheetId, { row, column: 2, numRows: 1, numColumns: stageCount }),
          rule: {
            condition: {
              type: 'NUMBER_BETWEEN',
              values: [{ userEnteredValue: '-2' }, { userEnteredValue: '2' }],
            },
            inputMessage: TEXT.emotionHelp[doc.language],
            // A warning, as in the SpreadsheetApp writer: full-width scores typed with an IME get through.
            strict: false,
          },
        },
      });
  }
  out.push(...conditionalRules(sheetId, plan, hints));
  if (plan.chart) out.push(emotionChart(sheetId, plan, plan.chart, doc.language));
  for (const { row, value } of plan.rowKeys)
    out.push(
      metadata(ROW_KEY, value, {
        dimensionRange: { sheetId, dimension: 'ROWS', startIndex: row - 1, endIndex: row },
      }),
    );
  for (const { column, value } of plan.columnKeys)
    out.push(
      metadata(COLUMN_KEY, value, {
        dimensionRange: { sheetId, dimension: 'COLUMNS', startIndex: column - 1, endIndex: column },
      }),
    );
  out.push(metadata(JOURNEY_KEY, JSON.stringify(stored), { sheetId }));
  return out;
}

/** The create body and the batch requests, grouped by sheet: sheet ids 1…n in persona order, names from persona names. */
export function spreadsheetRequests(doc: JourneyDocument, options: { hints: boolean }): SpreadsheetRequests {
  const names: string[] = [];
  const sheets: sheets_v4.Schema$Sheet[] = [];
  const groups: SheetsRequest[][] = [];
  const skeleton = skeletonOf(doc);
  doc.personas.forEach((persona, i) => {
    const sheetId = i + 1;
    const title = uniqueSheetName(persona.name, names);
    names.push(title);
    const journey = doc.journeys.find((j) => j.personaId === persona.id) ?? {
      personaId: persona.id,
      cells: {},
    };
    const plan = planSheet(doc, persona, planTable(doc, journey, { hints: options.hints }));
    sheets.push({
      properties: {
        sheetId,
        title,
        index: i,
        gridProperties: {
          rowCount: Math.max(ROWS, plan.chartAnchorRow + 20),
          columnCount: Math.max(COLUMNS, plan.width),
        },
      },
    });
    const stored: StoredJourney = {
      personaId: persona.id,
      persona,
      skeleton,
      hints: options.hints,
      notes: [...new Set(plan.notes.flat().filter((n) => n !== ''))],
      ...(plan.chart ? { chartId: chartIdFor(sheetId) } : {}),
      // The form this file was made from: later rebuilds tell sheet edits from form edits by it.
      form: formBaseline(doc, persona),
    };
    groups.push(sheetRequests(doc, sheetId, plan, stored, options.hints));
  });
  groups.push([metadata(DOCUMENT_KEY, JSON.stringify(skeleton), { spreadsheet: true })]);
  return {
    spreadsheet: {
      properties: { title: doc.title, locale: doc.language === 'ja' ? 'ja_JP' : 'en_US' },
      sheets,
    },
    groups,
  };
}
