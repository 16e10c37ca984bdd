/**
 * LockService: the document lock (one per Drive file), the user lock and the script lock.
 *
 * There is only one execution in the emulator, so "another process" is simulated by a flag the
 * test sets (Emulator.holdDocumentLockElsewhere). While it is set, tryLock returns false and
 * waitLock throws Google's timeout exception; both add their timeout to the latency estimate,
 * because a real script would have waited that long. Nothing actually sleeps.
 */
import type { EmulatorContext } from './context';
import type { Lock, LockServiceApi } from './contract';
import { exception, messages } from './errors';
import { ServiceObject } from './expose';
import type { LockState } from './file';

export class LockImpl extends ServiceObject implements Lock {
  constructor(
    ctx: EmulatorContext,
    readonly state: LockState,
  ) {
    super(ctx, 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.state.heldElsewhere) {
      this.ctx.calls.addWait(timeoutInMillis);
      return false;
    }
    this.state.heldHere = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (this.state.heldElsewhere) {
      this.ctx.calls.addWait(timeoutInMillis);
      throw exception(messages.lockTimeout);
    }
    this.state.heldHere = true;
  }

  releaseLock(): void {
    this.state.heldHere = false;
  }

  hasLock(): boolean {
    return this.state.heldHere;
  }
}

export class LockServiceImpl extends ServiceObject implements LockServiceApi {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'LockService');
  }

  /** Null when the script is not running in a document (Google documents this). */
  getDocumentLock(): Lock | null {
    const file = this.ctx.activeFile();
    return file ? new LockImpl(this.ctx, file.documentLock) : null;
  }

  getUserLock(): Lock {
    return new LockImpl(this.ctx, this.ctx.userLock);
  }
}
