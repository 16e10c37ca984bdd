/**
 * "This deck holds 3 journeys: …" without reading any table: the deck's document properties list
 * its personas and the slides each was built on. A copied deck has no document properties (they
 * are not copied), so there the deck is read in full, by labels, and the answer says so.
 */

import type { Properties } from '../ui';
import { DeckStore } from './keys';
import { readPresentation } from './read';
import type { Presentation, SlidesAppService } from './services';

export interface DeckJourneys {
  title: string;
  frameworkId: string;
  journeys: { where: string; personaId: string; personaName: string }[];
  /** True when the keys were gone and the journeys were found by reading the slides. */
  matchedByLabels: boolean;
}

function slideList(numbers: number[]): string {
  return numbers.length === 0 ? '' : `slide ${numbers.join(', ')}`;
}

export function describeDeck(
  app: SlidesAppService,
  presentation: Presentation,
  properties: Properties | null,
): DeckJourneys | null {
  const store = new DeckStore(properties);
  const skeleton = store.skeleton();
  if (skeleton) {
    const slideIds = presentation.getSlides().map((s) => s.getObjectId());
    const journeys = store
      .personas()
      .map((persona) => {
        const numbers = [...store.slidesOf(persona.id)]
          .map((id) => slideIds.indexOf(id) + 1)
          .filter((n) => n > 0)
          .sort((a, b) => a - b);
        return {
          where: slideList(numbers),
          personaId: persona.id,
          personaName: persona.name,
          first: numbers[0] ?? 0,
        };
      })
      .filter((j) => j.first > 0)
      .sort((a, b) => a.first - b.first)
      .map(({ first: _first, ...journey }) => journey);
    if (journeys.length > 0) {
      return { title: skeleton.title, frameworkId: skeleton.frameworkId, journeys, matchedByLabels: false };
    }
  }
  const read = readPresentation(app, presentation, properties);
  if (!read.ok) return null;
  const { document } = read.value;
  return {
    title: document.title,
    frameworkId: document.frameworkId,
    journeys: document.personas.map((p) => ({
      where: '',
      personaId: p.id,
      personaName: p.name,
    })),
    matchedByLabels: true,
  };
}
