/**
 * Raw table → one persona's journey: stages, lanes, cells, card fields, and findings for whatever
 * could not be placed. Tolerant of what people do to a grid:
 *
 * - renamed headers keep their ids (keys travel with rows and columns, labels are just text);
 * - rows or columns inserted inside the grid become new lanes or stages, their text kept;
 * - deleted ones are simply absent from what is read (their text went with them);
 * - moved or sorted rows: a row whose label is a known lane's is that lane (sorting moves cell
 *   content but not the keys on the rows); a row renamed after a sort takes the lane it displaced;
 * - keys lost (a copy-paste into a fresh sheet): headers are matched against the known labels;
 * - anything else non-empty becomes a finding with its address.
 */

import { blueprintLineLabel, hintFor } from '../catalog';
import { cardLabels, cardValueOf, unknownBuyingRole } from '../layout/card';
import { type CardField, decodeColumn, decodeRow, type RowRole } from '../layout/keys';
import { cornerTexts, loopText } from '../layout/table';
import { fromPercentPoints } from '../model/cells';
import type { CellValue, JourneyCells, Lane, Stage } from '../model/types';
import { FINDINGS, type Finding } from './findings';
import { idFromLabel } from './ids';
import { READ_MESSAGES as M } from './messages';
import type { DocumentSkeleton, RawCell, RawTable } from './raw';

/** Where each lane and stage was found: raw row and column indices (0-based) → ids. */
export interface Placement {
  laneRows: Record<number, string>;
  stageColumns: Record<number, string>;
}

export interface TableReading {
  title?: string;
  card: Partial<Record<CardField, string>>;
  stages: Stage[];
  lanes: Lane[];
  cells: JourneyCells;
  findings: Finding[];
  placement: Placement;
}

export interface ReadOptions {
  /** Notes the builder itself wrote (lane explanations): not reported as the user's. */
  knownNotes?: ReadonlySet<string>;
  /** Whether the builder wrote beginner hints: only then is a cell equal to a hint not content. */
  hints?: boolean;
}

interface Entry {
  index: number;
  keyId: string | undefined;
  label: string;
}

const UI = {
  newLane: { ja: (n: number) => `新しいレーン（${n}行目）`, en: (n: number) => `New lane (row ${n})` },
  newStage: { ja: (n: number) => `新しいステージ（${n}列目）`, en: (n: number) => `New stage (column ${n})` },
} as const;

/** Which id each entry stands for, and the entries whose id is a guess (see resolveIdentities). */
export interface Identities {
  ids: Map<number, string | undefined>;
  guessed: Set<number>;
}

/**
 * Decides which id each row (or column) stands for: a matching of entries to known ids. Sorting
 * moves labels and cells together but leaves the keys on the row positions, so a label equal to
 * an id's known label is strong evidence (its own key agreeing first), whether or not that id's
 * key is still on any row (its row may have been deleted). A key is weak evidence: an entry left
 * without a label match takes its own key while that is free (a rename). If a followed label took
 * its key, it takes the id that label's row displaced, along the chain of keys (a sort, then a
 * rename: the permutation completed). With several entries left and a sort seen, the pairing of
 * what is left is a guess: those entries are listed as guessed. Anything else is new.
 */
