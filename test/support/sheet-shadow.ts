/**
 * The oracle of the Sheets random-edit property: a shadow of each journey sheet that knows, for
 * every text on it, where a user would say it belongs (persona, lane, stage, the title, a card
 * field, or "outside the grid" at an address). The shadow is seeded from the builder's fresh keys
 * right after a build and then moved by the test itself through every edit (inserts, deletes,
 * moves, sorts, merges), independently of the reader; `sheetFacts` turns it into facts the
 * read-back must satisfy.
 *
 * A row's lane is the lane its label cell names: a sort that carries the label carries the lane
 * (the keys on rows stay put, as Sheets leaves dimension metadata where it is), a sort that
 * leaves the labels moves the content into other lanes.
 */
import type { Spreadsheet } from '../../dev/emulator/contract';
import { unwrap } from '../../dev/emulator/expose';
import { metadataSnapshots, type SheetSnapshot } from '../../dev/emulator/inspect';
import { rectA1 } from '../../dev/emulator/sheets/a1';
import type { SpreadsheetImpl } from '../../dev/emulator/sheets/spreadsheet';
import { hintFor } from '../../src/catalog';
import { cardLabels } from '../../src/layout/card';
import { stripEmotionScale } from '../../src/layout/emotion';
import { type CardField, decodeColumn, decodeRow } from '../../src/layout/keys';
import { loopText } from '../../src/layout/table';
import type { JourneyDocument, Language } from '../../src/model/types';
import { assignJourneyIds } from '../../src/read/assemble';
import { type Fact, newLaneLabels, newStageLabels } from './facts';

export type RowRole =
  | { kind: 'title' | 'header' | 'loop' | 'separator' | 'other' }
  | { kind: 'card'; field: CardField }
  /** A keyed lane (id), or one a user inserted inside the grid (no id: named by its label cell). */
  | { kind: 'lane'; laneId?: string };

export type ColumnRole = { kind: 'labels' | 'other' } | { kind: 'stage'; stageId?: string };

interface Line<R> {
  uid: number;
  role: R;
  /** The builder keyed this row: its key stays on it when a sort carries the label elsewhere. */
  keyed?: boolean;
}

let nextUid = 1;

export function a1(row: number, column: number): string {
  let c = column + 1;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** What the oracle needs of a sheet: a small part of the emulator's snapshot, cheap enough to take after every edit. */
export type SheetView = Pick<
  SheetSnapshot,
  | 'sheetId'
  | 'name'
  | 'index'
  | 'maxRows'
  | 'maxColumns'
  | 'lastRow'
  | 'lastColumn'
  | 'displayValues'
  | 'notes'
  | 'merges'
  | 'metadata'
>;

/** The sheets as a person sees them (what they show, notes, merges) plus their keys. */
export function viewSheets(spreadsheet: Spreadsheet): SheetView[] {
  const doc = (unwrap(spreadsheet) as SpreadsheetImpl).model;
  const recalc = doc.recalc();
  return doc.sheets.map((sheet, i) => {
    const used = sheet.grid.usedExtent();
    const rows = Math.max(used.rows, ...sheet.merges.map((m) => m.r2 + 1));
    const columns = Math.max(used.cols, ...sheet.merges.map((m) => m.c2 + 1));
    const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => fn(r, c)));
    return {
      sheetId: sheet.id,
      name: sheet.name,
      index: i + 1,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxCols,
      lastRow: sheet.grid.lastContentRow(),
      lastColumn: sheet.grid.lastContentColumn(),
      displayValues: grid((r, c) => sheet.readDisplay(r, c, recalc)),
      notes: grid((r, c) => sheet.grid.get(r, c)?.note ?? ''),
      merges: sheet.merges.map((m) => ({
        sheet: sheet.name,
        a1: rectA1(m),
        row: m.r1 + 1,
        column: m.c1 + 1,
        numRows: m.r2 - m.r1 + 1,
        numColumns: m.c2 - m.c1 + 1,
      })),
      metadata: metadataSnapshots(doc, sheet),
    };
  });
}

/** One journey sheet as the user sees it: rows, columns and the texts the oracle follows. */
export class ShadowSheet {
  rows: Line<RowRole>[] = [];
  cols: Line<ColumnRole>[] = [];
  /** Tracked texts by `${rowUid},${colUid}`. */
  cells = new Map<string, string>();
  notes = new Map<string, string>();
  /** Each keyed lane's label as the builder wrote it: a sort carrying another text is a rename carried. */
  builtLabels = new Map<string, string>();
  /** A sort carried lane labels away from their keyed rows since the last build. */
  sortedLabels = false;

