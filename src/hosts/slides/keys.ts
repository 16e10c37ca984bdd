/**
 * Where a deck keeps what lets Journey Grid read it back. Slides has no developer metadata, so:
 *
 * - in the open deck, document properties: the document skeleton, each persona, and per journey
 *   table (by object id) the role and build-time label of each row and column. Values above the
 *   property limit are split over numbered keys (the one scheme of src/share/properties.ts).
 * - in a deck created through the REST API (which cannot write document properties), a small text
 *   box beside each journey slide, off the visible page, holding the same keys as JSON. It travels
 *   with its slide when the slide is duplicated, moved or copied into another deck; the next build
 *   in that deck moves the keys into document properties.
 *
 * Rows and columns have no identity in Slides, so keys are positional, with the label and a short
 * print of the cells of each row and column as drawn. When a person inserts, deletes or renames
 * rows or columns, the stored ones are aligned with what the table shows now by how well their
 * labels and cells agree (`alignLines`), and rows that match nothing are new lanes or stages.
 */
import { DOCUMENT_KEY, KEY_PREFIX } from '../../layout/keys';
import type { Persona } from '../../model/types';
import type { DocumentSkeleton } from '../../read/raw';
import type { StoredPart } from '../../read/stored';
import { entryBytes, isPieceOf, joinValue, splitValue } from '../../share/properties';
import type { Properties } from '../ui';

export const PART_KEY = `${KEY_PREFIX}slide.`;
export const PERSONA_KEY = `${KEY_PREFIX}persona.`;
/**
 * The deck's slide ids when a build last knew every journey table had keys (see `keyedSlides`): a
 * slide not among them (a duplicate, one added by hand) means the deck must be looked at whole.
 */
export const KEYED_KEY = `${KEY_PREFIX}deck.keyed`;

/**
 * All of a deck's properties, read once (one service call). Saving writes back only the keys this
 * store changed and deletes only those it removed: others (the persona library, snapshots) write
 * document properties too, possibly while a build runs, and must not be overwritten by this copy.
 */
export class DeckStore {
  private readonly values: Record<string, string>;
  /** The values as last read or saved: what save() compares against. */
  private saved: Record<string, string>;

  constructor(private readonly properties: Properties | null) {
    this.values = properties ? { ...properties.getProperties() } : {};
    this.saved = { ...this.values };
  }

  private get(key: string): string | undefined {
    return joinValue(this.values, key);
  }

  private set(key: string, value: string | undefined): void {
    for (const k of Object.keys(this.values)) if (isPieceOf(k, key)) delete this.values[k];
    if (value !== undefined) Object.assign(this.values, splitValue(key, value));
  }

