/**
 * Runs a read-modify-write of shared storage under the right lock (src/hosts/lock.ts), so two
 * people (or two sidebar calls) saving at once cannot lose each other's writes: the document lock
 * for the open file's properties (every collaborator shares them), the user lock for the user's
 * own properties (two sidebars of the same user, in two files, share those).
 */
import { withLock } from '../hosts/lock';
import { lockService } from './services';

export function withDocumentLock<T>(body: () => T): T {
  return withLock(lockService(), 'document', body);
}

/**
 * Reads the open document under its lock: a build holds it from first write to last, so a read
 * never sees a grid half-way through a rebuild (and answers "busy" rather than a partial model).
 */
export const withReadLock = withDocumentLock;

export function withUserLock<T>(body: () => T): T {
  return withLock(lockService(), 'user', body);
}
