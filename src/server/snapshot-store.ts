/**
 * Snapshots in the open file's document properties: reads the store, lets src/share/snapshots.ts
 * decide, and writes what it planned in the order it planned (see SnapshotWrites). Saving needs the
 * document lock, which the RPC takes.
 */
import type { Properties } from '../hosts/ui';
import type { Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import {
  INDEX_KEY,
  indexOf,
  listOf,
  planSnapshot,
  readSnapshot,
  type SavedSnapshot,
  type SnapshotList,
} from '../share/snapshots';

export function listSnapshots(store: Properties): SnapshotList {
  return listOf(indexOf(store.getProperty(INDEX_KEY)));
}

export function loadSnapshot(store: Properties, id: string): Result<JourneyDocument> {
  return readSnapshot(store.getProperties(), id);
}

export function saveSnapshot(store: Properties, doc: JourneyDocument, now: Date): Result<SavedSnapshot> {
  const plan = planSnapshot(store.getProperties(), doc, now);
  if (!plan.ok) return plan;
  const { first, then, last, saved } = plan.value;
  if (first.set) store.setProperties(first.set);
  for (const key of first.remove) store.deleteProperty(key);
  store.setProperties(then);
  for (const key of last) store.deleteProperty(key);
  return { ok: true, value: saved };
}
