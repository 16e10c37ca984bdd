/**
 * Snapshots: versions of a journey kept in the file's own storage (its document properties, which
 * every collaborator using the add-on shares), so a team can compare what changed between two
 * read-backs.
 *
 * Document properties hold at most 9 KB per value and 500 KB in all, so a snapshot is stored in
 * pieces under 8 KB (the one scheme of ./properties.ts), and all snapshots together stay within SNAPSHOT_BUDGET_BYTES, leaving room for
 * the add-on's other settings, and at most MAX_SNAPSHOTS are kept: when a new snapshot does not
 * fit, the oldest are dropped, after the new one is written (or, when the store has no room for
 * both, after the index has forgotten them), so the index never lists a snapshot that is gone.
 * Properties are not copied with "Make a copy", so a copied file starts without snapshots.
 *
 * Pure: each function takes the store's values as read, and a save answers what to write and
 * remove, in order; src/server/snapshot-store.ts reads and writes the file's properties.
 */

import { KEY_PREFIX } from '../layout/keys';
import { parseDocumentJson } from '../model/migrate';
import { fail, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { SHARE_MESSAGES as M } from './messages';
import { entryBytes, isPieceOf, joinValue, STORE_MAX_BYTES, splitValue } from './properties';
import { utf8Length } from './utf8';

/**
 * The file's store is 500 KB in all; snapshots leave room for its persona library and a deck's keys.
 * Snapshot sizes are told in KB of 1,000 bytes (this budget is 250 KB), in the messages here and in
 * the sidebar's storage line alike.
 */
export const SNAPSHOT_BUDGET_BYTES = 250_000;
const kilobytes = (bytes: number) => Math.ceil(bytes / 1000);
export const MAX_SNAPSHOTS = 40;
/** The index of snapshots is one property value too, under the same 9 KB limit. */
const INDEX_BYTES = 8_000;
const TITLE_IN_INDEX = 40;
export const INDEX_KEY = `${KEY_PREFIX}snapshots`;
const snapshotKey = (id: string) => `${KEY_PREFIX}snapshot.${id}`;
/** Before the one scheme, piece n of a snapshot had its own key, and the index its count: still read. */
const legacyPartKey = (id: string, n: number) => `${KEY_PREFIX}snapshot.${id}.${n}`;

export type Stored = Readonly<Record<string, string | undefined>>;

/** A snapshot's JSON as stored, in either scheme; undefined when a piece is gone. */
function snapshotText(all: Stored, s: SnapshotInfo): string | undefined {
  if (all[snapshotKey(s.id)] !== undefined) return joinValue(all, snapshotKey(s.id));
  let json = '';
  for (let n = 0; n < s.parts; n++) {
    const part = all[legacyPartKey(s.id, n)];
    if (part === undefined) return undefined;
    json += part;
  }
  return json;
}

/** The keys a snapshot holds in the store, in either scheme. */
function keysOf(all: Stored, s: SnapshotInfo): string[] {
  const legacy = new Set(Array.from({ length: s.parts }, (_, n) => legacyPartKey(s.id, n)));
  return Object.keys(all).filter((key) => isPieceOf(key, snapshotKey(s.id)) || legacy.has(key));
}

export interface SnapshotInfo {
  id: string;
  /** ISO time of the snapshot. */
  at: string;
  title: string;
  bytes: number;
  parts: number;
  /** Cells with content, over all personas. */
  filledCells: number;
}

export interface SnapshotList {
  snapshots: SnapshotInfo[];
  usedBytes: number;
  budgetBytes: number;
}

export interface SavedSnapshot extends SnapshotList {
  saved: SnapshotInfo;
  /** Older snapshots removed to make room, oldest first. */
  dropped: SnapshotInfo[];
}

/** The snapshots the index names, from its stored value (none when it is missing or unreadable). */
export function indexOf(raw: string | null | undefined): SnapshotInfo[] {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as SnapshotInfo[];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function listOf(index: SnapshotInfo[]): SnapshotList {
  return {
    snapshots: index,
    usedBytes: index.reduce((sum, s) => sum + s.bytes, 0),
    budgetBytes: SNAPSHOT_BUDGET_BYTES,
  };
}

function filledCells(doc: JourneyDocument): number {
  return doc.journeys.reduce(
    (sum, j) => sum + Object.values(j.cells).reduce((n, row) => n + Object.keys(row).length, 0),
    0,
  );
}

/** Ids from the time, with a counter when another snapshot already has that millisecond's id. */
function newId(now: Date, taken: (id: string) => boolean): string {
  const base = now.getTime().toString(36);
  let id = base;
  for (let n = 1; taken(id); n++) id = `${base}-${n.toString(36)}`;
  return id;
}

const storageFull = (kb: number) => problem('', 'storage-full', M.snapshotNoRoom(kb));

/**
 * What saving a snapshot writes, in order: `first` (only when the store has no room for old and
 * new pieces together: the index without the dropped snapshots, then their pieces removed), `then`
 * in one call (the new pieces and the index that names them: the service stores them together),
 * `last` (the dropped snapshots' pieces, once nothing names them).
 */
export interface SnapshotWrites {
  first: { set?: Record<string, string>; remove: string[] };
  then: Record<string, string>;
  last: string[];
  saved: SavedSnapshot;
}

/**
 * Plans a snapshot from the store as read (the caller holds the document lock: a read-modify-write
 * of the index). The whole plan is measured against the store's 500 KB before anything is written;
 * new pieces are written before old ones are dropped whenever the store has room for both, and the
 * index never lists a snapshot whose pieces are gone.
 */
export function planSnapshot(all: Stored, doc: JourneyDocument, now: Date): Result<SnapshotWrites> {
  const json = JSON.stringify(doc);
  const bytes = utf8Length(json);
  if (bytes > SNAPSHOT_BUDGET_BYTES) {
    const kb = kilobytes(bytes);
    return fail([
      problem('', 'snapshot-too-large', M.snapshotTooLarge(kb, kilobytes(SNAPSHOT_BUDGET_BYTES))),
    ]);
  }
  const index = indexOf(all[INDEX_KEY]);
  // Entries whose pieces are gone (a failed save of an earlier version) leave the index now.
  const whole = (s: SnapshotInfo) => snapshotText(all, s) !== undefined;
  const kept = index.filter(whole);
  const dropped: SnapshotInfo[] = index.filter((s) => !whole(s));
  let used = kept.reduce((sum, s) => sum + s.bytes, 0);
  const info: SnapshotInfo = {
    id: newId(
      now,
      (id) =>
        index.some((s) => s.id === id) ||
        all[snapshotKey(id)] !== undefined ||
        all[legacyPartKey(id, 0)] !== undefined,
    ),
    at: now.toISOString(),
    title: [...doc.title].slice(0, TITLE_IN_INDEX).join(''),
    bytes,
    parts: 0,
    filledCells: filledCells(doc),
  };
  const indexTooBig = () => utf8Length(INDEX_KEY + JSON.stringify([...kept, info])) > INDEX_BYTES;
  while (
    kept.length > 0 &&
    (used + bytes > SNAPSHOT_BUDGET_BYTES || kept.length >= MAX_SNAPSHOTS || indexTooBig())
  ) {
    const oldest = kept.shift()!;
    used -= oldest.bytes;
    dropped.push(oldest);
  }
  const pieces = splitValue(snapshotKey(info.id), json);
  info.parts = Object.keys(pieces).length;
  const finalIndex = JSON.stringify([...kept, info]);
  const droppedKeys = dropped.flatMap((s) => keysOf(all, s));

  // Measure before writing: the store as it is, as it is while both old and new pieces are
  // there, and as it will be.
  let stored = 0;
  for (const key of Object.keys(all)) stored += entryBytes(key, all[key] ?? '');
  const oldIndex = all[INDEX_KEY];
  const indexChange =
    entryBytes(INDEX_KEY, finalIndex) - (oldIndex === undefined ? 0 : entryBytes(INDEX_KEY, oldIndex));
  let added = 0;
  for (const key of Object.keys(pieces)) added += entryBytes(key, pieces[key]!);
  let freed = 0;
  for (const key of droppedKeys) if (all[key] !== undefined) freed += entryBytes(key, all[key]!);
  if (stored + added + indexChange - freed > STORE_MAX_BYTES) {
    return fail([storageFull(kilobytes(bytes))]);
  }
  const roomForBoth = stored + added + indexChange <= STORE_MAX_BYTES;
  const saved = { ...listOf([...kept, info]), saved: info, dropped };
  const then = { ...pieces, [INDEX_KEY]: finalIndex };
  return {
    ok: true,
    value: roomForBoth
      ? { first: { remove: [] }, then, last: droppedKeys, saved }
      : { first: { set: { [INDEX_KEY]: JSON.stringify(kept) }, remove: droppedKeys }, then, last: [], saved },
  };
}

/** The journey a snapshot holds, from the store as read. */
export function readSnapshot(all: Stored, id: string): Result<JourneyDocument> {
  const info = indexOf(all[INDEX_KEY]).find((s) => s.id === id);
  if (!info) {
    return fail([problem('id', 'unknown-snapshot', M.unknownSnapshot)]);
  }
  const json = snapshotText(all, info);
  // Pieces lost to a failed save of an earlier version: say so rather than "not valid JSON".
  if (json === undefined) {
    return fail([problem('id', 'snapshot-damaged', M.snapshotDamaged)]);
  }
  return parseDocumentJson(json);
}