  private json<T>(key: string): T | undefined {
    const text = this.get(key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  skeleton(): DocumentSkeleton | undefined {
    return this.json<DocumentSkeleton>(DOCUMENT_KEY);
  }

  setSkeleton(skeleton: DocumentSkeleton): void {
    this.set(DOCUMENT_KEY, JSON.stringify(skeleton));
  }

  persona(id: string): Persona | undefined {
    return this.json<Persona>(PERSONA_KEY + id);
  }

  personas(): Persona[] {
    return Object.keys(this.values)
      .filter((k) => k.startsWith(PERSONA_KEY) && !k.includes('#'))
      .flatMap((k) => this.json<Persona>(k) ?? []);
  }

  setPersona(persona: Persona): void {
    this.set(PERSONA_KEY + persona.id, JSON.stringify(persona));
  }

  part(tableId: string): StoredPart | undefined {
    return this.json<StoredPart>(PART_KEY + tableId);
  }

  setPart(tableId: string, part: StoredPart | undefined): void {
    this.set(PART_KEY + tableId, part === undefined ? undefined : JSON.stringify(part));
  }

  /**
   * Whether the builder wrote hints on this persona's tables (or, failing that, on any table of
   * the deck): what a table without keys of its own (a duplicated slide) was most likely built with.
   */
  hintsOf(personaId: string | undefined): boolean | undefined {
    let any: boolean | undefined;
    for (const key of Object.keys(this.values)) {
      if (!key.startsWith(PART_KEY) || key.includes('#')) continue;
      const part = this.json<StoredPart>(key);
      if (!part) continue;
      if (part.personaId === personaId) return part.hints;
      any ??= part.hints;
    }
    return any;
  }

  /**
   * The slides the deck had when a build last knew that every journey table had keys. While the
   * deck has no other slide, a persona with no slides recorded has none, and its build reads no
   * other slide; a slide added since (a duplicated journey slide) sends the build over every slide.
   */
  keyedSlides(): Set<string> | undefined {
    const ids = this.json<unknown>(KEYED_KEY);
    return Array.isArray(ids) ? new Set(ids.filter((id): id is string => typeof id === 'string')) : undefined;
  }

  /** The deck's slides after a build that knows every journey table among them has keys; or none. */
  setKeyedSlides(slideIds: readonly string[] | undefined): void {
    this.set(KEYED_KEY, slideIds ? JSON.stringify(slideIds) : undefined);
  }

  /** Every table's keys. */
  parts(): StoredPart[] {
    return Object.keys(this.values)
      .filter((k) => k.startsWith(PART_KEY) && !k.includes('#'))
      .flatMap((k) => this.json<StoredPart>(k) ?? []);
  }

  /** The slides this persona's parts were built on (open-deck keys only). */
  slidesOf(personaId: string): Set<string> {
    const slides = new Set<string>();
    for (const key of Object.keys(this.values)) {
      if (!key.startsWith(PART_KEY) || key.includes('#')) continue;
      const part = this.json<StoredPart>(key);
      if (part?.personaId === personaId && part.slideId) slides.add(part.slideId);
    }
    return slides;
  }

  /** Forgets the keys of tables whose slide is gone, so the store does not grow forever. */
  prune(liveSlideIds: ReadonlySet<string> | undefined, removedTableIds: ReadonlySet<string>): void {
    for (const key of Object.keys(this.values)) {
      if (!key.startsWith(PART_KEY) || key.includes('#')) continue;
      const slideId = this.json<StoredPart>(key)?.slideId;
      if (
        removedTableIds.has(key.slice(PART_KEY.length)) ||
        (liveSlideIds && slideId !== undefined && !liveSlideIds.has(slideId))
      )
        this.set(key, undefined);
    }
  }

  /** The same values without the service: a build tries its keys on it before writing anything. */
  copy(): DeckStore {
    const copy = new DeckStore(null);
    Object.assign(copy.values, this.values);
    return copy;
  }

  /** UTF-8 bytes of every key and value, as the store's 500 KB limit counts them. */
  bytes(): number {
    let total = 0;
    for (const [key, value] of Object.entries(this.values)) total += entryBytes(key, value);
    return total;
  }

  /**
   * Writes every changed key in one call: the service stores all of them or none, so a failure
   * here leaves the keys as they were. Keys removed are only deleted by `dropRemoved`, once what
   * replaces them is in place.
   */
  saveWritten(): void {
    if (!this.properties) return;
    const written: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.values))
      if (this.saved[key] !== value) written[key] = value;
    if (Object.keys(written).length > 0) this.properties.setProperties(written, false);
    Object.assign(this.saved, written);
  }

  /** One call per key removed since the last read. */
  dropRemoved(): void {
    if (!this.properties) return;
    for (const key of Object.keys(this.saved)) {
      if (key in this.values) continue;
      this.properties.deleteProperty(key);
      delete this.saved[key];
    }
  }
}

/** A row or column as stored: its key, the label drawn, and optionally the print of its cells. */
export interface StoredLine {
  key: string;
  label: string;
  /** Digests of its cells as drawn (`CELL_PRINT` characters each), in order; absent in old decks. */
  print?: string;
}

/** A row or column as the table shows it now: its label (none: its labels column is gone) and cells. */
export interface ShownLine {
  label: string | undefined;
  cells: readonly string[];
}

/** Characters per cell in a print: 36³ values, so two different texts rarely share one. */
export const CELL_PRINT = 3;
const EMPTY_PRINT = '-'.repeat(CELL_PRINT);

/** A cell's print: FNV-1a of its trimmed text, or dashes for an empty cell (which tells nothing). */
export function cellPrint(text: string): string {
  const t = text.trim();
  if (t === '') return EMPTY_PRINT;
  let hash = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) hash = Math.imul(hash ^ t.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % 36 ** CELL_PRINT).toString(36).padStart(CELL_PRINT, '0');
}

/**
 * What a build stores so rows and columns can be told apart later without a label: per row, the
 * prints of its cells as drawn (one short string a row; a column's print is read across them).
 */
