/**
 * The benchmark prices calls with the published figures of dev/emulator/calls.ts until a run of
 * the conformance kit on Google is recorded (test/conformance/recorded/): then the newest
 * recording's measured medians replace the figures they measure, and the benchmark says which.
 */
import { loadRecordings, recordedTimings, type TimingProbe } from '../dev/conformance/timings';
import { type Figure, type FigureName, useFigures } from '../dev/emulator/calls';

/** Which recorded probe measures which figure (a per-request figure is divided by its requests). */
const MEASURES: { figure: FigureName; probe: string; perRequests?: number }[] = [
  { figure: 'serverCall', probe: 'timing-sheets.serverRead' },
  { figure: 'queuedWrite', probe: 'timing-sheets.queuedWrite' },
  { figure: 'metadataFind', probe: 'timing-sheets.findMetadata' },
  { figure: 'slidesCall', probe: 'timing-slides.setText' },
  { figure: 'restPerRequest', probe: 'timing-slides.batch5000', perRequests: 5000 },
];

/** Applies the newest recording's timings, if any; returns a line per replaced figure. */
export function applyRecordedFigures(dir?: string): string[] {
  const recordings = loadRecordings(dir);
  const newest = recordings[recordings.length - 1];
  if (!newest) return [];
  const probes: Record<string, TimingProbe> = recordedTimings(newest.run);
  const replacements: Partial<Record<FigureName, Figure>> = {};
  for (const { figure, probe, perRequests } of MEASURES) {
    const measured = probes[probe];
    if (!measured) continue;
    const ms = perRequests ? measured.median / perRequests : measured.median;
    replacements[figure] = {
      ms,
      source: `Recorded on Google: ${newest.file}, ${probe} (median of ${measured.ms.length})`,
    };
  }
  useFigures(replacements);
  return Object.entries(replacements).map(([name, f]) => `${name}: ${f!.ms.toFixed(2)} ms (${f!.source})`);
}
