/**
 * Finds the journey tables in a hand-made grid: a stage header row (short labels across) over a
 * lane label column (labels down), at any offset, with blank spacer rows and columns, merged stage
 * groups above the stage row, and several tables stacked on one page. Structure only: what the
 * labels mean is recognize.ts's business.
 *
 * Not recognised yet: tables side by side on one sheet (the second one's cells read as findings),
 * stages down and lanes across (a transposed grid), a lane whose label is missing halfway down
 * (the table ends there; what follows is reported), text boxes laid out as a grid on a slide.
 */
import type { ForeignGrid, FoundTable, Merge } from './grid';
import { isCornerWord, isKnownStage, libraryLaneOf, PAIR, personaFieldOf } from './words';

/** A header label: one or two short lines, not a paragraph. */
const isShort = (t: string): boolean => t.length <= 60 && t.split('\n').length <= 2;

/**
 * A persona label ("名前", "Company: Acme") that is no lane and no stage: a persona block, not a
 * grid. Goals, challenges and notes (メモ) are lanes as often as persona fields: they never end a table.
 */
const isPersonaLabel = (t: string): boolean => {
  const label = PAIR.exec(t)?.[1] ?? t;
  const field = personaFieldOf(label);
  return (
    !!field &&
    !/^(?:goals|challenges|notes|informationSources)$/.test(field) &&
    !libraryLaneOf(label) &&
    !isKnownStage(label)
  );
};

export class GridView {
  readonly rows: number;
  readonly columns: number;
  private readonly heads = new Map<string, Merge>();
  private readonly covered = new Set<string>();

  constructor(readonly grid: ForeignGrid) {
    this.rows = grid.cells.length;
    this.columns = Math.max(0, ...grid.cells.map((r) => r.length));
    for (const m of grid.merges) {
      this.heads.set(`${m.row},${m.column}`, m);
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.column; c < m.column + m.columns; c++)
          if (r !== m.row || c !== m.column) this.covered.add(`${r},${c}`);
    }
  }

  /** The cell's text as shown (a merge's hidden cells show nothing). */
  raw(r: number, c: number): string {
    return this.covered.has(`${r},${c}`) ? '' : (this.grid.cells[r]?.[c] ?? '');
  }

  text(r: number, c: number): string {
    return this.raw(r, c).trim();
  }

  merge(r: number, c: number): Merge | undefined {
    return this.heads.get(`${r},${c}`);
  }

  filled(r: number, from = 0, to = this.columns - 1): number[] {
    const out: number[] = [];
    for (let c = from; c <= to; c++) if (this.text(r, c)) out.push(c);
    return out;
  }
}

interface Header {
  label: number;
  stages: number[];
  /** Stage headers that name a catalog stage. */
  known: number;
}

/** Is row `r` a stage header, and over which label column? */
function headerAt(v: GridView, r: number): Header | undefined {
  const cs = v.filled(r);
  if (cs.length < 2 || cs.some((c) => !isShort(v.text(r, c)) || isPersonaLabel(v.text(r, c))))
    return undefined;
  const first = cs[0]!;
  let label: number | undefined;
  let stages = cs;
  if (isCornerWord(v.text(r, first))) {
    label = first;
    stages = cs.slice(1);
  } else {
    // The label column is left of the first stage, past at most two spacer columns: where the
    // first row with text under the header starts (not any text further down, another grid's).
    const right = cs[cs.length - 1]!;
    for (let rr = r + 1; rr < v.rows; rr++) {
      const start = v.filled(rr, Math.max(0, first - 3), right)[0];
      if (start === undefined) continue;
      if (start < first) label = start;
      break;
    }
    if (label === undefined) {
      // A corner holding the team's own words: only when the stages themselves are recognised.
      const rest = cs.slice(1);
      if (rest.filter((c) => isKnownStage(v.text(r, c))).length * 2 < rest.length || rest.length === 0)
        return undefined;
      label = first;
      stages = rest;
    }
  }
  if (stages.length < 2) return undefined;
  // The first row with text under the header must be a lane: labelled, and not another corner.
  const right = stages[stages.length - 1]!;
  for (let rr = r + 1; rr < v.rows; rr++) {
    if (v.filled(rr, label, right).length === 0) continue;
    const t = v.text(rr, label);
    if (!t || isCornerWord(t) || isPersonaLabel(t)) return undefined;
    break;
  }
  if (r + 1 >= v.rows) return undefined;
  return { label, stages, known: stages.filter((c) => isKnownStage(v.text(r, c))).length };
}

