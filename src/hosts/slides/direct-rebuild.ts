/**
 * The fast path of a Slides rebuild: a persona that already has slides in the open deck is redrawn
 * through the Slides API where the user's grant reaches the deck, in the steps and with the outcome
 * of the SlidesApp rebuild (commit.ts), from the same plan:
 *
 * 1. one `batchUpdate` draws the new elements on the persona's old slides (fresh object ids, so
 *    people's boxes, speaker notes and background stay) and inserts the slides the journey needs
 *    beyond them; note boxes take the text the new grid has no place for;
 * 2. the new keys are saved in one call, the old ones still there;
 * 3. one more `batchUpdate` removes the old elements and the old slides the journey no longer needs.
 *
 * A batchUpdate is atomic ("if any request is not valid, then the entire request will fail and
 * nothing will be applied", https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations/batchUpdate):
 * a refused step 1 leaves the deck as it was; a failed step 2 deletes what step 1 drew; a failed
 * step 3 keeps the complete new journey and says what is left, as commit.ts does. No API request
 * moves an element to another page, so a dropped slide holding people's own elements (which
 * SlidesApp copies onto the journey's last slide) sends the rebuild to SlidesApp, decided before
 * anything is written.
 */

import { altRole, type SlidePart } from '../../layout/slide-plan';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import type { Finding } from '../../read/findings';
import { utf8Length } from '../../share/utf8';
import { isRefusal } from '../direct-access';
import { HOST_MESSAGES as M } from '../messages';
import { MAX_BATCH_BYTES, type SlidesApi, type SlidesRequest } from '../rest-services';
import { FINDINGS_SLIDES, STRIPPED } from '../slide-findings';
import { partObjectId, partRequests } from '../slides-requests';
import type { PropertiesServiceApi } from '../ui';
import { COMMIT_PROBLEMS } from './commit';
import { type DirectExecution, newPrefix, rememberIfWithdrawn } from './direct-build';
import type { DeckStore } from './keys';
import type { ScannedPart } from './scan';

/** The note boxes' size, set explicitly: a new box's own size is the deck theme's. */
export const NOTE_SIZE = 9;

export interface RebuildPlan {
  presentationId: string;
  /** The deck's slide ids in order, as the API read them before this rebuild. */
  deckSlides: readonly string[];
  doc: JourneyDocument;
  persona: Persona;
  hints: boolean;
  parts: readonly SlidePart[];
  /** The persona's old slides in part order, each once (build.ts). */
  oldSlides: readonly ScannedPart[];
  /** Every old part of the persona (a slide may hold more than one). */
  oldParts: readonly ScannedPart[];
  removedTables: ReadonlySet<string>;
  /** Findings whose text goes in a note box on the first slide. */
  unplaced: readonly Finding[];
  page: { width: number; height: number };
  /** Whether the deck's slide list may be remembered as holding only keyed tables (build.ts). */
  allKeyed: boolean;
}

export interface RebuildServices {
  rest: SlidesApi;
  properties: PropertiesServiceApi;
  store: DeckStore;
  execution?: DirectExecution | undefined;
  /** Sets the new parts' keys in the store (build.ts `setKeys`), not yet saved. */
  setKeys: (tableIds: readonly string[], slideIds: readonly string[]) => void;
}

function rawMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pt(magnitude: number) {
  return { magnitude, unit: 'PT' };
}

/**
 * A removal sent once more if Google fails it: a failed batchUpdate applied nothing, and Google
 * advises retrying a failed call (https://developers.google.com/workspace/slides/api/limits).
 */
function twice(send: () => unknown): void {
  try {
    send();
  } catch {
    send();
  }
}

/** Each old slide the journey no longer needs: deleted whole, or (another journey's table on it) kept. */
function droppedSlides(plan: RebuildPlan, store: DeckStore): ScannedPart[] | 'app' {
  const dropped: ScannedPart[] = [];
  for (const old of plan.oldSlides.slice(plan.parts.length)) {
    const id = old.slide.getObjectId();
    const own = new Set(plan.oldParts.filter((p) => p.slide.getObjectId() === id).flatMap((p) => p.ownIds));
    const others = old.slide.getPageElements().filter((e) => !own.has(e.getObjectId()));
    if (others.some((e) => altRole(e.getTitle()) === 'table' || store.part(e.getObjectId()))) continue;
    // People's own elements would have to move to the journey's last slide: SlidesApp copies them.
    if (others.length > 0) return 'app';
    dropped.push(old);
  }
  return dropped;
}

/** Note boxes on `slideId`, as build.ts `writeNotes` draws them through SlidesApp. */
function noteRequests(plan: RebuildPlan, slideId: string, prefix: string): SlidesRequest[] {
  const out: SlidesRequest[] = [];
  plan.unplaced.forEach((f, i) => {
    const objectId = `${prefix}_note${i}`;
    const text = f.text!;
    out.push(
      {
        createShape: {
          objectId,
          shapeType: 'TEXT_BOX',
          elementProperties: {
            pageObjectId: slideId,
            size: { width: pt(plan.page.width - 48), height: pt(20) },
            transform: {
              scaleX: 1,
              scaleY: 1,
              translateX: 24,
              translateY: plan.page.height - 24 + i * 22,
              unit: 'PT',
            },
          },
        },
      },
      { insertText: { objectId, text, insertionIndex: 0 } },
    );
    // Text made only of characters Slides strips leaves an empty box, which has no text to style.
    if (text.replace(STRIPPED, '') !== '')
      out.push({
        updateTextStyle: {
          objectId,
          style: { fontSize: pt(NOTE_SIZE) },
          textRange: { type: 'ALL' },
          fields: 'fontSize',
        },
      });
  });
  return out;
}

