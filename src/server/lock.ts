/**
 * Runs a read-modify-write of shared storage under the right lock, so two people (or two sidebar
 * calls) saving at once cannot lose each other's writes: the document lock for the open file's
 * properties (every collaborator shares them), the user lock for the user's own properties (two
 * sidebars of the same user, in two files, share those).
 */
import { JourneyGridError, problem } from '../model/problems';
import { lockService } from './services';

const WAIT_MS = 10_000;

const BUSY = {
  document: problem(
    '',
    'busy',
    '別の処理が実行中です。少し待ってからもう一度お試しください。',
    'Someone else is saving to this file right now. Wait a moment and try again.',
  ),
  read: problem(
    '',
    'busy',
    'このファイルでジャーニーを作成中です。完了してから、もう一度読み取ってください。',
    'A journey is being built in this file right now. Read it back again when the build has finished.',
  ),
  user: problem(
    '',
    'busy',
    '別のウィンドウの Journey Grid が保存中です。少し待ってからもう一度お試しください。',
    'Journey Grid is saving your settings in another window. Wait a moment and try again.',
  ),
};

function withLock<T>(kind: keyof typeof BUSY, body: () => T): T {
  const locks = lockService();
  // No document open means no document lock (Google returns null) and nothing shared to guard.
  const lock = kind === 'user' ? locks.getUserLock() : locks.getDocumentLock();
  if (lock && !lock.tryLock(WAIT_MS)) throw new JourneyGridError([BUSY[kind]]);
  try {
    return body();
  } finally {
    lock?.releaseLock();
  }
}

export function withDocumentLock<T>(body: () => T): T {
  return withLock('document', body);
}

/**
 * Reads the open document under its lock: a build holds it from first write to last, so a read
 * never sees a grid half-way through a rebuild (and answers "busy" rather than a partial model).
 */
export function withReadLock<T>(body: () => T): T {
  return withLock('read', body);
}

export function withUserLock<T>(body: () => T): T {
  return withLock('user', body);
}
