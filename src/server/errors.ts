/**
 * Turns anything thrown on the server into translated problems the sidebar can show, so no user
 * ever sees a raw stack trace. Google's own exception texts for the common failures (protected
 * ranges, read-only documents, a held lock) are recognised and explained.
 */
import { BUSY } from '../hosts/lock';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { validateDocument } from '../model/validate';
import { SERVER_MESSAGES as M } from './messages';

const KNOWN_FAILURES: { pattern: RegExp; make: (raw: string) => Problem }[] = [
  {
    pattern: /protected cell or object/i,
    make: () => problem('', 'protected', M.protected),
  },
  {
    pattern: /read-only|view-only|do not have permission to (edit|access)|not have edit access/i,
    make: () => problem('', 'read-only', M.readOnly),
  },
  {
    // Google's wording when the add-on runs with less authorization than the call needs (e.g. in
    // AuthMode.LIMITED): "You do not have permission to call X. Required permissions: …", or
    // "Authorization is required to perform that action."
    pattern: /do not have permission to call|Required permissions:|Authorization is required/i,
    make: () => problem('', 'needs-authorization', M.needsAuthorization),
  },
  {
    pattern: /exceeded the property storage quota/i,
    make: () => problem('', 'storage-full', M.storageFull),
  },
  {
    pattern: /Lock timeout/i,
    make: () => BUSY,
  },
];

export function problemsFromError(error: unknown): Problem[] {
  if (error instanceof JourneyGridError) return error.problems;
  const raw = error instanceof Error ? error.message : String(error);
  for (const failure of KNOWN_FAILURES) {
    if (failure.pattern.test(raw)) return [failure.make(raw)];
  }
  return [problem('', 'unexpected', M.unexpected(raw))];
}

/** The sidebar's document, validated, or its translated problems thrown to the RPC's answer. */
export function validOrThrow(doc: unknown): JourneyDocument {
  const valid = validateDocument(doc);
  if (!valid.ok) throw new JourneyGridError(valid.problems);
  return valid.value;
}

/** Runs an RPC body and always returns a plain-JSON result, never a thrown exception. */
export function runRpc<T>(body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch (error) {
    return { ok: false, problems: problemsFromError(error) };
  }
}
