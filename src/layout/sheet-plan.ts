/**
 * A journey table plan placed on a sheet: the title row, the persona card (a row per filled
 * field, wrapped across the stage columns), a spacer, then the grid, with everything the writer
 * needs as whole-sheet 2-D arrays (one service call each) plus the few structural pieces (merges,
 * keys, validation, rules, chart) that need calls of their own. The SpreadsheetApp writer and Send
 * to Sheets both draw this plan. Pure: tests and the benchmark inspect it without any Apps Script.
 */

import { toPercentPoints } from '../model/cells';
import type { CellValue, JourneyDocument, Persona } from '../model/types';
import { cardLabel, cardRowHeight, cardText } from './card';
import { withEmotionScale } from './emotion';
import { CARD_FIELDS, type CardField, encodeColumn, encodeRow, type RowRole } from './keys';
import type { PlanCell, TablePlan } from './table';
import { NUMBER_FORMATS, THEME } from './theme';

export const TEXT = {
  chartTitle: { ja: '感情曲線', en: 'Emotion curve' },
  emotionHelp: {
    ja: '−2（とても不満）から +2（とても満足）の整数を入力してください。',
    en: 'Enter a whole number from −2 (very unhappy) to +2 (very happy).',
  },
} as const;

/** Hints start with these prefixes (see src/catalog): the rule greys exactly those cells. */
export const HINT_FORMULA = (cell: string) => `=REGEXMATCH(TO_TEXT(${cell}),"^(例：|e\\.g\\. )")`;

export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetPlan {
  height: number;
  width: number;
  values: (CellValue | null)[][];
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: ('bold' | 'normal')[][];
  fontStyles: ('italic' | 'normal')[][];
  fontSizes: number[][];
  alignments: ('left' | 'center' | 'right')[][];
  notes: string[][];
  merges: Block[];
  rowKeys: { row: number; value: string }[];
  columnKeys: { column: number; value: string }[];
  frozenRows: number;
  frozenColumns: number;
  /** The grid proper (header to last lane), bordered and wrapped. */
  grid: Block;
  /** Card values, each merged across the stage columns and wrapped. */
  card: Block;
  /** Each card row's height: enough for its wrapped text (see cardRowHeight). */
  cardHeights: { row: number; height: number }[];
  separatorRows: number[];
  emotionRows: number[];
  metricRows: number[];
  /** Content cells (all stages × all lanes), where hints may show. */
  content: Block | null;
  stageColumns: Block;
  titleRow: number;
  cardRows: Block;
  spacerRow: number;
  chartAnchorRow: number;
  /** The emotion curve, over exactly the stage columns; null when no emotion lane has a score. */
  chart: (Block & { widthPixels: number; heightPixels: number }) | null;
}

const CARD_TOP = 2;

const CHART_HEIGHT = 260;

/** The card's rows: the name, then every filled field (an empty one has nothing to show). */
function cardFields(persona: Persona): CardField[] {
  return CARD_FIELDS.filter((field) => field === 'name' || cardText(persona, field, 'en').trim() !== '');
}

