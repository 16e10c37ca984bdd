/**
 * Raw table → one persona's journey: stages, lanes, cells, card fields, and findings for whatever
 * could not be placed. Tolerant of what people do to a grid:
 *
 * - renamed headers keep their ids (keys travel with rows and columns, labels are just text);
 * - rows or columns inserted inside the grid become new lanes or stages, their text kept;
 * - deleted ones are simply absent from what is read (their text went with them);
 * - moved or sorted rows: a key whose label now belongs to another known lane follows the label
 *   (sorting moves cell content but not the keys on the rows);
 * - keys lost (a copy-paste into a fresh sheet): headers are matched against the known labels;
 * - anything else non-empty becomes a finding with its address.
 */
import { blueprintLineLabel, hintFor } from '../catalog';
import { cardLabels } from '../layout/card';
import { type CardField, decodeColumn, decodeRow, type RowRole } from '../layout/keys';
import { cornerTexts, loopText } from '../layout/table';
import type { CellValue, JourneyCells, Lane, Language, Stage } from '../model/types';
import { FINDINGS, type Finding } from './findings';
import { idFromLabel } from './ids';
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

/**
 * Decides which id each row (or column) stands for. Keys win when their label agrees; a key whose
 * label now names another known item that lost its own row follows the label (sorted content);
 * otherwise the key wins and the label is a rename. Unkeyed entries match known labels, or are new.
 */
