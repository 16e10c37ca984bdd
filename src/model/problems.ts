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

export interface Problem {
  /** Where: a JSON path into the document (`lanes[2].kind`), a field name, or a cell address. */
  path: string;
  /** A stable machine code, e.g. `duplicate-id`, for tests and the sidebar's logic. */
  code: string;
  message: Translated;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function problem(path: string, code: string, ja: string, en: string): Problem {
  return { path, code, message: { ja, en } };
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
