/**
 * Builds one persona's journey into the open deck, or rebuilds it in place: the Slides twin of
 * sheets/build.ts. A rebuild reads the persona's slides first and keeps what people typed there
 * (cells win over the incoming model; lanes and stages they added stay until removals are
 * confirmed), removes only Journey Grid's own elements, so text boxes people added stay where
 * they are, and draws the new slides where the old ones were. Text typed into the old table that
 * the grid cannot hold is put back on the slide in a note box rather than lost.
 */

import { PERSONA_FIELD_LABELS } from '../../catalog';
import { planTable } from '../../layout/table';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument, Language, Persona } from '../../model/types';
import { LIMITS } from '../../model/types';
import { validateDocument } from '../../model/validate';
import { type Finding, UNPLACED_CODES } from '../../read/findings';
import { skeletonOf } from '../../read/raw';
import { emptyReading, type TableReading } from '../../read/read-table';
import { BUILD_PROBLEMS } from '../build-problems';
import type { BuildOptions, BuildResult } from '../sheets/build';
import { mergeWithSheet } from '../sheets/build';
import { mergeSkeletons } from '../sheets/read';
import type { LockServiceApi, PropertiesServiceApi } from '../ui';
import { DeckStore } from './keys';
import { readDeckParts } from './read';
import type { ScannedPart } from './scan';
import type { Presentation, SlidesAppService } from './services';
import { PAGE, partKeys, planSlides, type SlidePart } from './slide-plan';
import { writePart } from './write';

export interface SlidesContext {
  app: SlidesAppService;
  properties: PropertiesServiceApi;
  locks: LockServiceApi;
}

export interface SlidesBuildResult extends BuildResult {
  /** The persona's slides, in order (more than one when the map continues). */
  slideIds: string[];
}

const LOCK_WAIT_MS = 20_000;
/** Characters Slides strips from inserted text (Google's insertText documentation). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters Slides drops.
export const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

const PROBLEMS = {
  noPresentation: problem(
    '',
    'no-presentation',
    'プレゼンテーションを開いてから実行してください。',
    'Open a presentation first.',
  ),
  otherJourney: (title: string) =>
    problem(
      'frameworkId',
      'other-journey',
      `このプレゼンテーションには別のジャーニー「${title}」があります。新しいプレゼンテーションで作成するか、読み込んでから編集してください。`,
      `This presentation already holds another journey, "${title}". Build in a new presentation, or read it back and edit that one.`,
    ),
};

export const FINDINGS_SLIDES = {
  overflow: (where: string): Finding => ({
    path: where,
    code: 'overflow',
    message: {
      ja: '文字が多いため、最小の文字サイズでも表がスライドからはみ出します。文章を短くするか、シートで編集してください。',
      en: 'There is so much text that the table runs off the slide even at the smallest font. Shorten it, or edit it in Sheets.',
    },
  }),
  stripped: (where: string, text: string): Finding => ({
    path: where,
    code: 'stripped-characters',
    text,
    message: {
      ja: 'Google スライドが受け付けない制御文字などを取り除きました。',
      en: 'Characters Google Slides does not accept (control characters and the like) were removed.',
    },
  }),
  cardShortened: (where: string): Finding => ({
    path: where,
    code: 'card-shortened',
    message: {
      ja: 'ペルソナカードに収まらないため、スライドには先頭だけを「…」付きで表示しています。全文はペルソナに残っており、そのまま読み込まれます。',
      en: 'This text is too long for the persona card, so the slide shows its beginning followed by "…". The persona keeps the full text, and reading back keeps it too.',
    },
  }),
  moved: (where: string, text: string, from: string): Finding => ({
    path: where,
    code: 'moved-text',
    text,
    message: {
      ja: `${from} にあった文字を表の下のメモ欄に移しました。`,
      en: `Text from ${from} was moved to a note box under the table.`,
    },
  }),
};

/** Text the old slides held that the new ones have no place for. */

/** What a planned part's slide cannot show as planned: the open-deck and REST builders report it. */
export function partFindings(part: SlidePart, slideNumber: number, language: Language): Finding[] {
  const findings: Finding[] = [];
  if (part.overflows) findings.push(FINDINGS_SLIDES.overflow(`slide ${slideNumber}`));
  for (const field of part.card?.shortened ?? [])
    findings.push(
      FINDINGS_SLIDES.cardShortened(
        `slide ${slideNumber}: persona card, ${PERSONA_FIELD_LABELS[field][language]}`,
      ),
    );
  return findings;
}

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
  const lock = ctx.locks.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new JourneyGridError([BUILD_PROBLEMS.busy]);
  try {
    return buildLocked(ctx, presentation, doc, persona, options);
  } finally {
    lock?.releaseLock();
  }
}

