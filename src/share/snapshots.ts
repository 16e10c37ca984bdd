/**
 * Snapshots: versions of a journey kept in the file's own storage (its document properties, which
 * every collaborator using the add-on shares), so a team can compare what changed between two
 * read-backs.
 *
 * Document properties hold at most 9 KB per value and 500 KB in all, so a snapshot is stored in
 * pieces under 8 KB, and all snapshots together stay within SNAPSHOT_BUDGET_BYTES, leaving room for
 * the add-on's other settings, and at most MAX_SNAPSHOTS are kept: when a new snapshot does not
 * fit, the oldest are dropped first.
 * Properties are not copied with "Make a copy", so a copied file starts without snapshots.
 */
import type { Properties } from '../hosts/ui';
import { parseDocumentJson } from '../model/migrate';
import { fail, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { splitByBytes, utf8Length } from './utf8';

/** The file's store is 500 KB in all; snapshots leave room for its persona library and a deck's keys. */
export const SNAPSHOT_BUDGET_BYTES = 250_000;
export const MAX_SNAPSHOTS = 40;
/** The index of snapshots is one property value too, under the same 9 KB limit. */
const INDEX_BYTES = 8_000;
const TITLE_IN_INDEX = 40;
const PART_BYTES = 8_000;
const INDEX_KEY = 'journeygrid.snapshots';
const partKey = (id: string, n: number) => `journeygrid.snapshot.${id}.${n}`;

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

function readIndex(store: Properties): SnapshotInfo[] {
  const raw = store.getProperty(INDEX_KEY);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as SnapshotInfo[];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function listOf(index: SnapshotInfo[]): SnapshotList {
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

export function listSnapshots(store: Properties): SnapshotList {
  return listOf(readIndex(store));
}

export function saveSnapshot(store: Properties, doc: JourneyDocument, now: Date): Result<SavedSnapshot> {
  const json = JSON.stringify(doc);
  const bytes = utf8Length(json);
  if (bytes > SNAPSHOT_BUDGET_BYTES) {
    const kb = Math.ceil(bytes / 1024);
    return fail([
      problem(
        '',
        'snapshot-too-large',
        `このジャーニーは ${kb} KB あり、ファイル内に保存できるスナップショットの上限（${SNAPSHOT_BUDGET_BYTES / 1000} KB）を超えています。「Drive に保存」を使ってください。`,
        `This journey is ${kb} KB, more than the ${SNAPSHOT_BUDGET_BYTES / 1000} KB a file can keep for snapshots. Use "Save to Drive" instead.`,
      ),
    ]);
  }
  const index = readIndex(store);
  const dropped: SnapshotInfo[] = [];
  let used = index.reduce((sum, s) => sum + s.bytes, 0);
  const info: SnapshotInfo = {
    id: `${now.getTime().toString(36)}${index.length.toString(36)}`,
    at: now.toISOString(),
    title: [...doc.title].slice(0, TITLE_IN_INDEX).join(''),
    bytes,
    parts: 0,
    filledCells: filledCells(doc),
  };
  const indexTooBig = () => utf8Length(INDEX_KEY + JSON.stringify([...index, info])) > INDEX_BYTES;
  while (
    index.length > 0 &&
    (used + bytes > SNAPSHOT_BUDGET_BYTES || index.length >= MAX_SNAPSHOTS || indexTooBig())
  ) {
    const oldest = index.shift()!;
    used -= oldest.bytes;
    dropped.push(oldest);
    for (let n = 0; n < oldest.parts; n++) store.deleteProperty(partKey(oldest.id, n));
  }
  const parts = splitByBytes(json, PART_BYTES);
  info.parts = parts.length;
  const id = info.id;
  index.push(info);
  const values: Record<string, string> = { [INDEX_KEY]: JSON.stringify(index) };
  parts.forEach((part, n) => {
    values[partKey(id, n)] = part;
  });
  store.setProperties(values);
  return { ok: true, value: { ...listOf(index), saved: info, dropped } };
}

export function loadSnapshot(store: Properties, id: string): Result<JourneyDocument> {
  const info = readIndex(store).find((s) => s.id === id);
  if (!info) {
    return fail([
      problem(
        'id',
        'unknown-snapshot',
        'このスナップショットは見つかりません。',
        'This snapshot no longer exists.',
      ),
    ]);
  }
  let json = '';
  for (let n = 0; n < info.parts; n++) json += store.getProperty(partKey(id, n)) ?? '';
  return parseDocumentJson(json);
}
