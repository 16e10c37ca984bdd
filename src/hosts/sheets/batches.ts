/**
 * How the sidebar splits a build into google.script.run calls. Each call costs a round trip
 * (≈ 1.5 s, dev/emulator/calls.ts) on top of its work, so personas travel several per call; the
 * first goes alone so the progress bar moves at once. Three rebuilds of the largest journey
 * model at well under 30 s, far below the 6-minute limit on one execution (Apps Script quotas:
 * "Script runtime 6 min / execution").
 */
export const PERSONAS_PER_CALL = 3;

export function buildBatches<T>(items: readonly T[], size = PERSONAS_PER_CALL): T[][] {
  const batches: T[][] = items.length > 0 ? [items.slice(0, 1)] : [];
  for (let at = 1; at < items.length; at += size) batches.push(items.slice(at, at + size));
  return batches;
}