export function resolveIdentities(
  entries: readonly Entry[],
  known: ReadonlyMap<string, string>,
): Map<number, string | undefined> {
  const result = new Map<number, string | undefined>();
  const assigned = new Set<string>();
  const labelToId = new Map<string, string>();
  for (const [id, label] of known) if (!labelToId.has(label.trim())) labelToId.set(label.trim(), id);

  const claimKey = (entry: Entry): boolean =>
    entry.keyId !== undefined && known.has(entry.keyId) && !assigned.has(entry.keyId);

  // 1. Key and label agree.
  for (const entry of entries) {
    if (claimKey(entry) && known.get(entry.keyId!)!.trim() === entry.label.trim()) {
      result.set(entry.index, entry.keyId);
      assigned.add(entry.keyId!);
    }
  }
  // Ids whose key sits on a row that agrees with nobody: candidates for a sorted move.
  const keyedIds = new Set(entries.map((e) => e.keyId).filter((id): id is string => id !== undefined));
  // 2. Key present, label names another known item whose own key also disagrees → follow the label.
  for (const entry of entries) {
    if (result.has(entry.index) || entry.keyId === undefined || !known.has(entry.keyId)) continue;
    const byLabel = labelToId.get(entry.label.trim());
    if (byLabel && byLabel !== entry.keyId && !assigned.has(byLabel) && keyedIds.has(byLabel)) {
      const ownRowAgrees = entries.some(
        (e) => e.keyId === byLabel && known.get(byLabel)?.trim() === e.label.trim(),
      );
      if (!ownRowAgrees) {
        result.set(entry.index, byLabel);
        assigned.add(byLabel);
      }
    }
  }
  // 3. Remaining keyed entries keep their key (a rename) while it is free.
  for (const entry of entries) {
    if (result.has(entry.index)) continue;
    if (claimKey(entry)) {
      result.set(entry.index, entry.keyId);
      assigned.add(entry.keyId!);
    }
  }
  // 4. Unkeyed (or duplicate-key) entries: a known label that nobody took, else new.
  for (const entry of entries) {
    if (result.has(entry.index)) continue;
    const byLabel = labelToId.get(entry.label.trim());
    if (byLabel && !assigned.has(byLabel)) {
      result.set(entry.index, byLabel);
      assigned.add(byLabel);
    } else {
      result.set(entry.index, undefined);
    }
  }
  return result;
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

function metricFrom(cell: RawCell): number | undefined {
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) return cell.value;
  const text = numberText(cell.text);
  if (text === '') return undefined;
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
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

export function readTable(
  raw: RawTable,
  skeleton: DocumentSkeleton,
  options: ReadOptions = {},
): TableReading {
  const language: Language = skeleton.language;
  const findings: Finding[] = [];
  const height = raw.cells.length;
  const width = Math.max(0, ...raw.cells.map((r) => r.length));
  const cellAt = (r: number, c: number): RawCell | undefined => raw.cells[r]?.[c];
  const textAt = (r: number, c: number): string => cellAt(r, c)?.text ?? '';
  const consumed: boolean[][] = raw.cells.map((row) => row.map(() => false));
  const consume = (r: number, c: number) => {
    if (consumed[r] && c >= 0) consumed[r][c] = true;
  };

  const rowRoles: (RowRole | undefined)[] = Array.from({ length: height }, (_, r) =>
    decodeRow(raw.rowKeys[r]),
  );
  const columnRoles = Array.from({ length: width }, (_, c) => decodeColumn(raw.columnKeys[c]));

  const stageLabels = new Map(skeleton.stages.map((s) => [s.id, s.label]));
  const laneLabels = new Map(skeleton.lanes.map((l) => [l.id, l.label]));

  // Where is the grid? By its keys; with no key left at all, by matching the known header labels.
  const gridRowKinds = new Set(['lane', 'separator', 'loop']);
  const keyedGridRows = rowRoles.flatMap((role, r) => (role && gridRowKinds.has(role.kind) ? [r] : []));
  const keyedStageColumns = columnRoles.flatMap((role, c) => (role?.kind === 'stage' ? [c] : []));
  let headerRow = rowRoles.findIndex((role) => role?.kind === 'stage-header');
  const keyed = headerRow >= 0 || keyedGridRows.length > 0 || keyedStageColumns.length > 0;
  if (!keyed) {
    headerRow = bestHeaderRow(raw, skeleton.stages);
    if (headerRow >= 0) findings.push(FINDINGS.labelsMatched(raw.address(headerRow, 0), '', ''));
  }
  // The lane labels sit in the keyed labels column; if that column was deleted, just left of the stages.
  const found = keyed || headerRow >= 0;
  // The header row may have been deleted while the lanes keep their keys: then the grid starts at its first lane.
  const gridTop = headerRow >= 0 ? headerRow : Math.min(height, ...keyedGridRows);
  const headerText = (c: number) => (headerRow >= 0 ? textAt(headerRow, c) : '');
  const matchedColumns = Array.from({ length: width }, (_, c) => c).filter((c) =>
    [...stageLabels.values()].some((l) => l.trim() !== '' && l.trim() === headerText(c).trim()),
  );
  // Lane labels sit in the keyed labels column; without it, just left of the (keyed or matched) stages.
  const keyedLabels = columnRoles.findIndex((role) => role?.kind === 'labels');
  const stageAnchors = keyedStageColumns.length > 0 ? keyedStageColumns : matchedColumns;
  const labelsColumn =
    keyedLabels >= 0 ? keyedLabels : stageAnchors.length > 0 ? Math.min(...stageAnchors) - 1 : 0;

  // Columns of the grid: the stage columns, and the columns in between (inserted stages).
  const stageColumns: number[] = [];
  if (found) {
    const last = Math.max(-1, ...stageAnchors.filter((c) => c > labelsColumn));
    for (let c = labelsColumn + 1; c <= last; c++) {
      if (columnRoles[c]?.kind === 'stage' || !isColumnBlank(raw, c, gridTop)) stageColumns.push(c);
    }
  }

  // Rows of the grid: down to the last keyed grid row (or, without keys, the last row with a known lane label).
  let lastGridRow = gridTop;
  for (let r = gridTop + 1; found && r < height; r++) {
    const role = rowRoles[r];
    if (role && gridRowKinds.has(role.kind)) lastGridRow = r;
    else if (
      !keyed &&
      [...laneLabels.values()].some((l) => l.trim() !== '' && l.trim() === textAt(r, labelsColumn).trim())
    ) {
      lastGridRow = r;
    }
  }
  const firstLaneRow = headerRow >= 0 ? headerRow + 1 : gridTop;

  // Stage identities.
  const stageEntries: Entry[] = stageColumns.map((c) => {
    const role = columnRoles[c];
    return { index: c, keyId: role?.kind === 'stage' ? role.stageId : undefined, label: headerText(c) };
  });
  const stageIdentity = resolveIdentities(stageEntries, stageLabels);
  const stages: Stage[] = [];
  const columnStage = new Map<number, string>();
  const takenStageIds = new Set(skeleton.stages.map((s) => s.id));
  for (const entry of stageEntries) {
    let id = stageIdentity.get(entry.index);
    const typed = entry.label.trim() === '' ? '' : entry.label;
    let label = typed;
    if (id === undefined) {
      label = typed || UI.newStage[language](entry.index + 1);
      id = idFromLabel('stage', label, takenStageIds);
      takenStageIds.add(id);
      findings.push(FINDINGS.newStage(raw.address(Math.max(0, headerRow), entry.index), typed, label));
    } else if (label === '') {
      label = stageLabels.get(id) ?? id;
    }
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

  // Lane identities: keyed lane rows plus unkeyed rows inside the grid.
  const laneEntries: Entry[] = [];
  for (let r = firstLaneRow; found && r <= lastGridRow; r++) {
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
    let id = laneIdentity.get(entry.index);
    const typed = entry.label.trim() === '' ? '' : entry.label;
    let label = typed;
    const known = id === undefined ? undefined : skeleton.lanes.find((l) => l.id === id);
    if (id === undefined) {
      label = typed.trim() || UI.newLane[language](entry.index + 1);
      id = idFromLabel('lane', label, takenLaneIds);
      takenLaneIds.add(id);
      findings.push(FINDINGS.newLane(raw.address(entry.index, labelsColumn), typed, label));
    } else if (label === '') {
      label = laneLabels.get(id) ?? id;
    }
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

  // Fixed rows: title, card, loop marks, separators, the corner.
  const card: Partial<Record<CardField, string>> = {};
  let title: string | undefined;
  const loopTexts = new Set<string>();
  for (const stage of [...skeleton.stages, ...stages]) {
    for (const target of [...skeleton.stages, ...stages]) {
      if (stage.loopsBackTo === target.id) loopTexts.add(loopText(target.label, language));
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
      for (let c = from; c < width; c++) {
        if (isBlank(cellAt(r, c))) continue;
        if (role.kind === 'title') title = textAt(r, c);
        else card[role.field] = textAt(r, c);
        consume(r, c);
        break;
      }
      if (role.kind === 'card' && card[role.field] === undefined) card[role.field] = '';
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
  if (headerRow >= 0 && !keyed && cornerTexts().has(textAt(headerRow, labelsColumn).trim()))
    consume(headerRow, labelsColumn);

  // Everything else that is not empty is reported, never dropped.
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const cell = cellAt(r, c);
      if (!cell) continue;
      if (!consumed[r]?.[c] && !isBlank(cell))
        findings.push(FINDINGS.outsideGrid(raw.address(r, c), cell.text, ''));
      if (cell.note && cell.note.trim() !== '' && !options.knownNotes?.has(cell.note)) {
        findings.push(FINDINGS.note(raw.address(r, c), cell.note, ''));
      }
    }
  }

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