export function resolveIdentities(entries: readonly Entry[], known: ReadonlyMap<string, string>): Identities {
  const ids = new Map<number, string | undefined>();
  const owner = new Map<string, Entry>();
  const take = (entry: Entry, id: string) => {
    ids.set(entry.index, id);
    owner.set(id, entry);
  };
  const keyOf = (entry: Entry | undefined) =>
    entry?.keyId !== undefined && known.has(entry.keyId) ? entry.keyId : undefined;
  const left = () => entries.filter((e) => !ids.has(e.index));

  // 1. Key and label agree.
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key && !owner.has(key) && known.get(key)!.trim() === entry.label.trim()) take(entry, key);
  }
  // 2. A label naming a known id nobody holds: that item, moved here (or its row pasted back).
  for (const entry of left()) {
    for (const [id, label] of known) {
      if (!owner.has(id) && label.trim() === entry.label.trim()) {
        take(entry, id);
        break;
      }
    }
  }
  // 3. The rest by their keys: own key while free, then along the chain of displaced keys.
  const rest = left();
  for (const entry of rest) {
    const key = keyOf(entry);
    if (key && !owner.has(key)) take(entry, key);
  }
  let sorted = false;
  for (const entry of left()) {
    let id = keyOf(entry);
    for (let n = 0; id !== undefined && owner.has(id) && n < entries.length; n++) id = keyOf(owner.get(id));
    if (id !== undefined && !owner.has(id)) {
      take(entry, id);
      sorted = true;
    } else ids.set(entry.index, undefined);
  }
  const guessed = new Set(
    sorted && rest.length > 1 ? rest.filter((e) => ids.get(e.index) !== undefined).map((e) => e.index) : [],
  );
  return { ids, guessed };
}

/** An entry paired with an id after a sort when other entries could have been it too: say so. */
function guessedRename(address: string, text: string, was: string): Finding {
  return {
    path: address,
    code: 'renamed-guess',
    message: M.renamedGuess(was),
    text,
  };
}

/**
 * A typed number as Sheets would take it: a Japanese IME gives full-width digits, signs, point and
 * percent (４０％, －１, ＋２, ２５．５); NFKC folds them to ASCII. U+2212 and dashes read as minus
 * (NFKC leaves them). Thousands separators are dropped.
 */
function numberText(text: string): string {
  return text.normalize('NFKC').trim().replace(/,/g, '').replace(/^[−–]/, '-');
}

function emotionFrom(cell: RawCell): number | undefined {
  const text = numberText(cell.text);
  const n = typeof cell.value === 'number' ? cell.value : Number(text.replace(/^\+/, ''));
  return Number.isInteger(n) && n >= -2 && n <= 2 && text !== '' ? n : undefined;
}

/** Whether a number format multiplies by 100 for a % sign (a quoted or escaped % does not). */
function scalesToPercent(format: string): boolean {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/**
 * A rate lane holds fractions (0.4 is 40 %). A number is read as it is shown: under a scaling
 * format (0.0%, the builder's format before) it is the fraction; otherwise (the builder's
 * 0.0"%", a plain number, typed text) it is percent points, so a "40" typed in a rate lane is 40 %.
 */
function metricFrom(cell: RawCell): number | undefined {
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    return cell.numberFormat !== undefined && scalesToPercent(cell.numberFormat)
      ? cell.value
      : fromPercentPoints(cell.value);
  }
  const text = numberText(cell.text);
  if (text === '') return undefined;
  const percent = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*%$/i.exec(text);
  const n = Number(percent ? percent[1] : text);
  return Number.isFinite(n) ? fromPercentPoints(n) : undefined;
}

function isBlank(cell: RawCell | undefined): boolean {
  return !cell || cell.text.trim() === '';
}

/** What a journey with nothing in it reads as (a first build). */
export function emptyReading(): TableReading {
  return {
    card: {},
    stages: [],
    lanes: [],
    cells: {},
    findings: [],
    placement: { laneRows: {}, stageColumns: {} },
  };
}

/**
 * The raw table with its decoded keys, and which of its cells the reading has accounted for (all
 * others that are not empty end up as findings).
 */
interface Scan {
  raw: RawTable;
  height: number;
  width: number;
  rowRoles: (RowRole | undefined)[];
  columnRoles: ReturnType<typeof decodeColumn>[];
  cellAt(r: number, c: number): RawCell | undefined;
  textAt(r: number, c: number): string;
  consume(r: number, c: number): void;
  isConsumed(r: number, c: number): boolean;
}

/** Where the grid is: its header row, its labels column, its stage columns and its rows. */
interface GridFrame {
  /** Found by its keys (else by matching the known header labels). */
  keyed: boolean;
  /** Found at all: without it, nothing is read as grid and every text is a finding. */
  found: boolean;
  /** The stage-header row, or -1 when it was deleted (or, without keys, not recognised). */
  headerRow: number;
  labelsColumn: number;
  stageColumns: number[];
  firstLaneRow: number;
  lastGridRow: number;
}

