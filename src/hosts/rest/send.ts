/**
 * Sends a journey document to a new file in the user's Drive through the Advanced Slides or Sheets
 * service: one `create`, then ONE `batchUpdate` holding every request, so the new file is either
 * complete or (the batch being atomic) left empty with a clear problem. Works under `drive.file`,
 * which covers files the add-on itself creates.
 */
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument } from '../../model/types';
import type { Finding } from '../../read/findings';
import { utf8Length } from '../../share/utf8';
import type { SheetsApi, SlidesApi } from './services';
import { spreadsheetRequests } from './sheets-requests';
import { deckRequests } from './slides-requests';

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
  /** Requests in the one batchUpdate call. */
  requests: number;
  /** JSON bytes of the batchUpdate body. */
  payloadBytes: number;
  findings: Finding[];
}

const PROBLEMS = {
  unauthorized: problem(
    '',
    'needs-authorization',
    'Drive に新しいファイルを作成する権限がありません。メニューからアドオンを開き、権限を許可してください。',
    'Journey Grid may not create files in your Drive yet. Open it from the Extensions menu and allow it.',
  ),
  createFailed: (what: 'slides' | 'sheets', raw: string) =>
    problem(
      '',
      'create-failed',
      `新しい${what === 'slides' ? 'プレゼンテーション' : 'スプレッドシート'}を作成できませんでした（${raw}）。`,
      `The new ${what === 'slides' ? 'presentation' : 'spreadsheet'} could not be created (${raw}).`,
    ),
  rejected: (what: 'slides' | 'sheets', url: string, raw: string) =>
    problem(
      '',
      'batch-rejected',
      `Google ${what === 'slides' ? 'スライド' : 'スプレッドシート'}が内容の書き込みを拒否しました（${raw}）。作成されたファイルは空のままです：${url}`,
      `Google ${what === 'slides' ? 'Slides' : 'Sheets'} refused the content (${raw}). The new file was left empty: ${url}`,
    ),
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function createProblem(what: 'slides' | 'sheets', error: unknown) {
  const raw = message(error);
  return /Required permissions|do not have permission to call/i.test(raw)
    ? PROBLEMS.unauthorized
    : PROBLEMS.createFailed(what, raw);
}

export function sendToSlidesDeck(
  slides: SlidesApi,
  doc: JourneyDocument,
  options: { hints: boolean },
): SentFile {
  let created: ReturnType<SlidesApi['Presentations']['create']>;
  try {
    created = slides.Presentations.create({ title: doc.title });
  } catch (error) {
    throw new JourneyGridError([createProblem('slides', error)]);
  }
  const presentationId = created.presentationId ?? '';
  const url = `https://docs.google.com/presentation/d/${encodeURIComponent(presentationId)}/edit`;
  // A new presentation starts with a slide of its own: the batch deletes it after adding ours.
  const defaults = (created.slides ?? []).flatMap((s) => (s.objectId ? [s.objectId] : []));
  const batch = deckRequests(doc, options, defaults);
  const body = { requests: batch.requests };
  const payloadBytes = utf8Length(JSON.stringify(body));
  try {
    slides.Presentations.batchUpdate(body, presentationId);
  } catch (error) {
    throw new JourneyGridError([PROBLEMS.rejected('slides', url, message(error))]);
  }
  return {
    kind: 'presentation',
    url,
    fileId: presentationId,
    presentationId,
    slideIds: batch.slideIds,
    requests: batch.requests.length,
    payloadBytes,
    findings: batch.findings,
  };
}

export function sendToSheetsFile(
  sheets: SheetsApi,
  doc: JourneyDocument,
  options: { hints: boolean },
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
  const body = { requests: plan.requests };
  const payloadBytes = utf8Length(JSON.stringify(body));
  try {
    sheets.Spreadsheets.batchUpdate(body, spreadsheetId);
  } catch (error) {
    throw new JourneyGridError([PROBLEMS.rejected('sheets', url, message(error))]);
  }
  return {
    kind: 'spreadsheet',
    url,
    fileId: spreadsheetId,
    spreadsheetId,
    requests: plan.requests.length,
    payloadBytes,
    findings: [],
  };
}
