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
import { problem, type Result } from '../../model/problems';
import {
  type CellValue,
  type JourneyDocument,
  type Lane,
  type LaneKind,
  LIMITS,
  SCHEMA_VERSION,
  type Stage,
} from '../../model/types';
import { validateDocument } from '../../model/validate';
import { FINDINGS, type Finding } from '../findings';
import { idFromLabel } from '../ids';
import { findTables, GridView, isKnownStage } from './find-tables';
import type { ForeignGrid, FoundTable } from './grid';
import { type LooseText, personaOf, readPersonaBlock } from './persona';
import { emotionFinding, isFivePointScale, parseEmotion, parseMetric } from './values';
import { fold, isCornerWord, libraryLaneOf, looksJapanese, stageForm, stageMatches } from './words';

export interface Recognition {
  /** Always false here: the sidebar offers to adopt the file. */
  builtByJourneyGrid: false;
  framework: { id: string; matched: number; of: number; confidence: 'high' | 'medium' | 'low' };
  /** `catalog`: the stage is the framework's own. */
  stages: { id: string; label: string; catalog: boolean }[];
  /** `library`: the lane-library lane it was matched to; absent for a custom lane. */
  lanes: { id: string; label: string; kind: LaneKind; library?: string }[];
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
  /** Per stage and lane of the table, the key of the document stage / lane it is. */
  stageKeys: string[];
  laneKeys: string[];
  loose: LooseText[];
}

const refusal = (numbers: boolean) =>
  numbers
    ? problem(
        '',
        'number-table',
        'このファイルの表は数値の表のようです。ジャーニーの表（上の行にステージ、左の列にレーン名）が見つからないため、何も読み込んでいません。',
        'The tables in this file look like number tables. No journey table (stages across the top, lane names down the left) was found, so nothing was read.',
      )
    : problem(
        '',
        'not-a-journey-table',
        'このファイルには Journey Grid のジャーニーも、ジャーニーの表（上の行にステージ、左の列にレーン名）もないため、何も読み込んでいません。',
        'This file holds no Journey Grid journey and no journey table (stages across the top, lane names down the left), so nothing was read.',
      );

const found =
  (code: string, ja: string, en: string) =>
  (address: string, text: string, where: string): Finding => ({
    path: address,
    code,
    message: { ja, en },
    text,
    where,
  });
const stageGroup = found(
  'stage-group',
  'ステージをまとめる見出しです。モデルにはステージのまとまりがないため、ここに残しました。',
  'A heading over several stages. The model has no stage groups, so it is kept here.',
);
const overLimit = found(
  'over-limit',
  `ステージ（${LIMITS.stages}）・レーン（${LIMITS.lanes}）・ペルソナ（${LIMITS.personas}）の上限を超えるため、モデルに含めていません。`,
  `Past the limit of ${LIMITS.stages} stages, ${LIMITS.lanes} lanes or ${LIMITS.personas} personas, so it is not in the model.`,
);
const noTableHere = (where: string): Finding =>
  found(
    'no-journey-table',
    'ジャーニーの表が見つからないため、ここは読み込んでいません。',
    'No journey table here, so this was not read.',
  )(where, '', where);

const at = (f: Finding, where: string): Finding => ({ ...f, where });

/**
 * Why a table is no journey: none of its labels is a stage or lane we know (refused rather than
 * guessed), and `numbers` when most of its cells are numbers.
 */
