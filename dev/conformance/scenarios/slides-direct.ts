/**
 * The open-deck API build (src/hosts/slides/direct-build.ts) reads the deck through SlidesApp and
 * then writes a persona's slides with one Slides API batchUpdate in the same execution. SlidesApp
 * loads a deck once and saves its changes when the script ends (Google's Slides lifecycle guide),
 * which leaves open: does the API's change survive that save, and what does SlidesApp show after
 * the API write (the build assumes the deck as it was, and tracks the slide list itself)? Here the
 * script's end is `flushPresentation` (saveAndClose, the save the end of a script makes).
 */
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { attempt, restTextSnapshot } from '../snapshot';

const SLIDE = 'jgconf_direct_s0';
const BOX = 'jgconf_direct_s0_box';

function restAfterRead(env: ConformanceEnv) {
  // A deck the API can see: made and saved through SlidesApp, then opened again (as an add-on
  // finds the open deck: already saved).
  const made = env.scratch.presentation('rest after read');
  made.insertSlide(1, env.slidesApp.PredefinedLayout.BLANK);
  const deck = env.flushPresentation(made);
  const id = deck.getId();
  // SlidesApp reads, as buildLocked does before it decides.
  const slidesBefore = deck.getSlides().map((s) => s.getObjectId());
  const elementsBefore = deck.getSlides()[0]!.getPageElements().length;
  const pageWidth = deck.getPageWidth();
  const written = attempt(() => {
    env.slidesApi.Presentations.batchUpdate(
      {
        requests: [
          {
            createSlide: {
              objectId: SLIDE,
              insertionIndex: 1,
              slideLayoutReference: { predefinedLayout: 'BLANK' },
            },
          },
          {
            createShape: {
              objectId: BOX,
              shapeType: 'TEXT_BOX',
              elementProperties: {
                pageObjectId: SLIDE,
                size: { width: { magnitude: 200, unit: 'PT' }, height: { magnitude: 40, unit: 'PT' } },
                transform: { scaleX: 1, scaleY: 1, translateX: 20, translateY: 20, unit: 'PT' },
              },
            },
          },
          { insertText: { objectId: BOX, text: 'drawn through the API', insertionIndex: 0 } },
        ],
      },
      id,
    );
    return null;
  });
  // What SlidesApp shows now, in the same execution (stale, or the API's change too?).
  const slidesAppAfterWrite = deck.getSlides().map((s) => s.getObjectId());
  // The script's end: SlidesApp saves the deck it loaded.
  const after = env.flushPresentation(deck);
  const read = env.slidesApi.Presentations.get(id);
  const slides = read.slides ?? [];
  const drawn = slides.find((s) => s.objectId === SLIDE);
  return {
    pageWidth,
    elementsBefore,
    slidesBefore: slidesBefore.length,
    written,
    slidesAppSeesApiSlide: slidesAppAfterWrite.includes(SLIDE),
    slidesAppCountAfterWrite: slidesAppAfterWrite.length,
    // Survives the save: the slide, in its place, with its text.
    apiSlideIndex: slides.findIndex((s) => s.objectId === SLIDE),
    apiSlideText: restTextSnapshot(drawn?.pageElements?.find((e) => e.objectId === BOX)?.shape?.text),
    slideCountAfterSave: slides.length,
    slidesAppAfterSave: after.getSlides().length,
  };
}

export const SLIDES_DIRECT_SCENARIOS: Scenario[] = [
  {
    id: 'slides-rest-after-read',
    title: 'SlidesApp reads, then a Slides API batchUpdate in the same execution: does it survive the save?',
    covers: ['slides.rest-after-read'],
    run: restAfterRead,
  },
];
