/**
 * Session and ScriptApp: who the script runs as (createEmulator({ user })) and the AuthMode enum.
 */
import type { EmulatorContext } from './context';
import type { ScriptAppApi, SessionApi } from './contract';
import { AuthMode } from './enums';
import { ServiceObject } from './expose';

export class UserImpl extends ServiceObject {
  constructor(
    ctx: EmulatorContext,
    private readonly email: string,
  ) {
    super(ctx, 'User');
  }

  getEmail(): string {
    return this.email;
  }
}

export class SessionImpl extends ServiceObject implements SessionApi {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'Session');
  }

  getActiveUserLocale(): string {
    return this.ctx.user.locale;
  }

  getEffectiveUser(): UserImpl {
    return new UserImpl(this.ctx, this.ctx.user.email);
  }
}

export class ScriptAppImpl extends ServiceObject implements ScriptAppApi {
  readonly AuthMode = AuthMode;

  constructor(ctx: EmulatorContext) {
    super(ctx, 'ScriptApp');
  }

  /**
   * "Gets the OAuth 2.0 access token for the effective user"
   * (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()).
   * A fixed, recognisable stand-in: nothing in the emulator checks it.
   */
  getOAuthToken(): string {
    return `emulated-token-for-${this.ctx.user.email}`;
  }
}
