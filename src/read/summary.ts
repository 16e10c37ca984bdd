/**
 * A read-back summary for people: how many cells are filled per persona and stage, so a team
 * sees at a glance where the map is still empty.
 */
import { cellOf } from '../model/cells';
import type { JourneyDocument } from '../model/types';

export interface FillSummary {
  stages: { id: string; label: string }[];
  personas: { id: string; name: string; filledPerStage: number[]; total: number }[];
  /** Cells available per stage (one per lane). */
  lanesPerStage: number;
}

export function summarize(doc: JourneyDocument): FillSummary {
  return {
    stages: doc.stages.map(({ id, label }) => ({ id, label })),
    lanesPerStage: doc.lanes.length,
    personas: doc.personas.map((persona) => {
      const cells = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
      const filledPerStage = doc.stages.map(
        (stage) => doc.lanes.filter((lane) => cellOf(cells, lane.id, stage.id) !== undefined).length,
      );
      return {
        id: persona.id,
        name: persona.name,
        filledPerStage,
        total: filledPerStage.reduce((a, b) => a + b, 0),
      };
    }),
  };
}
