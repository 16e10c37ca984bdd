/**
 * Embedded charts as data: copying a chart's specification, the specification of a new builder,
 * and the table a chart draws from its ranges (what inspect() shows). The script-facing builder
 * and chart objects are in charts.ts.
 */
import type { CellOut, ChartSpec, Recalc } from './document-model';

export function cloneSpec(spec: ChartSpec): ChartSpec {
  return {
    type: spec.type,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: structuredClone(spec.options),
    anchor: { ...spec.anchor },
    numHeaders: spec.numHeaders,
    transpose: spec.transpose,
    mergeStrategy: spec.mergeStrategy,
  };
}

export function emptySpec(): ChartSpec {
  return {
    type: 'LINE',
    ranges: [],
    options: {},
    anchor: { row: 0, col: 0, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
  };
}

export interface ChartData {
  /** The x-axis labels. */
  domain: string[];
  /** Each series: its name (from the header) and its values along the domain. */
  series: { name: string; values: (CellOut | null)[] }[];
}

/**
 * The data a chart draws, as Sheets builds it: the ranges merged into one table (side by side for
 * MERGE_COLUMNS, stacked for MERGE_ROWS), transposed if asked, then the first column is the
 * domain and every other column a series, named by the header rows (numHeaders; -1, "guess",
 * is taken as one header row when the first row holds text).
 */
export function chartData(spec: ChartSpec, recalc: Recalc): ChartData {
  const blocks = spec.ranges.map((ref) => {
    const rows: { text: string; value: CellOut }[][] = [];
    for (let r = ref.rect.r1; r <= ref.rect.r2; r++) {
      const row: { text: string; value: CellOut }[] = [];
      for (let c = ref.rect.c1; c <= ref.rect.c2; c++)
        row.push({ text: ref.sheet.readDisplay(r, c, recalc), value: ref.sheet.readValue(r, c, recalc) });
      rows.push(row);
    }
    return rows;
  });
  let table: { text: string; value: CellOut }[][] =
    spec.mergeStrategy === 'MERGE_ROWS'
      ? blocks.flat()
      : Array.from({ length: Math.max(0, ...blocks.map((b) => b.length)) }, (_, r) =>
          blocks.flatMap((b) => b[r] ?? []),
        );
  if (spec.transpose) {
    const width = Math.max(0, ...table.map((row) => row.length));
    table = Array.from({ length: width }, (_, c) => table.map((row) => row[c]!).filter(Boolean));
  }
  const headers =
    spec.numHeaders >= 0 ? spec.numHeaders : table[0]?.some((cell) => typeof cell.value === 'string') ? 1 : 0;
  const body = table.slice(headers);
  const width = Math.max(0, ...table.map((row) => row.length));
  const series: ChartData['series'] = [];
  for (let c = 1; c < width; c++) {
    series.push({
      name: table
        .slice(0, headers)
        .map((row) => row[c]?.text ?? '')
        .join(' '),
      values: body.map((row) => {
        const v = row[c]?.value;
        return v === undefined || v === '' ? null : v;
      }),
    });
  }
  return { domain: body.map((row) => row[0]?.text ?? ''), series };
}