/** The rows a grid is made of: lanes, blueprint separators and loop marks. */
const GRID_ROW_KINDS = new Set(['lane', 'separator', 'loop']);

export function readTable(
  raw: RawTable,
  skeleton: DocumentSkeleton,
  options: ReadOptions = {},
): TableReading {
  const findings: Finding[] = [];
  const scan = scanTable(raw);
  const grid = locateGrid(scan, skeleton, findings);
  const { stages, stageEntries, columnStage } = readStages(scan, grid, skeleton, findings);
  const { lanes, cells, laneEntries } = readLanes(scan, grid, columnStage, skeleton, options, findings);
  const { title, card } = readFixedRows(scan, grid, skeleton, stages, findings);
  reportLeftovers(scan, options, findings);
  return {
    ...(title === undefined ? {} : { title }),
    card,
    stages,
    lanes,
    cells,
    findings,
    placement: {
      laneRows: Object.fromEntries(laneEntries.map((e, i) => [e.index, lanes[i]!.id])),
      stageColumns: Object.fromEntries(stageEntries.map((e, i) => [e.index, stages[i]!.id])),
    },
  };
}

function scanTable(raw: RawTable): Scan {
  const height = raw.cells.length;
  const width = Math.max(0, ...raw.cells.map((r) => r.length));
  const cellAt = (r: number, c: number): RawCell | undefined => raw.cells[r]?.[c];
  const consumed: boolean[][] = raw.cells.map((row) => row.map(() => false));
  return {
    raw,
    height,
    width,
    rowRoles: Array.from({ length: height }, (_, r) => decodeRow(raw.rowKeys[r])),
    columnRoles: Array.from({ length: width }, (_, c) => decodeColumn(raw.columnKeys[c])),
    cellAt,
    textAt: (r, c) => cellAt(r, c)?.text ?? '',
    consume: (r, c) => {
      if (consumed[r] && c >= 0) consumed[r][c] = true;
    },
    isConsumed: (r, c) => consumed[r]?.[c] === true,
  };
}

/** Where is the grid? By its keys; with no key left at all, by matching the known header labels. */
function locateGrid(scan: Scan, skeleton: DocumentSkeleton, findings: Finding[]): GridFrame {
  const { raw, height, width, rowRoles, columnRoles, textAt } = scan;
  const stageLabels = skeleton.stages.map((s) => s.label);
  const laneLabels = skeleton.lanes.map((l) => l.label);
  const keyedGridRows = rowRoles.flatMap((role, r) => (role && GRID_ROW_KINDS.has(role.kind) ? [r] : []));
  const keyedStageColumns = columnRoles.flatMap((role, c) => (role?.kind === 'stage' ? [c] : []));
  let headerRow = rowRoles.findIndex((role) => role?.kind === 'stage-header');
  const keyed = headerRow >= 0 || keyedGridRows.length > 0 || keyedStageColumns.length > 0;
  if (!keyed) {
    headerRow = bestHeaderRow(raw, skeleton.stages);
    if (headerRow >= 0) findings.push(FINDINGS.labelsMatched(raw.address(headerRow, 0), '', ''));
  }
  const found = keyed || headerRow >= 0;
  // The header row may have been deleted while the lanes keep their keys: then the grid starts at its first lane.
  const gridTop = headerRow >= 0 ? headerRow : Math.min(height, ...keyedGridRows);
  const headerText = (c: number) => (headerRow >= 0 ? textAt(headerRow, c) : '');
  const matchedColumns = Array.from({ length: width }, (_, c) => c).filter((c) =>
    stageLabels.some((l) => l.trim() !== '' && l.trim() === headerText(c).trim()),
  );
  // Lane labels sit in the keyed labels column; without it, just left of the (keyed or matched) stages.
  const keyedLabels = columnRoles.findIndex((role) => role?.kind === 'labels');
  const stageAnchors = keyedStageColumns.length > 0 ? keyedStageColumns : matchedColumns;
  const labelsColumn =
    keyedLabels >= 0 ? keyedLabels : stageAnchors.length > 0 ? Math.min(...stageAnchors) - 1 : 0;

  // Columns of the grid: the stage columns, and the columns in between (inserted stages).
  const stageColumns: number[] = [];
  if (found) {
    const last = raw.gridToEdges ? width - 1 : Math.max(-1, ...stageAnchors.filter((c) => c > labelsColumn));
    for (let c = labelsColumn + 1; c <= last; c++) {
      if (columnRoles[c]?.kind === 'stage' || !isColumnBlank(raw, c, gridTop)) stageColumns.push(c);
    }
  }

  // Rows of the grid: down to the last keyed grid row (or, without keys, the last row with a known lane label).
  let lastGridRow = gridTop;
  for (let r = gridTop + 1; found && r < height; r++) {
    const role = rowRoles[r];
    if (role && GRID_ROW_KINDS.has(role.kind)) lastGridRow = r;
    else if (
      !keyed &&
      laneLabels.some((l) => l.trim() !== '' && l.trim() === textAt(r, labelsColumn).trim())
    ) {
      lastGridRow = r;
    }
  }
  if (found && raw.gridToEdges) lastGridRow = height - 1;
  const firstLaneRow = headerRow >= 0 ? headerRow + 1 : gridTop;
  return { keyed, found, headerRow, labelsColumn, stageColumns, firstLaneRow, lastGridRow };
}

