/**
 * Finding a limit by trying: where Google documents a limit loosely (or not at all), the kit
 * asks the service itself, by bisection between a size known to pass and one expected to fail.
 */
import { attempt, type Json } from './snapshot';

export interface LimitProbe {
  /** The largest size accepted (null: even the smallest was refused). */
  largestAccepted: number | null;
  /** The smallest size refused (null: even the largest was accepted). */
  smallestRefused: number | null;
  /** What the service said at the smallest refused size. */
  refusedWith: string | null;
  tries: number;
  [key: string]: Json;
}

/**
 * Bisects [low, high] with `tryIt(n)` (which throws when size n is refused and must undo what it
 * did when it succeeds). Assumes that acceptance is monotone in n.
 */
export function probeLimit(low: number, high: number, tryIt: (n: number) => void): LimitProbe {
  let tries = 0;
  const refusal = (n: number): string | null => {
    tries++;
    const outcome = attempt(() => {
      tryIt(n);
      return null;
    });
    return outcome.ok ? null : outcome.threw;
  };
  const atHigh = refusal(high);
  if (atHigh === null) return { largestAccepted: high, smallestRefused: null, refusedWith: null, tries };
  const atLow = refusal(low);
  if (atLow !== null) return { largestAccepted: null, smallestRefused: low, refusedWith: atLow, tries };
  let ok = low;
  let bad = high;
  let message = atHigh;
  while (bad - ok > 1) {
    const mid = Math.floor((ok + bad) / 2);
    const said = refusal(mid);
    if (said === null) ok = mid;
    else {
      bad = mid;
      message = said;
    }
  }
  return { largestAccepted: ok, smallestRefused: bad, refusedWith: message, tries };
}
