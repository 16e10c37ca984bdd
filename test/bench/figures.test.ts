/**
 * The benchmark's latency model takes measured figures from a recorded conformance run when one
 * exists: the recording's medians must replace exactly the figures they measure, and change what
 * the model prices.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRecordedFigures } from '../../bench/figures';
import { CallCounter, FIGURES, figures, useFigures } from '../../dev/emulator/calls';

afterEach(() => useFigures({ ...FIGURES }));

describe('Benchmark figures', () => {
  it('keeps the published figures when nothing is recorded', () => {
    expect(applyRecordedFigures(mkdtempSync(join(tmpdir(), 'jg-none-')))).toEqual([]);
    expect(figures().serverCall.ms).toBe(FIGURES.serverCall.ms);
  });

  it("uses a recording's medians for the figures its timing probes measure", () => {
    const dir = mkdtempSync(join(tmpdir(), 'jg-recorded-'));
    const run = {
      kit: 1,
      platform: 'apps-script',
      startedAt: '2026-11-29T00:00:00Z',
      scenarios: [
        {
          id: 'timing-sheets',
          snapshot: { serverRead: { ms: [90, 210, 200] }, queuedWrite: { ms: [1, 2, 3] } },
        },
        {
          id: 'timing-slides',
          snapshot: { setText: { ms: [7, 9, 8] }, batch5000: { ms: [12000], requests: 5000 } },
        },
      ],
    };
    writeFileSync(join(dir, 'run.json'), JSON.stringify(run));
    const lines = applyRecordedFigures(dir);
    expect(lines).toHaveLength(4);
    expect(figures().serverCall.ms).toBe(200);
    expect(figures().queuedWrite.ms).toBe(2);
    expect(figures().slidesCall.ms).toBe(8);
    expect(figures().restPerRequest.ms).toBeCloseTo(12000 / 5000);
    expect(figures().metadataFind.ms).toBe(FIGURES.metadataFind.ms);
    const counter = new CallCounter();
    counter.record('Range', 'getValues');
    expect(counter.snapshot().modelledMs).toBe(200);
  });
});