  constructor(
    public sheetId: number,
    /** The persona key the sheet carries (copies carry their original's). */
    public personaKey: string,
    public language: Language,
  ) {}

  static key(rowUid: number, colUid: number): string {
    return `${rowUid},${colUid}`;
  }

  get(r: number, c: number): string | undefined {
    const row = this.rows[r];
    const col = this.cols[c];
    return row && col ? this.cells.get(ShadowSheet.key(row.uid, col.uid)) : undefined;
  }

  set(r: number, c: number, text: string | undefined): void {
    this.grow(r + 1, c + 1);
    const k = ShadowSheet.key(this.rows[r]!.uid, this.cols[c]!.uid);
    if (text === undefined || text.trim() === '') this.cells.delete(k);
    else this.cells.set(k, text);
  }

  setNote(r: number, c: number, note: string): void {
    this.grow(r + 1, c + 1);
    this.notes.set(ShadowSheet.key(this.rows[r]!.uid, this.cols[c]!.uid), note);
  }

  grow(rows: number, cols: number): void {
    while (this.rows.length < rows) this.rows.push({ uid: nextUid++, role: { kind: 'other' } });
    while (this.cols.length < cols) this.cols.push({ uid: nextUid++, role: { kind: 'other' } });
  }

  copy(sheetId: number): ShadowSheet {
    const s = new ShadowSheet(sheetId, this.personaKey, this.language);
    s.rows = this.rows.map((r) => ({ ...r }));
    s.cols = this.cols.map((c) => ({ ...c }));
    s.cells = new Map(this.cells);
    s.notes = new Map(this.notes);
    s.builtLabels = new Map(this.builtLabels);
    s.sortedLabels = this.sortedLabels;
    return s;
  }

  insertRow(at: number, role: RowRole): void {
    this.rows.splice(at, 0, { uid: nextUid++, role });
  }

  insertColumn(at: number, role: ColumnRole): void {
    this.cols.splice(at, 0, { uid: nextUid++, role });
  }

  deleteRow(at: number): void {
    this.rows.splice(at, 1);
  }

  deleteColumn(at: number): void {
    this.cols.splice(at, 1);
  }

  moveRow(from: number, to: number): void {
    const [row] = this.rows.splice(from, 1);
    this.rows.splice(to > from ? to - 1 : to, 0, row!);
  }

  /** Merging keeps only the top-left text (Sheets' rule). */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.set(r, c, undefined);
  }

  /**
   * A sort of rows r1..r2, columns c1..c2, whose outcome `order[k]` (the old index of the row now
   * at r1 + k) the test learned from the sheet. The label carries the lane when it is sorted.
   */
  sort(r1: number, c1: number, c2: number, order: number[]): void {
    const before = order.map((_, k) => this.rows[r1 + k]!);
    const roles = before.map((row) => row.role);
    const moved = new Map<string, string | undefined>();
    order.forEach((old, k) => {
      for (let c = c1; c <= c2; c++) moved.set(`${k},${c}`, this.get(r1 + old, c));
    });
    order.forEach((_, k) => {
      for (let c = c1; c <= c2; c++) this.set(r1 + k, c, moved.get(`${k},${c}`));
    });
    // Notes belong to their cells and go with them.
    const notes = new Map<string, string | undefined>();
    order.forEach((old, k) => {
      for (let c = c1; c <= c2; c++)
        notes.set(`${k},${c}`, this.notes.get(ShadowSheet.key(before[old]!.uid, this.cols[c]!.uid)));
    });
    order.forEach((_, k) => {
      for (let c = c1; c <= c2; c++) {
        const key = ShadowSheet.key(this.rows[r1 + k]!.uid, this.cols[c]!.uid);
        const note = notes.get(`${k},${c}`);
        if (note === undefined) this.notes.delete(key);
        else this.notes.set(key, note);
      }
    });
    const labels = this.columnIndex('labels');
    if (labels < c1 || labels > c2) return;
    order.forEach((old, k) => {
      this.rows[r1 + k]!.role = roles[old]!;
    });
  }

  columnIndex(kind: 'labels'): number {
    return this.cols.findIndex((c) => c.role.kind === kind);
  }

  rowIndex(kind: 'header' | 'title'): number {
    return this.rows.findIndex((r) => r.role.kind === kind);
  }

  /** Rows of the grid's lanes: keyed lanes, and unkeyed ones inside the grid (between header and last keyed row). */
  laneRows(): number[] {
    const span = this.gridRows();
    return span.filter((r) => this.rows[r]!.role.kind === 'lane');
  }

  /**
   * Row indices from the first lane row to the last keyed grid row: a row whose role is a keyed
   * lane, or a row that still holds a key after a sort carried its label (and lane) elsewhere.
   */
  gridRows(): number[] {
    const header = this.rowIndex('header');
    const keyed = this.rows.flatMap((row, r) =>
      (row.role.kind === 'lane' && row.role.laneId) ||
      row.keyed ||
      row.role.kind === 'separator' ||
      row.role.kind === 'loop'
        ? [r]
        : [],
    );
    if (keyed.length === 0) return [];
    const top = header >= 0 ? header + 1 : Math.min(...keyed);
    const bottom = Math.max(...keyed);
    return Array.from({ length: Math.max(0, bottom - top + 1) }, (_, i) => top + i);
  }

  /** Columns of the grid's stages: keyed ones, and unkeyed ones between the labels and the last keyed stage. */
  stageColumns(): number[] {
    const labels = this.columnIndex('labels');
    const keyed = this.cols.flatMap((col, c) => (col.role.kind === 'stage' && col.role.stageId ? [c] : []));
    if (keyed.length === 0) return [];
    const left = labels >= 0 ? labels + 1 : Math.min(...keyed);
    const right = Math.max(...keyed);
    const span = Array.from({ length: Math.max(0, right - left + 1) }, (_, i) => left + i);
    return span.filter((c) => this.cols[c]!.role.kind === 'stage');
  }

  /** The role a row must have if inserted at `at` (before the row now there): a new lane inside the grid. */
  roleForInsertedRow(at: number): RowRole {
    const grid = this.gridRows();
    return grid.length > 0 && at >= grid[0]! && at <= grid[grid.length - 1]!
      ? { kind: 'lane' }
      : { kind: 'other' };
  }

  roleForInsertedColumn(at: number): ColumnRole {
    const stages = this.stageColumns();
    const labels = this.columnIndex('labels');
    return stages.length > 0 && at > labels && labels >= 0 && at <= stages[stages.length - 1]!
      ? { kind: 'stage' }
      : { kind: 'other' };
  }
}