/** The stages, one per grid column: known ones by their identity, the others new (a finding each). */
function readStages(scan: Scan, grid: GridFrame, skeleton: DocumentSkeleton, findings: Finding[]) {
  const { raw, columnRoles, textAt, consume } = scan;
  const { headerRow } = grid;
  const language = skeleton.language;
  const stageLabels = new Map(skeleton.stages.map((s) => [s.id, s.label]));
  const stageEntries: Entry[] = grid.stageColumns.map((c) => {
    const role = columnRoles[c];
    return {
      index: c,
      keyId: role?.kind === 'stage' ? role.stageId : undefined,
      label: headerRow >= 0 ? textAt(headerRow, c) : '',
    };
  });
  const stageIdentity = resolveIdentities(stageEntries, stageLabels);
  const headerAddress = (c: number) => raw.address(Math.max(0, headerRow), c);
  const stages: Stage[] = [];
  const columnStage = new Map<number, string>();
  const takenStageIds = new Set(skeleton.stages.map((s) => s.id));
  for (const entry of stageEntries) {
    let id = stageIdentity.ids.get(entry.index);
    const typed = entry.label.trim() === '' ? '' : entry.label;
    let label = typed;
    if (id === undefined) {
      label = typed || UI.newStage[language](entry.index + 1);
      id = idFromLabel('stage', label, takenStageIds);
      takenStageIds.add(id);
      findings.push(FINDINGS.newStage(headerAddress(entry.index), typed, label));
    } else if (label === '') {
      label = stageLabels.get(id) ?? id;
    }
    if (stageIdentity.guessed.has(entry.index))
      findings.push(guessedRename(headerAddress(entry.index), label, stageLabels.get(id)!));
    if (headerRow >= 0) consume(headerRow, entry.index);
    const known = skeleton.stages.find((s) => s.id === id);
    stages.push(known?.loopsBackTo ? { id, label, loopsBackTo: known.loopsBackTo } : { id, label });
    columnStage.set(entry.index, id);
  }
  // A loop may only point back to a stage still present and not later than itself.
  for (const [i, stage] of stages.entries()) {
    if (stage.loopsBackTo && stages.findIndex((s) => s.id === stage.loopsBackTo) > i)
      delete stage.loopsBackTo;
    if (stage.loopsBackTo && !stages.some((s) => s.id === stage.loopsBackTo)) delete stage.loopsBackTo;
  }
  return { stages, stageEntries, columnStage };
}

