/**
 * Reads journeys out of a deck: every journey table (one persona may span continuation slides)
 * becomes a RawTable for the shared reader, with the journey title, persona name and card stacked
 * above the grid exactly as Sheets lays them out, so one reader serves both hosts. Parts of one
 * persona are read one by one and stitched back in their stored order; a duplicated slide reads
 * as a copy of its persona, a deck without keys by its labels, and text the grid cannot hold is
 * reported with the slide it is on.
 */
import { PERSONA_FIELD_LABELS } from '../../catalog';
import { type CardField, encodeRow } from '../../layout/keys';
import { CARD_ON_SLIDE, CONTINUATION, ELLIPSIS, type PartKeys } from '../../layout/slide-plan';
import { problem, type Result } from '../../model/problems';
import { type CellValue, type JourneyCells, LIMITS, type Persona } from '../../model/types';
import { type Assembled, assembleDocument, assignJourneyIds, type JourneyRead } from '../../read/assemble';
import { guessLanguage, skeletonFromCatalog, skeletonFromTable } from '../../read/fallback';
import { FINDINGS, type Finding } from '../../read/findings';
import type { DocumentSkeleton, RawCell, RawTable } from '../../read/raw';
import { readTable, type TableReading } from '../../read/read-table';
import { mergeSkeletons, type StoredPart } from '../../read/stored';
import { HOST_MESSAGES as M } from '../messages';
import type { Properties } from '../ui';
import { titleKept } from './baseline';
import { type DirectRead, directDeck } from './direct-read';
import { agreeingPairs, alignLines, DeckStore, printedLines, type ShownLine, type StoredLine } from './keys';
import { type ScannedPart, scanDeck } from './scan';
import type { Presentation, SlidesAppService } from './services';

export interface PartRead {
  part: ScannedPart;
  personaId: string;
  persona: Persona;
  index: number;
  reading: TableReading;
}

function cardFieldOf(label: string): CardField | undefined {
  const text = label.trim();
  for (const field of ['name', 'role', 'company', 'goals', 'challenges'] as const) {
    const { ja, en } = PERSONA_FIELD_LABELS[field];
    if (text === ja || text === en || text.endsWith(` · ${ja}`) || text.endsWith(` · ${en}`)) return field;
  }
  return undefined;
}

/**
 * A persona card label people renamed ("Goals" → "Goals for FY25"): the card's value under it is
 * still read by its column, but labels are not in the model, so the new label is reported, and a
 * rebuild puts it in a note box rather than erasing it.
 */
function renamedCardLabel(where: string, label: string, field: CardField): Finding {
  const { ja, en } = PERSONA_FIELD_LABELS[field];
  return {
    path: where,
    // Text the model has no place for, like any other outside the grid (a rebuild keeps it).
    code: 'outside-grid',
    text: label,
    message: M.cardLabelRenamed(ja, en),
  };
}

/** A persona name read from a slide title, within the model's limit (the whole text: a finding). */
function clampName(name: string): string {
  return name.length <= LIMITS.labelLength
    ? name
    : name.slice(0, LIMITS.labelLength).replace(/[\ud800-\udbff]$/, '');
}

/** The part index a continuation title announces ("name (2/3)" → 1), or 0. */
function titleIndex(name: string | undefined): number {
  const match = name === undefined ? null : CONTINUATION.exec(name);
  return match ? Number(match[2]) - 1 : 0;
}

/**
 * A card value as the persona has it: a card too long for the slide shows each long text cut
 * short with an ellipsis (layout/slide-plan.ts `shorten`), and that shortened text left as it was is not
 * an edit. Shortened text the team edited (a typo fixed) gets the rest of the value back, after
 * the place the drawn text ended; `undefined` when that place cannot be told (the caller then keeps
 * the value from before the edit in a finding, so the rest is never dropped).
 */
