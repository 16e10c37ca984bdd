/**
 * For the "no text is lost" property tests of both hosts: every text the read-back accounts for
 * (the model's labels, card, cells in each way a number can show, and the findings' texts), and
 * the document with its journeys emptied, whose build shows only the builder's own words.
 */
import { metricText } from '../../src/layout/slide-plan';
import { formatNumber } from '../../src/layout/table';
import { toPercentPoints } from '../../src/model/cells';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';

export function withEmptyJourneys(doc: JourneyDocument): JourneyDocument {
  return { ...doc, journeys: doc.journeys.map((j) => ({ personaId: j.personaId, cells: {} })) };
}

export function accountedTexts(read: ReadBack): Set<string> {
  const doc = read.document;
  const set = new Set<string>([
    doc.title,
    ...doc.stages.map((s) => s.label),
    ...doc.lanes.map((l) => l.label),
  ]);
  for (const p of doc.personas) for (const v of Object.values(p)) if (typeof v === 'string') set.add(v);
  for (const journey of doc.journeys) {
    for (const lane of doc.lanes) {
      for (const value of Object.values(journey.cells[lane.id] ?? {})) {
        if (typeof value !== 'number') {
          set.add(value);
          continue;
        }
        // In the lane's Sheets format, with every digit as Slides writes rates, or plainly in a
        // column the user inserted.
        set.add(formatNumber(value, lane.kind));
        set.add(metricText(value));
        set.add(String(value));
        // A rate typed as bare percent points ("40" is 40 %).
        if (lane.kind === 'metric') {
          const points = toPercentPoints(value);
          set.add(String(points));
          if (points > 0) set.add(`+${points}`);
        }
      }
    }
  }
  for (const f of read.findings) if (f.text) set.add(f.text);
  return set;
}
