/**
 * A deck whose keys are gone (Drive's "Make a copy" drops document properties): the journey's
 * skeleton is recovered by matching the table's header labels against the catalog's frameworks in
 * both languages, or, for a custom journey, taken from the table itself. The reader then reports
 * that it matched labels, so the user knows ids may have changed.
 */
import { FRAMEWORKS, LANE_LIBRARY, newJourneyDocument } from '../catalog';
import type { Lane, Language, Stage } from '../model/types';
import { SCHEMA_VERSION } from '../model/types';
import { idFromLabel } from './ids';
import type { DocumentSkeleton } from './raw';

function score(skeleton: DocumentSkeleton, headers: readonly string[], labels: readonly string[]): number {
  const stageLabels = new Set(skeleton.stages.map((s) => s.label.trim()));
  const laneLabels = new Set(skeleton.lanes.map((l) => l.label.trim()));
  return (
    headers.filter((h) => stageLabels.has(h.trim())).length +
    labels.filter((l) => laneLabels.has(l.trim())).length
  );
}

export function skeletonFromCatalog(
  headers: readonly string[],
  labels: readonly string[],
): DocumentSkeleton | undefined {
  let best: DocumentSkeleton | undefined;
  let bestScore = 0;
  for (const framework of FRAMEWORKS) {
    for (const language of ['ja', 'en'] as const) {
      // The framework's own lanes first, then the rest of the library: people add library lanes.
      const laneIds = [...new Set([...framework.laneIds, ...LANE_LIBRARY.map((l) => l.id)])];
      const made = newJourneyDocument(framework.id, [{ id: 'p1', name: 'p' }], language, { laneIds });
      const fallback = made.ok ? made : newJourneyDocument(framework.id, [{ id: 'p1', name: 'p' }], language);
      if (!fallback.ok) continue;
      const { personas: _p, journeys: _j, ...skeleton } = fallback.value;
      const s = score(skeleton, headers, labels);
      if (s > bestScore) {
        best = skeleton;
        bestScore = s;
      }
    }
  }
  // At least half the stage headers must agree, or the match is a coincidence.
  const stageMatches = best ? score({ ...best, lanes: [] }, headers, []) : 0;
  return best && stageMatches * 2 >= headers.filter((h) => h.trim() !== '').length ? best : undefined;
}

/** A skeleton read off the table itself: every header a stage, every label a text lane. */
export function skeletonFromTable(
  headers: readonly string[],
  labels: readonly string[],
  title: string,
  language: Language,
): DocumentSkeleton {
  const stageIds = new Set<string>();
  const stages: Stage[] = headers
    .filter((h) => h.trim() !== '')
    .map((label) => {
      const id = idFromLabel('stage', label, stageIds);
      stageIds.add(id);
      return { id, label };
    });
  const laneIds = new Set<string>();
  const lanes: Lane[] = labels
    .filter((l) => l.trim() !== '')
    .map((label) => {
      const id = idFromLabel('lane', label, laneIds);
      laneIds.add(id);
      return { id, label, kind: 'text' };
    });
  return {
    schemaVersion: SCHEMA_VERSION,
    title: title || 'Journey',
    language,
    frameworkId: 'custom',
    stages,
    lanes,
  };
}

export function guessLanguage(texts: readonly string[]): Language {
  return texts.some((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t)) ? 'ja' : 'en';
}
