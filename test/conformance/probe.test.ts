/**
 * The bisection the kit uses to find a limit Google does not document: it must land exactly on the
 * limit, keep the service's message at the first refused size, and say so when the whole range
 * passes or fails.
 */
import { describe, expect, it } from 'vitest';
import { probeLimit } from '../../dev/conformance/probe';

const refuseAbove = (limit: number) => (n: number) => {
  if (n > limit) throw new Error(`Exception: ${n} is more than ${limit}`);
};

describe('probeLimit', () => {
  it('finds the largest accepted size and the message at the first refused one', () => {
    for (const limit of [1, 2, 737, 999])
      expect(probeLimit(1, 1_000, refuseAbove(limit))).toMatchObject({
        largestAccepted: limit,
        smallestRefused: limit + 1,
        refusedWith: `${limit + 1} is more than ${limit}`,
      });
  });

  it('says when nothing in the range is refused, or everything is', () => {
    expect(probeLimit(1, 1_000, refuseAbove(5_000))).toEqual({
      largestAccepted: 1_000,
      smallestRefused: null,
      refusedWith: null,
      tries: 1,
    });
    expect(probeLimit(10, 1_000, refuseAbove(3))).toMatchObject({
      largestAccepted: null,
      smallestRefused: 10,
      refusedWith: '10 is more than 3',
    });
  });

  it('needs only about log2 of the range in tries', () => {
    expect(probeLimit(1_000, 2_000_000, refuseAbove(30_000)).tries).toBeLessThanOrEqual(23);
  });
});
