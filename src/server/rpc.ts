/**
 * The functions the sidebar calls through google.script.run. Every export of this module becomes
 * a top-level Apps Script function (see scripts/build.mjs) and a typed method of the sidebar's
 * RPC client (sidebar/rpc.ts), so a misspelt name fails to compile on both sides.
 *
 * Each takes and returns plain JSON only and answers `{ ok, value }` or `{ ok: false, problems }`
 * with translated problems: one call per user action (a build is one call per few personas, which
 * lets the sidebar show real progress and keeps each call far below the 6-minute limit).
 */
import type { BuildOptions, BuildResult } from '../hosts/build-types';
import { type DirectAccess, knownDirectAccess } from '../hosts/direct-access';
import { buildPersonaJourney, buildPersonaJourneys } from '../hosts/sheets/build';
import { directGrids } from '../hosts/sheets/direct-read';
import { readForeignSpreadsheet } from '../hosts/sheets/foreign-scan';
import { readSpreadsheet } from '../hosts/sheets/read';
import { buildPersonaSlides } from '../hosts/slides/build';
import { readForeignDeck } from '../hosts/slides/foreign-scan';
import { readPresentation } from '../hosts/slides/read';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import type { JourneyDocument, Language } from '../model/types';
import type { Finding } from '../read/findings';
import type { Recognition } from '../read/foreign/recognize';
import { type FillSummary, summarize } from '../read/summary';
import { problemsFromError, runRpc } from './errors';
import { withReadLock } from './lock';
import { SERVER_MESSAGES as M } from './messages';
import { assertNoRebuildRunning, inRebuildRun, type RebuildRun } from './rebuild-run';
import {
  type HostKind,
  openFile,
  propertiesService,
  session,
  sheetsContext,
  sheetsRest,
  slidesContext,
  slidesRest,
} from './services';
import { uiLanguage } from './strings';

export interface StartupData {
  uiLanguage: Language;
  host: HostKind | 'none';
  documentName: string;
}

export interface ReadBack {
  document: JourneyDocument;
  findings: Finding[];
  summary: FillSummary;
  /** A file Journey Grid did not build: what its hand-made grid was recognised as. */
  recognition?: Recognition;
  /** Whether the read could take the fast path (one REST get): 'denied' lets the sidebar offer the grant. */
  direct?: DirectAccess;
}

const NOT_IN_SHEETS = problem('', 'not-in-sheets', M.notInSheets);

function activeHost(): { host: HostKind | 'none'; name: string } {
  const file = openFile();
  if (!file) return { host: 'none', name: '' };
  return { host: file.host, name: (file.host === 'sheets' ? file.spreadsheet : file.deck).getName() };
}

/** Everything the sidebar needs to start, in one call. */
export function getStartupData(): Result<StartupData> {
  return runRpc(() => {
    const { host, name } = activeHost();
    return {
      ok: true,
      value: { uiLanguage: uiLanguage(session().getActiveUserLocale()), host, documentName: name },
    };
  });
}

/** Builds or rebuilds one persona's journey sheet in the open spreadsheet. */
export function buildJourney(
  doc: JourneyDocument,
  personaId: string,
  options: BuildOptions,
): Result<BuildResult> {
  return runRpc(() => {
    const host = openFile()?.host;
    const ctx = host === 'sheets' ? sheetsContext() : undefined;
    if (ctx) return { ok: true, value: buildPersonaJourney(ctx, doc, personaId, options) };
    // In a deck: one persona's slides (the result also lists their slideIds).
    const slides = host === 'slides' ? slidesContext() : undefined;
    if (slides) return { ok: true, value: buildPersonaSlides(slides, doc, personaId, options) };
    throw new JourneyGridError([NOT_IN_SHEETS]);
  });
}

/** Personas built by one call, in the order asked; the first failure ends the call. */
export interface BatchBuild {
  built: { personaId: string; result: BuildResult }[];
  /** Why the next persona was not built (those after it were not tried). */
  problems?: Problem[];
}

