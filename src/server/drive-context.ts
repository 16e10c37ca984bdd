/**
 * The Advanced Drive service and the open document's id, for the RPCs that keep files in Drive
 * (rpc-drive.ts, rpc-picker.ts). Not an RPC module: nothing here becomes a top-level function.
 */
import type { DriveContext } from '../hosts/drive/json-files';
import { JourneyGridError, problem } from '../model/problems';
import { spreadsheetApp } from './services';

const NO_DRIVE = problem(
  '',
  'drive-unavailable',
  'Drive に接続できません。アドオンの権限を確認してください。',
  'Drive is not available to the add-on. Check its permissions.',
);
export const NO_DOCUMENT = problem(
  '',
  'no-document',
  'スプレッドシートまたはスライドを開いてから実行してください。',
  'Open a spreadsheet or a presentation first.',
);

export function driveContext(): DriveContext {
  if (typeof Drive === 'undefined' || !Drive || typeof Utilities === 'undefined')
    throw new JourneyGridError([NO_DRIVE]);
  return { drive: Drive, utilities: Utilities };
}

/** The open document's id: a second save from the same document updates the same Drive file. */
export function activeDocumentId(): string {
  const spreadsheet = spreadsheetApp()?.getActiveSpreadsheet();
  if (spreadsheet) return spreadsheet.getId();
  const deck = typeof SlidesApp === 'undefined' ? null : SlidesApp.getActivePresentation();
  if (deck) return deck.getId();
  throw new JourneyGridError([NO_DOCUMENT]);
}
