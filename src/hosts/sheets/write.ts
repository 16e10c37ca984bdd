/**
 * Writes a SheetPlan into a sheet with whole-range calls: one call per attribute for the whole
 * area (values, formats, colours, fonts, notes), so the cost does not grow with stages × lanes.
 * What cannot be batched in SpreadsheetApp (merges, row/column keys, one validation per emotion
 * row) grows only with the number of rows and columns.
 */
import { COLUMN_KEY, ROW_KEY } from '../../layout/keys';
import { THEME } from '../../layout/theme';
import type { Language } from '../../model/types';
import { a1, columnLetter } from './a1';
import type {
  ChartsService,
  ConditionalFormatRule,
  Sheet,
  SheetRange,
  SpreadsheetAppService,
} from './services';
import type { Block, SheetPlan } from './sheet-plan';

export const TEXT = {
  chartTitle: { ja: '感情曲線', en: 'Emotion curve' },
  emotionHelp: {
    ja: '−2（とても不満）から +2（とても満足）の整数を入力してください。',
    en: 'Enter a whole number from −2 (very unhappy) to +2 (very happy).',
  },
} as const;

/** Hints start with these prefixes (see src/catalog): the rule greys exactly those cells. */
export const HINT_FORMULA = (cell: string) => `=REGEXMATCH(TO_TEXT(${cell}),"^(例：|e\\.g\\. )")`;

export interface WriteOptions {
  hints: boolean;
  language: Language;
  /** The team's own conditional-format rules, kept beside the builder's. */
  keepRules?: ConditionalFormatRule[];
  /**
   * The plan's area holds what a new sheet holds (a new sheet, or an area just cleared): no
   * notes, and Sheets' default text (10 pt, not bold, not italic). Those attributes are then
   * written only over the block where the plan differs.
   */
  fresh?: boolean;
}

/**
 * Sheets' default font size. No file can change it: the spreadsheet's default format "is
 * read-only" (SpreadsheetProperties.defaultFormat, Sheets API reference), and a theme changes the
 * font family and colours only.
 */
const DEFAULT_FONT_SIZE = 10;

/** The smallest block of `grid` holding every value other than `blank`, or null if there is none. */
export function changedBlock<T>(grid: readonly (readonly T[])[], blank: T): Block | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === blank) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return null;
  return { row: top + 1, column: left + 1, numRows: bottom - top + 1, numColumns: right - left + 1 };
}

/** Whether the plan draws an emotion curve (only when an emotion lane has a score: sheet-plan.ts). */
export function chartPlanned(plan: SheetPlan): boolean {
  return plan.chart !== null;
}

/**
 * The id of the chart inserted last, so a rebuild removes this chart and no other. A read: the
 * builder asks once every persona's writes are queued (build.ts), not right after each insert.
 */
export function lastChartId(sheet: Sheet): number | undefined {
  const charts = sheet.getCharts();
  return charts[charts.length - 1]?.getChartId() ?? undefined;
}