export function cellPrints(cells: readonly (readonly { text: string }[])[]): { prints: string[] } {
  return { prints: cells.map((row) => row.map((cell) => cellPrint(cell.text)).join('')) };
}

/** The stored rows and columns of a table with the prints of their cells (when the build kept them). */
export function printedLines(keys: {
  rows: readonly { key: string; label: string }[];
  columns: readonly { key: string; label: string }[];
  prints?: readonly string[];
}): { rows: StoredLine[]; columns: StoredLine[] } {
  const prints = keys.prints;
  if (!prints || prints.length !== keys.rows.length)
    return { rows: [...keys.rows], columns: [...keys.columns] };
  const cell = (r: number, c: number) => prints[r]!.slice(c * CELL_PRINT, (c + 1) * CELL_PRINT);
  return {
    rows: keys.rows.map((row, r) => ({ ...row, print: prints[r]! })),
    columns: keys.columns.map((column, c) => ({
      ...column,
      print: keys.rows.map((_, r) => cell(r, c)).join(''),
    })),
  };
}

/** Points for a label shown as stored; each cell still showing what was drawn adds one. */
const LABEL_POINTS = 2;

/** How well a shown row or column agrees with a stored one: its label, and its cells as drawn. */
function agreement(stored: StoredLine, shown: ShownLine, across?: readonly (number | undefined)[]): number {
  const label = stored.label.trim();
  let points = label !== '' && label === shown.label?.trim() ? LABEL_POINTS : 0;
  if (stored.print && across) {
    // The other direction is aligned already: each cell is compared with the one drawn at its place.
    shown.cells.forEach((text, k) => {
      const at = across[k];
      if (at === undefined) return;
      const p = cellPrint(text);
      if (p !== EMPTY_PRINT && p === stored.print!.slice(at * CELL_PRINT, (at + 1) * CELL_PRINT)) points++;
    });
  } else if (stored.print) {
    // Cells compared as a bag: rows or columns inserted or deleted across this line move its cells.
    const drawn = new Map<string, number>();
    for (let i = 0; i < stored.print.length; i += CELL_PRINT) {
      const p = stored.print.slice(i, i + CELL_PRINT);
      if (p !== EMPTY_PRINT) drawn.set(p, (drawn.get(p) ?? 0) + 1);
    }
    for (const text of shown.cells) {
      const p = cellPrint(text);
      const left = drawn.get(p);
      if (p === EMPTY_PRINT || !left) continue;
      drawn.set(p, left - 1);
      points++;
    }
  }
  return points;
}

