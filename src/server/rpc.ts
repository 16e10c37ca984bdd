/**
 * The functions the sidebar calls through google.script.run. Every export of this module becomes
 * a top-level Apps Script function (see scripts/build.mjs) and a typed method of the sidebar's
 * RPC client (sidebar/rpc.ts), so a misspelt name fails to compile on both sides.
 *
 * Each takes and returns plain JSON only and answers `{ ok, value }` or `{ ok: false, problems }`
 * with translated problems: one call per user action.
 */
import { type NewDocumentOptions, newJourneyDocument, type PersonaInput } from '../catalog';
import type { Result } from '../model/problems';
import type { JourneyDocument, Language } from '../model/types';
import { runRpc } from './errors';
import { type HostKind, session, spreadsheetApp } from './services';
import { uiLanguage } from './strings';

export interface StartupData {
  uiLanguage: Language;
  host: HostKind | 'none';
  documentName: string;
}

function activeHost(): { host: HostKind | 'none'; name: string } {
  const spreadsheet = spreadsheetApp()?.getActiveSpreadsheet();
  if (spreadsheet) return { host: 'sheets', name: spreadsheet.getName() };
  if (typeof SlidesApp !== 'undefined') {
    const deck = SlidesApp.getActivePresentation();
    if (deck) return { host: 'slides', name: deck.getName() };
  }
  return { host: 'none', name: '' };
}

/** Everything the sidebar needs to start, in one call. */
export function getStartupData(): Result<StartupData> {
  return runRpc(() => {
    const { host, name } = activeHost();
    return { ok: true, value: { uiLanguage: uiLanguage(session().getActiveUserLocale()), host, documentName: name } };
  });
}

/** Builds (without writing anywhere) the journey model for a framework and personas. */
export function previewDocument(
  frameworkId: string,
  personas: PersonaInput[],
  language: Language,
  options: NewDocumentOptions,
): Result<JourneyDocument> {
  return runRpc(() => newJourneyDocument(frameworkId, personas, language, options));
}
