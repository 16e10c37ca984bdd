/**
 * Authorization modes (ScriptApp.AuthMode) and what each lets a script call.
 *
 * Google documents NONE as "no access to services that require authorization" (an add-on's
 * onOpen in a document where it has not been used yet): only the menu may be built. LIMITED (an
 * add-on enabled in this document) reaches the current document and the UI. FULL reaches
 * everything. Google's own AuthMode example reads document properties outside NONE, so
 * PropertiesService and LockService are allowed from LIMITED on; the user's e-mail needs FULL.
 * Only entry points are listed: an object obtained through a refused entry point cannot exist.
 */
import { exception, messages } from './errors';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

const RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 0, LIMITED: 1, FULL: 2 };

const CURRENT_SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';
const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const CURRENT_SLIDES = 'https://www.googleapis.com/auth/presentations.currentonly';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

interface Requirement {
  min: AuthModeName;
  scope: string | null;
}

/** Keyed by "Api.method" or "Api.*". Anything not listed is allowed in every mode. */
const REQUIREMENTS: Record<string, Requirement> = {
  'SpreadsheetApp.getActiveSpreadsheet': { min: 'LIMITED', scope: CURRENT_SHEETS },
  'SlidesApp.getActivePresentation': { min: 'LIMITED', scope: CURRENT_SLIDES },
  // The Advanced Slides and Sheets services reach files through drive.file: full authorization only.
  'Slides.Presentations.*': { min: 'FULL', scope: DRIVE_FILE },
  'Sheets.Spreadsheets.*': { min: 'FULL', scope: DRIVE_FILE },
  'Ui.showSidebar': { min: 'LIMITED', scope: CONTAINER_UI },
  'HtmlService.*': { min: 'LIMITED', scope: null },
  'PropertiesService.*': { min: 'LIMITED', scope: null },
  'LockService.*': { min: 'LIMITED', scope: null },
  'Session.getEffectiveUser': { min: 'FULL', scope: EMAIL },
};

export function checkAuth(mode: AuthModeName, api: string, method: string): void {
  const need = REQUIREMENTS[`${api}.${method}`] ?? REQUIREMENTS[`${api}.*`];
  if (!need) return;
  if (RANK[mode] < RANK[need.min]) {
    throw exception(messages.permission(`${api}.${method}`, need.scope));
  }
}
