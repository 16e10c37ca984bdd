/**
 * How the sidebar splits a build into google.script.run calls. Each call costs a round trip
 * (≈ 1.5 s, dev/emulator/calls.ts) and a document open on top of its work, while the personas of
 * one call share their metadata find and their commits (build.ts), so personas travel five per
 * call; the first goes alone so the progress bar moves within seconds. By the model, five
 * rebuilds of the largest journey allowed (30 stages × 40 lanes) take ≈ 25 s in one execution
 * (`npx tsx bench/profile.ts sheets-rebuild 30 40 6`), a fourteenth of the 6-minute limit on one
 * execution (Apps Script quotas: "Script runtime 6 min / execution"), and 20 personas still move
 * the bar five times.
 */
export const PERSONAS_PER_CALL = 5;

export function buildBatches<T>(items: readonly T[], size = PERSONAS_PER_CALL): T[][] {
  const batches: T[][] = items.length > 0 ? [items.slice(0, 1)] : [];
  for (let at = 1; at < items.length; at += size) batches.push(items.slice(at, at + size));
  return batches;
}