/**
 * A shadow of a sheet the builder just wrote: roles from its keys (the builder's claim about a
 * layout it has just made), and every text that is not the builder's own words.
 */
export function seedShadow(
  snapshot: SheetView,
  doc: Pick<JourneyDocument, 'frameworkId' | 'language' | 'stages' | 'lanes' | 'title'>,
  hints: boolean,
  personaKey: string,
): ShadowSheet {
  const shadow = new ShadowSheet(snapshot.sheetId, personaKey, doc.language);
  shadow.grow(snapshot.maxRows, snapshot.maxColumns);
  for (const md of snapshot.metadata) {
    if (md.key === 'journeygrid.row' && md.row !== undefined) {
      const role = decodeRow(md.value);
      const row = shadow.rows[md.row - 1]!;
      if (!role) continue;
      if (role.kind === 'lane') {
        row.role = { kind: 'lane', laneId: role.laneId };
        row.keyed = true;
      } else if (role.kind === 'card') row.role = { kind: 'card', field: role.field };
      else if (role.kind === 'stage-header') row.role = { kind: 'header' };
      else row.role = { kind: role.kind };
    }
    if (md.key === 'journeygrid.column' && md.column !== undefined) {
      const role = decodeColumn(md.value);
      const col = shadow.cols[md.column - 1]!;
      if (role?.kind === 'labels') col.role = { kind: 'labels' };
      else if (role?.kind === 'stage') col.role = { kind: 'stage', stageId: role.stageId };
    }
  }
  const labels = shadow.columnIndex('labels');
  const loops = new Set<string>();
  for (const s of doc.stages) {
    const target = doc.stages.find((t) => t.id === s.loopsBackTo);
    if (target) loops.add(loopText(target.label, doc.language));
  }
  snapshot.displayValues.forEach((line, r) => {
    line.forEach((text, c) => {
      if (text.trim() === '') return;
      const row = shadow.rows[r]!.role;
      const col = shadow.cols[c]!.role;
      if (row.kind === 'separator' || row.kind === 'loop') return;
      if (row.kind === 'header' && c === labels) return;
      // The form's own title is the builder's word; another sheet may show a newer one typed there.
      if (row.kind === 'title' && text === doc.title) return;
      if (row.kind === 'card' && c === labels && cardLabels(row.field).has(text)) return;
      if (row.kind === 'lane' && row.laneId && col.kind === 'stage' && col.stageId && hints) {
        if (hintFor(doc.frameworkId, row.laneId, col.stageId, doc.language) === text) return;
      }
      // The form's label: a label kept from the sheet by a rebuild is still a rename to the reader's keys.
      const formLabel = row.kind === 'lane' ? doc.lanes.find((l) => l.id === row.laneId)?.label : undefined;
      if (row.kind === 'lane' && row.laneId && c === labels && formLabel !== undefined)
        shadow.builtLabels.set(row.laneId, formLabel);
      shadow.set(r, c, text);
    });
  });
  snapshot.notes.forEach((line, r) => {
    line.forEach((note, c) => {
      // The builder's own notes (lane explanations) are on the labels column of lane rows.
      if (note.trim() !== '' && !(c === labels && shadow.rows[r]!.role.kind === 'lane'))
        shadow.setNote(r, c, note);
    });
  });
  return shadow;
}

