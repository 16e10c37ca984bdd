/**
 * Builds one persona's journey into the open deck, or rebuilds it in place: the Slides twin of
 * sheets/build.ts, in the same steps: read → merge → plan → check limits → write. A rebuild reads
 * the persona's slides first and keeps what people typed there (cells, and labels, title and card
 * values changed since the last build, win over the form; lanes and stages they added stay until
 * removals are confirmed). It draws the new journey on the same slides, so boxes people added stay
 * on a journey slide, and removes only Journey Grid's own old elements, after the new ones and
 * their keys are in place (commit.ts). Text the new grid cannot hold goes in a note box. A persona
 * with no slides yet is drawn with one Slides API batchUpdate where the user's grant reaches the
 * deck (direct-build.ts), from the same plan, with the same keys; there a rebuild reads the
 * persona's slides in one API call (direct-read.ts) and writes in two (direct-rebuild.ts).
 */

import { decodeColumn, decodeRow } from '../../layout/keys';
import { altRole, partKeys, planSlides, type SlidePart } from '../../layout/slide-plan';
import { planTable } from '../../layout/table';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import { validateDocument } from '../../model/validate';
import { type Finding, UNPLACED_CODES } from '../../read/findings';
import type { DocumentSkeleton } from '../../read/raw';
import { skeletonOf } from '../../read/raw';
import { emptyReading, type TableReading } from '../../read/read-table';
import { mergeForRebuild } from '../../read/rebuild';
import { type FormDigests, mergeSkeletons } from '../../read/stored';
import { STORE_MAX_BYTES } from '../../share/properties';
import { BUILD_PROBLEMS } from '../build-problems';
import type { BuildOptions, BuildResult } from '../build-types';
import { type DirectAccess, directAccess } from '../direct-access';
import { withLock } from '../lock';
import { HOST_MESSAGES as M } from '../messages';
import type { SlidesApi } from '../rest-services';
import { FINDINGS_SLIDES, partFindings, STRIPPED, sanitize } from '../slide-findings';
import type { LockServiceApi, PropertiesServiceApi } from '../ui';
import { formDigests, mergeBase } from './baseline';
import { COMMIT_PROBLEMS, DeckChanges } from './commit';
import {
  type DirectDraw,
  type DirectExecution,
  directDraw,
  sendDraw,
  tooBig,
  undoDraw,
} from './direct-build';
import { directDeck } from './direct-read';
import { directRebuild, NOTE_SIZE } from './direct-rebuild';
import { cellPrints, DeckStore } from './keys';
import { type DeckReading, readDeckParts } from './read';
import type { ScannedPart } from './scan';
import type { Presentation, Slide, SlidesAppService } from './services';
import type { CellText } from './stamp';
import { writePart, writeTexts } from './write';

export interface SlidesContext {
  app: SlidesAppService;
  properties: PropertiesServiceApi;
  locks: LockServiceApi;
  /**
   * The Advanced Slides service: the fast paths on the open deck when the user's grant covers it
   * (../direct-access.ts). Absent: SlidesApp only.
   */
  rest?: SlidesApi;
  /** The server call's builds, when it builds several personas (direct-build.ts). */
  execution?: DirectExecution;
}

export interface SlidesBuildResult extends BuildResult {
  /** The persona's slides, in order (more than one when the map continues). */
  slideIds: string[];
}

const PROBLEMS = {
  noPresentation: problem('', 'no-presentation', M.noPresentation),
  otherJourney: (title: string) => problem('frameworkId', 'other-journey', M.otherJourneySlides(title)),
  // Checked before anything is drawn, so a refused build leaves the deck untouched.
  storageFull: problem('', 'storage-full', M.deckStorageFull),
  directFailed: (raw: string) => problem('', 'direct-build-failed', M.directBuildFailed(raw)),
  // After an API write SlidesApp shows the deck as it was: the rest waits for the next call.
  buildAgain: problem('', 'build-again', M.directBuildAgain),
};

/** Text the old slides held that the new ones have no place for. */

export function buildPersonaSlides(
  ctx: SlidesContext,
  input: JourneyDocument,
  personaId: string,
  options: BuildOptions,
): SlidesBuildResult {
  const valid = validateDocument(input);
  if (!valid.ok) throw new JourneyGridError(valid.problems);
  const doc = valid.value;
  const persona = doc.personas.find((p) => p.id === personaId);
  if (!persona) throw new JourneyGridError([BUILD_PROBLEMS.unknownPersona(personaId)]);
  const presentation = ctx.app.getActivePresentation();
  if (!presentation) throw new JourneyGridError([PROBLEMS.noPresentation]);
  return withLock(ctx.locks, 'document', () => buildLocked(ctx, presentation, doc, persona, options));
}

