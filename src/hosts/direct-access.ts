/**
 * Whether this user's add-on may reach the open file through the REST APIs (the Advanced Slides and
 * Sheets services): the fast path that builds a persona's slides in one `batchUpdate` and reads a
 * whole spreadsheet or deck in one `get`, where SlidesApp and SpreadsheetApp need hundreds of calls.
 *
 * The manifest holds the `*.currentonly` scopes, which "are only available within Apps Script
 * services" (https://developers.google.com/workspace/add-ons/concepts/editor-scopes), and
 * `drive.file`, which covers files the app created or that the user opened with it — Google Picker
 * with the app's project number grants it per file (https://developers.google.com/workspace/drive/picker/guides/overview).
 * Whether the file an editor add-on runs in counts as "opened" by it, Google does not document for
 * HtmlService add-ons (it documents a grant only for card-based ones), so the answer is asked once
 * per user and file with the cheapest call (a `get` with a one-field mask) and remembered in the
 * user's properties; the sidebar offers the Picker to grant it when the answer is no. A refusal
 * is remembered; any other failure (a timeout, a quota) is not, so the next action asks again.
 */
import type { PropertiesServiceApi } from './ui';

const KEY = 'journeygrid.direct.';

export type DirectAccess = 'allowed' | 'denied';

/** Google's words for a call the user's grant does not cover (403, or 404 for an unshared file). */
const REFUSED = /permission|forbidden|insufficient|not have access|Requested entity was not found/i;

/**
 * A range that names no sheet (renamed since its name was read) is answered "Unable to parse
 * range: '<name>'…", with the user's sheet name in it: whatever that name says, it is no refusal.
 */
const UNPARSED = /Unable to parse range/i;

export function isRefusal(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return REFUSED.test(message) && !UNPARSED.test(message);
}

/** The answer remembered for this file, if any: one property read, no call to Google. */
export function knownDirectAccess(
  properties: PropertiesServiceApi,
  fileId: string,
): DirectAccess | undefined {
  const known = properties.getUserProperties().getProperty(KEY + fileId);
  return known === 'allowed' || known === 'denied' ? known : undefined;
}

/**
 * The remembered answer, or the probe's: `probe` makes one cheap REST call on the file and throws
 * when Google refuses it. Only a refusal or a success is remembered.
 */
export function directAccess(
  properties: PropertiesServiceApi,
  fileId: string,
  probe: (() => void) | undefined,
): DirectAccess {
  if (!probe || fileId === '') return 'denied';
  const known = knownDirectAccess(properties, fileId);
  if (known) return known;
  let answer: DirectAccess;
  try {
    probe();
    answer = 'allowed';
  } catch (error) {
    if (!isRefusal(error)) return 'denied';
    answer = 'denied';
  }
  rememberDirectAccess(properties, fileId, answer);
  return answer;
}

/**
 * Keeps an answer: 'allowed' after the user picked this file in Google Picker, 'denied' when a
 * call on the fast path was refused after all (the grant was withdrawn).
 */
export function rememberDirectAccess(
  properties: PropertiesServiceApi,
  fileId: string,
  answer: DirectAccess,
): void {
  properties.getUserProperties().setProperty(KEY + fileId, answer);
}