/**
 * Builds several personas in one execution (one round trip instead of one each): the same build
 * as buildJourney, persona after persona, stopping at the first that fails as the sidebar's
 * loop did. The sidebar keeps each call short (src/hosts/sheets/batches.ts) and sends `run` with
 * each, so a read-back between two calls of one build answers "busy" (rebuild-run.ts).
 */
export function buildJourneys(
  doc: JourneyDocument,
  personaIds: string[],
  options: BuildOptions,
  run?: RebuildRun,
): Result<BatchBuild> {
  const ctx = openFile()?.host === 'sheets' ? sheetsContext() : undefined;
  return runRpc(() =>
    inRebuildRun<Result<BatchBuild>>(run, personaIds.length, () => {
      if (ctx) {
        // Sheets: every persona's reads first, then the writes (one pass: buildPersonaJourneys).
        const { built, failure } = buildPersonaJourneys(ctx, doc, personaIds, options);
        if (failure === undefined) return { value: { ok: true, value: { built } }, failed: false };
        const problems = problemsFromError(failure);
        const value: Result<BatchBuild> =
          built.length > 0 ? { ok: true, value: { built, problems } } : { ok: false, problems };
        return { value, failed: true };
      }
      const built: BatchBuild['built'] = [];
      // In a deck, one context for the call: its builds share what they did through the Slides API.
      const slides = openFile()?.host === 'slides' ? slidesContext() : undefined;
      if (slides) slides.execution = { personas: personaIds };
      for (const personaId of personaIds) {
        const one = slides
          ? runRpc(() => ({ ok: true, value: buildPersonaSlides(slides, doc, personaId, options) }))
          : buildJourney(doc, personaId, options);
        if (!one.ok) {
          const value: Result<BatchBuild> =
            built.length > 0 ? { ok: true, value: { built, problems: one.problems } } : one;
          return { value, failed: true };
        }
        built.push({ personaId, result: one.value });
      }
      return { value: { ok: true, value: { built } }, failed: false };
    }),
  );
}

/**
 * Reads the active journey sheet, or all of them, back into the JSON model: not while a build
 * holds the document lock, nor between the calls of a build of several personas.
 */
export function readJourneys(scope: 'active' | 'all'): Result<ReadBack> {
  return runRpc(() =>
    withReadLock(() => {
      assertNoRebuildRunning();
      return readOpenDocument(scope);
    }),
  );
}

function readOpenDocument(scope: 'active' | 'all'): Result<ReadBack> {
  const file = openFile();
  if (!file) throw new JourneyGridError([NOT_IN_SHEETS]);
  // A deck holds one journey document: Slides reads all of its journeys whatever the scope.
  const result =
    file.host === 'sheets'
      ? readSpreadsheet(file.spreadsheet, scope, directGrids(sheetsContext(), file.spreadsheet))
      : readPresentation(file.app, file.deck, propertiesService().getDocumentProperties(), slidesContext());
  if (!result.ok) {
    // Nothing built by Journey Grid: read the hand-made grids instead (src/read/foreign).
    if (!result.problems.some((p) => p.code === 'no-journeys' || p.code === 'not-a-journey')) return result;
    const foreign =
      file.host === 'sheets'
        ? readForeignSpreadsheet(file.spreadsheet, scope)
        : readForeignDeck(file.app, file.deck);
    if (!foreign) return result;
    if (!foreign.ok) return { ok: false, problems: [...result.problems, ...foreign.problems] };
    const { document, findings, recognition } = foreign.value;
    return { ok: true, value: { document, findings, summary: summarize(document), recognition } };
  }
  const { document, findings } = result.value;
  const direct = directAnswer(file);
  return {
    ok: true,
    value: { document, findings, summary: summarize(document), ...(direct ? { direct } : {}) },
  };
}

/** What the read just learnt (or knew) about direct access to the open file: one property read. */
function directAnswer(file: NonNullable<ReturnType<typeof openFile>>): DirectAccess | undefined {
  const rest = file.host === 'sheets' ? sheetsRest() : slidesRest();
  if (!rest) return undefined;
  const id = file.host === 'sheets' ? file.spreadsheet.getId() : file.deck.getId();
  return knownDirectAccess(propertiesService(), id);
}
