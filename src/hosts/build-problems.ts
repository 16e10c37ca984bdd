/**
 * Problems both hosts' builders report in the same words: a persona the model does not have, and
 * another build already running in the file.
 */
import { type Problem, problem } from '../model/problems';

export const BUILD_PROBLEMS = {
  unknownPersona: (id: string): Problem =>
    problem(
      'personaId',
      'unknown-persona',
      `ペルソナ「${id}」がモデルにありません。`,
      `The model has no persona "${id}".`,
    ),
  busy: problem(
    '',
    'busy',
    '別の作成処理が実行中です。少し待ってからもう一度お試しください。',
    'Another build is running in this file. Wait a moment and try again.',
  ),
};
