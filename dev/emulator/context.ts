/**
 * Emulator-wide state shared by every emulated object: the call counter, the Drive of documents,
 * which document is open, who the user is, the authorization mode, the UI and the stores that do
 * not belong to one document (user and script properties, the user lock).
 */
import type { AuthModeName } from './auth';
import { CallCounter } from './calls';
import { Drive, type DriveFile } from './drive';
import { AppsScriptException } from './errors';
import type { LockState } from './file';
import { PropertyStore } from './property-store';
import type { SpreadsheetModel } from './sheets/document-model';
import type { SheetsFacades } from './sheets/links';
import { UiState } from './ui-state';

export interface EmulatorUser {
  email: string;
  /** What Session.getActiveUserLocale() returns, e.g. "en" or "ja". */
  locale: string;
}

export type HtmlSource = Record<string, string> | ((name: string) => string | null | undefined);

export class EmulatorContext {
  readonly calls = new CallCounter();
  readonly drive = new Drive();
  readonly ui = new UiState();
  authMode: AuthModeName = 'FULL';
  activeFileId: string | null = null;
  /**
   * ASSUMPTION (named, switchable; conformance scenario `rest-open-document`): whether the REST
   * APIs reach the document the add-on is open in without the user picking it. Google documents
   * `drive.file` as covering files the app created or the user opened with it (Google Picker), and
   * documents no grant of the open file for an HtmlService editor add-on. Default 'denied', the
   * conservative answer; `JG_OPEN_DOC_REST=allowed` switches it, so suites can run either way.
   */
  openDocumentRest: 'allowed' | 'denied' = process.env.JG_OPEN_DOC_REST === 'allowed' ? 'allowed' : 'denied';
  /** Documents the user picked in Google Picker with this add-on: drive.file covers them. */
  readonly pickedDocuments = new Set<string>();
  /** Script properties: where the add-on keeps its Google Picker settings. */
  readonly scriptProperties = new PropertyStore();
  readonly userLock: LockState = { heldHere: false, heldElsewhere: false };
  /**
   * The Error constructor of the realm scripts run in. Set it to a vm context's Error so that
   * `e instanceof Error` holds inside the bundle, as it does in Apps Script.
   */
  errorConstructor: ErrorConstructor | null = null;
  private readonly userProperties = new Map<string, PropertyStore>();
  /** How script-facing Sheets objects reach each other (sheets/links.ts). */
  readonly facades: SheetsFacades;

  constructor(
    public user: EmulatorUser,
    readonly timeZone: string,
    readonly addonName: string,
    private readonly htmlSource: HtmlSource,
    sheetsFacades: (ctx: EmulatorContext) => SheetsFacades,
  ) {
    this.facades = sheetsFacades(this);
  }

  /** An emulator exception re-created in the scripts' realm, when one is set. */
  scriptRealmError(error: unknown): unknown {
    if (!this.errorConstructor || !(error instanceof AppsScriptException)) return error;
    const translated = new this.errorConstructor(error.message);
    translated.name = error.name;
    return translated;
  }

  activeFile(): DriveFile | null {
    return this.activeFileId === null ? null : this.drive.get(this.activeFileId);
  }

  activeSpreadsheet(): SpreadsheetModel | null {
    return this.activeFile()?.spreadsheet ?? null;
  }

  userPropertiesOf(email: string): PropertyStore {
    let store = this.userProperties.get(email);
    if (!store) {
      store = new PropertyStore();
      this.userProperties.set(email, store);
    }
    return store;
  }

  loadHtml(name: string): string | null {
    const source = this.htmlSource;
    const html =
      typeof source === 'function' ? source(name) : Object.hasOwn(source, name) ? source[name] : null;
    return html ?? null;
  }
}
