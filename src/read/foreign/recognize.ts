/**
 * Reads hand-made journey grids (a downloaded template, a converted Excel or PowerPoint map, a grid
 * drawn by hand) into a journey document: the tables find-tables.ts locates, their stages matched
 * to a catalog framework, their lanes to the lane library, the persona block and title around
 * them. What has no place in the model is a finding with its address, so nothing is dropped; the
 * recognition summary says what was matched, for the user to check before adopting the file.
 */
import { FRAMEWORKS } from '../../catalog/frameworks';
import { laneDef } from '../../catalog/lanes';
import type { StageDef } from '../../catalog/types';
import { type ProblemCode, problem, type Result, type Translated } from '../../model/problems';
import {
  type CellValue,
  type JourneyDocument,
  type Lane,
  LIMITS,
  SCHEMA_VERSION,
  type Stage,
} from '../../model/types';
import { validateDocument } from '../../model/validate';
import { FINDINGS, type Finding } from '../findings';
import { idFromLabel } from '../ids';
import { READ_MESSAGES as M } from '../messages';
import { findTables, GridView } from './find-tables';
import type { ForeignGrid, FoundTable } from './grid';
import { type LooseText, personaOf, readPersonaBlock } from './persona';
import { emotionFinding, parseEmotion, parseMetric } from './values';
import {
  fold,
  isCornerWord,
  isKnownStage,
  libraryLaneOf,
  looksJapanese,
  stageForm,
  stageMatches,
} from './words';

export interface Recognition {
  /** Always false here: the sidebar offers to adopt the file. */
  builtByJourneyGrid: false;
  framework: { id: string; matched: number; of: number; confidence: 'high' | 'medium' | 'low' };
  /** Stage ids that are the framework's own; the other stages are the team's. */
  catalogStages: string[];
  /** Lane ids matched to the lane library (the id is the library lane's); the others are custom. */
  libraryLanes: string[];
  /** Per journey: where its table is, and the persona fields found around it. */
  journeys: { personaId: string; where: string; from: string; to: string; persona: string[] }[];
}

export interface ForeignReading {
  document: JourneyDocument;
  findings: Finding[];
  recognition: Recognition;
}

interface Placed {
  grid: ForeignGrid;
  view: GridView;
  table: FoundTable;
  /** Per stage and lane of the table, the key of the document's stage / lane it is. */
  stageKeys: string[];
  laneKeys: string[];
  loose: LooseText[];
}

/** Said after "no Journey Grid journey here": what was looked for instead, and why nothing was read. */
const refusal = (numbers: boolean) =>
  numbers
    ? problem('', 'number-table', M.numberTable)
    : problem('', 'not-a-journey-table', M.notAJourneyTable);

const found =
  (code: ProblemCode, message: Translated) =>
  (address: string, text: string, where: string): Finding => ({
    path: address,
    code,
    message,
    text,
    where,
  });
const stageGroup = found('stage-group', M.stageGroup);
const overLimit = found('over-limit', M.overLimit);
const at = (f: Finding, where: string): Finding => ({ ...f, where });

/**
 * Why a table is no journey: none of its labels is a stage or lane we know (refused rather than
 * guessed), and `numbers` when most of its cells are numbers.
 */
function notAJourney(v: GridView, t: FoundTable): 'numbers' | 'unknown' | undefined {
  if (t.stages.some((s) => isKnownStage(s.label)) || t.lanes.some((l) => libraryLaneOf(l.label)))
    return undefined;
  const texts = t.lanes
    .flatMap((l) => t.stages.map((s) => cellText(v, l.rows, s.columns)?.text ?? ''))
    .filter(Boolean);
  const numbers = texts.filter((x) => /^[-+\u2212]?[\d,.\s]+%?$/.test(x.normalize('NFKC'))).length;
  return texts.length > 0 && numbers * 10 >= texts.length * 6 ? 'numbers' : 'unknown';
}

