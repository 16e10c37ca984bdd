/**
 * Writes a planned journey into the deck all-or-nothing. SlidesApp has no transaction and a script
 * that throws half-way leaves what it already changed (Google's Slides lifecycle guide), so the
 * writer orders its steps to keep the deck readable at every point, and undoes its own steps if
 * one fails before the new journey is complete:
 *
 * 1. new elements are drawn on the persona's old slides (their speaker notes, background and
 *    people's own boxes stay put) or on new slides inserted after them; nothing old is touched;
 * 2. people's own elements on old slides the journey no longer needs are copied onto its last
 *    slide; note boxes take the text the new grid has no place for;
 * 3. the new keys are saved in one call (all or none), the old ones still there;
 * 4. only then are the old elements and emptied slides removed, and their keys dropped.
 *
 * A failure in steps 1–3 removes what was added and restores the keys: the deck is as it was.
 * A failure in step 4 keeps the complete new journey (nothing typed is lost) and says what is left.
 */
import { JourneyGridError, type Problem, problem } from '../../model/problems';
import { HOST_MESSAGES as M } from '../messages';
import type { PageElement, Presentation, Slide, SlidesAppService } from './services';

export const COMMIT_PROBLEMS = {
  undone: (raw: string): Problem => problem('', 'build-undone', M.buildUndone(raw)),
  leftovers: (raw: string, slides: string): Problem =>
    problem('', 'build-leftovers', M.buildLeftovers(raw, slides)),
};

function rawMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Steps taken so far, newest last, each with how to take it back. */
export class DeckChanges {
  /** Each returns how many things it took back. */
  private readonly undo: (() => number)[] = [];
  private readonly removals: { where: string; step: () => void }[] = [];

  constructor(
    private readonly app: SlidesAppService,
    private readonly presentation: Presentation,
  ) {}

  /** A new slide at `index`: removed again on failure. */
  insertSlide(index: number): Slide {
    const slide = this.presentation.insertSlide(index, this.app.PredefinedLayout.BLANK);
    this.undo.push(() => {
      slide.remove();
      return 1;
    });
    return slide;
  }

  /**
   * A slide that already existed and is about to get new elements: on failure, everything on it
   * that was not there now is removed again (also what a half-finished step left).
   */
  guard(slide: Slide): void {
    const before = new Set(slide.getPageElements().map((e) => e.getObjectId()));
    this.undo.push(() => {
      const added = slide.getPageElements().filter((e) => !before.has(e.getObjectId()));
      for (const e of added) e.remove();
      return added.length;
    });
  }

  /** A copy of someone's element onto `slide` (same place and look): a guarded slide's. */
  copy(slide: Slide, element: PageElement): void {
    slide.insertPageElement(element);
  }

  /** Old elements to remove once the new journey is complete. */
  removeLater(slide: Slide, ids: readonly string[], where: string): void {
    this.removals.push({
      where,
      step: () => {
        for (const id of ids) slide.getPageElementById(id)?.remove();
      },
    });
  }

  /** An old slide the journey no longer needs, removed with the old elements. */
  removeSlideLater(slide: Slide, where: string): void {
    this.removals.push({ where, step: () => slide.remove() });
  }

  /**
   * Runs the steps that add (`write`), undoing them all if one throws; then the removals. The
   * error a user sees is translated either way.
   */
  run<T>(write: () => T, finish: () => void): T {
    let result: T;
    try {
      result = write();
    } catch (error) {
      const raw = rawMessage(error);
      let undone = 0;
      for (const step of this.undo.reverse()) {
        try {
          undone += step();
        } catch {
          // Undo what can be undone: one step failing must not stop the others.
        }
      }
      // Nothing had changed (a view-only deck refuses the first change): the error as it is.
      if (undone === 0) throw error;
      const own = error instanceof JourneyGridError ? error.problems : [];
      throw new JourneyGridError([COMMIT_PROBLEMS.undone(raw), ...own]);
    }
    let done = 0;
    try {
      for (const { step } of this.removals) {
        step();
        done++;
      }
      finish();
    } catch (error) {
      const left = [...new Set(this.removals.slice(done).map((r) => r.where))].join(', ');
      throw new JourneyGridError([COMMIT_PROBLEMS.leftovers(rawMessage(error), left)]);
    }
    return result;
  }
}
