/**
 * Journeys as the build tests make them: a catalog framework with named personas (ids p1, p2, …),
 * and a build of every persona through the bundle, one call each as the sidebar does.
 */
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { RunningBundle } from './addon';

export const NO_HINTS = { hints: false, confirmRemovals: false };
export const HINTS = { hints: true, confirmRemovals: false };

export function makeDoc(
  frameworkId: string,
  language: 'ja' | 'en',
  names: string[] = ['田中 部長'],
): JourneyDocument {
  const result = newJourneyDocument(
    frameworkId,
    names.map((name, i) => ({
      id: `p${i + 1}`,
      name,
      role: '情報システム部長',
      company: '株式会社サンプル',
    })),
    language,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

export function buildAll<R>(addon: RunningBundle, doc: JourneyDocument, options = NO_HINTS): R[] {
  return doc.personas.map((p) => addon.ok<R>('buildJourney', doc, p.id, options));
}

/**
 * The same document with goals and challenges on every persona: with makeDoc's role and company
 * the card has five rows, so the stage header is row 8 and the first lane row 9, as the
 * regression tests' addresses say.
 */
export function withFiveCardRows(doc: JourneyDocument): JourneyDocument {
  const copy = structuredClone(doc);
  for (const persona of copy.personas) {
    persona.role ??= 'Head of IT';
    persona.company ??= 'Sample Inc.';
    persona.goals ??= 'Fewer tools to run';
    persona.challenges ??= 'Reports take a day every week';
  }
  return copy;
}