/** Removes what Slides would strip from inserted text, saying so: the REST builder uses it too. */
export function sanitize(parts: SlidePart[], findings: Finding[]): void {
  const clean = (text: string, where: string): string => {
    const cleaned = text.replace(STRIPPED, '');
    if (cleaned !== text) findings.push(FINDINGS_SLIDES.stripped(where, text));
    return cleaned;
  };
  for (const part of parts) {
    const where = `slide part ${part.index + 1}`;
    if (part.docTitle) part.docTitle.text = clean(part.docTitle.text, where);
    part.name.text = clean(part.name.text, where);
    for (const row of [...(part.card?.cells ?? []), ...part.table.cells])
      for (const cell of row) cell.text = clean(cell.text, where);
  }
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

function buildLocked(
  ctx: SlidesContext,
  presentation: Presentation,
  doc: JourneyDocument,
  persona: Persona,
  options: BuildOptions,
): SlidesBuildResult {
  const store = new DeckStore(ctx.properties.getDocumentProperties());
  const current = store.skeleton();
  if (current && current.frameworkId !== doc.frameworkId)
    throw new JourneyGridError([PROBLEMS.otherJourney(current.title)]);
  // A deck this add-on built knows where each persona's slides are: only those are read. A persona
  // with none recorded (a deck sent through the REST API, keys in boxes on the slides, or a copied
  // deck, keys gone, where another persona was rebuilt first) is looked for on every slide.
  const recorded = current ? store.slidesOf(persona.id) : undefined;
  const ownSlides = recorded && recorded.size > 0 ? recorded : undefined;
  const deck = readDeckParts(ctx.app, presentation, store, persona.id, undefined, ownSlides);
  const existing = deck?.journeys.find((j) => j.read.key.personaId === persona.id);
  const incoming = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
  const reading: TableReading = existing?.read.reading ?? emptyReading();
  const merged = mergeWithSheet(doc, persona, incoming, reading, options.confirmRemovals);
  const findings: Finding[] = [...reading.findings];

  let at = presentation.getSlides().length;
  const removedTables = new Set<string>();
  // Text on the old slides outside our elements (people's own text boxes and tables) stays there.
  const staying = new Set(existing?.parts.flatMap((p) => p.part.loose.map((l) => l.address)) ?? []);
  if (existing) {
    at = Math.min(...existing.parts.map((p) => p.part.slideIndex));
    for (const { part } of existing.parts) {
      removedTables.add(part.tableId);
      for (const id of part.ownIds) part.slide.getPageElementById(id)?.remove();
      if (part.slide.getPageElements().length === 0) part.slide.remove();
    }
  }

  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const parts = planSlides(merged.doc, persona, table);
  sanitize(parts, findings);
  const slideIds: string[] = [];
  parts.forEach((part, i) => {
    const slide = presentation.insertSlide(at + i, ctx.app.PredefinedLayout.BLANK);
    const written = writePart(ctx.app, slide, part, persona.name, doc.language);
    slideIds.push(slide.getObjectId());
    store.setPart(written.tableId, {
      personaId: persona.id,
      slideId: slide.getObjectId(),
      part: i,
      parts: parts.length,
      hints: options.hints,
      ...partKeys(part),
    });
    if (i === 0) {
      // Whatever the removed title, card or table held that the new slides do not show.
      const unplaced = findings.filter((f) => UNPLACED_CODES.has(f.code) && f.text && !staying.has(f.path));
      if (unplaced.length > 0) {
        const text = unplaced
          .map((f) => f.text)
          .join('\n')
          .slice(0, LIMITS.cellTextLength);
        const box = slide.insertTextBox(text, 24, PAGE.height - 24, PAGE.width - 48, 20);
        box.getText().getTextStyle().setFontSize(7);
        for (const f of unplaced) findings.push(FINDINGS_SLIDES.moved(`slide ${at + 1}`, f.text!, f.path));
      }
    }
    findings.push(...partFindings(part, at + i + 1, doc.language));
  });
  if (deck) adoptKeysBoxes(store, deck.scanned, removedTables);

  const previous = store.skeleton();
  const skeleton = skeletonOf(merged.doc);
  store.setSkeleton(previous ? mergeSkeletons(skeleton, previous) : skeleton);
  store.setPersona(persona);
  // On a rebuild, also forget keys of slides people deleted (one look at the slide list).
  store.prune(
    existing ? new Set(presentation.getSlides().map((s) => s.getObjectId())) : undefined,
    removedTables,
  );
  store.save();
  return {
    sheetName: persona.name,
    sheetId: at,
    created: !existing,
    pendingRemovals: merged.pending,
    keptCells: merged.kept,
    printUrl: `https://docs.google.com/presentation/d/${encodeURIComponent(presentation.getId())}/export/pdf`,
    findings,
    slideIds,
  };
}