export function fullCardText(shown: string, full: string | undefined): string | undefined {
  if (full === undefined || full === shown || !shown.endsWith(ELLIPSIS)) return shown;
  const typed = shown.slice(0, -ELLIPSIS.length);
  if (full.startsWith(typed)) return full;
  const end = drawnEnd(typed, full);
  return end === undefined ? undefined : `${typed}${full.slice(end)}`;
}

/**
 * Where the shortened text drawn from `full` ended (a code-point boundary, trailing spaces trimmed
 * as `shorten` trims them): the end whose last characters the edited text still shares most, at
 * least eight of them (or all of a shorter text); undefined when no end qualifies or two tie.
 */
function drawnEnd(typed: string, full: string): number | undefined {
  let best: number | undefined;
  let bestShared = 0;
  let tie = false;
  for (let i = 1; i <= full.length; i++) {
    // A boundary between code points: never between the halves of a surrogate pair.
    const code = full.charCodeAt(i - 1);
    if (i < full.length && code >= 0xd800 && code <= 0xdbff) continue;
    let end = i;
    while (end > 0 && /\s/.test(full[end - 1]!)) end--;
    let shared = 0;
    while (
      shared < typed.length &&
      shared < end &&
      typed[typed.length - 1 - shared] === full[end - 1 - shared]
    )
      shared++;
    if (shared < Math.min(8, typed.length)) continue;
    if (shared > bestShared) {
      best = end;
      bestShared = shared;
      tie = false;
    } else if (shared === bestShared && end !== best) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * One part as the shared reader sees it: title, name and card rows above the grid. `persona` is
 * what the keys know of the persona, for the full text of card values the slide shows shortened.
 */
export function rawTableOf(
  part: ScannedPart,
  index: number,
  persona?: Persona,
  layout?: PartKeys & { prints?: string[] },
): { raw: RawTable; extra: Finding[] } {
  const where = `slide ${part.slideIndex + 1}`;
  const cells: RawCell[][] = [];
  const rowKeys: (string | undefined)[] = [];
  const addresses: ((c: number) => string)[] = [];
  const extra: Finding[] = [];
  const cell = (text: string): RawCell => ({ text, value: text });
  if (part.docTitle !== undefined) {
    cells.push([cell(part.docTitle)]);
    rowKeys.push(encodeRow({ kind: 'title' }));
    addresses.push(() => `${where}: journey title`);
  }
  if (part.name !== undefined) {
    if (index === 0) {
      cells.push([cell(''), cell(part.name)]);
      rowKeys.push(encodeRow({ kind: 'card', field: 'name' }));
      addresses.push(() => `${where}: persona name`);
    } else if (!CONTINUATION.test(part.name) && part.name.trim() !== '') {
      extra.push(FINDINGS.outsideGrid(`${where}: title`, part.name, ''));
    }
  }
  if (part.card) {
    const [labels = [], values = []] = part.card;
    const named = labels.map(cardFieldOf);
    // The card as built has one column per field in a fixed order: a label people renamed still
    // names its column's field, unless another column shows that field's label.
    const standard = labels.length === CARD_ON_SLIDE.length;
    const fields = named.map((field, c) => {
      const byPlace = CARD_ON_SLIDE[c]!;
      if (field || !standard || named.includes(byPlace)) return field;
      const label = labels[c]!;
      if (label.trim() !== '' && index === 0)
        extra.push(renamedCardLabel(`${where}: persona card, column ${c + 1}`, label, byPlace));
      return byPlace;
    });
    labels.forEach((label, c) => {
      const field = fields[c];
      const shown = values[c] ?? '';
      const whole = field && field !== 'name' ? fullCardText(shown, persona?.[field]) : shown;
      // Edited shortened text whose continuation cannot be placed: the value as typed, and the value
      // from before the edit kept whole in a finding.
      if (whole === undefined && field && field !== 'name')
        extra.push(FINDINGS.shortenedEdited(`${where}: persona card, ${label}`, persona![field]!, ''));
      const value = whole ?? shown;
      if (field && index === 0) {
        // The label is structure (recognised above, badge and all): the reader gets its plain form.
        cells.push([cell(PERSONA_FIELD_LABELS[field].en), cell(value)]);
        rowKeys.push(encodeRow({ kind: 'card', field }));
        addresses.push(() => `${where}: persona card, ${label}`);
      } else if (value.trim() !== '') {
        extra.push(FINDINGS.outsideGrid(`${where}: persona card, column ${c + 1}`, value, ''));
      }
    });
    part.card.slice(2).forEach((row, r) => {
      row.forEach((text, c) => {
        if (text.trim() !== '')
          extra.push(FINDINGS.outsideGrid(`${where}: persona card, row ${r + 3}, column ${c + 1}`, text, ''));
      });
    });
  }
  const keys = part.stored ?? part.box ?? layout;
  // People may delete the lane-label column: the grid is then read as if it were there, empty,
  // so the lanes keep their keys (and labels) and the card rows still line up with it.
  const shift = keys && labelsColumnDeleted(keys, part.cells) ? 1 : 0;
  const grid = shift ? part.cells.map((row) => ['', ...row]) : part.cells;
  const { gridRowKeys, columnKeys } = keys
    ? alignTable(keys, grid, shift)
    : { gridRowKeys: grid.map(() => undefined), columnKeys: (grid[0] ?? []).map(() => undefined) };
  grid.forEach((row, r) => {
    cells.push(row.map(cell));
    rowKeys.push(gridRowKeys[r]);
    addresses.push((c) => `${where}: table row ${r + 1}, column ${c + 1 - shift}`);
  });
  return {
    raw: {
      cells,
      rowKeys,
      columnKeys,
      gridToEdges: true,
      address: (r, c) => addresses[r]!(c),
    },
    extra,
  };
}

/**
 * The stored key of each row and column the table shows (alignLines: by labels and by the cells as
 * drawn). `shift` 1: the labels column was deleted, and `grid` has an empty one in its place.
 */
function alignTable(
  keys: PartKeys & { prints?: string[] },
  grid: readonly string[][],
  shift: number,
): { gridRowKeys: (string | undefined)[]; columnKeys: (string | undefined)[] } {
  const { rows, columns } = storedLines(keys);
  const shown = shownLines(grid, shift);
  // Rows first with their cells as a bag, then columns cell by cell along those rows, then rows
  // again cell by cell along the columns: two rows or columns drawn alike but for one cell are
  // told apart by that cell.
  const columnsOf = (across?: readonly (number | undefined)[]) =>
    shift
      ? [
          0,
          ...alignLines(columns.slice(1), shown.columns.slice(1), across).map((i) =>
            i === undefined ? i : i + 1,
          ),
        ]
      : alignLines(columns, shown.columns, across);
  const firstRows = alignLines(rows, shown.rows);
  const columnIndex = columnsOf(firstRows);
  const rowIndex = alignLines(rows, shown.rows, columnIndex);
  const gridRowKeys = rowIndex.map((i) => (i === undefined ? undefined : rows[i]!.key));
  const columnKeys = columnIndex.map((i) => (i === undefined ? undefined : columns[i]!.key));
  return { gridRowKeys, columnKeys };
}

/** A table's stored rows and columns with their prints; a loop-back row labelled by its mark. */
function storedLines(keys: PartKeys & { prints?: string[] }): { rows: StoredLine[]; columns: StoredLine[] } {
  const { rows, columns } = printedLines(keys);
  return {
    rows: rows.map((row) => (row.key === 'loop' && row.label === '' ? { ...row, label: LOOP_MARK } : row)),
    columns,
  };
}

/** The rows and columns a table shows: labels and cells (`shift` 1: its labels column is gone). */
function shownLines(grid: readonly string[][], shift: number): { rows: ShownLine[]; columns: ShownLine[] } {
  const loopLabel = (row: readonly string[]) =>
    row[0] || (row.some((t) => t.trim().startsWith(LOOP_MARK)) ? LOOP_MARK : '');
  const width = grid[0]?.length ?? 0;
  return {
    // Without its labels column a row shows no label: it is known by its cells, or its place.
    rows: grid.map((row) => ({ label: shift ? undefined : loopLabel(row), cells: row })),
    columns: Array.from({ length: width }, (_, c) => ({
      label: grid[0]![c] ?? '',
      cells: grid.map((row) => row[c] ?? ''),
    })),
  };
}

/**
 * The mark a loop-back row's cells start with (layout/table.ts): that row has no label, so the
 * mark stands for it when rows are aligned, and an unlabelled row people insert beside it is not
 * taken for it.
 */
const LOOP_MARK = '↺';

/**
 * Whether the table lost the column of lane labels it was built with: the corner text is gone, the
 * header row matches the stored stage headers at least as well without the labels column as with
 * it (columns inserted or deleted since are skipped), and the first column does not show the lane
 * labels (which tells it from a deleted first stage).
 */
function labelsColumnDeleted(keys: PartKeys, cells: readonly string[][]): boolean {
  const header = cells[0] ?? [];
  const corner = keys.columns[0];
  if (header.length === 0 || corner?.key !== 'labels') return false;
  if (corner.label.trim() !== '' && header.some((h) => h.trim() === corner.label.trim())) return false;
  if (sameInOrder(keys.columns.slice(1), header) < sameInOrder(keys.columns, header)) return false;
  return (
    sameInOrder(
      keys.rows,
      cells.map((row) => row[0] ?? ''),
    ) < 0.5
  );
}

function builtTitle(parts: readonly PartRead[]): { builtTitle?: string; keptTitle?: boolean } {
  const keys = parts.find((p) => p.part.stored?.title !== undefined)?.part.stored;
  return keys?.title === undefined
    ? {}
    : { builtTitle: keys.title, keptTitle: titleKept(keys.title, keys.form) };
}

/**
 * How much of a table's rows (or columns) agree with stored ones, in order, as a share of the
 * longer list: by labels and cells as drawn, or, given labels only, by labels (also empty ones).
 */
function sameInOrder(stored: readonly StoredLine[], shown: readonly (ShownLine | string)[]): number {
  const length = Math.max(stored.length, shown.length);
  if (length === 0) return 0;
  if (shown.every((s) => typeof s === 'string')) {
    const labels = shown as readonly string[];
    // As many as stored: renamed ones count at their place, shifted ones in order.
    const atPlace = stored.length === labels.length ? sameAtPlace(stored, labels) : 0;
    // Longest common subsequence of the labels.
    let row = new Array<number>(labels.length + 1).fill(0);
    for (const s of stored) {
      const next = [0];
      labels.forEach((l, j) => {
        next.push(s.label.trim() === l.trim() ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
      });
      row = next;
    }
    return Math.max(atPlace, row[labels.length]! / length);
  }
  return agreeingPairs(stored, shown as readonly ShownLine[]).length / length;
}

/** How many labels two lists share at the same place, as a share of the longer one. */
function sameAtPlace(stored: readonly { label: string }[], shown: readonly string[]): number {
  const length = Math.max(stored.length, shown.length);
  if (length === 0) return 0;
  return (
    stored.filter((s, i) => shown[i] !== undefined && s.label.trim() === shown[i]!.trim()).length / length
  );
}

/**
 * The row and column keys of the table a keyless one was copied from (a duplicated slide): the
 * stored table whose lane labels and stage headers it shows in the same order, mostly. With them
 * the copy reads like its original, also where a stage and a lane share a label, which matching by
 * labels alone cannot tell apart.
 */
function layoutOf(store: DeckStore, part: ScannedPart): StoredPart | undefined {
  // Compared by labels and by cells as drawn: a copy shows its original's cells.
  const shown = shownLines(part.cells, 0);
  let best: StoredPart | undefined;
  let bestScore = 0;
  for (const stored of store.parts()) {
    const lines = storedLines(stored);
    // A copy whose lane-label column was deleted shows no labels to compare: as many rows will do.
    const unlabelled = labelsColumnDeleted(stored, part.cells) && stored.rows.length === shown.rows.length;
    const r = unlabelled ? 1 : sameInOrder(lines.rows, shown.rows);
    const c = sameInOrder(lines.columns, shown.columns);
    if (r >= 0.6 && c >= 0.6 && r + c > bestScore) {
      best = stored;
      bestScore = r + c;
    }
  }
  return best;
}

/** Stages or lanes of consecutive parts: a newcomer goes right after its predecessor in its part. */
export function unionAfter<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const result: T[] = [];
  for (const list of lists) {
    list.forEach((item, i) => {
      if (result.some((r) => r.id === item.id)) return;
      const before = i > 0 ? result.findIndex((r) => r.id === list[i - 1]!.id) : -1;
      result.splice(before < 0 ? result.length : before + 1, 0, item);
    });
  }
  return result;
}

export function mergeReadings(readings: readonly TableReading[], skeleton: DocumentSkeleton): TableReading {
  const cells: JourneyCells = {};
  for (const reading of readings) {
    for (const [lane, row] of Object.entries(reading.cells)) {
      const target: Record<string, CellValue> = cells[lane] ?? {};
      cells[lane] = target;
      for (const [stage, value] of Object.entries(row))
        if (target[stage] === undefined) target[stage] = value;
    }
  }
  const title = readings.find((r) => r.title !== undefined)?.title;
  const card = readings.find((r) => Object.keys(r.card).length > 0)?.card ?? {};
  // A part shows only some stages, so its reader dropped loops to stages on other parts: restore them.
  const stages = unionAfter(readings.map((r) => r.stages)).map((stage, i, all) => {
    const loop = skeleton.stages.find((s) => s.id === stage.id)?.loopsBackTo;
    const target = loop === undefined ? -1 : all.findIndex((s) => s.id === loop);
    return target >= 0 && target <= i ? { ...stage, loopsBackTo: loop } : stage;
  });
  const lanes = unionAfter(readings.map((r) => r.lanes));
  return {
    ...(title === undefined ? {} : { title }),
    card,
    stages,
    lanes,
    cells,
    findings: readings.flatMap((r) => r.findings),
    // Rows and columns of several tables have no single placement.
    placement: { laneRows: {}, stageColumns: {} },
  };
}

export interface DeckReading {
  skeleton: DocumentSkeleton;
  /** One entry per journey (a persona's parts stitched together), in slide order. */
  journeys: { read: JourneyRead; parts: PartRead[] }[];
  /** Every part scanned, also those of other personas when only one persona's were asked for. */
  scanned: ScannedPart[];
  /** No keys anywhere (a copied deck): the skeleton was guessed from the labels themselves. */
  keyless: boolean;
}

/** Where the skeleton comes from: the deck's properties, a keys box, or the labels themselves. */
function deckSkeleton(
  store: DeckStore,
  parts: readonly ScannedPart[],
): { skeleton: DocumentSkeleton; keyless: boolean } {
  const stored = store.skeleton();
  const boxes = parts.flatMap((p) => (p.box ? [p.box.skeleton] : []));
  if (stored || boxes.length > 0) {
    const base = stored ?? boxes[0]!;
    return { skeleton: boxes.reduce(mergeSkeletons, base), keyless: false };
  }
  const first = parts[0]!;
  // Every table's stages and lanes, in order: a continuation slide shows ones the first does not.
  // (Labels repeated within one table stay apart: the n-th of them is matched with the n-th.)
  const union = (lists: string[][]) =>
    unionAfter(
      lists.map((list) =>
        list.map((label, i) => {
          const nth = list.slice(0, i).filter((l) => l.trim() === label.trim()).length;
          return { id: `${nth}:${label.trim()}`, label };
        }),
      ),
    ).map((x) => x.label);
  const headers = union(parts.map((p) => (p.cells[0] ?? []).slice(1)));
  const labels = union(parts.map((p) => p.cells.slice(1).map((row) => row[0] ?? '')));
  const catalog = skeletonFromCatalog(headers, labels);
  if (catalog) return { skeleton: { ...catalog, title: first.docTitle ?? catalog.title }, keyless: true };
  const language = guessLanguage([...headers, ...labels]);
  return { skeleton: skeletonFromTable(headers, labels, first.docTitle ?? '', language), keyless: true };
}

export function readDeckParts(
  app: SlidesAppService,
  presentation: Presentation,
  store: DeckStore,
  only?: string,
  seen?: Set<string>,
  slideIds?: ReadonlySet<string>,
): DeckReading | undefined {
  // Every table is listed, so that one without keys is matched to its persona the same way whether
  // one persona's journey or the whole deck is asked for (a build, then the sidebar's read-back);
  // tables whose keys name another persona are listed unread and left out below.
  const scanned = scanDeck(app, presentation, store, only, seen, slideIds);
  if (scanned.length === 0) return undefined;
  // (Unread tables have keys, so they never reach the keyless branch, the only one reading cells.)
  const { skeleton, keyless } = deckSkeleton(store, scanned);
  const storedPersonas = store.personas();
  // Personas met only by name (no keys anywhere): a continuation slide joins its first slide's.
  const named: Persona[] = [];
  const taken = new Set([
    ...storedPersonas.map((p) => p.id),
    ...scanned.flatMap((p) => {
      const keys = p.stored ?? p.box;
      return keys ? [keys.personaId] : [];
    }),
  ]);
  const boxHints = scanned.find((p) => p.box)?.box?.hints;
  const all: PartRead[] = scanned.flatMap((part, n): PartRead[] => {
    if (part.unread) return [];
    const keys = part.stored ?? part.box;
    const index = keys ? keys.part : titleIndex(part.name);
    const byName = (name: string | undefined) => {
      if (name === undefined) return undefined;
      const plain = clampName(name.replace(CONTINUATION, '$1')).trim();
      return [...storedPersonas, ...named].find((p) => p.name.trim() === plain);
    };
    const layout = keys ? undefined : layoutOf(store, part);
    let persona = (keys && (store.persona(keys.personaId) ?? part.box?.persona)) ?? byName(part.name);
    const nameFindings: Finding[] = [];
    if (!persona) {
      const name = part.name?.replace(CONTINUATION, '$1') || `Persona ${n + 1}`;
      // A title too long for a persona name (a duplicated slide renamed, say) must not make the
      // whole read refuse: the name is cut to the limit and the full title kept in a finding.
      if (clampName(name) !== name)
        nameFindings.push(
          FINDINGS.truncated(`slide ${part.slideIndex + 1}: title`, part.name!, String(LIMITS.labelLength)),
        );
      // A new id, never one a keyed journey or stored persona has (that would join two journeys).
      let id = `p${n + 1}`;
      for (let k = 2; taken.has(id); k++) id = `p${n + 1}-${k}`;
      taken.add(id);
      persona = { id, name: clampName(name), antiPersona: false };
      named.push(persona);
    }
    const personaId = keys?.personaId ?? persona.id;
    const { raw, extra } = rawTableOf(part, index, persona, layout);
    // A table without keys of its own in a deck built with hints (a duplicated slide) holds the
    // same grey hints: they are not content.
    const hints = keys?.hints ?? store.hintsOf(personaId) ?? boxHints ?? keyless;
    const reading = readTable(raw, skeleton, { hints });
    const where = `slide ${part.slideIndex + 1}`;
    reading.findings.push(
      ...nameFindings,
      ...extra,
      ...part.loose.map((l) => FINDINGS.outsideGrid(l.address, l.text, '')),
    );
    if (!keys && !keyless && !reading.findings.some((f) => f.code === 'matched-by-label'))
      reading.findings.push(FINDINGS.labelsMatched(where, '', ''));
    return [{ part, personaId, persona: { ...persona, id: personaId }, index, reading }];
  });
  // Parts of one persona join one journey; a second part with the same index is a copy, which
  // becomes a persona of its own (`<id>-2`…, assignJourneyIds). Tables of other personas left
  // unread still count, so a copy gets the same id whether one journey or the deck is read, and a
  // rebuild of `<id>-2` redraws the copy in place.
  type Entry = { personaId: string; index: number; read?: PartRead };
  const entries: Entry[] = scanned.flatMap((part): Entry[] => {
    const read = all.find((r) => r.part === part);
    if (read) return [{ personaId: read.personaId, index: read.index, read }];
    const keys = part.stored ?? part.box;
    return part.unread && keys ? [{ personaId: keys.personaId, index: keys.part }] : [];
  });
  const grouped: Entry[][] = [];
  for (const entry of entries) {
    const group = grouped.find(
      (g) => g[0]!.personaId === entry.personaId && !g.some((p) => p.index === entry.index),
    );
    if (group) group.push(entry);
    else grouped.push([entry]);
  }
  const ids = assignJourneyIds(grouped.map((g) => g[0]!.personaId));
  const groups: PartRead[][] = grouped
    .map((group, g) =>
      group.flatMap((e) =>
        e.read && (only === undefined || ids[g] === only)
          ? [
              only === undefined
                ? e.read
                : { ...e.read, personaId: only, persona: { ...e.read.persona, id: only } },
            ]
          : [],
      ),
    )
    .filter((group) => group.length > 0);
  const journeys = groups.map((group) => {
    const parts = [...group].sort((a, b) => a.index - b.index);
    const first = parts[0]!;
    return {
      parts,
      read: {
        where: `slide ${first.part.slideIndex + 1}`,
        key: { personaId: first.personaId, persona: first.persona },
        reading: mergeReadings(
          parts.map((p) => p.reading),
          skeleton,
        ),
        // The title this journey was drawn with: the shared reader tells a title typed on this
        // persona's slide from the document's by it (a journey read knows it as `builtTitle`).
        ...builtTitle(parts),
      },
    };
  });
  reportRenamedLabels(journeys);
  return { skeleton, journeys, scanned, keyless };
}

/**
 * The same stage or lane shown under another label on a later table (a lane label renamed on a
 * continuation slide, a stage header renamed on one persona's slide only): the document keeps the
 * first label, so the other one is reported with where it is rather than dropped.
 */
function reportRenamedLabels(journeys: DeckReading['journeys']): void {
  const kept = new Map<string, string>();
  for (const journey of journeys) {
    for (const part of journey.parts) {
      const items = [
        ...part.reading.stages.map((s) => ({ key: `stage:${s.id}`, label: s.label })),
        ...part.reading.lanes.map((l) => ({ key: `lane:${l.id}`, label: l.label })),
      ];
      for (const { key, label } of items) {
        const first = kept.get(key);
        if (first === undefined) kept.set(key, label);
        else if (first.trim() !== label.trim())
          journey.read.reading.findings.push(renamedLabel(`slide ${part.part.slideIndex + 1}`, label, first));
      }
    }
  }
}

function renamedLabel(where: string, label: string, kept: string): Finding {
  return { ...FINDINGS.labelDiffers(where, label, kept), path: where };
}

const NO_JOURNEYS = problem('', 'no-journeys', M.noJourneysDeck);

/**
 * Every journey in the deck. `direct`: the Advanced service, for reading the deck in one call
 * where the user's grant reaches it (direct-read.ts); else, or when that fails, through SlidesApp.
 */
export function readPresentation(
  app: SlidesAppService,
  presentation: Presentation,
  properties: Properties | null,
  direct?: DirectRead,
): Result<Assembled> {
  const deck = readDeckParts(
    app,
    directDeck(app, presentation, direct) ?? presentation,
    new DeckStore(properties),
  );
  if (!deck) return { ok: false, problems: [NO_JOURNEYS] };
  return assembleDocument(
    deck.skeleton,
    deck.journeys.map((j) => j.read),
  );
}
