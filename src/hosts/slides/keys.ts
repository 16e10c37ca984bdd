/**
 * Where a deck keeps what lets Journey Grid read it back. Slides has no developer metadata, so:
 *
 * - in the open deck, document properties: the document skeleton, each persona, and per journey
 *   table (by object id) the role and build-time label of each row and column. Values above the
 *   property limit are split over numbered keys, by UTF-8 bytes (what the limit counts) and only
 *   between code points, never inside a surrogate pair.
 * - in a deck created through the REST API (which cannot write document properties), a small text
 *   box beside each journey slide, off the visible page, holding the same keys as JSON. It travels
 *   with its slide when the slide is duplicated, moved or copied into another deck; the next build
 *   in that deck moves the keys into document properties.
 *
 * Rows and columns have no identity in Slides, so keys are positional. When a person inserts or
 * deletes a row or column, the stored labels are aligned with what the table shows now (longest
 * common subsequence), and rows that match nothing are read as unkeyed: new lanes or stages.
 */
import { DOCUMENT_KEY, KEY_PREFIX } from '../../layout/keys';
import type { Persona } from '../../model/types';
import type { DocumentSkeleton } from '../../read/raw';
import type { Properties } from '../ui';
import type { FormDigests } from './baseline';
import type { PartKeys } from './slide-plan';

export const PART_KEY = `${KEY_PREFIX}slide.`;
export const PERSONA_KEY = `${KEY_PREFIX}persona.`;
/**
 * The deck's slide ids when a build last knew every journey table had keys (see `keyedSlides`): a
 * slide not among them (a duplicate, one added by hand) means the deck must be looked at whole.
 */
export const KEYED_KEY = `${KEY_PREFIX}deck.keyed`;
/**
 * UTF-8 bytes of one stored piece. Google's quota page gives "Properties value size: 9 KB / val" and
 * "Properties total storage: 500 KB / property store" (developers.google.com/apps-script/guides/
 * services/quotas); property values are stored as UTF-8, so bytes are counted, not UTF-16 units.
 * 8,000 leaves room for the key and the piece-count prefix under 9,216.
 */
export const PIECE_BYTES = 8000;
/** The whole store, 500 KB: a build checks its keys fit before it changes the deck. */
export const STORE_BYTES = 500 * 1024;

/** Bytes `text` takes in UTF-8 (a lone surrogate is stored as U+FFFD: 3 bytes). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** `text` cut into pieces of at most `max` UTF-8 bytes, only between code points. */
export function utf8Pieces(text: string, max: number): string[] {
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  if (text.length * 3 <= max) return [text];
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (bytes + size > max && piece !== '') {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += ch;
    bytes += size;
  }
  pieces.push(piece);
  return pieces;
}

/** One journey table's keys. */
export interface StoredPart extends PartKeys {
  personaId: string;
  /** The slide it was built on: lets a build visit only its own slides. */
  slideId?: string;
  part: number;
  parts: number;
  hints: boolean;
  /** The journey title as drawn on this part (first parts): a rebuild's baseline for edits. */
  title?: string;
  /** Digests of the form this journey was last built from (first parts; baseline.ts). */
  form?: FormDigests;
}

/** The JSON of a REST-built deck's keys box: everything a slide needs to be read on its own. */
export interface KeysBox extends StoredPart {
  v: 1;
  skeleton: DocumentSkeleton;
  persona: Persona;
}

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
    const head = this.values[key];
    if (head === undefined) return undefined;
    const bar = head.indexOf('|');
    const count = Number(head.slice(0, bar));
    if (bar < 0 || !Number.isInteger(count) || count < 1) return undefined;
    let text = head.slice(bar + 1);
    for (let i = 1; i < count; i++) {
      const piece = this.values[`${key}#${i}`];
      if (piece === undefined) return undefined;
      text += piece;
    }
    return text;
  }

  private set(key: string, value: string | undefined): void {
    for (const k of Object.keys(this.values)) if (k === key || k.startsWith(`${key}#`)) delete this.values[k];
    if (value === undefined) return;
    const pieces = utf8Pieces(value, PIECE_BYTES);
    this.values[key] = `${pieces.length}|${pieces[0]}`;
    pieces.slice(1).forEach((piece, i) => {
      this.values[`${key}#${i + 1}`] = piece;
    });
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
    for (const [key, value] of Object.entries(this.values)) total += utf8Bytes(key) + utf8Bytes(value);
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

/**
 * For each current position, the stored key whose label it still shows, keeping order: the
 * longest common subsequence of stored and current labels. With nothing inserted or deleted the
 * keys are simply positional (renamed labels keep their key).
 */
export function alignKeys(
  stored: readonly { key: string; label: string }[],
  current: readonly string[],
): (string | undefined)[] {
  if (stored.length === current.length) return stored.map((s) => s.key);
  const n = stored.length;
  const m = current.length;
  const same = (i: number, j: number) => stored[i]!.label.trim() === current[j]!.trim();
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = same(i, j) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const keys: (string | undefined)[] = new Array(m).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j)) {
      keys[j] = stored[i]!.key;
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  // Between two matched neighbours, a single unmatched stored key facing a single unmatched row is a rename.
  let lastStored = -1;
  let lastCurrent = -1;
  const matchedStored = new Map<number, number>();
  keys.forEach((k, jj) => {
    if (k !== undefined)
      matchedStored.set(
        jj,
        stored.findIndex((s, ii) => ii > lastStored && s.key === k),
      );
    if (k !== undefined) lastStored = matchedStored.get(jj)!;
  });
  lastStored = -1;
  for (let jj = 0; jj <= m; jj++) {
    const matched = jj === m ? n : matchedStored.get(jj);
    if (matched === undefined) continue;
    if (matched - lastStored === 2 && jj - lastCurrent === 2) keys[jj - 1] = stored[lastStored + 1]!.key;
    lastStored = matched;
    lastCurrent = jj;
  }
  return keys;
}