/** The pairs of stored and shown lines that agree (labels or cells), in order, agreeing most. */
export function agreeingPairs(
  stored: readonly StoredLine[],
  shown: readonly ShownLine[],
  across?: readonly (number | undefined)[],
): [number, number][] {
  const n = stored.length;
  const m = shown.length;
  const score = stored.map((s) => shown.map((c) => agreement(s, c, across)));
  // A pair is worth its agreement; among alignments that agree as much, the one that moves rows
  // least wins (each point outweighs every possible sum of moves): equal texts in two rows, or
  // repeated labels, then pair with the row at the same place.
  const point = (n + 1) * (m + 1);
  const value = (i: number, j: number) => score[i]![j]! * point - Math.abs(i - j);
  // best[i][j]: the most agreement aligning stored i.. with shown j..
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = score[i]![j]! > 0 ? value(i, j) + best[i + 1]![j + 1]! : 0;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (score[i]![j]! > 0 && best[i]![j] === value(i, j) + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i + 1]![j]! >= best[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * For each current row (or column), the index of the stored one it is, keeping order. Slides gives
 * rows and columns no identity, so each is matched with the stored one whose label and cells (as
 * last built) agree best — the order-keeping alignment with the most agreement — so a row both
 * shifted and renamed is still known by its cells, and a table without its labels column by its
 * cells alone. Between two matched neighbours the unmatched ones may be renames (`renames`).
 * Rows that match nothing are new lanes or stages. `across`: for each cell of a shown line, the
 * stored cell it faces (the other direction, aligned already); without it cells are compared as a bag.
 */
export function alignLines(
  stored: readonly StoredLine[],
  current: readonly (ShownLine | string)[],
  across?: readonly (number | undefined)[],
): (number | undefined)[] {
  const shown = current.map((c): ShownLine => (typeof c === 'string' ? { label: c, cells: [] } : c));
  const n = stored.length;
  const m = shown.length;
  const keys: (number | undefined)[] = new Array(m).fill(undefined);
  const pairs = agreeingPairs(stored, shown, across);
  let lastStored = -1;
  let lastShown = -1;
  for (const [si, sj] of [...pairs, [n, m] as [number, number]]) {
    renames(stored, shown, lastStored + 1, si, lastShown + 1, sj, keys, across);
    if (si < n) keys[sj] = si;
    lastStored = si;
    lastShown = sj;
  }
  return keys;
}

/**
 * How many cells other than its label a stored row or column was drawn with (0 without a print);
 * with `across`, only those facing a cell shown now (rows or columns deleted since do not count).
 */
function drawnCells(line: StoredLine, across?: readonly (number | undefined)[]): number {
  const print = line.print;
  if (!print) return 0;
  const filled = (at: number) => print.slice(at * CELL_PRINT, (at + 1) * CELL_PRINT).replace(/-/g, '') !== '';
  if (across) return across.filter((at, k) => k > 0 && at !== undefined && filled(at)).length;
  let count = 0;
  for (let at = 1; at * CELL_PRINT < print.length; at++) if (filled(at)) count++;
  return count;
}

/**
 * Whether a shown row could be a stored one with its label and cells typed over: where the other
 * direction is aligned, each drawn cell still shows some text (typed over, not emptied); else it
 * shows at least as many cells as were drawn.
 */
function typedOver(stored: StoredLine, shown: ShownLine, across?: readonly (number | undefined)[]): boolean {
  if (!across || !stored.print) return shownCells(shown) >= drawnCells(stored, across);
  return shown.cells.every((text, k) => {
    const at = across[k];
    if (k === 0 || at === undefined) return true;
    return stored.print!.slice(at * CELL_PRINT, (at + 1) * CELL_PRINT) === EMPTY_PRINT || text.trim() !== '';
  });
}

/** How many cells other than its label (the first) a row or column shows. */
function shownCells(line: ShownLine): number {
  return line.cells.filter((t, k) => k > 0 && t.trim() !== '').length;
}

/**
 * Between two matched neighbours, stored keys [s0, s1) facing rows [c0, c1) that agree with none:
 * as many stored keys as rows are renames, in order. A row without a label is not the rename of a
 * labelled one (it was inserted: people rename by typing a label), so when the stored ones all
 * had labels, only the labelled rows are paired with them; when more stored rows than shown ones
 * are left, those drawn with cells were deleted. A stored row drawn with cells (hints,
 * content) that shows none of them now was renamed only if as many cells were typed over: a row
 * inserted where one was deleted shows fewer (nothing is paired then).
 */
function renames(
  stored: readonly StoredLine[],
  shown: readonly ShownLine[],
  s0: number,
  s1: number,
  c0: number,
  c1: number,
  keys: (number | undefined)[],
  across?: readonly (number | undefined)[],
): void {
  if (s1 <= s0) return;
  let rows = Array.from({ length: c1 - c0 }, (_, k) => c0 + k);
  if (stored.slice(s0, s1).every((s) => s.label.trim() !== ''))
    rows = rows.filter((c) => shown[c]!.label?.trim() !== '');
  if (rows.length > 1 && s1 - s0 === 1) {
    // One stored row facing several labelled ones (another was inserted beside the renamed one):
    // the renamed one shows about as many cells as were drawn; one just inserted, what was typed.
    const drawn = drawnCells(stored[s0]!, across);
    const gaps = rows.map((c) => Math.abs(shownCells(shown[c]!) - drawn));
    rows = [rows[gaps.indexOf(Math.min(...gaps))]!];
  }
  let lines = Array.from({ length: s1 - s0 }, (_, k) => s0 + k);
  // More stored rows than shown: those drawn with cells that show nowhere are the deleted ones.
  if (lines.length > rows.length) lines = lines.filter((i) => drawnCells(stored[i]!, across) === 0);
  if (rows.length !== lines.length) return;
  if (rows.some((c, k) => !typedOver(stored[lines[k]!]!, shown[c]!, across))) return;
  rows.forEach((c, k) => {
    keys[c] = lines[k];
  });
}
