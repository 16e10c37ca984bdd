/**
 * Problems both hosts' builders report in the same words: a persona the model does not have (the
 * "busy" of a build already running is src/hosts/lock.ts's).
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
};
