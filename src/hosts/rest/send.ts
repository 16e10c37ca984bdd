/**
 * Sends a journey document to a new file in the user's Drive through the Advanced Slides or Sheets
 * service: one `create`, then the requests in as few `batchUpdate` calls as the size budget allows
 * (batches.ts: at most 2 MB each, whole personas where possible). Each call is atomic, but the
 * file as a whole is not: if any batch is refused, the half-made file is moved to the trash
 * through the Advanced Drive service (`files.update` with `trashed: true`, allowed under
 * `drive.file` for files the add-on created) and the user is told, in their language, what
 * Google said and where the file went. Works under `drive.file`, which covers files the add-on
 * itself creates.
 */
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument } from '../../model/types';
import type { Finding } from '../../read/findings';
import { HOST_MESSAGES as M, type SentKind } from '../messages';
import type { DriveTrashApi, SheetsApi, SlidesApi } from '../rest-services';
import { deckRequests } from '../slides-requests';
import { type Batch, splitIntoBatches } from './batches';
import { spreadsheetRequests } from './sheets-requests';

/** What the sidebar gets back from either send (one shape, so the sidebar treats both alike). */
export interface SentFile {
  kind: 'presentation' | 'spreadsheet';
  url: string;
  /** The new presentation's or spreadsheet's id. */
  fileId: string;
  /** Set for a new presentation. */
  presentationId?: string;
  /** Set for a new spreadsheet. */
  spreadsheetId?: string;
  /** The new deck's journey slides, in order. */
  slideIds?: string[];
  /** Requests sent, over all batchUpdate calls. */
  requests: number;
  /** JSON bytes of all batchUpdate bodies together. */
  payloadBytes: number;
  /** JSON bytes of each batchUpdate body, in order. */
  batches: number[];
  findings: Finding[];
}

type Kind = SentKind;

const PROBLEMS = {
  unauthorized: problem('', 'needs-authorization', M.cannotCreateFiles),
  createFailed: (what: Kind, raw: string) => problem('', 'create-failed', M.createFailed(what, raw)),
  rejected: (what: Kind, at: string, raw: string, url: string, trashed: boolean) =>
    problem('', 'batch-rejected', M.batchRejected(what, at, raw, url, trashed)),
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function createProblem(what: Kind, error: unknown) {
  const raw = message(error);
  return /Required permissions|do not have permission to call/i.test(raw)
    ? PROBLEMS.unauthorized
    : PROBLEMS.createFailed(what, raw);
}

/** Moves the half-made file to the trash; false when that failed too (or Drive is unavailable). */
function trash(drive: DriveTrashApi | undefined, fileId: string): boolean {
  try {
    drive?.Files.update({ trashed: true }, fileId);
    return drive !== undefined;
  } catch {
    return false;
  }
}

/** Sends every batch in order; on a refusal, trashes the file and throws the user's message. */
function sendBatches<T>(
  what: Kind,
  batches: Batch<T>[],
  send: (requests: T[]) => void,
  file: { id: string; url: string },
  drive: DriveTrashApi | undefined,
): void {
  batches.forEach((batch, i) => {
    try {
      send(batch.requests);
    } catch (error) {
      const at = `batchUpdate ${i + 1}/${batches.length}`;
      const trashed = trash(drive, file.id);
      throw new JourneyGridError([PROBLEMS.rejected(what, at, message(error), file.url, trashed)]);
    }
  });
}

function totals<T>(batches: Batch<T>[]) {
  return {
    requests: batches.reduce((n, b) => n + b.requests.length, 0),
    payloadBytes: batches.reduce((n, b) => n + b.bytes, 0),
    batches: batches.map((b) => b.bytes),
  };
}

export function sendToSlidesDeck(
  slides: SlidesApi,
  doc: JourneyDocument,
  options: { hints: boolean },
  drive?: DriveTrashApi,
): SentFile {
  let created: ReturnType<SlidesApi['Presentations']['create']>;
  try {
    created = slides.Presentations.create({ title: doc.title });
  } catch (error) {
    throw new JourneyGridError([createProblem('slides', error)]);
  }
  const presentationId = created.presentationId ?? '';
  const url = `https://docs.google.com/presentation/d/${encodeURIComponent(presentationId)}/edit`;
  // A new presentation starts with a slide of its own: the last batch deletes it after adding ours.
  const defaults = (created.slides ?? []).flatMap((s) => (s.objectId ? [s.objectId] : []));
  const plan = deckRequests(doc, options, defaults);
  const batches = splitIntoBatches(plan.groups);
  sendBatches(
    'slides',
    batches,
    (requests) => slides.Presentations.batchUpdate({ requests }, presentationId),
    { id: presentationId, url },
    drive,
  );
  return {
    kind: 'presentation',
    url,
    fileId: presentationId,
    presentationId,
    slideIds: plan.slideIds,
    ...totals(batches),
    findings: plan.findings,
  };
}

export function sendToSheetsFile(
  sheets: SheetsApi,
  doc: JourneyDocument,
  options: { hints: boolean },
  drive?: DriveTrashApi,
): SentFile {
  const plan = spreadsheetRequests(doc, options);
  let created: ReturnType<SheetsApi['Spreadsheets']['create']>;
  try {
    created = sheets.Spreadsheets.create(plan.spreadsheet);
  } catch (error) {
    throw new JourneyGridError([createProblem('sheets', error)]);
  }
  const spreadsheetId = created.spreadsheetId ?? '';
  const url =
    created.spreadsheetUrl ??
    `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit`;
  const batches = splitIntoBatches(plan.groups);
  sendBatches(
    'sheets',
    batches,
    (requests) => sheets.Spreadsheets.batchUpdate({ requests }, spreadsheetId),
    { id: spreadsheetId, url },
    drive,
  );
  return {
    kind: 'spreadsheet',
    url,
    fileId: spreadsheetId,
    spreadsheetId,
    ...totals(batches),
    findings: [],
  };
}
