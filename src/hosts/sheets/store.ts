/**
 * What the builder stores in developer metadata, kept well under the size Sheets allows for one
 * value: a JSON text that does not fit in one piece is split over `<key>#1…#n` on the same sheet
 * or spreadsheet, with `{"pieces":n}` under the key itself, so finding journeys by key still
 * works and a duplicated sheet carries every piece along. Pieces are cut between whole UTF-16
 * characters, never through an emoji.
 */
import type { DeveloperMetadata, MetadataVisibility } from './services';

/** Characters per stored value: a quarter of the 30,000 the emulator assumes (see its README). */
export const PIECE_CHARS = 7_500;

const SPLIT = /^\{"pieces":(\d+)\}$/;

export interface MetadataOwner {
  getDeveloperMetadata(): DeveloperMetadata[];
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): unknown;
}

/** Splits text into pieces of at most `size` UTF-16 units, never between a surrogate pair. */
export function splitText(text: string, size = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/** The whole text stored under `head` (its own value, or its pieces on the same owner). */
export function joinedValue(head: DeveloperMetadata, owner: () => MetadataOwner | null): string | null {
  const value = head.getValue();
  return value && SPLIT.test(value) ? joinPieces(head, owner()?.getDeveloperMetadata() ?? []) : value;
}

/** The same, with the owner's entries already at hand (found once per execution: key-index.ts). */
export function joinPieces(head: DeveloperMetadata, all: readonly DeveloperMetadata[]): string | null {
  const value = head.getValue();
  const split = value ? SPLIT.exec(value) : null;
  if (!split) return value;
  const key = head.getKey();
  let text = '';
  for (let n = 1; n <= Number(split[1]); n++) {
    const piece = all.find((md) => md.getKey() === `${key}#${n}`);
    if (!piece) return null;
    text += piece.getValue() ?? '';
  }
  return text;
}

/**
 * Writes text under key on the owner: one value, or pieces; leftover pieces of before go. `found`
 * is the owner's entries if already found in this execution (saves asking the server again).
 */
export function writeStored(
  owner: MetadataOwner,
  key: string,
  text: string,
  visibility: MetadataVisibility,
  found?: readonly DeveloperMetadata[],
): void {
  const pieces = text.length <= PIECE_CHARS ? [] : splitText(text);
  const values = new Map<string, string>([[key, pieces.length ? `{"pieces":${pieces.length}}` : text]]);
  pieces.forEach((piece, i) => {
    values.set(`${key}#${i + 1}`, piece);
  });
  const mine = (k: string) => k === key || k.indexOf(`${key}#`) === 0;
  for (const md of found ?? owner.getDeveloperMetadata()) {
    const k = md.getKey();
    if (!mine(k)) continue;
    const value = values.get(k);
    if (value === undefined) md.remove();
    else md.setValue(value);
    values.delete(k);
  }
  values.forEach((value, k) => {
    owner.addDeveloperMetadata(k, value, visibility);
  });
}
