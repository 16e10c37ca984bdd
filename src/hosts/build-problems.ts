/**
 * Problems both hosts' builders report in the same words: a persona the model does not have (the
 * "busy" of a build already running is src/hosts/lock.ts's).
 */
import { type Problem, problem } from '../model/problems';
import { HOST_MESSAGES as M } from './messages';

export const BUILD_PROBLEMS = {
  unknownPersona: (id: string): Problem => problem('personaId', 'unknown-persona', M.unknownPersona(id)),
};