/**
 * Rebuilds through the API: the new slide ids, or 'app' when SlidesApp must do it (nothing was
 * written: a dropped slide holds people's elements, the draw is over the batch budget, or Google
 * refused the write as a permission matter). Other failures throw translated.
 * `findings` gets the note boxes' findings.
 */
export function directRebuild(
  services: RebuildServices,
  plan: RebuildPlan,
  findings: Finding[],
): { slideIds: string[] } | 'app' {
  const { rest, store, execution } = services;
  const dropped = droppedSlides(plan, store);
  if (dropped === 'app') return 'app';

  // 1. The new elements: on the old slides in part order, then on slides inserted after them.
  const prefix = newPrefix();
  const live = [...plan.deckSlides];
  const requests: SlidesRequest[] = [];
  const slideIds: string[] = [];
  const tableIds: string[] = [];
  const created: string[] = [];
  plan.parts.forEach((part, i) => {
    const reused = plan.oldSlides[i]?.slide.getObjectId();
    if (reused) {
      const ids = `${prefix}_e${i}`;
      const drawn = partRequests(plan.doc, plan.persona, part, reused, plan.hints, { ids });
      for (const r of drawn) {
        const made = r.createShape ?? r.createTable ?? r.createLine;
        if (made?.objectId) created.push(made.objectId);
      }
      requests.push(...drawn);
      tableIds.push(partObjectId(ids, 'table'));
      slideIds.push(reused);
    } else {
      const slideId = `${prefix}_s${i}`;
      const at = live.indexOf(slideIds[i - 1]!) + 1;
      live.splice(at, 0, slideId);
      requests.push(
        ...partRequests(plan.doc, plan.persona, part, slideId, plan.hints, { insertionIndex: at }),
      );
      tableIds.push(partObjectId(slideId, 'table'));
      slideIds.push(slideId);
      created.push(slideId);
    }
  });
  const notes = noteRequests(plan, slideIds[0]!, prefix);
  requests.push(...notes);
  // (On the first part's slide, always an old one: a rebuild has old slides.)
  for (const r of notes) if (r.createShape?.objectId) created.push(r.createShape.objectId);
  if (utf8Length(JSON.stringify({ requests })) > MAX_BATCH_BYTES) return 'app';
  try {
    rest.Presentations.batchUpdate({ requests }, plan.presentationId);
  } catch (error) {
    if (!isRefusal(error))
      throw new JourneyGridError([
        problem('', 'direct-build-failed', M.directBuildFailed(rawMessage(error))),
      ]);
    // A viewer's write is refused in the same words as a withdrawn grant (direct-build.ts).
    rememberIfWithdrawn(rest, services.properties, plan.presentationId);
    if (execution) execution.access = 'denied';
    return 'app';
  }
  // From here SlidesApp's view of the deck is stale for the rest of this execution.
  const previous = execution?.slides;
  if (execution) execution.slides = [...live];
  const where = `slide ${plan.oldSlides[0]!.slideIndex + 1}`;
  for (const f of plan.unplaced) findings.push(FINDINGS_SLIDES.moved(where, f.text!, f.path));

  // 2. The keys, as the SlidesApp rebuild saves them: slides people deleted are forgotten too.
  const droppedIds = new Set(dropped.map((d) => d.slide.getObjectId()));
  try {
    services.setKeys(tableIds, slideIds);
    store.prune(new Set(live.filter((id) => !droppedIds.has(id))), plan.removedTables);
    store.setKeyedSlides(plan.allKeyed ? live : undefined);
    store.saveWritten();
  } catch (error) {
    // Not undone, this journey would read back twice: once keyed, once as someone's copy.
    twice(() =>
      rest.Presentations.batchUpdate(
        { requests: created.map((objectId) => ({ deleteObject: { objectId } })) },
        plan.presentationId,
      ),
    );
    if (execution) execution.slides = previous;
    throw new JourneyGridError([COMMIT_PROBLEMS.undone(rawMessage(error))]);
  }

  // 3. The old elements and the slides no longer needed, in the order the SlidesApp path lists them.
  const removals: SlidesRequest[] = [];
  const places: string[] = [];
  const gone = new Set<string>();
  for (const old of dropped) {
    removals.push({ deleteObject: { objectId: old.slide.getObjectId() } });
    places.push(`slide ${old.slideIndex + 1}`);
  }
  for (const part of plan.oldParts) {
    if (droppedIds.has(part.slide.getObjectId())) continue;
    places.push(`slide ${part.slideIndex + 1}`);
    for (const objectId of part.ownIds) {
      if (gone.has(objectId)) continue;
      gone.add(objectId);
      removals.push({ deleteObject: { objectId } });
    }
  }
  // Sent twice at most (twice): a passing failure here does not leave the old journey beside the new one.
  try {
    if (removals.length > 0)
      twice(() => rest.Presentations.batchUpdate({ requests: removals }, plan.presentationId));
  } catch (error) {
    throw new JourneyGridError([
      COMMIT_PROBLEMS.leftovers(rawMessage(error), [...new Set(places)].join(', ')),
    ]);
  }
  if (execution) execution.slides = live.filter((id) => !droppedIds.has(id));
  try {
    store.dropRemoved();
  } catch (error) {
    throw new JourneyGridError([COMMIT_PROBLEMS.leftovers(rawMessage(error), '')]);
  }
  return { slideIds };
}
