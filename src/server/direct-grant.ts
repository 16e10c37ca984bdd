/**
 * The one-time grant of direct access to the open file (../hosts/direct-access.ts): what the
 * sidebar is told at start-up, what the Picker dialog is set up with, and the check of its pick.
 * `drive.file` covers a file the user opened with the app in Google Picker ("Files the user opens
 * with the Picker are accessible with drive.file",
 * https://developers.google.com/workspace/drive/picker/guides/overview), so the grant is a pick of
 * this very file. Not an RPC module: nothing here becomes a top-level function.
 */
import {
  type DirectAccess,
  isRefusal,
  knownDirectAccess,
  rememberDirectAccess,
} from '../hosts/direct-access';
import { PICKER_APP_ID_PROPERTY, PICKER_KEY_PROPERTY } from '../hosts/drive/shared-files';
import { JourneyGridError, type Problem, problem } from '../model/problems';
import { NO_DOCUMENT } from './drive-context';
import { SERVER_MESSAGES as M } from './messages';
import { type OpenFile, openFile, propertiesService, sheetsRest, slidesRest } from './services';

/** What Drive types the host's files as (https://developers.google.com/drive/api/guides/mime-types). */
const MIME_TYPES = {
  sheets: 'application/vnd.google-apps.spreadsheet',
  slides: 'application/vnd.google-apps.presentation',
} as const;

/**
 * The start-up data's part: the open file and the answer remembered for it (null: never asked);
 * `picker: false` where this deployment has not set Google Picker up (rpc-picker.ts), so the
 * grant cannot be asked for and is not offered.
 */
export interface DirectStart {
  fileId: string;
  answer: DirectAccess | null;
  picker?: false;
}

function idOf(file: OpenFile): string {
  return (file.host === 'sheets' ? file.spreadsheet : file.deck).getId();
}

/** Property reads, no call to Google; null outside a document. */
export function directStart(): DirectStart | null {
  const file = openFile();
  if (!file) return null;
  const fileId = idOf(file);
  const answer = knownDirectAccess(propertiesService(), fileId) ?? null;
  // The real global: the shared narrow PropertiesService interface leaves script properties out.
  const script = PropertiesService.getScriptProperties();
  const picker = Boolean(
    script.getProperty(PICKER_KEY_PROPERTY) && script.getProperty(PICKER_APP_ID_PROPERTY),
  );
  return picker ? { fileId, answer } : { fileId, answer, picker: false };
}

/** What the Picker dialog shows for the grant: the open file, by its id and type. */
export function directTarget(): { fileId: string; mimeType: string } {
  const file = openFile();
  if (!file) throw new JourneyGridError([NO_DOCUMENT]);
  return { fileId: idOf(file), mimeType: MIME_TYPES[file.host] };
}

/**
 * The cheapest call the fast path makes (a `get` of the id alone, a partial response), to see
 * that the pick really opened the file to the add-on: a Picker set up with another project's
 * number grants nothing, and remembering 'allowed' then would only send the user round again.
 */
function probe(file: OpenFile, fileId: string): void {
  if (file.host === 'slides') slidesRest()?.Presentations.get(fileId, { fields: 'presentationId' });
  else sheetsRest()?.Spreadsheets.get(fileId, { fields: 'spreadsheetId' });
}

/**
 * The dialog's pick (`pickedName` as Picker named it, for the message only): the open file is
 * remembered as 'allowed' once Google answers for it; another file changes nothing and says which
 * one to pick; a refusal changes nothing and says why. Any other failure of the check (a timeout)
 * does not undo the pick: the fast path asks again and learns the answer by itself.
 */
export function grantDirect(
  pickedId: string,
  pickedName: string,
): { direct?: 'allowed'; problems: Problem[] } {
  const file = openFile();
  if (!file) throw new JourneyGridError([NO_DOCUMENT]);
  const fileId = idOf(file);
  if (pickedId !== fileId) {
    const open = (file.host === 'sheets' ? file.spreadsheet : file.deck).getName();
    return {
      problems: [problem('fileId', 'direct-wrong-file', M.directWrongFile(pickedName || pickedId, open))],
    };
  }
  try {
    probe(file, fileId);
  } catch (error) {
    if (isRefusal(error)) return { problems: [problem('', 'direct-not-granted', M.directNotGranted)] };
  }
  rememberDirectAccess(propertiesService(), fileId, 'allowed');
  return { direct: 'allowed', problems: [] };
}