export function planSheet(doc: JourneyDocument, persona: Persona, table: TablePlan): SheetPlan {
  const language = doc.language;
  const width = Math.max(2, table.columns.length);
  const fields = cardFields(persona);
  const gridTop = CARD_TOP + fields.length + 1;
  const height = gridTop + table.rows.length - 1;
  const blank = <T>(v: T): T[][] =>
    Array.from({ length: height }, () => Array.from({ length: width }, () => v));

  const plan: SheetPlan = {
    height,
    width,
    values: blank<CellValue | null>(null),
    numberFormats: blank(NUMBER_FORMATS.text as string),
    backgrounds: blank('#ffffff'),
    fontColors: blank(THEME.text as string),
    fontWeights: blank<'bold' | 'normal'>('normal'),
    fontStyles: blank<'italic' | 'normal'>('normal'),
    fontSizes: blank(THEME.bodySize as number),
    alignments: blank<'left' | 'center' | 'right'>('left'),
    notes: blank(''),
    merges: [],
    rowKeys: [],
    columnKeys: table.columns.map((role, i) => ({ column: i + 1, value: encodeColumn(role) })),
    frozenRows: gridTop + table.headerRow,
    frozenColumns: 1,
    grid: { row: gridTop, column: 1, numRows: table.rows.length, numColumns: table.columns.length },
    card: { row: CARD_TOP, column: 2, numRows: fields.length, numColumns: width - 1 },
    cardHeights: [],
    separatorRows: table.mergedRows.map((r) => gridTop + r),
    emotionRows: table.emotionRows.map((r) => gridTop + r),
    metricRows: table.metricRows.map((r) => gridTop + r),
    content: null,
    stageColumns: {
      row: gridTop,
      column: 2,
      numRows: table.rows.length,
      numColumns: table.columns.length - 1,
    },
    titleRow: 1,
    cardRows: { row: CARD_TOP, column: 1, numRows: fields.length, numColumns: width },
    spacerRow: gridTop - 1,
    chartAnchorRow: height + 2,
    chart: null,
  };

  const put = (row: number, column: number, cell: Pick<PlanCell, 'value' | 'style' | 'note'>) => {
    const r = row - 1;
    const c = column - 1;
    // Rates are written as percent points under their literal-% format (layout/theme.ts).
    const rate = cell.style.numberFormat === NUMBER_FORMATS.metric && typeof cell.value === 'number';
    plan.values[r]![c] = rate ? toPercentPoints(cell.value as number) : cell.value;
    plan.numberFormats[r]![c] = cell.style.numberFormat;
    plan.backgrounds[r]![c] = cell.style.background;
    plan.fontColors[r]![c] = cell.style.fontColor;
    plan.fontWeights[r]![c] = cell.style.bold ? 'bold' : 'normal';
    plan.fontStyles[r]![c] = cell.style.italic ? 'italic' : 'normal';
    plan.fontSizes[r]![c] = cell.style.fontSize;
    plan.alignments[r]![c] = cell.style.align;
    plan.notes[r]![c] = cell.note ?? '';
  };
  const key = (row: number, role: RowRole) => plan.rowKeys.push({ row, value: encodeRow(role) });
  const baseStyle = {
    background: '#ffffff',
    fontColor: THEME.text,
    bold: false,
    italic: false,
    fontSize: THEME.bodySize,
    align: 'left' as const,
    numberFormat: NUMBER_FORMATS.text,
  };

  // Nothing may be merged across column A: it is frozen, and Sheets refuses a merge that straddles
  // the frozen edge (and refuses to freeze through one). The title sits in B1, above the card's
  // values, and overflows to the right over the empty cells there.
  put(1, 2, { value: doc.title, style: { ...baseStyle, bold: true, fontSize: THEME.titleSize } });
  key(1, { kind: 'title' });

  fields.forEach((field, i) => {
    const row = CARD_TOP + i;
    const anti = field === 'name' && persona.antiPersona;
    const label = cardLabel(field, persona.antiPersona, language);
    put(row, 1, {
      value: label,
      style: {
        ...baseStyle,
        fontColor: anti ? THEME.antiPersona : THEME.cardLabel,
        background: anti ? THEME.antiPersonaFill : '#ffffff',
        bold: anti,
      },
    });
    const value = cardText(persona, field, language);
    const fontSize = field === 'name' ? THEME.headerSize : THEME.bodySize;
    put(row, 2, {
      value: value === '' ? null : value,
      style: { ...baseStyle, bold: field === 'name', fontSize },
    });
    plan.cardHeights.push({
      row,
      height: cardRowHeight(value, (width - 1) * THEME.stageColumnWidth, fontSize),
    });
    if (width > 2) plan.merges.push({ row, column: 2, numRows: 1, numColumns: width - 1 });
    key(row, { kind: 'card', field });
  });

  table.rows.forEach((role, i) => {
    const row = gridTop + i;
    key(row, role);
    table.cells[i]!.forEach((cell, c) => {
      // In Sheets a hint is drawn grey by a conditional rule instead, so text typed over it is
      // not left grey and italic: the cell itself gets the ordinary content style.
      put(row, c + 1, cell.role === 'hint' ? { ...cell, style: { ...baseStyle } } : cell);
    });
  });
  // The emotion lane states its scale under its label (the reader takes the line off again).
  for (const row of plan.emotionRows) {
    const label = plan.values[row - 1]![0];
    if (typeof label === 'string') plan.values[row - 1]![0] = withEmotionScale(label, language);
  }
  const stageCount = table.columns.length - 1;
  const scored = plan.emotionRows.some((row) =>
    plan.values[row - 1]!.slice(1).some((v) => typeof v === 'number'),
  );
  if (scored && stageCount > 0) {
    plan.chart = {
      row: plan.chartAnchorRow,
      column: 2,
      numRows: 1,
      numColumns: stageCount,
      widthPixels: stageCount * THEME.stageColumnWidth,
      heightPixels: CHART_HEIGHT,
    };
  }
  // A service-blueprint line's label moves from the frozen column A to B, merged across the stages.
  for (const row of plan.separatorRows) {
    const r = row - 1;
    const move = <T>(grid: T[][]) => {
      grid[r]![1] = grid[r]![0]!;
    };
    for (const grid of [plan.values, plan.fontColors, plan.fontStyles, plan.alignments])
      move(grid as unknown[][]);
    plan.values[r]![0] = null;
    if (table.columns.length > 2)
      plan.merges.push({ row, column: 2, numRows: 1, numColumns: table.columns.length - 1 });
  }

  const laneRows = table.rows.flatMap((role, i) => (role.kind === 'lane' ? [gridTop + i] : []));
  if (laneRows.length > 0 && table.columns.length > 1) {
    const first = Math.min(...laneRows);
    plan.content = {
      row: first,
      column: 2,
      numRows: Math.max(...laneRows) - first + 1,
      numColumns: table.columns.length - 1,
    };
  }
  return plan;
}