/** The framework whose stages the headers name most (ties: the one closest in length). */
function guessFramework(labels: readonly string[]): {
  id: string;
  size: number;
  matches: Map<number, StageDef>;
} {
  let best = { id: 'custom', size: 0, matches: new Map<number, StageDef>() };
  for (const f of FRAMEWORKS) {
    if (f.stagesAreUserChosen) continue;
    const matches = new Map<number, StageDef>();
    labels.forEach((label, i) => {
      const used = [...matches.values()];
      const s = f.stages.find((st) => !used.includes(st) && stageMatches(label, st));
      if (s) matches.set(i, s);
    });
    const closer = Math.abs(f.stages.length - labels.length) < Math.abs(best.size - labels.length);
    if (
      matches.size > best.matches.size ||
      (matches.size > 0 && matches.size === best.matches.size && closer)
    )
      best = { id: f.id, size: f.stages.length, matches };
  }
  return best;
}

/** Keys per label of a table: a label's form, numbered when the same form repeats in one table. */
function keysOf(labels: readonly string[], form: (label: string) => string): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const f = form(label);
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    return n === 1 ? f : `${f}#${n}`;
  });
}

/** The text of one lane × stage: the cells it covers (merges, rows of a tall label), joined. */
function cellText(
  v: GridView,
  rows: number[],
  columns: number[],
): { text: string; address: string } | undefined {
  const parts: string[] = [];
  let address = '';
  for (const r of rows)
    for (const c of columns) {
      const t = v.raw(r, c);
      if (!t.trim()) continue;
      address ||= v.grid.address(r, c);
      parts.push(t);
    }
  return parts.length ? { text: parts.join('\n'), address } : undefined;
}

/**
 * Cells of the grid that are not a table's own (stage heads, lane labels, their cells, a corner
 * word): around a table they go to its persona block; inside, they are findings.
 */
function collectLoose(view: GridView, tables: readonly Placed[], findings: Finding[]): void {
  const own = new Set<string>();
  for (const { table } of tables) {
    const r0 = table.headerRow;
    for (const s of table.stages) own.add(`${r0},${s.columns[0]}`);
    if (isCornerWord(view.text(r0, table.labelColumn))) own.add(`${r0},${table.labelColumn}`);
    for (const l of table.lanes) {
      own.add(`${l.rows[0]},${table.labelColumn}`);
      for (const r of l.rows) for (const s of table.stages) for (const c of s.columns) own.add(`${r},${c}`);
    }
  }
  const grid = view.grid;
  for (let r = 0; r < view.rows; r++)
    for (let c = 0; c < view.columns; c++) {
      const text = view.raw(r, c);
      if (!text.trim() || own.has(`${r},${c}`)) continue;
      const address = grid.address(r, c);
      const inside = tables.find(
        ({ table: t }) =>
          r >= t.top && r <= t.bottom && c >= t.labelColumn && c <= t.right && r !== t.headerRow,
      );
      if (inside?.table.groupRows.includes(r)) findings.push(stageGroup(address, text, grid.where));
      else if (inside) findings.push(at(FINDINGS.outsideGrid(address, text, ''), grid.where));
      else {
        // Above a table: its title and persona; below the last one: beside it.
        const owner = tables.find((p) => p.table.top > r) ?? tables[tables.length - 1]!;
        owner.loose.push({ row: r, column: c, address, text });
      }
    }
  for (const item of grid.loose ?? []) tables[0]!.loose.push({ row: -1, column: 0, ...item });
}

/**
 * The document's stages or lanes: one per key, in the order the tables show them, labelled as
 * first seen (another label for the same one is reported where it is), within the model's limit.
 */
function unify(placed: readonly Placed[], findings: Finding[], lanes: boolean) {
  const order: string[] = [];
  const labelOf = new Map<string, string>();
  for (const p of placed) {
    const { table, grid } = p;
    const items = lanes ? table.lanes : table.stages;
    items.forEach((item, i) => {
      const key = (lanes ? p.laneKeys : p.stageKeys)[i]!;
      const kept = labelOf.get(key);
      const address = lanes
        ? grid.address(table.lanes[i]!.rows[0]!, table.labelColumn)
        : grid.address(table.headerRow, table.stages[i]!.columns[0]!);
      if (kept === undefined) {
        order.push(key);
        labelOf.set(key, item.label);
      } else if (kept !== item.label)
        findings.push(at(FINDINGS.labelDiffers(address, item.label, kept), grid.where));
    });
  }
  const keys = order.slice(0, lanes ? LIMITS.lanes : LIMITS.stages);
  return { keys, labels: keys.map((k) => labelOf.get(k)!.slice(0, LIMITS.labelLength)) };
}