/**
 * Keys boxes of other personas' slides (a deck sent through the REST API) move into the deck's
 * properties with the first build here: the file banner lists those journeys too, and each later
 * rebuild visits only its own persona's slides.
 */
function adoptKeysBoxes(
  store: DeckStore,
  scanned: readonly ScannedPart[],
  removed: ReadonlySet<string>,
): void {
  for (const part of scanned) {
    const box = part.box;
    if (!box || part.stored || removed.has(part.tableId)) continue;
    const { v: _v, skeleton: _skeleton, persona, ...keys } = box;
    store.setPart(part.tableId, { ...keys, slideId: part.slide.getObjectId() });
    if (!store.persona(persona.id)) store.setPersona(persona);
  }
}

/**
 * The labels, title and persona the persona's slides showed when last built, and the digests of
 * that build's form: what "edited" is measured from (baseline.ts).
 */
function lastBuilt(
  deck: DeckReading,
  existing: DeckReading['journeys'][number],
): { drawn: { skeleton: DocumentSkeleton; persona: Persona }; form: FormDigests | undefined } | undefined {
  if (deck.keyless) return undefined;
  let form: FormDigests | undefined;
  const stages = new Map<string, string>();
  const lanes = new Map<string, string>();
  let title: string | undefined;
  for (const { part } of existing.parts) {
    const keys = part.stored ?? part.box;
    if (!keys) continue;
    title ??= keys.title;
    form ??= keys.form;
    for (const column of keys.columns) {
      const role = decodeColumn(column.key);
      if (role?.kind === 'stage' && !stages.has(role.stageId)) stages.set(role.stageId, column.label);
    }
    for (const row of keys.rows) {
      const role = decodeRow(row.key);
      if (role?.kind === 'lane' && !lanes.has(role.laneId)) lanes.set(role.laneId, row.label);
    }
  }
  const skeleton = deck.skeleton;
  return {
    form,
    drawn: {
      persona: existing.read.key.persona,
      skeleton: {
        ...skeleton,
        title: title ?? skeleton.title,
        stages: skeleton.stages.map((s) => ({ ...s, label: stages.get(s.id) ?? s.label })),
        lanes: skeleton.lanes.map((l) => ({ ...l, label: lanes.get(l.id) ?? l.label })),
      },
    },
  };
}

/**
 * Beyond the shared unplaced codes: a title cut to the persona-name limit, a header or label
 * renamed on a continuation slide only (the journey keeps its first slide's), and a card value's
 * text from before an edit of its shortened form: the new slides cannot show them, so they go to a
 * note box.
 */
const KEEP_TOO: ReadonlySet<string> = new Set(['truncated', 'label-differs', 'shortened-edited']);

/** Findings whose text a rebuild must keep on the slide (in a note box) since the grid cannot show it. */
function mustKeep(finding: Finding): boolean {
  return (
    finding.text !== undefined &&
    finding.text !== '' &&
    (UNPLACED_CODES.has(finding.code) || KEEP_TOO.has(finding.code))
  );
}

/** Object ids a slide may get: the Slides API allows up to 50 characters, the longest a key can name. */
const LONGEST_ID = 'x'.repeat(50);

/** Sets the keys of a planned journey into `store`; `tableIds[i]`/`slideIds[i]` name part i. */
function setKeys(
  store: DeckStore,
  plan: { parts: SlidePart[]; persona: Persona; doc: JourneyDocument; hints: boolean; form: FormDigests },
  tableIds: readonly string[],
  slideIds: readonly string[],
  removedTables: ReadonlySet<string>,
  deck: DeckReading | undefined,
): void {
  for (const tableId of removedTables) store.setPart(tableId, undefined);
  plan.parts.forEach((part, i) => {
    store.setPart(tableIds[i]!, {
      personaId: plan.persona.id,
      slideId: slideIds[i]!,
      part: i,
      parts: plan.parts.length,
      hints: plan.hints,
      ...(i === 0 ? { form: plan.form } : {}),
      ...(part.docTitle ? { title: part.docTitle.text } : {}),
      ...partKeys(part),
      ...cellPrints(part.table.cells),
    });
  });
  if (deck) adoptKeysBoxes(store, deck.scanned, removedTables);
  const previous = store.skeleton();
  const skeleton = skeletonOf(plan.doc);
  store.setSkeleton(previous ? mergeSkeletons(skeleton, previous) : skeleton);
  store.setPersona(plan.persona);
}

