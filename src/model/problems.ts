/**
 * Problems: the one shape every user-facing error takes, from model validation to a mangled grid.
 *
 * A problem names where it is (a JSON path such as `personas[1].name`, or a cell address) and
 * says what is wrong in both languages, so the server can hand it to the sidebar as plain JSON
 * and the sidebar shows the user's language. No stack trace ever reaches a user.
 */

import type { Language } from './types';

export interface Translated {
  ja: string;
  en: string;
}

/**
 * Every problem and finding code, declared once: a code not listed here does not compile, and a
 * code listed twice is a duplicate member (a compile error), so two meanings cannot share one.
 * Codes are stable: tests and the sidebar's logic match on them.
 */
interface ProblemCodeList {
  // The JSON model and its validation (src/model, src/catalog)
  'duplicate-id': true;
  'duplicate-journey': true;
  'duplicate-lane': true;
  'emotion-range': true;
  'invalid-id': true;
  'invalid-loop': true;
  language: true;
  'malformed-json': true;
  'missing-journey': true;
  'newer-version': true;
  'no-migration': true;
  required: true;
  'reserved-id': true;
  'schema-version': true;
  'stages-fixed': true;
  'too-few': true;
  'too-long': true;
  'too-many': true;
  type: true;
  'unknown-field': true;
  'unknown-framework': true;
  'unknown-kind': true;
  'unknown-lane': true;
  'unknown-language': true;
  'unknown-line': true;
  'unknown-persona': true;
  'unknown-role': true;
  'unknown-stage': true;
  // Reading a grid back: findings (src/read, the hosts' readers)
  'copied-journey': true;
  'emotion-from-text': true;
  'grid-mangled': true;
  'journey-skipped': true;
  'label-differs': true;
  'matched-by-label': true;
  'new-lane': true;
  'new-stage': true;
  'no-journey-table': true;
  'no-journeys': true;
  'not-a-buying-role': true;
  'not-a-journey': true;
  'not-a-journey-table': true;
  'not-a-number': true;
  'not-a-score': true;
  note: true;
  'number-table': true;
  'outside-grid': true;
  'over-limit': true;
  'renamed-guess': true;
  'separator-text': true;
  'shortened-edited': true;
  'stage-group': true;
  truncated: true;
  // Building into a host (src/hosts)
  'adopt-already': true;
  'adopt-changed': true;
  'adopt-not-exact': true;
  'adopt-table-edges': true;
  'adopt-two-on-a-sheet': true;
  'batch-rejected': true;
  'build-again': true;
  'build-leftovers': true;
  'build-undone': true;
  'card-shortened': true;
  'cell-too-long': true;
  'create-failed': true;
  'direct-build-failed': true;
  'merge-cut-by-freeze': true;
  'moved-text': true;
  'no-presentation': true;
  'no-spreadsheet': true;
  'other-journey': true;
  overflow: true;
  'stripped-characters': true;
  'write-failed': true;
  // The add-on's calls, storage and sharing (src/server, src/share)
  busy: true;
  'choices-too-large': true;
  'drive-unavailable': true;
  'drive-unreadable': true;
  'invalid-choices': true;
  'invalid-persona': true;
  'library-full': true;
  'needs-authorization': true;
  'no-document': true;
  'not-a-template': true;
  'not-in-sheets': true;
  'persona-too-large': true;
  protected: true;
  'read-only': true;
  'sheets-unavailable': true;
  'slides-unavailable': true;
  'snapshot-damaged': true;
  'snapshot-too-large': true;
  'storage-full': true;
  'too-large': true;
  unexpected: true;
  'unknown-snapshot': true;
  // Team sharing through Drive and Google Picker (src/server/rpc-picker.ts, src/hosts/drive)
  'drive-conflict': true;
  'drive-exists': true;
  'drive-gone': true;
  'drive-read-only': true;
  'drive-trashed': true;
  'not-a-persona-library': true;
  'not-ours': true;
  'picked-results-left-out': true;
  'picker-not-configured': true;
  'too-many-picked': true;
  'wrong-kind': true;
  // The one-time grant of direct access to the open file (src/server/direct-grant.ts)
  'direct-not-granted': true;
  'direct-wrong-file': true;
  // The sidebar's own (sidebar/)
  'empty-file': true;
  platform: true;
}

export type ProblemCode = keyof ProblemCodeList;

export interface Problem {
  /** Where: a JSON path into the document (`lanes[2].kind`), a field name, or a cell address. */
  path: string;
  /** A stable machine code, e.g. `duplicate-id`, for tests and the sidebar's logic. */
  code: ProblemCode;
  message: Translated;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * A layer's messages, one entry per message: both languages, or a function of the message's
 * values answering both. `satisfies Messages` makes a missing translation a compile error.
 */
export type Messages = Record<string, Translated | ((...values: never[]) => Translated)>;

/** A problem with a message from a layer's catalog (or, in older code, its two texts inline). */
export function problem(path: string, code: ProblemCode, message: Translated): Problem;
export function problem(path: string, code: ProblemCode, ja: string, en: string): Problem;
export function problem(path: string, code: ProblemCode, ja: string | Translated, en = ''): Problem {
  return { path, code, message: typeof ja === 'string' ? { ja, en } : { ja: ja.ja, en: ja.en } };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

/** One line per problem, in the reader's language: `personas[0].name: A persona needs a name.` */
export function formatProblems(problems: readonly Problem[], language: Language): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message[language]}` : p.message[language])).join('\n');
}

/**
 * An error that carries translated problems across a google.script.run boundary: the server
 * throws it, the RPC wrapper serialises `problems` into the failure message as JSON.
 */
export class JourneyGridError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems, 'en'));
    this.name = 'JourneyGridError';
    this.problems = problems;
  }
}
