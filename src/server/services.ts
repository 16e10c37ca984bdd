/**
 * The Apps Script globals, seen through the add-on's narrow interfaces.
 *
 * Reading each global by its bare identifier (guarded by `typeof`) works the same in Apps Script
 * and in the emulator's vm context. Assigning the real `SpreadsheetApp` to the narrow type here is
 * also where the compiler proves the real service satisfies it.
 */
import type { SheetsApi, SlidesApi } from '../hosts/rest-services';
import type { SheetsContext } from '../hosts/sheets/context';
import type { Spreadsheet, SpreadsheetAppService } from '../hosts/sheets/services';
import type { SlidesContext } from '../hosts/slides/build';
import type { Presentation, SlidesAppService } from '../hosts/slides/services';
import type {
  HtmlServiceApi,
  LockServiceApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  Ui,
} from '../hosts/ui';

export function spreadsheetApp(): SpreadsheetAppService | undefined {
  return typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp;
}

export function htmlService(): HtmlServiceApi {
  return HtmlService;
}

export function propertiesService(): PropertiesServiceApi {
  return PropertiesService;
}

export function lockService(): LockServiceApi {
  return LockService;
}

export function session(): SessionApi {
  return Session;
}

export function scriptApp(): ScriptAppApi {
  return ScriptApp;
}

/** Everything the Sheets host needs, or undefined outside Sheets (the caller says so, translated). */
export function sheetsContext(): SheetsContext | undefined {
  const app = spreadsheetApp();
  if (!app || typeof Charts === 'undefined') return undefined;
  return { app, charts: Charts, locks: lockService(), properties: propertiesService(), rest: sheetsRest() };
}

/** The Advanced Sheets service, when the manifest enables it. */
export function sheetsRest(): SheetsApi | undefined {
  return typeof Sheets === 'undefined' || !Sheets ? undefined : Sheets;
}

/** The Advanced Slides service, when the manifest enables it. */
export function slidesRest(): SlidesApi | undefined {
  return typeof Slides === 'undefined' || !Slides ? undefined : Slides;
}

export function slidesApp(): SlidesAppService | undefined {
  return typeof SlidesApp === 'undefined' ? undefined : SlidesApp;
}

/** Everything the Slides host needs, when the script runs in a deck. */
export function slidesContext(): SlidesContext | undefined {
  const app = slidesApp();
  if (!app?.getActivePresentation()) return undefined;
  return { app, properties: propertiesService(), locks: lockService(), rest: slidesRest() };
}

export type HostKind = 'sheets' | 'slides';

export type OpenFile =
  | { host: 'sheets'; spreadsheet: Spreadsheet; app: SpreadsheetAppService }
  | { host: 'slides'; deck: Presentation; app: SlidesAppService };

/**
 * Which editor the add-on runs in, with its open file: the one answer every RPC asks for. A
 * spreadsheet comes first (Slides has no active spreadsheet: getActiveSpreadsheet answers null);
 * undefined outside both (a standalone script, or no document open).
 */
export function openFile(): OpenFile | undefined {
  const sheets = spreadsheetApp();
  const spreadsheet = sheets?.getActiveSpreadsheet();
  if (sheets && spreadsheet) return { host: 'sheets', spreadsheet, app: sheets };
  const slides = slidesApp();
  const deck = slides?.getActivePresentation();
  return slides && deck ? { host: 'slides', deck, app: slides } : undefined;
}

/**
 * The editor UI of whichever editor the add-on runs in (openFile needs authorization to see the
 * open file; a menu built on install may not have it). Works in AuthMode.NONE: getUi() needs no
 * authorization, and SpreadsheetApp.getUi() throws outside Sheets, which is how Slides is told apart.
 */
export function editorUi(): { host: HostKind; ui: Ui } {
  const sheets = spreadsheetApp();
  if (sheets) {
    try {
      return { host: 'sheets', ui: sheets.getUi() };
    } catch {
      // Not a spreadsheet: fall through to Slides.
    }
  }
  const slides = slidesApp();
  if (slides) return { host: 'slides', ui: slides.getUi() };
  throw new Error('Journey Grid runs in Google Sheets or Google Slides.');
}