/** A header whose stages are mostly catalog stages: a new grid starts, whatever the column. */
function strongHeader(v: GridView, r: number): boolean {
  const h = r < v.rows ? headerAt(v, r) : undefined;
  return !!h && h.known >= 2 && h.known * 2 >= h.stages.length;
}

/** Rows right above the stage row that group its stages (merged headers such as 購入前 / 購入後). */
function groupRowsAbove(v: GridView, r: number, h: Header, right: number, floor: number): number[] {
  const rows: number[] = [];
  for (let g = r - 1; g >= floor && rows.length < 2; g--) {
    const cs = v.filled(g);
    const inside =
      cs.length >= 2 && cs.length <= h.stages.length && cs.every((c) => c >= h.stages[0]! && c <= right);
    if (!inside || cs.some((c) => !isShort(v.text(g, c)))) break;
    rows.unshift(g);
  }
  return rows;
}

function tableAt(v: GridView, r: number, floor: number): FoundTable | undefined {
  const h = headerAt(v, r);
  if (!h) return undefined;
  const stages = h.stages.map((c) => {
    const m = v.merge(r, c);
    const width = m ? m.columns : 1;
    return { label: v.text(r, c), columns: Array.from({ length: width }, (_, i) => c + i) };
  });
  const right = Math.max(...stages.map((s) => s.columns[s.columns.length - 1]!));
  const lanes: FoundTable['lanes'] = [];
  for (let rr = r + 1; rr < v.rows; ) {
    const label = v.text(rr, h.label);
    if (!label) {
      // A blank spacer row goes on; text under the stages without a lane label ends the table.
      if (v.filled(rr, h.label, right).length > 0) break;
      rr++;
      continue;
    }
    if (isCornerWord(label) || isPersonaLabel(label)) break;
    // Another grid's header here, or on the next row (this one is its group row or caption).
    if (strongHeader(v, rr) || strongHeader(v, rr + 1)) break;
    const height = v.merge(rr, h.label)?.rows ?? 1;
    lanes.push({ label, rows: Array.from({ length: height }, (_, i) => rr + i) });
    rr += height;
  }
  // A label with no cells under the table that reads as a note ("※ …", a sentence) is a caption.
  while (lanes.length > 1) {
    const last = lanes[lanes.length - 1]!;
    const empty = last.rows.every((row) => v.filled(row, h.label + 1, right).length === 0);
    if (!empty || !/^(?:[※*＊注]|note|source|出典)|^.{41}/i.test(last.label)) break;
    lanes.pop();
  }
  if (lanes.length === 0) return undefined;
  const groupRows = groupRowsAbove(v, r, h, right, floor);
  const bottom = lanes[lanes.length - 1]!.rows[lanes[lanes.length - 1]!.rows.length - 1]!;
  return {
    top: groupRows[0] ?? r,
    headerRow: r,
    groupRows,
    labelColumn: h.label,
    stages,
    lanes,
    bottom,
    right,
  };
}

/** Every journey table in the grid, top to bottom. */
export function findTables(v: GridView): FoundTable[] {
  const found: FoundTable[] = [];
  for (let r = 0; r < v.rows; r++) {
    const last = found[found.length - 1];
    // A row right under a table, where a lane label was left out: not a new table's stages
    // unless they name catalog stages or a corner word says so (else a phantom journey whose
    // stages are the team's cells); its cells are reported by address instead.
    if (last && r === last.bottom + 1 && !strongHeader(v, r) && !isCornerWord(v.text(r, last.labelColumn)))
      continue;
    const table = tableAt(v, r, last ? last.bottom + 1 : 0);
    if (!table) continue;
    found.push(table);
    r = table.bottom;
  }
  return found;
}
