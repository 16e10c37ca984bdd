/**
 * How Journey Grid keeps its values in PropertiesService, in one place (pure: the hosts and the
 * server do the reading and writing). Every key starts with KEY_PREFIX (`journeygrid.`,
 * src/layout/keys.ts), and a value above the property limit is split over numbered keys in one
 * scheme (`<key>` holds `<count>|<first piece>`, `<key>#1` … the rest), cut by UTF-8 bytes (what
 * the limit counts) and only between code points. Decks' keys, snapshots and the remembered form
 * all use it.
 */
import { splitByBytes, utf8Length } from './utf8';

/**
 * Google's quota page: "Properties value size: 9 KB / val" and "Properties total storage: 500 KB /
 * property store" (developers.google.com/apps-script/guides/services/quotas), counted as UTF-8
 * bytes of key and value, like the emulator.
 */
export const PROPERTY_MAX_BYTES = 9 * 1024;
export const STORE_MAX_BYTES = 500 * 1024;
/** One stored piece: leaves room for the key and the piece-count prefix under 9,216 bytes. */
export const PIECE_BYTES = 8000;

/** What one property costs in its store: Google counts key and value, in UTF-8 bytes. */
export const entryBytes = (key: string, value: string): number => utf8Length(key) + utf8Length(value);

/** `key` itself or one of its numbered pieces. */
export function isPieceOf(storeKey: string, key: string): boolean {
  return storeKey === key || storeKey.indexOf(`${key}#`) === 0;
}

/** The properties that hold `value` under `key`: one, or more when it is over PIECE_BYTES. */
export function splitValue(key: string, value: string): Record<string, string> {
  const pieces = splitByBytes(value, PIECE_BYTES);
  const entries: Record<string, string> = { [key]: `${pieces.length}|${pieces[0]}` };
  pieces.slice(1).forEach((piece, i) => {
    entries[`${key}#${i + 1}`] = piece;
  });
  return entries;
}

/**
 * The value kept under `key` by splitValue, or undefined when it or a piece is missing. A value
 * written whole by an earlier version (no `<count>|` head) is answered as it is.
 */
export function joinValue(
  all: Readonly<Record<string, string | undefined>>,
  key: string,
): string | undefined {
  const head = all[key];
  if (head === undefined) return undefined;
  const bar = head.indexOf('|');
  const count = bar > 0 && /^\d+$/.test(head.slice(0, bar)) ? Number(head.slice(0, bar)) : 0;
  if (count < 1) return head;
  let text = head.slice(bar + 1);
  for (let i = 1; i < count; i++) {
    const piece = all[`${key}#${i}`];
    if (piece === undefined) return undefined;
    text += piece;
  }
  return text;
}
