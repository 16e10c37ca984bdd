/**
 * Adoption's check that keys would give back the model the user accepted: the cells of the
 * expected model a keyed read does not reproduce, named "lane × stage". Pure; both hosts' adopt
 * use it before and after they write keys.
 */
import type { JourneyDocument } from '../model/types';

/** The cells whose keyed read differs from the model accepted, as addresses the user can find. */
export function differences(
  expected: JourneyDocument,
  seen: JourneyDocument,
  read: JourneyDocument,
): string[] {
  const out: string[] = [];
  // A lane whose kind the user changed reads by its new kind: what does not fit is a finding.
  const lanes = expected.lanes.filter((l, i) => seen.lanes[i]?.kind === l.kind);
  for (const j of expected.journeys) {
    const got = read.journeys.find((x) => x.personaId === j.personaId)?.cells ?? {};
    for (const lane of lanes)
      for (const stage of expected.stages) {
        const a = j.cells[lane.id]?.[stage.id];
        const b = got[lane.id]?.[stage.id];
        if (a !== b) out.push(`${lane.label} × ${stage.label}`);
      }
  }
  return out;
}
