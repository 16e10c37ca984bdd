/**
 * What a rebuild may change on a journey sheet, captured before it writes anything, so a write
 * that still fails half-way (a quota, a timeout, a limit nobody documented) puts the sheet back
 * as it was: contents (formulas as formulas), notes, number formats, colours and fonts, data
 * validation, merges, frozen panes, conditional rules, charts and the builder's keys.
 * Whole-range calls only: the cost does not grow with the number of cells.
 */
import { COLUMN_KEY, JOURNEY_KEY, ROW_KEY } from '../../layout/keys';
import type {
  CellValueIn,
  ConditionalFormatRule,
  DataValidation,
  DeveloperMetadata,
  MetadataVisibility,
  Sheet,
  SheetRange,
} from './services';

interface Key {
  key: string;
  value: string;
  row?: number;
  column?: number;
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
  merges: { row: number; column: number; rows: number; columns: number }[];
  frozen: [number, number];
  rules: ConditionalFormatRule[];
  charts: Set<number | null>;
  keys: Key[];
}

function ownKeys(sheet: Sheet): DeveloperMetadata[] {
  const ours = [ROW_KEY, COLUMN_KEY];
  const located = ours.flatMap((key) => sheet.createDeveloperMetadataFinder().withKey(key).find());
  const journey = sheet
    .getDeveloperMetadata()
    .filter((md) => md.getKey() === JOURNEY_KEY || md.getKey().indexOf(`${JOURNEY_KEY}#`) === 0);
  return [...located, ...journey];
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

export function captureSheet(sheet: Sheet, rows: number, columns: number): SheetSnapshot {
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
    merges: area.getMergedRanges().map((m: SheetRange) => ({
      row: m.getRow(),
      column: m.getColumn(),
      rows: m.getNumRows(),
      columns: m.getNumColumns(),
    })),
    frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
    rules: sheet.getConditionalFormatRules(),
    charts: new Set(sheet.getCharts().map((c) => c.getChartId())),
    keys: ownKeys(sheet).map((md) => {
      const location = md.getLocation();
      const key: Key = { key: md.getKey(), value: md.getValue() ?? '' };
      const row = location.getRow();
      const column = location.getColumn();
      if (row && !column) key.row = row.getRow();
      if (column && !row) key.column = column.getColumn();
      return key;
    }),
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
      for (const m of snap.merges) sheet.getRange(m.row, m.column, m.rows, m.columns).merge();
    },
    () => sheet.setFrozenRows(snap.frozen[0]),
    () => sheet.setFrozenColumns(snap.frozen[1]),
    () => sheet.setConditionalFormatRules(snap.rules),
    () => {
      for (const chart of sheet.getCharts())
        if (!snap.charts.has(chart.getChartId())) sheet.removeChart(chart);
    },
    () => {
      for (const md of ownKeys(sheet)) md.remove();
      for (const k of snap.keys) {
        const target =
          k.row !== undefined
            ? sheet.getRange(`${k.row}:${k.row}`)
            : k.column !== undefined
              ? sheet.getRange(1, k.column, sheet.getMaxRows(), 1)
              : sheet;
        target.addDeveloperMetadata(k.key, k.value, visibility);
      }
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
