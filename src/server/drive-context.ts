/**
 * The Advanced Drive service and the open document's id, for the RPCs that keep files in Drive
 * (rpc-drive.ts, rpc-picker.ts). Not an RPC module: nothing here becomes a top-level function.
 */
import type { DriveContext } from '../hosts/drive/json-files';
import { JourneyGridError, problem } from '../model/problems';
import { SERVER_MESSAGES as M } from './messages';
import { openFile } from './services';

const NO_DRIVE = problem('', 'drive-unavailable', M.noDrive);
export const NO_DOCUMENT = problem('', 'no-document', M.noDocument);

export function driveContext(): DriveContext {
  if (typeof Drive === 'undefined' || !Drive || typeof Utilities === 'undefined')
    throw new JourneyGridError([NO_DRIVE]);
  return { drive: Drive, utilities: Utilities };
}

/** The open document's id: a second save from the same document updates the same Drive file. */
export function activeDocumentId(): string {
  const file = openFile();
  if (!file) throw new JourneyGridError([NO_DOCUMENT]);
  return (file.host === 'sheets' ? file.spreadsheet : file.deck).getId();
}
