/**
 * Narrow interfaces for the editor-independent Apps Script services the add-on uses: the editor
 * UI (menus, sidebar), HtmlService, PropertiesService, LockService and Session.
 *
 * As in sheets/services.ts, the compiler checks that the real services satisfy these, and they
 * hold only what src/ calls; the emulator implements the wider dev/user-surface/ui.ts.
 */

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addToUi(): void;
}

export interface Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
  showModalDialog(userInterface: HtmlOutput, title: string): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
  setWidth(width: number): HtmlOutput;
  setHeight(height: number): HtmlOutput;
}

/** A template file: its printing scriptlets read the properties set on it before `evaluate`. */
export interface HtmlTemplate {
  evaluate(): HtmlOutput;
  [propName: string]: unknown;
}

export interface HtmlServiceApi {
  createTemplateFromFile(filename: string): HtmlTemplate;
}

export interface Properties
  extends Pick<
    GoogleAppsScript.Properties.Properties,
    'getProperty' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'setProperty' | 'setProperties'
  > {}

export interface PropertiesServiceApi {
  getDocumentProperties(): Properties | null;
  getUserProperties(): Properties;
}

export interface Lock extends Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> {}

export interface LockServiceApi {
  getDocumentLock(): Lock | null;
  getUserLock(): Lock;
}

export interface SessionApi {
  getActiveUserLocale(): string;
}

/** ScriptApp: only the user's token, which Google Picker needs (the add-on's own scopes). */
export interface ScriptAppApi {
  getOAuthToken(): string;
}

type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realUiServicesSatisfyNarrowInterfaces: [
  Assignable<GoogleAppsScript.Base.Ui, Ui>,
  Assignable<GoogleAppsScript.Base.Menu, Menu>,
  Assignable<GoogleAppsScript.HTML.HtmlService, HtmlServiceApi>,
  Assignable<GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplate>,
  Assignable<GoogleAppsScript.Properties.PropertiesService, PropertiesServiceApi>,
  Assignable<GoogleAppsScript.Lock.LockService, LockServiceApi>,
  Assignable<GoogleAppsScript.Base.Session, SessionApi>,
  Assignable<GoogleAppsScript.Script.ScriptApp, ScriptAppApi>,
] = [true, true, true, true, true, true, true, true];
