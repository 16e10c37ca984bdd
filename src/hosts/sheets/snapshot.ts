/**
 * What a rebuild may change on a journey sheet, captured before it writes anything, so a write
 * that still fails half-way (a quota, a timeout, a limit nobody documented) puts the sheet back
 * as it was: contents (formulas as formulas), notes, number formats, colours and fonts, data
 * validation, merges, frozen panes, conditional rules, charts and the builder's keys.
 * Whole-range calls only: the cost does not grow with the number of cells.
 */
import { COLUMN_KEY, JOURNEY_KEY, ROW_KEY } from '../../layout/keys';
import { columnLetter } from './a1';
import type {
  CellValueIn,
  ConditionalFormatRule,
  DataValidation,
  EmbeddedChart,
  MetadataVisibility,
  Sheet,
} from './services';
import type { Block } from './sheet-plan';
import { writeStored } from './store';

/** The builder's keys as they were: per row and column (1-based index → value), and the journey's. */
export interface SheetKeys {
  rows: (string | undefined)[];
  columns: (string | undefined)[];
  journey: string;
}

export interface SheetSnapshot {
  rows: number;
  columns: number;
  contents: CellValueIn[][];
  notes: string[][];
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontStyles: string[][];
  validations: (DataValidation | null)[][];
  merges: Block[];
  frozen: [number, number];
  rules: ConditionalFormatRule[];
  charts: Set<number | null>;
  keys: SheetKeys;
}

/**
 * A text written back into a cell that is not plain text would be parsed again ("00123" would turn
 * into a number): a leading apostrophe keeps it text, as typing does.
 */
function contentOf(value: unknown, formula: string, format: string): CellValueIn {
  if (formula !== '') return formula;
  if (typeof value === 'string' && value !== '' && format !== '@' && value.length < 50_000)
    return `'${value}`;
  return value as CellValueIn;
}

/**
 * Captures rows × columns from A1; `merges`, `keys` and `charts` come from what the rebuild
 * already read.
 */
export function captureSheet(
  sheet: Sheet,
  rows: number,
  columns: number,
  merges: readonly Block[],
  keys: SheetKeys,
  charts: readonly EmbeddedChart[],
): SheetSnapshot {
  const area = sheet.getRange(1, 1, rows, columns);
  const values = area.getValues();
  const formulas = area.getFormulas();
  const numberFormats = area.getNumberFormats();
  return {
    rows,
    columns,
    contents: values.map((row, r) =>
      row.map((v, c) => contentOf(v, formulas[r]![c]!, numberFormats[r]![c]!)),
    ),
    notes: area.getNotes(),
    numberFormats,
    backgrounds: area.getBackgrounds(),
    fontColors: area.getFontColors() as string[][],
    fontWeights: area.getFontWeights(),
    fontStyles: area.getFontStyles(),
    validations: area.getDataValidations(),
    merges: merges.filter((m) => m.row <= rows && m.column <= columns),
    frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
    rules: sheet.getConditionalFormatRules(),
    charts: new Set(charts.map((c) => c.getChartId())),
    keys,
  };
}

/** Puts the sheet back as captured. Each step is tried even when an earlier one fails. */
export function restoreSheet(sheet: Sheet, snap: SheetSnapshot, visibility: MetadataVisibility): void {
  const steps: (() => void)[] = [
    () => sheet.setFrozenRows(0),
    () => sheet.setFrozenColumns(0),
    () => {
      const area = sheet.getRange(1, 1, snap.rows, snap.columns);
      for (const m of area.getMergedRanges()) m.breakApart();
      area.clearDataValidations();
      area.clear();
      area.setNumberFormats(snap.numberFormats);
      area.setValues(snap.contents);
      area.setNotes(snap.notes);
      area.setBackgrounds(snap.backgrounds);
      area.setFontColors(snap.fontColors);
      area.setFontWeights(snap.fontWeights);
      area.setFontStyles(snap.fontStyles);
      area.setDataValidations(snap.validations);
    },
    () => {
      for (const m of snap.merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
    },
    () => sheet.setFrozenRows(snap.frozen[0]),
    () => sheet.setFrozenColumns(snap.frozen[1]),
    () => sheet.setConditionalFormatRules(snap.rules),
    () => {
      for (const chart of sheet.getCharts())
        if (!snap.charts.has(chart.getChartId())) sheet.removeChart(chart);
    },
    () => {
      for (const key of [ROW_KEY, COLUMN_KEY])
        for (const md of sheet.createDeveloperMetadataFinder().withKey(key).find()) md.remove();
      snap.keys.rows.forEach((value, i) => {
        if (value !== undefined)
          sheet.getRange(`${i + 1}:${i + 1}`).addDeveloperMetadata(ROW_KEY, value, visibility);
      });
      snap.keys.columns.forEach((value, i) => {
        const letter = columnLetter(i + 1);
        if (value !== undefined)
          sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, value, visibility);
      });
      writeStored(sheet, JOURNEY_KEY, snap.keys.journey, visibility);
    },
  ];
  for (const step of steps) {
    try {
      step();
    } catch {
      // Keep going: every part put back is worth more than stopping at the first failure.
    }
  }
}