/** Every fact the read-back must satisfy for the sheets shadowed, addressed as they sit now. */
export function sheetFacts(shadows: readonly ShadowSheet[], sheets: readonly SheetView[]): Fact[] {
  const present = shadows
    .map((s) => ({ s, sheet: sheets.find((x) => x.sheetId === s.sheetId) }))
    .filter((x): x is { s: ShadowSheet; sheet: SheetView } => x.sheet !== undefined)
    .sort((a, b) => a.sheet.index - b.sheet.index);
  const ids = assignJourneyIds(present.map((x) => x.s.personaKey));
  return present.flatMap(({ s, sheet }, i) => factsOf(s, sheet.name, ids[i]!));
}

function factsOf(s: ShadowSheet, where: string, persona: string): Fact[] {
  const facts: Fact[] = [];
  const labels = s.columnIndex('labels');
  const header = s.rowIndex('header');
  const laneRows = new Set(s.laneRows());
  const stageColumns = new Set(s.stageColumns());
  const laneOf = (r: number) => {
    const role = s.rows[r]!.role;
    if (role.kind === 'lane' && role.laneId) return { id: role.laneId };
    const typed = labels >= 0 ? (s.get(r, labels) ?? '').trim() : '';
    return { labels: typed ? [typed] : newLaneLabels(r + 1) };
  };
  const stageOf = (c: number) => {
    const role = s.cols[c]!.role;
    if (role.kind === 'stage' && role.stageId) return { id: role.stageId };
    const typed = header >= 0 ? (s.get(header, c) ?? '').trim() : '';
    return { labels: typed ? [typed] : newStageLabels(c + 1) };
  };
  const rowAt = new Map(s.rows.map((row, r) => [row.uid, r]));
  const colAt = new Map(s.cols.map((col, c) => [col.uid, c]));
  const placed = (map: Map<string, string>) =>
    [...map].flatMap(([key, text]) => {
      const [ru, cu] = key.split(',').map(Number);
      const r = rowAt.get(ru!);
      const c = colAt.get(cu!);
      return r === undefined || c === undefined ? [] : [{ r, c, text }];
    });
  for (const { r, c, text } of placed(s.notes))
    facts.push({ kind: 'finding', where, persona, address: a1(r, c), text, codes: ['note'] });
  // Row by row, left to right: the title and a card value are the first text of their row.
  const texts = placed(s.cells).sort((x, y) => x.r - y.r || x.c - y.c);
  let row = -1;
  let firstInRow = true;
  for (const { r, c, text } of texts) {
    if (r !== row) {
      row = r;
      firstInRow = true;
    }
    const address = a1(r, c);
    const role = s.rows[r]!.role;
    const outside: Fact = { kind: 'finding', where, persona, address, text, codes: ['outside-grid'] };
    if (role.kind === 'title') {
      facts.push(firstInRow ? { kind: 'title', where, persona, address, text } : outside);
    } else if (role.kind === 'card') {
      const value = c > labels && firstInRow;
      facts.push(value ? { kind: 'card', where, persona, address, text, field: role.field } : outside);
      if (c > labels) firstInRow = false;
      continue;
    } else if (role.kind === 'header' && stageColumns.has(c)) {
      facts.push({ kind: 'stage-label', where, persona, address, text, stage: stageOf(c) });
    } else if (role.kind === 'lane' && laneRows.has(r) && c === labels) {
      // The emotion lane's scale after its label is the builder's, not part of the label.
      facts.push({
        kind: 'lane-label',
        where,
        persona,
        address,
        text: stripEmotionScale(text),
        lane: laneOf(r),
      });
    } else if (role.kind === 'lane' && laneRows.has(r) && stageColumns.has(c)) {
      facts.push({ kind: 'cell', where, persona, address, text, lane: laneOf(r), stage: stageOf(c) });
    } else if (role.kind === 'separator') {
      facts.push({ ...outside, codes: ['separator-text'] });
    } else {
      facts.push(outside);
    }
    firstInRow = false;
  }
  return facts;
}
