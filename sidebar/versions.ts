/**
 * Pure helpers of the Versions section: the storage line ("3 snapshots, 120 KB of 250 KB; …"),
 * snapshot times in the user's language, which two snapshots are chosen and which is older, and
 * the cell values of a diff as text.
 */
import type { Language } from '../src/model/types';
import type { CellChange } from '../src/share/diff';
import type { SnapshotInfo, SnapshotList } from '../src/share/snapshots';

/** Kilobytes as the server's snapshot messages count them (1 KB = 1000 bytes: src/share/snapshots.ts). */
export function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1000);
}

export function usageText(list: SnapshotList, language: Language): string {
  const n = list.snapshots.length;
  const used = kilobytes(list.usedBytes);
  const budget = kilobytes(list.budgetBytes);
  return language === 'ja'
    ? `${n} 件のスナップショット、${used} KB / ${budget} KB 使用中（上限に達すると古いものから削除されます）`
    : `${n} snapshot${n === 1 ? '' : 's'}, ${used} KB of ${budget} KB; the oldest are removed first when full`;
}

export function snapshotTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** Ticks a snapshot on or off; at most two stay chosen (a third replaces the earliest pick). */
export function toggleChoice(chosen: readonly string[], id: string): string[] {
  if (chosen.includes(id)) return chosen.filter((c) => c !== id);
  return [...chosen, id].slice(-2);
}

/** The two chosen snapshots as [older, newer] by time, or null unless exactly two still exist. */
export function comparePair(
  chosen: readonly string[],
  snapshots: readonly SnapshotInfo[],
): [SnapshotInfo, SnapshotInfo] | null {
  const picked = snapshots.filter((s) => chosen.includes(s.id));
  if (picked.length !== 2) return null;
  const [a, b] = picked as [SnapshotInfo, SnapshotInfo];
  return a.at <= b.at ? [a, b] : [b, a];
}

/** The snapshots that are still listed, of those chosen. */
export function keepExisting(chosen: readonly string[], snapshots: readonly SnapshotInfo[]): string[] {
  return chosen.filter((id) => snapshots.some((s) => s.id === id));
}

export function cellText(value: CellChange['before']): string {
  return value === undefined ? '' : String(value);
}
