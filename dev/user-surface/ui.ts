/**
 * The editor UI, HtmlService, locks, session and ScriptApp as the emulator and the tests use them,
 * on top of what the add-on calls (src/hosts/ui.ts, proven used by scripts/check-surface.mjs):
 * a menu separator, an HTML page's content and title, waiting for a lock, the effective user, the
 * authorization modes a trigger is run in.
 */
import type * as Narrow from '../../src/hosts/ui';

export type * from '../../src/hosts/ui';

export type AuthMode = GoogleAppsScript.Script.AuthMode;

export interface Menu extends Narrow.Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
}

export interface Ui extends Narrow.Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
}

export interface HtmlOutput
  extends Narrow.HtmlOutput,
    Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'getTitle'> {
  setTitle(title: string): HtmlOutput;
}

export interface HtmlTemplate extends Narrow.HtmlTemplate {
  evaluate(): HtmlOutput;
}

export interface HtmlServiceApi extends Narrow.HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutput;
  createTemplateFromFile(filename: string): HtmlTemplate;
}

export interface Lock extends Narrow.Lock, Pick<GoogleAppsScript.Lock.Lock, 'waitLock' | 'hasLock'> {}

export interface LockServiceApi extends Narrow.LockServiceApi {
  getDocumentLock(): Lock | null;
  getUserLock(): Lock;
}

export interface SessionApi extends Narrow.SessionApi {
  getEffectiveUser(): { getEmail(): string };
}

export interface ScriptAppApi extends Narrow.ScriptAppApi {
  AuthMode: { NONE: AuthMode; LIMITED: AuthMode; FULL: AuthMode; CUSTOM_FUNCTION: AuthMode };
}

type Assignable<Real, Wide> = Real extends Wide ? true : never;
export const realUiServicesSatisfyUserInterfaces: [
  Assignable<GoogleAppsScript.Base.Ui, Ui>,
  Assignable<GoogleAppsScript.Base.Menu, Menu>,
  Assignable<GoogleAppsScript.HTML.HtmlService, HtmlServiceApi>,
  Assignable<GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplate>,
  Assignable<GoogleAppsScript.Lock.LockService, LockServiceApi>,
  Assignable<GoogleAppsScript.Base.Session, SessionApi>,
  Assignable<GoogleAppsScript.Script.ScriptApp, ScriptAppApi>,
] = [true, true, true, true, true, true, true];
