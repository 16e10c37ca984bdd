/**
 * "Send to Slides" and "Send to Sheets": a journey document becomes a new presentation or
 * spreadsheet in the user's Drive, through the Advanced Slides / Sheets services under
 * `drive.file` (the open document is never touched). The sidebar passes the document it read back;
 * nothing is read here, the document is validated, and one create plus one batchUpdate do the rest.
 */

import type { DriveApi } from '../hosts/drive/services';
import { type SentFile, sendToSheetsFile, sendToSlidesDeck } from '../hosts/rest/send';
import type { SheetsApi, SlidesApi } from '../hosts/rest-services';
import { JourneyGridError, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { runRpc, validOrThrow } from './errors';
import { SERVER_MESSAGES as M } from './messages';

export interface SendOptions {
  /** Grey example text in empty text cells (off unless asked for). */
  hints?: boolean;
}

const UNAVAILABLE = {
  slides: problem('', 'slides-unavailable', M.slidesUnavailable),
  sheets: problem('', 'sheets-unavailable', M.sheetsUnavailable),
};

function slidesService(): SlidesApi {
  if (typeof Slides === 'undefined' || !Slides) throw new JourneyGridError([UNAVAILABLE.slides]);
  return Slides;
}

/** Advanced Drive, to trash a half-made file; the send still works without it. */
function driveService(): DriveApi | undefined {
  return typeof Drive === 'undefined' ? undefined : Drive;
}

function sheetsService(): SheetsApi {
  if (typeof Sheets === 'undefined' || !Sheets) throw new JourneyGridError([UNAVAILABLE.sheets]);
  return Sheets;
}

/** A new deck with every persona's journey slides; answers its URL. */
export function sendToSlides(doc: JourneyDocument, options: SendOptions = {}): Result<SentFile> {
  return runRpc(() => {
    const valid = validOrThrow(doc);
    return {
      ok: true,
      value: sendToSlidesDeck(slidesService(), valid, { hints: options.hints ?? false }, driveService()),
    };
  });
}

/** A new spreadsheet with one journey sheet per persona; answers its URL. */
export function sendToSheets(doc: JourneyDocument, options: SendOptions = {}): Result<SentFile> {
  return runRpc(() => {
    const valid = validOrThrow(doc);
    return {
      ok: true,
      value: sendToSheetsFile(sheetsService(), valid, { hints: options.hints ?? false }, driveService()),
    };
  });
}
