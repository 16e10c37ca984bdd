/**
 * Runs a change to the open file's shared storage under the document lock, so two people (or two
 * sidebar calls) saving at once cannot lose each other's writes.
 */
import { JourneyGridError, problem } from '../model/problems';
import { lockService } from './services';

const WAIT_MS = 10_000;

export function withDocumentLock<T>(body: () => T): T {
  const lock = lockService().getDocumentLock();
  if (lock && !lock.tryLock(WAIT_MS)) {
    throw new JourneyGridError([
      problem(
        '',
        'busy',
        '別の処理が実行中です。少し待ってからもう一度お試しください。',
        'Someone else is saving to this file right now. Wait a moment and try again.',
      ),
    ]);
  }
  try {
    return body();
  } finally {
    lock?.releaseLock();
  }
}