/**
 * The lanes (keyed lane rows plus unkeyed rows inside the grid, new ones a finding each) and
 * their cells, read by the lane's kind; a cell that is not a valid score or number is a finding.
 */
function readLanes(
  scan: Scan,
  grid: GridFrame,
  columnStage: ReadonlyMap<number, string>,
  skeleton: DocumentSkeleton,
  options: ReadOptions,
  findings: Finding[],
) {
  const { raw, rowRoles, cellAt, textAt, consume } = scan;
  const { labelsColumn, stageColumns } = grid;
  const laneLabels = new Map(skeleton.lanes.map((l) => [l.id, l.label]));
  const laneEntries: Entry[] = [];
  for (let r = grid.firstLaneRow; grid.found && r <= grid.lastGridRow; r++) {
    const role = rowRoles[r];
    if (role && role.kind !== 'lane') continue;
    const label = textAt(r, labelsColumn);
    if (!role && label.trim() === '' && stageColumns.every((c) => isBlank(cellAt(r, c)))) continue;
    laneEntries.push({ index: r, keyId: role?.kind === 'lane' ? role.laneId : undefined, label });
  }
  const laneIdentity = resolveIdentities(laneEntries, laneLabels);
  const lanes: Lane[] = [];
  const cells: JourneyCells = {};
  const takenLaneIds = new Set(skeleton.lanes.map((l) => l.id));
  for (const entry of laneEntries) {
    let id = laneIdentity.ids.get(entry.index);
    const typed = entry.label.trim() === '' ? '' : entry.label;
    let label = typed;
    const known = id === undefined ? undefined : skeleton.lanes.find((l) => l.id === id);
    if (id === undefined) {
      label = typed.trim() || UI.newLane[skeleton.language](entry.index + 1);
      id = idFromLabel('lane', label, takenLaneIds);
      takenLaneIds.add(id);
      findings.push(FINDINGS.newLane(raw.address(entry.index, labelsColumn), typed, label));
    } else if (label === '') {
      label = laneLabels.get(id) ?? id;
    }
    if (laneIdentity.guessed.has(entry.index))
      findings.push(guessedRename(raw.address(entry.index, labelsColumn), label, laneLabels.get(id)!));
    consume(entry.index, labelsColumn);
    const lane: Lane = { id, label, kind: known?.kind ?? 'text' };
    if (known?.lineAbove) lane.lineAbove = known.lineAbove;
    lanes.push(lane);
    for (const c of stageColumns) {
      const stageId = columnStage.get(c)!;
      const cell = cellAt(entry.index, c);
      if (isBlank(cell)) continue;
      const value = readCell(cell!, lane, stageId, skeleton, options.hints ?? false);
      if (value === 'hint') {
        consume(entry.index, c);
        continue;
      }
      if (value === undefined) {
        const make = lane.kind === 'emotion' ? FINDINGS.notAScore : FINDINGS.notANumber;
        findings.push(make(raw.address(entry.index, c), cell!.text, ''));
        consume(entry.index, c);
        continue;
      }
      // Own keys only: an id an object already has (constructor) must not reach its built-in.
      if (!Object.getOwnPropertyDescriptor(cells, id)) cells[id] = {};
      cells[id]![stageId] = value;
      consume(entry.index, c);
    }
  }
  return { lanes, cells, laneEntries };
}