function documentStages(placed: readonly Placed[], findings: Finding[]) {
  const { keys, labels } = unify(placed, findings, false);
  const guess = guessFramework(labels);
  const matched = guess.matches.size;
  const accepted = matched >= 2 ? matched * 2 >= keys.length : matched === keys.length && matched > 0;
  const ids = new Map<string, string>();
  const taken = new Set([...guess.matches.values()].map((d) => d.id));
  const stages: Stage[] = [];
  keys.forEach((key, i) => {
    const def = guess.matches.get(i);
    const id = def?.id ?? idFromLabel('stage', labels[i]!, taken);
    taken.add(id);
    ids.set(key, id);
    const stage: Stage = { id, label: labels[i]! };
    // AISCEAS's comparison loops back to interest, when both are in the grid in that order.
    if (def?.loopsBackTo && stages.some((s) => s.id === def.loopsBackTo)) stage.loopsBackTo = def.loopsBackTo;
    stages.push(stage);
  });
  const of = accepted ? guess.size : keys.length;
  const ratio = matched / Math.max(of, keys.length);
  const framework = {
    id: accepted ? guess.id : 'custom',
    matched,
    of,
    confidence: ratio >= 0.8 ? ('high' as const) : ratio >= 0.5 ? ('medium' as const) : ('low' as const),
  };
  return { stages, ids, framework, catalog: [...guess.matches.values()].map((d) => d.id) };
}

function documentLanes(placed: readonly Placed[], findings: Finding[]) {
  const { keys, labels } = unify(placed, findings, true);
  // Library ids first, so a custom lane's id never takes one.
  const libOf = (key: string) => (key.includes(':') || key.includes('#') ? undefined : laneDef(key));
  const taken = new Set(keys.map((k) => libOf(k)?.id ?? ''));
  const ids = new Map<string, Lane>();
  const lanes = keys.map((key, i) => {
    let def = libOf(key);
    if (def && def.kind !== 'text') {
      // A row called "Feelings" that holds sentences stays text, under its own label.
      const texts = placed
        .flatMap((p) =>
          p.table.lanes.flatMap((l, li) =>
            p.laneKeys[li] !== key
              ? []
              : p.table.stages.map((s) => cellText(p.view, l.rows, s.columns)?.text ?? ''),
          ),
        )
        .filter(Boolean);
      const fits = texts.filter(
        (t) => (def!.kind === 'emotion' ? parseEmotion(t) : parseMetric(t)) !== undefined,
      );
      if (fits.length * 2 < texts.length) def = undefined;
    }
    const id = def?.id ?? idFromLabel('lane', labels[i]!, taken);
    taken.add(id);
    const lane: Lane = { id, label: labels[i]!, kind: def?.kind ?? 'text' };
    ids.set(key, lane);
    return lane;
  });
  return { lanes, ids, library: lanes.filter((l, i) => libOf(keys[i]!)?.id === l.id).map((l) => l.id) };
}

function cellsOf(
  p: Placed,
  stageIds: Map<string, string>,
  laneIds: Map<string, Lane>,
  findings: Finding[],
): Record<string, Record<string, CellValue>> {
  const cells: Record<string, Record<string, CellValue>> = {};
  const where = p.grid.where;
  p.table.lanes.forEach((l, li) => {
    const lane = laneIds.get(p.laneKeys[li]!);
    p.table.stages.forEach((s, si) => {
      const cell = cellText(p.view, l.rows, s.columns);
      if (!cell) return;
      const { text, address } = cell;
      const stageId = stageIds.get(p.stageKeys[si]!);
      let value: CellValue | undefined = text;
      if (!lane || !stageId) {
        findings.push(overLimit(address, text, where));
        return;
      }
      if (lane.kind === 'emotion') {
        const parsed = parseEmotion(text);
        value = parsed?.value;
        if (parsed?.fromText) findings.push(at(emotionFinding(address, text, parsed.value), where));
        if (!parsed) findings.push(at(FINDINGS.notAScore(address, text, ''), where));
      } else if (lane.kind === 'metric') {
        value = parseMetric(text);
        if (value === undefined) findings.push(at(FINDINGS.notANumber(address, text, ''), where));
      } else if (text.length > LIMITS.cellTextLength) {
        findings.push(at(FINDINGS.truncated(address, text, String(LIMITS.cellTextLength)), where));
        value = text.slice(0, LIMITS.cellTextLength);
      }
      if (value === undefined) return;
      cells[lane.id] ??= {};
      cells[lane.id]![stageId] = value;
    });
  });
  return cells;
}

