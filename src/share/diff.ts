/**
 * The difference between two versions of a journey: per persona and stage, which cells were
 * added, changed or removed. Personas, stages and lanes are matched by id, so a renamed header is
 * not a change of content; a stage or lane that exists on one side only shows as cells added or
 * removed.
 */
import { cellOf } from '../model/cells';
import type { CellValue, JourneyDocument } from '../model/types';

export interface CellChange {
  laneId: string;
  laneLabel: string;
  before?: CellValue;
  after?: CellValue;
}

export interface StageDiff {
  stageId: string;
  stageLabel: string;
  added: CellChange[];
  changed: CellChange[];
  removed: CellChange[];
}

export interface PersonaDiff {
  personaId: string;
  personaName: string;
  /** Only in the newer version, or only in the older. */
  status: 'both' | 'added' | 'removed';
  stages: StageDiff[];
}

export interface JourneyDiff {
  personas: PersonaDiff[];
  totals: { added: number; changed: number; removed: number };
}

function cellsOf(doc: JourneyDocument, personaId: string) {
  return doc.journeys.find((j) => j.personaId === personaId)?.cells ?? {};
}

function unionById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(b.map((x) => x.id));
  return [...b, ...a.filter((x) => !seen.has(x.id))];
}

export function diffDocuments(older: JourneyDocument, newer: JourneyDocument): JourneyDiff {
  const totals = { added: 0, changed: 0, removed: 0 };
  const stages = unionById(older.stages, newer.stages);
  const lanes = unionById(older.lanes, newer.lanes);
  const personas = unionById(older.personas, newer.personas).map((persona): PersonaDiff => {
    const inOld = older.personas.some((p) => p.id === persona.id);
    const inNew = newer.personas.some((p) => p.id === persona.id);
    const before = cellsOf(older, persona.id);
    const after = cellsOf(newer, persona.id);
    const stageDiffs = stages.map((stage): StageDiff => {
      const diff: StageDiff = {
        stageId: stage.id,
        stageLabel: stage.label,
        added: [],
        changed: [],
        removed: [],
      };
      for (const lane of lanes) {
        const a = cellOf(before, lane.id, stage.id);
        const b = cellOf(after, lane.id, stage.id);
        const change = { laneId: lane.id, laneLabel: lane.label };
        if (a === undefined && b !== undefined) diff.added.push({ ...change, after: b });
        else if (a !== undefined && b === undefined) diff.removed.push({ ...change, before: a });
        else if (a !== undefined && b !== undefined && a !== b)
          diff.changed.push({ ...change, before: a, after: b });
      }
      totals.added += diff.added.length;
      totals.changed += diff.changed.length;
      totals.removed += diff.removed.length;
      return diff;
    });
    return {
      personaId: persona.id,
      personaName: persona.name,
      status: inOld && inNew ? 'both' : inNew ? 'added' : 'removed',
      stages: stageDiffs.filter((s) => s.added.length + s.changed.length + s.removed.length > 0),
    };
  });
  return { personas: personas.filter((p) => p.stages.length > 0 || p.status !== 'both'), totals };
}