/** The keyed rows outside the lanes: title, card, loop marks, separators, the corner. */
function readFixedRows(
  scan: Scan,
  grid: GridFrame,
  skeleton: DocumentSkeleton,
  stages: readonly Stage[],
  findings: Finding[],
): { title: string | undefined; card: Partial<Record<CardField, string>> } {
  const { raw, height, width, rowRoles, cellAt, textAt, consume } = scan;
  const { labelsColumn, headerRow } = grid;
  const card: Partial<Record<CardField, string>> = {};
  let title: string | undefined;
  const loopTexts = new Set<string>();
  for (const stage of [...skeleton.stages, ...stages]) {
    for (const target of [...skeleton.stages, ...stages]) {
      if (stage.loopsBackTo === target.id) loopTexts.add(loopText(target.label, skeleton.language));
    }
  }
  for (let r = 0; r < height; r++) {
    const role = rowRoles[r];
    if (!role) continue;
    if (role.kind === 'title' || role.kind === 'card') {
      // The first non-empty cell after the label (title rows have none) holds the value.
      const from = role.kind === 'card' ? labelsColumn + 1 : 0;
      if (role.kind === 'card' && cardLabels(role.field).has(textAt(r, labelsColumn)))
        consume(r, labelsColumn);
      let typed = false;
      for (let c = from; c < width; c++) {
        if (isBlank(cellAt(r, c))) continue;
        typed = true;
        if (role.kind === 'title') title = textAt(r, c);
        else {
          // A buying role the list does not have is reported with its text; the role stays as it was.
          const value = cardValueOf(role.field, textAt(r, c));
          if (value === undefined) findings.push(unknownBuyingRole(raw.address(r, c), textAt(r, c)));
          else card[role.field] = value;
        }
        consume(r, c);
        break;
      }
      if (role.kind === 'card' && !typed) card[role.field] = '';
    } else if (role.kind === 'loop') {
      for (let c = 0; c < width; c++) if (loopTexts.has(textAt(r, c).trim())) consume(r, c);
    } else if (role.kind === 'separator') {
      const lineLabels = new Set([blueprintLineLabel(role.line, 'ja'), blueprintLineLabel(role.line, 'en')]);
      for (let c = 0; c < width; c++) {
        if (lineLabels.has(textAt(r, c).trim())) consume(r, c);
        else if (!isBlank(cellAt(r, c))) {
          findings.push(FINDINGS.separatorText(raw.address(r, c), textAt(r, c), ''));
          consume(r, c);
        }
      }
    } else if (role.kind === 'stage-header') {
      if (cornerTexts().has(textAt(r, labelsColumn).trim())) consume(r, labelsColumn);
    }
  }
  if (headerRow >= 0 && !grid.keyed && cornerTexts().has(textAt(headerRow, labelsColumn).trim()))
    consume(headerRow, labelsColumn);
  return { title, card };
}

/** Everything else that is not empty is reported, never dropped; so are the notes people left. */
function reportLeftovers(scan: Scan, options: ReadOptions, findings: Finding[]): void {
  const { raw, height, width, cellAt, isConsumed } = scan;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const cell = cellAt(r, c);
      if (!cell) continue;
      if (!isConsumed(r, c) && !isBlank(cell))
        findings.push(FINDINGS.outsideGrid(raw.address(r, c), cell.text, ''));
      if (cell.note && cell.note.trim() !== '' && !options.knownNotes?.has(cell.note)) {
        findings.push(FINDINGS.note(raw.address(r, c), cell.note, ''));
      }
    }
  }
}

function readCell(
  cell: RawCell,
  lane: Lane,
  stageId: string,
  skeleton: DocumentSkeleton,
  hints: boolean,
): CellValue | 'hint' | undefined {
  if (lane.kind === 'emotion') return emotionFrom(cell);
  if (lane.kind === 'metric') return metricFrom(cell);
  const hint = hints ? hintFor(skeleton.frameworkId, lane.id, stageId, skeleton.language) : undefined;
  if (hint !== undefined && cell.text === hint) return 'hint';
  return cell.text;
}

function isColumnBlank(raw: RawTable, column: number, fromRow: number): boolean {
  for (let r = fromRow; r < raw.cells.length; r++) if (!isBlank(raw.cells[r]?.[column])) return false;
  return true;
}

/** Without keys: the row holding the most known stage labels is the header. */
function bestHeaderRow(raw: RawTable, stages: readonly Stage[]): number {
  const labels = new Set(stages.map((s) => s.label.trim()).filter((l) => l !== ''));
  let best = -1;
  let bestCount = 0;
  raw.cells.forEach((row, r) => {
    const count = row.filter((cell) => labels.has(cell.text.trim())).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  });
  return best;
}