function notAJourney(v: GridView, t: FoundTable): 'numbers' | 'unknown' | undefined {
  if (t.stages.some((s) => isKnownStage(s.label)) || t.lanes.some((l) => libraryLaneOf(l.label)))
    return undefined;
  let cells = 0;
  let numbers = 0;
  for (const lane of t.lanes)
    for (const stage of t.stages)
      for (const r of lane.rows)
        for (const c of stage.columns) {
          const text = v.text(r, c);
          if (!text) continue;
          cells++;
          if (/^[-+\u2212]?[\d,.\s]+%?$/.test(text.normalize('NFKC'))) numbers++;
        }
  return cells > 0 && numbers * 10 >= cells * 6 ? 'numbers' : 'unknown';
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
  p: Placed,
  rows: number[],
  columns: number[],
): { text: string; address: string } | undefined {
  const parts: string[] = [];
  let address = '';
  for (const r of rows)
    for (const c of columns) {
      const t = p.view.raw(r, c);
      if (!t.trim()) continue;
      if (!address) address = p.grid.address(r, c);
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
    const corner = view.text(r0, table.labelColumn);
    if (corner && isCornerWord(corner)) own.add(`${r0},${table.labelColumn}`);
    for (const l of table.lanes) {
      own.add(`${l.rows[0]},${table.labelColumn}`);
      for (const r of l.rows) for (const s of table.stages) for (const c of s.columns) own.add(`${r},${c}`);
    }
  }
  const grid = tables[0]!.grid;
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

function documentStages(placed: readonly Placed[], findings: Finding[]) {
  const order: string[] = [];
  const labelOf = new Map<string, string>();
  for (const p of placed)
    p.table.stages.forEach((s, i) => {
      const key = p.stageKeys[i]!;
      const kept = labelOf.get(key);
      if (kept === undefined) {
        order.push(key);
        labelOf.set(key, s.label);
      } else if (kept !== s.label)
        findings.push(
          at(
            FINDINGS.labelDiffers(p.grid.address(p.table.headerRow, s.columns[0]!), s.label, kept),
            p.grid.where,
          ),
        );
    });
  const keys = order.slice(0, LIMITS.stages);
  const guess = guessFramework(keys.map((k) => labelOf.get(k)!));
  const matched = guess.matches.size;
  const accepted = matched >= 2 ? matched * 2 >= keys.length : matched === keys.length && matched > 0;
  const ids = new Map<string, string>();
  const catalog = new Set<string>();
  keys.forEach((key, i) => {
    const def = guess.matches.get(i);
    if (def) {
      ids.set(key, def.id);
      catalog.add(def.id);
    }
  });
  const taken = new Set(ids.values());
  const stages: Stage[] = keys.map((key, i) => {
    let id = ids.get(key);
    if (!id) {
      id = idFromLabel('stage', labelOf.get(key)!, taken);
      taken.add(id);
      ids.set(key, id);
    }
    const stage: Stage = { id, label: labelOf.get(key)! };
    const loop = guess.matches.get(i)?.loopsBackTo;
    if (loop && stagesBefore(keys, i, ids).includes(loop)) stage.loopsBackTo = loop;
    return stage;
  });
  const of = accepted ? guess.size : keys.length;
  const ratio = matched / Math.max(of, keys.length);
  return {
    stages,
    stageIds: Object.assign(ids, { catalog }),
    framework: {
      id: accepted ? guess.id : 'custom',
      matched,
      of,
      confidence: ratio >= 0.8 ? ('high' as const) : ratio >= 0.5 ? ('medium' as const) : ('low' as const),
    },
  };
}

const stagesBefore = (keys: readonly string[], i: number, ids: Map<string, string>): string[] =>
  keys.slice(0, i).map((k) => ids.get(k)!);

interface LaneInfo {
  lane: Lane;
  fivePoint: boolean;
}

function documentLanes(placed: readonly Placed[], findings: Finding[]) {
  const order: string[] = [];
  const labelOf = new Map<string, string>();
  const texts = new Map<string, string[]>();
  for (const p of placed)
    p.table.lanes.forEach((l, i) => {
      const key = p.laneKeys[i]!;
      const kept = labelOf.get(key);
      if (kept === undefined) {
        order.push(key);
        labelOf.set(key, l.label);
        texts.set(key, []);
      } else if (kept !== l.label)
        findings.push(
          at(
            FINDINGS.labelDiffers(p.grid.address(l.rows[0]!, p.table.labelColumn), l.label, kept),
            p.grid.where,
          ),
        );
      for (const s of p.table.stages) {
        const cell = cellText(p, l.rows, s.columns);
        if (cell) texts.get(key)!.push(cell.text);
      }
    });
  const infos = new Map<string, LaneInfo>();
  const library = new Map<string, string>();
  const taken = new Set<string>();
  const keys = order.slice(0, LIMITS.lanes);
  // Library ids first, so a custom lane's id never takes one.
  const libOf = (key: string) => (key.startsWith('custom:') || key.includes('#') ? undefined : laneDef(key));
  for (const key of keys) {
    const def = libOf(key);
    if (def) taken.add(def.id);
  }
  const lanes = keys.map((key) => {
    const label = labelOf.get(key)!.slice(0, LIMITS.labelLength);
    const all = texts.get(key)!;
    let def = libOf(key);
    const fivePoint = def?.kind === 'emotion' && isFivePointScale(all);
    const fits =
      def?.kind === 'emotion'
        ? all.filter((t) => parseEmotion(t, fivePoint)).length
        : all.filter((t) => parseMetric(t) !== undefined).length;
    // A row called "Feelings" that holds sentences stays text, under its own label.
    if (def && def.kind !== 'text' && fits * 2 < all.length) def = undefined;
    let id = def?.id;
    if (!id) {
      id = idFromLabel('lane', label, taken);
      taken.add(id);
    } else library.set(id, id);
    const lane: Lane = { id, label, kind: def?.kind ?? 'text' };
    infos.set(key, { lane, fivePoint });
    return lane;
  });
  return { lanes, laneIds: infos, library };
}

function cellsOf(
  p: Placed,
  stageIds: Map<string, string>,
  laneIds: Map<string, LaneInfo>,
  findings: Finding[],
): Record<string, Record<string, CellValue>> {
  const cells: Record<string, Record<string, CellValue>> = {};
  const where = p.grid.where;
  p.table.lanes.forEach((l, li) => {
    const info = laneIds.get(p.laneKeys[li]!);
    p.table.stages.forEach((s, si) => {
      const cell = cellText(p, l.rows, s.columns);
      if (!cell) return;
      const { text, address } = cell;
      const stageId = stageIds.get(p.stageKeys[si]!);
      if (!info || !stageId) {
        findings.push(overLimit(address, text, where));
        return;
      }
      const kind = info.lane.kind;
      let value: CellValue | undefined = text;
      if (kind === 'emotion') {
        const parsed = parseEmotion(text, info.fivePoint);
        value = parsed?.value;
        if (parsed?.finding)
          findings.push(at(emotionFinding(address, text, parsed.value, parsed.finding), where));
        if (!parsed) findings.push(at(FINDINGS.notAScore(address, text, ''), where));
      } else if (kind === 'metric') {
        value = parseMetric(text);
        if (value === undefined) findings.push(at(FINDINGS.notANumber(address, text, ''), where));
      } else if (text.length > LIMITS.cellTextLength) {
        findings.push(at(FINDINGS.truncated(address, text, String(LIMITS.cellTextLength)), where));
        value = text.slice(0, LIMITS.cellTextLength);
      }
      if (value === undefined) return;
      cells[info.lane.id] ??= {};
      cells[info.lane.id]![stageId] = value;
    });
  });
  return cells;
}

/** Every text of a table the model has no room for (past the persona limit). */
function reportTable(p: Placed, findings: Finding[]): void {
  const { table, view, grid } = p;
  for (let r = table.top; r <= table.bottom; r++)
    for (let c = table.labelColumn; c <= table.right; c++) {
      const text = view.raw(r, c);
      if (text.trim()) findings.push(overLimit(grid.address(r, c), text, grid.where));
    }
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
      if (why) continue;
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
    if (tables.length > 0) {
      collectLoose(view, tables, findings);
      placed.push(...tables);
    } else if (grid.cells.some((row) => row.some((t) => t.trim()))) findings.push(noTableHere(grid.where));
  }
  if (placed.length === 0) return { ok: false, problems: [refusal(numberTables)] };

  const labels = placed.flatMap((p) => [
    ...p.table.stages.map((s) => s.label),
    ...p.table.lanes.map((l) => l.label),
  ]);
  const language = looksJapanese(labels) ? 'ja' : 'en';
  const { stages, stageIds, framework } = documentStages(placed, findings);
  const { lanes, laneIds, library } = documentLanes(placed, findings);
  const document: JourneyDocument = {
    schemaVersion: SCHEMA_VERSION,
    title: '',
    language,
    frameworkId: framework.id,
    stages,
    lanes,
    personas: [],
    journeys: [],
  };
  const journeys: Recognition['journeys'] = [];
  let title: string | undefined;
  placed.slice(0, LIMITS.personas).forEach((p, i) => {
    const block = readPersonaBlock(p.loose);
    for (const item of block.rest) {
      // The first text above the first table names the map.
      if (
        i === 0 &&
        title === undefined &&
        item.row < p.table.top &&
        item.text.trim().length <= LIMITS.titleLength
      )
        title = item.text.trim();
      else findings.push(at(FINDINGS.outsideGrid(item.address, item.text, ''), p.grid.where));
    }
    const personaId = `p${i + 1}`;
    const fallback = `${language === 'ja' ? 'ペルソナ' : 'Persona'} ${i + 1}`;
    document.personas.push(personaOf(personaId, block, fallback, p.grid.where, findings));
    document.journeys.push({ personaId, cells: cellsOf(p, stageIds, laneIds, findings) });
    const { table, grid } = p;
    journeys.push({
      personaId,
      where: grid.where,
      from: grid.address(table.top, table.labelColumn),
      to: grid.address(table.bottom, table.right),
      persona: block.found,
    });
  });
  for (const p of placed.slice(LIMITS.personas)) reportTable(p, findings);
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
        framework,
        stages: stages.map((s) => ({ id: s.id, label: s.label, catalog: stageIds.catalog.has(s.id) })),
        lanes: lanes.map((l) => {
          const lib = library.get(l.id);
          return lib
            ? { id: l.id, label: l.label, kind: l.kind, library: lib }
            : { id: l.id, label: l.label, kind: l.kind };
        }),
        journeys,
      },
    },
  };
}