export function writeSheetPlan(
  app: SpreadsheetAppService,
  charts: ChartsService,
  sheet: Sheet,
  plan: SheetPlan,
  options: WriteOptions,
): void {
  const area = sheet.getRange(1, 1, plan.height, plan.width);
  const range = (b: Block) => sheet.getRange(b.row, b.column, b.numRows, b.numColumns);
  /** Writes `grid` over the area, or on a fresh area only over the block that is not `blank`. */
  const sparse = <T>(grid: T[][], blank: T, write: (target: SheetRange, values: T[][]) => void) => {
    if (!options.fresh) return write(area, grid);
    const b = changedBlock(grid, blank);
    if (b)
      write(
        range(b),
        grid
          .slice(b.row - 1, b.row - 1 + b.numRows)
          .map((row) => row.slice(b.column - 1, b.column - 1 + b.numColumns)),
      );
  };
  // Formats first: '@' (plain text) keeps "100%" or "=x" typed as text exactly as written.
  area.setNumberFormats(plan.numberFormats);
  area.setValues(plan.values.map((row) => row.map((v) => (v === null ? '' : v))));
  area.setBackgrounds(plan.backgrounds);
  area.setFontColors(plan.fontColors);
  sparse(plan.fontWeights, 'normal', (target, values) => target.setFontWeights(values));
  sparse(plan.fontStyles, 'normal', (target, values) => target.setFontStyles(values));
  sparse(plan.fontSizes, DEFAULT_FONT_SIZE, (target, values) => target.setFontSizes(values));
  area.setHorizontalAlignments(plan.alignments);
  sparse(plan.notes, '', (target, values) => target.setNotes(values));
  area.setVerticalAlignment('top');
  const grid = range(plan.grid);
  grid.setWrapStrategy(app.WrapStrategy.WRAP);
  grid.setBorder(true, true, true, true, true, true, THEME.border, app.BorderStyle.SOLID);
  range(plan.card).setWrapStrategy(app.WrapStrategy.WRAP);
  // Freeze before merging: a column inserted left of the frozen one, say, leaves the freeze where
  // the card's merges go, and Sheets refuses a merge across a frozen edge.
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  for (const merge of plan.merges) range(merge).merge();
  for (const row of plan.separatorRows) {
    sheet
      .getRange(row, 1, 1, plan.grid.numColumns)
      .setBorder(true, null, true, null, null, null, THEME.separatorLine, app.BorderStyle.DASHED);
  }

  sheet.setColumnWidth(1, THEME.labelColumnWidth);
  sheet.setColumnWidths(2, plan.width - 1, THEME.stageColumnWidth);
  sheet.setRowHeight(plan.titleRow, 36);
  // Runs of equal heights in one call each (most card fields are one line).
  for (let i = 0; i < plan.cardHeights.length; ) {
    let n = 1;
    while (plan.cardHeights[i + n]?.height === plan.cardHeights[i]!.height) n++;
    sheet.setRowHeights(plan.cardHeights[i]!.row, n, plan.cardHeights[i]!.height);
    i += n;
  }
  sheet.setRowHeight(plan.spacerRow, 10);
  sheet.setHiddenGridlines(true);

  const stageCount = plan.grid.numColumns - 1;
  if (plan.emotionRows.length > 0 && stageCount > 0) {
    const rule = app
      .newDataValidation()
      .requireNumberBetween(-2, 2)
      // A warning, not a refusal: a Japanese IME types full-width scores (２, －１) that Sheets
      // keeps as text; the reader takes them, and anything else becomes a finding, never lost.
      .setAllowInvalid(true)
      .setHelpText(TEXT.emotionHelp[options.language])
      .build();
    for (const row of plan.emotionRows) sheet.getRange(row, 2, 1, stageCount).setDataValidation(rule);
  }
  sheet.setConditionalFormatRules([
    ...(options.keepRules ?? []),
    ...conditionalRules(app, sheet, plan, options),
  ]);
  if (plan.chart) insertEmotionChart(sheet, charts, plan.chart, plan, options.language);

  for (const { row, value } of plan.rowKeys) {
    sheet
      .getRange(`${row}:${row}`)
      .addDeveloperMetadata(ROW_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
  }
  for (const { column, value } of plan.columnKeys) {
    const letter = columnLetter(column);
    sheet
      .getRange(`${letter}:${letter}`)
      .addDeveloperMetadata(COLUMN_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
  }
}

function conditionalRules(
  app: SpreadsheetAppService,
  sheet: Sheet,
  plan: SheetPlan,
  options: WriteOptions,
): ConditionalFormatRule[] {
  const rules: ConditionalFormatRule[] = [];
  const stageCount = plan.grid.numColumns - 1;
  if (options.hints && plan.content) {
    const c = plan.content;
    rules.push(
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(HINT_FORMULA(a1(c.row, c.column)))
        .setFontColor(THEME.hint)
        .setItalic(true)
        .setRanges([sheet.getRange(c.row, c.column, c.numRows, c.numColumns)])
        .build(),
    );
  }
  if (plan.emotionRows.length > 0 && stageCount > 0) {
    const ranges = plan.emotionRows.map((row) => sheet.getRange(row, 2, 1, stageCount));
    for (const score of [-2, -1, 1, 2]) {
      rules.push(
        app
          .newConditionalFormatRule()
          .whenNumberEqualTo(score)
          .setBackground(THEME.emotion[String(score)] ?? null)
          .setRanges(ranges)
          .build(),
      );
    }
  }
  for (const row of plan.metricRows) {
    if (stageCount < 2) continue;
    const first = a1(row, 2);
    const span = `$B$${row}:$${columnLetter(plan.grid.numColumns)}$${row}`;
    // The lowest conversion rate is where most people drop off (004: share reaching the next stage).
    rules.push(
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(ISNUMBER(${first}),COUNT(${span})>1,${first}=MIN(${span}))`)
        .setBackground(THEME.dropOffFill)
        .setFontColor(THEME.dropOffText)
        .setBold(true)
        .setRanges([sheet.getRange(row, 2, 1, stageCount)])
        .build(),
    );
  }
  return rules;
}

/** Draws the emotion curve (its id is read later: lastChartId). */
function insertEmotionChart(
  sheet: Sheet,
  charts: ChartsService,
  place: NonNullable<SheetPlan['chart']>,
  plan: SheetPlan,
  language: Language,
): void {
  const header = plan.grid.row;
  const width = plan.grid.numColumns;
  let builder = sheet
    .newChart()
    .setChartType(charts.ChartType.LINE)
    .addRange(sheet.getRange(header, 1, 1, width));
  for (const row of plan.emotionRows) builder = builder.addRange(sheet.getRange(row, 1, 1, width));
  // One range per row (the header, then each emotion lane): the rows are stacked into one table
  // (MERGE_ROWS), then transposed so stages run along the x axis and each lane is a series.
  // EmbeddedChartBuilder.setMergeStrategy defaults to MERGE_COLUMNS, which would lay the rows side
  // by side instead (https://developers.google.com/apps-script/reference/charts/chart-merge-strategy).
  const chart = builder
    .setMergeStrategy(charts.ChartMergeStrategy.MERGE_ROWS)
    .setTransposeRowsAndColumns(true)
    .setNumHeaders(1)
    .setPosition(place.row, place.column, 0, 0)
    .setOption('title', TEXT.chartTitle[language])
    .setOption('vAxis.minValue', -2)
    .setOption('vAxis.maxValue', 2)
    .setOption('pointSize', 7)
    .setOption('legend', { position: 'bottom' })
    .setOption('width', place.widthPixels)
    .setOption('height', place.heightPixels)
    .build();
  sheet.insertChart(chart);
}