export function recognizeGrids(grids: readonly ForeignGrid[], fileName: string): Result<ForeignReading> {
  const findings: Finding[] = [];
  const placed: Placed[] = [];
  let numberTables = false;
  for (const grid of grids) {
    const view = new GridView(grid);
    const tables: Placed[] = [];
    for (const table of findTables(view)) {
      const why = notAJourney(view, table);
      numberTables ||= why === 'numbers';
      if (!why)
        tables.push({
          grid,
          view,
          table,
          stageKeys: keysOf(
            table.stages.map((s) => s.label),
            stageForm,
          ),
          laneKeys: keysOf(
            table.lanes.map((l) => l.label),
            (l) => libraryLaneOf(l) ?? `custom:${fold(l)}`,
          ),
          loose: [],
        });
    }
    if (tables[0]) {
      collectLoose(view, tables, findings);
      placed.push(...tables);
    } else if (grid.cells.some((row) => row.some((t) => t.trim())))
      findings.push(found('no-journey-table', M.noJourneyTable)(grid.where, '', grid.where));
  }
  if (!placed[0]) return { ok: false, problems: [refusal(numberTables)] };

  const labels = placed.flatMap((p) => [...p.table.stages, ...p.table.lanes].map((x) => x.label));
  const language = looksJapanese(labels) ? 'ja' : 'en';
  const stages = documentStages(placed, findings);
  const lanes = documentLanes(placed, findings);
  const document: JourneyDocument = {
    schemaVersion: SCHEMA_VERSION,
    title: '',
    language,
    frameworkId: stages.framework.id,
    stages: stages.stages,
    lanes: lanes.lanes,
    personas: [],
    journeys: [],
  };
  const journeys: Recognition['journeys'] = [];
  let title: string | undefined;
  placed.forEach((p, i) => {
    const { table, grid } = p;
    if (i >= LIMITS.personas) {
      // No room for another persona: every text of this table is reported.
      for (let r = table.top; r <= table.bottom; r++)
        for (let c = table.labelColumn; c <= table.right; c++)
          if (p.view.text(r, c)) findings.push(overLimit(grid.address(r, c), p.view.raw(r, c), grid.where));
      return;
    }
    const block = readPersonaBlock(p.loose);
    for (const item of block.rest) {
      // The first text above the first table names the map.
      if (
        i === 0 &&
        title === undefined &&
        item.row < table.top &&
        item.text.trim().length <= LIMITS.titleLength
      )
        title = item.text.trim();
      else findings.push(at(FINDINGS.outsideGrid(item.address, item.text, ''), grid.where));
    }
    const personaId = `p${i + 1}`;
    const fallback = `${language === 'ja' ? 'ペルソナ' : 'Persona'} ${i + 1}`;
    document.personas.push(personaOf(personaId, block, fallback, grid.where, findings));
    document.journeys.push({ personaId, cells: cellsOf(p, stages.ids, lanes.ids, findings) });
    journeys.push({
      personaId,
      where: grid.where,
      from: grid.address(table.top, table.labelColumn),
      to: grid.address(table.bottom, table.right),
      persona: block.found,
    });
  });
  document.title =
    title ||
    fileName.slice(0, LIMITS.titleLength) ||
    (language === 'ja' ? 'カスタマージャーニー' : 'Customer journey');
  const valid = validateDocument(document);
  if (!valid.ok) return valid;
  return {
    ok: true,
    value: {
      document: valid.value,
      findings,
      recognition: {
        builtByJourneyGrid: false,
        framework: stages.framework,
        catalogStages: stages.catalog,
        libraryLanes: lanes.library,
        journeys,
      },
    },
  };
}
