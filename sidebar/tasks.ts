/**
 * Server calls as user actions: every call's outcome is a Result (a thrown platform failure
 * becomes a translated problem like any other), one busy key says which action is running so
 * every control can be disabled meanwhile, and problems are shown in the section the action
 * belongs to.
 */
import type { Problem, Result } from '../src/model/problems';
import { TEXT } from './i18n';
import type { PlaceNames } from './places';

/** The part of the sidebar an action belongs to, where its problems and notices are shown. */
export type Area = 'start' | 'template' | 'build' | 'share' | 'versions';

export type BusyKey =
  | 'build'
  | 'read'
  | 'send'
  | 'library'
  | 'banner'
  | 'save-drive'
  | 'list-drive'
  | 'open-drive'
  | 'save-template'
  | 'team'
  | 'snapshot'
  | 'list-snapshots'
  | 'compare';

export interface Feedback {
  area: Area;
  problems: Problem[];
  notice: string;
  /** The names the problems' places are told with (places.ts). */
  names?: PlaceNames;
}

/** Runs one action: resolves with its value, or undefined once its problems are shown. */
export type RunTask = <T>(
  busy: BusyKey,
  area: Area,
  call: () => Promise<Result<T>>,
) => Promise<T | undefined>;

/** The failures google.script.run reports to the failure handler, by what their text says. */
const PLATFORM_FAILURES: { pattern: RegExp; text: keyof typeof TEXT }[] = [
  { pattern: /exceeded maximum execution time|timed out|timeout/i, text: 'platformTimeout' },
  { pattern: /authori[sz]|permission|ScriptError: .*access/i, text: 'platformAuth' },
  { pattern: /quota|too many|rate limit/i, text: 'platformQuota' },
];

export function platformProblem(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const known = PLATFORM_FAILURES.find((f) => f.pattern.test(detail));
  const text = TEXT[known?.text ?? 'platformError'];
  // Google's own wording (English) only follows the translation, as a detail for support.
  return {
    path: '',
    code: 'platform',
    message: { ja: `${text.ja}（${detail}）`, en: `${text.en} (${detail})` },
  };
}

/** Runs one server call; a thrown platform failure becomes a problem like any other. */
export async function attempt<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problems: [platformProblem(error)] };
  }
}