function buildLocked(
  ctx: SlidesContext,
  presentation: Presentation,
  doc: JourneyDocument,
  persona: Persona,
  options: BuildOptions,
  appOnly = false,
): SlidesBuildResult {
  // 1. Read what the deck holds now.
  const store = new DeckStore(ctx.properties.getDocumentProperties());
  const current = store.skeleton();
  if (current && current.frameworkId !== doc.frameworkId)
    throw new JourneyGridError([PROBLEMS.otherJourney(current.title)]);
  // A deck this add-on built knows where each persona's slides are: only those are read. A persona
  // with none recorded is new when every table had keys at the last look at every slide; otherwise
  // (a deck sent through the REST API, keys in boxes on the slides, or a copied deck, keys gone,
  // where another persona was rebuilt first) it is looked for on every slide.
  const recorded = current ? store.slidesOf(persona.id) : undefined;
  const keyedSlides = current ? store.keyedSlides() : undefined;
  // After this call drew slides through the API, SlidesApp's slide list is stale: the tracked one counts.
  const tracked = ctx.execution?.slides;
  const noNewSlides =
    keyedSlides !== undefined &&
    (tracked
      ? tracked.every((id) => keyedSlides.has(id))
      : presentation.getSlides().every((s) => keyedSlides.has(s.getObjectId())));
  const ownSlides =
    recorded && recorded.size > 0 ? recorded : current && noNewSlides ? new Set<string>() : undefined;
  // Where the grant reaches the deck, the slides are read in one API call (direct-read.ts), which
  // also sees what this call drew through the API; a rebuild then writes through it (5b). A deck no
  // journey was built in yet (a new one has one blank slide) is cheaper to look at through SlidesApp.
  const viaApi =
    appOnly || !current || ownSlides?.size === 0 || ctx.execution?.appWrote || !ctx.rest
      ? undefined
      : directDeck(ctx.app, presentation, { rest: ctx.rest, properties: ctx.properties });
  if (viaApi && ctx.execution) ctx.execution.access = 'allowed';
  if (tracked && ownSlides?.size !== 0 && !viaApi) throw new JourneyGridError([PROBLEMS.buildAgain]);
  const deck =
    ownSlides?.size === 0
      ? undefined
      : readDeckParts(ctx.app, viaApi ?? presentation, store, persona.id, undefined, ownSlides);
  const existing = deck?.journeys.find((j) => j.read.key.personaId === persona.id);
  const incoming = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
  const reading: TableReading = existing?.read.reading ?? emptyReading();

  // 2. Merge: what was typed in the deck since the last build wins over a form that left it alone.
  const last = deck && existing ? lastBuilt(deck, existing) : undefined;
  const base = last && mergeBase(last.drawn, last.form, doc, persona, reading);
  const merged = mergeForRebuild(doc, persona, incoming, reading, options.confirmRemovals, base);
  const findings: Finding[] = [...reading.findings];

  // 3. Plan the whole result for this deck's page.
  const page = { width: presentation.getPageWidth(), height: presentation.getPageHeight() };
  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const parts = planSlides(merged.doc, merged.persona, table, page);
  sanitize(parts, findings);
  // Old slides in part order, each once; text on them outside our elements stays (in place, or
  // copied onto the journey's last slide when the journey needs fewer slides now).
  const oldSlides: ScannedPart[] = [];
  for (const { part } of existing?.parts ?? [])
    if (!oldSlides.some((o) => o.slide.getObjectId() === part.slide.getObjectId())) oldSlides.push(part);
  const removedTables = new Set(existing?.parts.map((p) => p.part.tableId) ?? []);
  const staying = new Set(existing?.parts.flatMap((p) => p.part.loose.map((l) => l.address)) ?? []);
  const unplaced = findings.filter((f) => mustKeep(f) && !staying.has(f.path));
  const plan = {
    parts,
    persona: merged.persona,
    doc: merged.doc,
    hints: options.hints,
    form: formDigests(doc, persona),
  };

  // 4. Check the keys fit the property store before the deck is touched.
  const trial = store.copy();
  setKeys(
    trial,
    plan,
    parts.map((_, i) => `${LONGEST_ID}${i}`),
    parts.map(() => LONGEST_ID),
    removedTables,
    deck,
  );
  if (trial.bytes() > STORE_MAX_BYTES) throw new JourneyGridError([PROBLEMS.storageFull]);
  const result = (first: number, slideIds: string[], direct: DirectAccess | undefined) => {
    parts.forEach((part, i) => {
      findings.push(...partFindings(part, first + i + 1, doc.language));
    });
    return {
      sheetName: merged.persona.name,
      sheetId: first,
      created: !existing,
      pendingRemovals: merged.pending,
      keptCells: merged.kept,
      // No print link: the result list's print link is a Sheets export (landscape, fit to width),
      // which means nothing for a deck; Slides prints from its own File menu.
      printUrl: '',
      findings,
      slideIds,
      ...(direct ? { direct } : {}),
    };
  };

  // 5a. A new persona (nothing to read, merge or move): one API call when the grant reaches the deck.
  let direct: DirectAccess | undefined;
  const allKeyed = ownSlides
    ? noNewSlides
    : !deck?.scanned.some((p) => !p.stored && !p.box && !removedTables.has(p.tableId));
  if (
    !existing &&
    unplaced.length === 0 &&
    ctx.rest &&
    (tracked || directFits(ctx, store, persona, allKeyed))
  ) {
    const rest = ctx.rest;
    const id = presentation.getId();
    direct = directAccess(ctx.properties, id, () => rest.Presentations.get(id, { fields: 'presentationId' }));
    if (ctx.execution) ctx.execution.access = direct;
    if (direct === 'allowed') {
      const before = tracked ?? presentation.getSlides().map((s) => s.getObjectId());
      const draw = directDraw(merged.doc, merged.persona, parts, options.hints, before.length);
      if (!tooBig(draw)) {
        let sent: 'drawn' | 'refused';
        try {
          sent = sendDraw(rest, ctx.properties, id, draw);
        } catch (error) {
          throw new JourneyGridError([PROBLEMS.directFailed(rawMessage(error))]);
        }
        if (sent === 'drawn') {
          keepDrawn(ctx, id, store, draw, before, allKeyed, () =>
            setKeys(store, plan, draw.tableIds, draw.slideIds, removedTables, deck),
          );
          return result(before.length, draw.slideIds, 'allowed');
        }
        direct = 'denied';
        if (ctx.execution) ctx.execution.access = direct;
      }
    }
  }
  // 5b. A rebuild read through the API is written through it, unless SlidesApp must (direct-rebuild.ts).
  if (existing && viaApi) {
    const rest = ctx.rest!;
    const done = directRebuild(
      {
        rest,
        properties: ctx.properties,
        store,
        execution: ctx.execution,
        setKeys: (tableIds, slideIds) => setKeys(store, plan, tableIds, slideIds, removedTables, deck),
      },
      {
        presentationId: presentation.getId(),
        deckSlides: viaApi.getSlides().map((s) => s.getObjectId()),
        doc: merged.doc,
        persona: merged.persona,
        hints: options.hints,
        parts,
        oldSlides,
        oldParts: existing.parts.map((p) => p.part),
        removedTables,
        unplaced,
        page,
        allKeyed,
      },
      findings,
    );
    if (done !== 'app') return result(oldSlides[0]!.slideIndex, done.slideIds, 'allowed');
    // Nothing was written: read and write through SlidesApp (or, after an API write, next call).
    return buildLocked(ctx, presentation, doc, persona, options, true);
  }
  if (tracked) throw new JourneyGridError([PROBLEMS.buildAgain]);
  // Told on every result of the call, so the sidebar can offer the grant whichever persona it shows.
  direct ??= ctx.execution?.access === 'denied' ? 'denied' : undefined;

  // 5. Write: new first, old removed last (commit.ts).
  if (ctx.execution) ctx.execution.appWrote = true;
  const changes = new DeckChanges(ctx.app, presentation);
  const first = oldSlides[0]?.slideIndex ?? presentation.getSlides().length;
  const slideIds: string[] = [];
  changes.run(
    () => {
      // Nothing above wrote: the SlidesApp path from here (5b).
      for (const old of oldSlides.slice(0, parts.length)) changes.guard(old.slide);
      const tableIds: string[] = [];
      const dropped = new Set<string>();
      let previous: Slide | undefined;
      let noteSlide: Slide | undefined;
      // Where the previous part's slide stands: known for a slide just inserted, looked up (one
      // pass over the slide list) only after a reused slide, which others may have moved.
      let previousAt = -1;
      const texts: CellText[] = [];
      parts.forEach((part, i) => {
        const reused = oldSlides[i]?.slide;
        const at = !previous
          ? first
          : previousAt >= 0
            ? previousAt + 1
            : slideIndex(presentation, previous) + 1;
        const slide = reused ?? changes.insertSlide(at);
        previousAt = reused ? -1 : at;
        const written = writePart(ctx.app, slide, part, merged.persona.name, doc.language, texts);
        tableIds.push(written.tableId);
        slideIds.push(slide.getObjectId());
        noteSlide ??= slide;
        previous = slide;
      });
      // Every table's text at once: each style is set once per build, not per table.
      writeTexts(ctx.app, noteSlide!, texts);
      const last = previous!;
      // Slides the journey no longer needs: people's own elements move to its last slide (a
      // slide that also holds another journey's table only loses our elements).
      for (const old of oldSlides.slice(parts.length)) {
        const id = old.slide.getObjectId();
        const own = new Set(
          existing!.parts.filter((p) => p.part.slide.getObjectId() === id).flatMap((p) => p.part.ownIds),
        );
        const others = old.slide.getPageElements().filter((e) => !own.has(e.getObjectId()));
        if (others.some((e) => altRole(e.getTitle()) === 'table' || store.part(e.getObjectId()))) continue;
        dropped.add(id);
        for (const element of others) changes.copy(last, element);
        changes.removeSlideLater(old.slide, `slide ${old.slideIndex + 1}`);
      }
      // The first part's slide is at `first` (reused: the first old slide's place; new: inserted there).
      writeNotes(noteSlide!, `slide ${first + 1}`, unplaced, page, findings);
      for (const { part } of existing?.parts ?? [])
        if (!dropped.has(part.slide.getObjectId()))
          changes.removeLater(part.slide, part.ownIds, `slide ${part.slideIndex + 1}`);
      setKeys(store, plan, tableIds, slideIds, removedTables, deck);
      // On a rebuild, also forget keys of slides people deleted (one look at the slide list).
      const live = existing ? new Set(presentation.getSlides().map((s) => s.getObjectId())) : undefined;
      for (const id of dropped) live?.delete(id);
      store.prune(live, removedTables);
      // Remember the slides known to hold only keyed journey tables: after a look at every slide
      // that found none without keys, or when no slide was added since the last such look.
      store.setKeyedSlides(allKeyed ? presentation.getSlides().map((s) => s.getObjectId()) : undefined);
      store.saveWritten();
    },
    () => store.dropRemoved(),
  );
  return result(first, slideIds, direct);
}

function rawMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether an API write now leaves the rest of this call possible: after it SlidesApp may neither
 * write nor be believed, so every later persona of the call must be new too (drawn the same way)
 * and the deck must have no slide a later build would have to look at; and no earlier build of
 * the call may have written through SlidesApp (saved only when the script ends, so the API would
 * not see those slides).
 */
function directFits(ctx: SlidesContext, store: DeckStore, persona: Persona, allKeyed: boolean): boolean {
  if (ctx.execution?.appWrote) return false;
  const personas = ctx.execution?.personas ?? [];
  const later = personas.slice(personas.indexOf(persona.id) + 1);
  return allKeyed && later.every((id) => id === persona.id || store.slidesOf(id).size === 0);
}

/**
 * Saves the keys of slides the API just drew (`writeKeys` sets them in `store`), and the deck's
 * slide list as it now stands. If saving fails, the slides go again (one more batchUpdate): a
 * journey without keys would read back as someone's copy.
 */
function keepDrawn(
  ctx: SlidesContext,
  presentationId: string,
  store: DeckStore,
  draw: DirectDraw,
  before: readonly string[],
  allKeyed: boolean,
  writeKeys: () => void,
): void {
  const after = [...before, ...draw.slideIds];
  const execution = ctx.execution;
  const previous = execution?.slides;
  if (execution) execution.slides = after;
  try {
    writeKeys();
    store.setKeyedSlides(allKeyed ? after : undefined);
    store.saveWritten();
  } catch (error) {
    const raw = rawMessage(error);
    undoDraw(ctx.rest!, presentationId, draw);
    if (execution) execution.slides = previous;
    throw new JourneyGridError([COMMIT_PROBLEMS.undone(raw)]);
  }
  store.dropRemoved();
}

function slideIndex(presentation: Presentation, slide: Slide): number {
  const id = slide.getObjectId();
  return presentation.getSlides().findIndex((s) => s.getObjectId() === id);
}

/**
 * One note box per text the new slides have no place for, whole (Slides documents no length
 * limit for a text box), stacked from the foot of the page downwards.
 */
function writeNotes(
  slide: Slide,
  where: string,
  unplaced: readonly Finding[],
  page: { width: number; height: number },
  findings: Finding[],
): void {
  unplaced.forEach((f, i) => {
    const box = slide.insertTextBox(f.text!, 24, page.height - 24 + i * 22, page.width - 48, 20);
    if (f.text!.replace(STRIPPED, '') !== '') box.getText().getTextStyle().setFontSize(NOTE_SIZE);
    findings.push(FINDINGS_SLIDES.moved(where, f.text!, f.path));
  });
}
