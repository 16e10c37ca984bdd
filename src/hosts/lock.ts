/**
 * The one way Journey Grid takes a lock: a build, a read-back and every read-modify-write of
 * properties wait the same time and answer the same translated "busy" when another execution
 * (a teammate's build or save, the user's other window) holds it.
 */
import { JourneyGridError, problem } from '../model/problems';
import { HOST_MESSAGES as M } from './messages';
import type { LockServiceApi } from './ui';

/**
 * How long to wait for the other execution. LockService lets a caller wait up to the execution's
 * own limit ("tryLock(timeoutInMillis)", developers.google.com/apps-script/reference/lock/lock);
 * 20 s outlasts one call of a build of a few personas as `npm run bench` models it (README, "What a
 * user waits for"), the longest another execution holds the lock, while keeping the sidebar's
 * spinner short enough that "busy, try again" beats waiting on.
 */
export const LOCK_WAIT_MS = 20_000;

export const BUSY = problem('', 'busy', M.busy);

/**
 * Runs `body` holding the document lock (the open file's properties and contents, shared by every
 * collaborator) or the user lock (the user's own properties, shared by their windows). With no
 * document open Google returns no document lock, and there is nothing shared to guard.
 */
export function withLock<T>(locks: LockServiceApi, scope: 'document' | 'user', body: () => T): T {
  const lock = scope === 'user' ? locks.getUserLock() : locks.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new JourneyGridError([BUSY]);
  try {
    return body();
  } finally {
    lock?.releaseLock();
  }
}
