/**
 * Turns anything thrown on the server into translated problems the sidebar can show, so no user
 * ever sees a raw stack trace. Google's own exception texts for the common failures (protected
 * ranges, read-only documents, a held lock) are recognised and explained.
 */
import { BUSY } from '../hosts/lock';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { validateDocument } from '../model/validate';

const KNOWN_FAILURES: { pattern: RegExp; make: (raw: string) => Problem }[] = [
  {
    pattern: /protected cell or object/i,
    make: () =>
      problem(
        '',
        'protected',
        'このシートは保護されているため変更できません。シートのオーナーに保護の解除を依頼してください。',
        'This sheet is protected, so Journey Grid cannot change it. Ask the owner to remove the protection.',
      ),
  },
  {
    pattern: /read-only|view-only|do not have permission to (edit|access)|not have edit access/i,
    make: () =>
      problem(
        '',
        'read-only',
        'このファイルは閲覧のみのため変更できません。編集権限をリクエストしてください。',
        'You can only view this file, so nothing was changed. Ask for edit access.',
      ),
  },
  {
    // Google's wording when the add-on runs with less authorization than the call needs (e.g. in
    // AuthMode.LIMITED): "You do not have permission to call X. Required permissions: …", or
    // "Authorization is required to perform that action."
    pattern: /do not have permission to call|Required permissions:|Authorization is required/i,
    make: () =>
      problem(
        '',
        'needs-authorization',
        'この操作には、Journey Grid への追加の許可が必要です。「拡張機能」メニューから Journey Grid を開き直し、Google の確認画面でアクセスを許可してから、もう一度お試しください。',
        'This needs more access than Journey Grid has been given. Open Journey Grid again from the Extensions menu, allow access when Google asks, then try again.',
      ),
  },
  {
    pattern: /exceeded the property storage quota/i,
    make: () =>
      problem(
        '',
        'storage-full',
        'このファイル（またはユーザー設定）の保存領域がいっぱいです。古いスナップショットやライブラリのペルソナを削除してください。',
        "This file's (or your settings') storage is full. Remove old snapshots or library personas, then try again.",
      ),
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
  return [
    problem('', 'unexpected', `予期しないエラーが発生しました: ${raw}`, `Something went wrong: ${raw}`),
  ];
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
