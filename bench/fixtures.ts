/**
 * Benchmark documents: S stages × L lanes (one emotion and one metric lane among them) and P
 * personas, every cell filled, so each size writes and reads its whole grid.
 */
import type { JourneyDocument, Lane } from '../src/model/types';

export const SIZES = [
  { stages: 5, lanes: 5 },
  { stages: 8, lanes: 10 },
  { stages: 12, lanes: 20 },
] as const;
export const PERSONA_COUNTS = [1, 6] as const;

export function benchDocument(stages: number, lanes: number, personas: number): JourneyDocument {
  const laneList: Lane[] = Array.from({ length: lanes }, (_, i) => ({
    id: `lane-${i + 1}`,
    label: `レーン ${i + 1}`,
    kind: i === 1 ? 'emotion' : i === 2 ? 'metric' : 'text',
  }));
  const stageList = Array.from({ length: stages }, (_, i) => ({
    id: `stage-${i + 1}`,
    label: `ステージ ${i + 1}`,
  }));
  const personaList = Array.from({ length: personas }, (_, i) => ({
    id: `persona-${i + 1}`,
    name: `ペルソナ ${i + 1}`,
    role: 'マーケティング部長',
    antiPersona: false,
  }));
  return {
    schemaVersion: 1,
    title: `Bench ${stages}×${lanes}×${personas}`,
    language: 'ja',
    frameworkId: 'custom',
    stages: stageList,
    lanes: laneList,
    personas: personaList,
    journeys: personaList.map((p) => ({
      personaId: p.id,
      cells: Object.fromEntries(
        laneList.map((lane) => [
          lane.id,
          Object.fromEntries(
            stageList.map((s, i) => [
              s.id,
              lane.kind === 'emotion'
                ? (i % 5) - 2
                : lane.kind === 'metric'
                  ? 1 / (i + 2)
                  : `${lane.label} × ${s.label}: 顧客はここで比較検討する`,
            ]),
          ),
        ]),
      ),
    })),
  };
}

/** The same journey with every cell empty: what a first build of a template draws. */
export function emptied(doc: JourneyDocument): JourneyDocument {
  return { ...doc, journeys: doc.journeys.map((j) => ({ personaId: j.personaId, cells: {} })) };
}
