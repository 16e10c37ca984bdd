/**
 * The one way Journey Grid takes a lock: a build, a read-back and every read-modify-write of
 * properties wait the same time and answer the same translated "busy" when another execution
 * (a teammate's build or save, the user's other window) holds it.
 */
import { JourneyGridError, problem } from '../model/problems';
import { HOST_MESSAGES as M } from './messages';
import type { LockServiceApi } from './ui';

/**
 * How long to wait for the other execution ("tryLock(timeoutInMillis)",
 * developers.google.com/apps-script/reference/lock/lock). 20 s, the wait both builders used (the
 * server's saves waited 10 s): a teammate's save or one call of a Sheets build, a few seconds each
 * as `npm run bench` models them (README, "What a user waits for"), ends within it. A call of a
 * Slides build of several personas can hold the lock longer (tens of seconds): then "busy, try
 * again" comes after 20 s instead of a spinner that keeps the sidebar waiting on.
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
