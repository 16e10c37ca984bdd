/**
 * The Apps Script emulator: `createEmulator()` returns the service globals a script sees
 * (SpreadsheetApp, HtmlService, PropertiesService, LockService, Session, ScriptApp, Charts), a
 * counter of the calls made on them, and a control/inspection API for tests and the playground
 * that is deliberately kept off the globals.
 *
 * The globals are plain objects of this (Node) realm, so they can be handed to a `vm` context as
 * its only globals to run the built add-on bundle. Errors they throw are this realm's Error
 * objects named "Exception" (`String(e)` reads "Exception: …" as in Apps Script).
 *
 * Documents live in an emulated Drive keyed by file id (drive.ts), which is where a SlidesApp
 * emulator and the Advanced Drive/Sheets/Slides services can attach later.
 */

import type { DriveApi, UtilitiesApi } from '../user-surface/drive';
import type { SheetsApi, SlidesApi } from '../user-surface/rest';
import type { Presentation, SlidesAppService } from '../user-surface/slides';
import type { AuthModeName } from './auth';
import type { CallCounter } from './calls';
import { EmulatorContext, type EmulatorUser, type HtmlSource } from './context';
import type {
  ChartsService,
  HtmlServiceApi,
  LockServiceApi,
  PropertiesServiceApi,
  Protection,
  ScriptAppApi,
  SessionApi,
  Sheet,
  SheetRange,
  Spreadsheet,
  SpreadsheetAppService,
} from './contract';
import type { Drive } from './drive';
import { BlobStore, DriveImpl, UtilitiesImpl } from './drive-api';
import { ChartMergeStrategy, ChartType } from './enums';
import { expose, unwrap } from './expose';
import type { Access } from './file';
import { HtmlServiceImpl } from './html';
import { inspectSheet, inspectSpreadsheet, type SheetSnapshot, type SpreadsheetSnapshot } from './inspect';
import { LockServiceImpl } from './lock';
import { PropertiesServiceImpl } from './properties';
import type { PropertyStore } from './property-store';
import { SheetsServiceImpl } from './rest/sheets-api';
import { SlidesServiceImpl } from './rest/slides-api';
import { ScriptAppImpl, SessionImpl } from './session';
import { copySpreadsheetModel } from './sheets/copy';
import { SheetModel, SpreadsheetModel } from './sheets/document-model';
import { createSheetsFacades } from './sheets/facades';
import { Grid } from './sheets/grid';
import { addProtection, ProtectionImpl } from './sheets/protection';
import { RangeImpl } from './sheets/range';
import { SpreadsheetAppImpl } from './sheets/spreadsheet-app';
import { inspectPresentationModel, type PresentationSnapshot } from './slides/inspect';
import { PresentationModel } from './slides/model';
import { presentationOf } from './slides/objects';
import { SlidesAppImpl } from './slides/slides-app';
import { SlidesUserActions } from './slides/user';
import type { UiState } from './ui-state';
import { UserActions } from './user';

export type { AuthModeName } from './auth';
export {
  type CallKind,
  type CallSnapshot,
  classifyCall,
  FIGURES,
  type Figure,
  userWaitMs,
} from './calls';
export type { EmulatorUser, HtmlSource } from './context';
export { AppsScriptException, messages, UserEditRejected } from './errors';
export type * from './inspect';
export type { ElementSnapshot, PresentationSnapshot, SlideSnapshot, TextSnapshot } from './slides/inspect';
export type { SlidesUserActions } from './slides/user';
export type { DialogState, MenuEntry, MenuState, SidebarState, ToastState, UiState } from './ui-state';
export type { PastedValue, UserActions } from './user';

export interface EmulatorOptions {
  /** The user the script runs as; defaults to user@example.com with locale "en". */
  user?: Partial<EmulatorUser>;
  /** Defaults to FULL. */
  authMode?: AuthModeName;
  /** The project's HTML files by name (without ".html"), or a loader returning null when absent. */
  htmlFiles?: HtmlSource;
  timeZone?: string;
  /** The add-on's name, shown as the title of its menu. */
  addonName?: string;
  /** The Error constructor of the realm scripts run in (see Emulator.setScriptRealmError). */
  errorConstructor?: ErrorConstructor;
}

export interface EmulatorGlobals {
  SpreadsheetApp: SpreadsheetAppService;
  HtmlService: HtmlServiceApi;
  PropertiesService: PropertiesServiceApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  ScriptApp: ScriptAppApi;
  Charts: ChartsService;
  SlidesApp: SlidesAppService;
  Drive: DriveApi;
  Utilities: UtilitiesApi;
  /** The Advanced Slides service (REST, under drive.file). */
  Slides: SlidesApi;
  /** The Advanced Sheets service (REST, under drive.file). */
  Sheets: SheetsApi;
}

export interface CreateSpreadsheetOptions {
  /** The spreadsheet locale, e.g. "en_US" (default) or "ja_JP". */
  locale?: string;
  /** Make it the open document. Defaults to true when no document is open yet. */
  activate?: boolean;
  /** Name of the first sheet; "Sheet1" by default. */
  firstSheetName?: string;
  rows?: number;
  columns?: number;
}

export class Emulator {
  readonly globals: EmulatorGlobals;
  /** Service calls made through the globals: byMethod, total, estimatedMs, reset(), snapshot(). */
  readonly calls: CallCounter;
  /** Menus, the open sidebar and toasts. */
  readonly ui: UiState;
  /** What a person does in the Sheets UI (not service calls). */
  readonly user: UserActions;
  /** What a person does in the Slides editor (not service calls). */
  readonly slidesUser: SlidesUserActions;
  private readonly ctx: EmulatorContext;
  /** Plain files in the emulated Drive (JSON exports, team templates), behind the Advanced Drive service. */
  readonly blobs = new BlobStore();

  constructor(options: EmulatorOptions = {}) {
    this.ctx = new EmulatorContext(
      { email: options.user?.email ?? 'user@example.com', locale: options.user?.locale ?? 'en' },
      options.timeZone ?? 'Etc/UTC',
      options.addonName ?? 'Add-on',
      options.htmlFiles ?? {},
      createSheetsFacades,
    );
    this.ctx.authMode = options.authMode ?? 'FULL';
    this.ctx.errorConstructor = options.errorConstructor ?? null;
    this.calls = this.ctx.calls;
    this.ui = this.ctx.ui;
    this.user = new UserActions(() => this.ctx.user.email, this.ctx.facades);
    this.slidesUser = new SlidesUserActions((id) => {
      const deck = this.ctx.drive.get(id)?.presentation;
      if (!deck) throw new Error(`No presentation ${id}`);
      return deck;
    });
    this.globals = {
      SpreadsheetApp: expose(new SpreadsheetAppImpl(this.ctx)),
      HtmlService: expose(new HtmlServiceImpl(this.ctx)),
      PropertiesService: expose(new PropertiesServiceImpl(this.ctx)),
      LockService: expose(new LockServiceImpl(this.ctx)),
      Session: expose(new SessionImpl(this.ctx)),
      ScriptApp: expose(new ScriptAppImpl(this.ctx)),
      Charts: Object.freeze({ ChartType, ChartMergeStrategy }),
      SlidesApp: expose(new SlidesAppImpl(this.ctx)),
      Drive: expose(new DriveImpl(this.ctx, this.blobs)) as unknown as DriveApi,
      Utilities: expose(new UtilitiesImpl(this.ctx)) as unknown as UtilitiesApi,
      Slides: expose(new SlidesServiceImpl(this.ctx)) as unknown as SlidesApi,
      Sheets: expose(new SheetsServiceImpl(this.ctx)) as unknown as SheetsApi,
    };
  }

  /** Every file in the emulated Drive. */
  get drive(): Drive {
    return this.ctx.drive;
  }

  // ---- documents -----------------------------------------------------------------------------

  createSpreadsheet(name: string, options: CreateSpreadsheetOptions = {}): Spreadsheet {
    const file = this.ctx.drive.create('spreadsheet', String(name));
    const doc = new SpreadsheetModel(file, options.locale ?? 'en_US');
    file.spreadsheet = doc;
    const first = new SheetModel(
      doc,
      doc.newSheetId(),
      options.firstSheetName ?? 'Sheet1',
      new Grid(options.rows ?? 1000, options.columns ?? 26),
    );
    doc.sheets.push(first);
    doc.activeSheet = first;
    if (options.activate ?? this.ctx.activeFileId === null) this.ctx.activeFileId = file.id;
    return expose(this.ctx.facades.spreadsheet(doc));
  }

  /**
   * A new presentation in the emulated Drive with one empty slide, as the editor creates it.
   * Opened when no document is open yet (or when `activate` says so).
   */
  createPresentation(
    name: string,
    options: { activate?: boolean; pageSize?: { width: number; height: number } } = {},
  ): Presentation {
    const file = this.ctx.drive.create('presentation', String(name));
    const deck = new PresentationModel(file, options.pageSize);
    file.presentation = deck;
    deck.addSlide(0);
    if (options.activate ?? this.ctx.activeFileId === null) this.ctx.activeFileId = file.id;
    return expose(presentationOf(this.ctx, deck));
  }

  /** Drive's "Make a copy" of a deck: slides and object ids kept, document properties not. */
  copyPresentation(doc: Presentation, newName: string): Presentation {
    const source = this.presentationModel(doc);
    const file = this.ctx.drive.create('presentation', String(newName));
    const deck = new PresentationModel(file, source.pageSize);
    file.presentation = deck;
    for (const slide of source.slides) {
      const copy = deck.addSlide(deck.slides.length, slide.id);
      copy.elements = structuredClone(slide.elements);
    }
    return expose(presentationOf(this.ctx, deck));
  }

  openPresentationById(id: string): Presentation | null {
    const deck = this.ctx.drive.get(id)?.presentation;
    return deck ? expose(presentationOf(this.ctx, deck)) : null;
  }

  inspectPresentation(doc?: Presentation): PresentationSnapshot | null {
    const model = doc ? this.presentationModel(doc) : this.ctx.activeFile()?.presentation;
    return model ? inspectPresentationModel(model) : null;
  }

  private spreadsheetModel(doc: Spreadsheet): SpreadsheetModel {
    const model = this.ctx.facades.spreadsheetModel(doc);
    if (!model) throw new TypeError('Expected a Spreadsheet from this emulator');
    return model;
  }

  private sheetModel(sheet: Sheet): SheetModel {
    const model = this.ctx.facades.sheetModel(sheet);
    if (!model) throw new TypeError('Expected a Sheet from this emulator');
    return model;
  }

  private presentationModel(doc: Presentation): PresentationModel {
    const id = doc.getId.call(unwrap(doc));
    const deck = this.ctx.drive.get(id)?.presentation;
    if (!deck) throw new TypeError('Expected a Presentation from this emulator');
    return deck;
  }

  /**
   * The user picked this spreadsheet or deck in Google Picker with the add-on: `drive.file` now
   * covers it, so the Advanced services reach it (for a JSON file, see `blobs.grantAccess`).
   */
  pickDocument(fileId: string): void {
    if (!this.ctx.drive.get(fileId)) throw new Error(`No document ${fileId}`);
    this.ctx.pickedDocuments.add(fileId);
  }

  /** Switches the `openDocumentRest` assumption (context.ts): may REST reach the open document unpicked? */
  setOpenDocumentRest(answer: 'allowed' | 'denied'): void {
    this.ctx.openDocumentRest = answer;
  }

  /** Opens a document as the one the script runs in; null means no document (not in Sheets). */
  setActiveDocument(doc: Spreadsheet | Presentation | null): void {
    if (doc === null) this.ctx.activeFileId = null;
    else if ('getSheets' in unwrap(doc))
      this.ctx.activeFileId = this.spreadsheetModel(doc as Spreadsheet).file.id;
    else this.ctx.activeFileId = this.presentationModel(doc as Presentation).file.id;
  }

  get activeSpreadsheet(): Spreadsheet | null {
    const doc = this.ctx.activeSpreadsheet();
    return doc ? expose(this.ctx.facades.spreadsheet(doc)) : null;
  }

  openById(id: string): Spreadsheet | null {
    const doc = this.ctx.drive.get(id)?.spreadsheet;
    return doc ? expose(this.ctx.facades.spreadsheet(doc)) : null;
  }

  /** Drive's "Make a copy": content, charts and metadata are copied; document properties are not. */
  copySpreadsheet(doc: Spreadsheet, newName: string): Spreadsheet {
    const source = this.spreadsheetModel(doc);
    const file = this.ctx.drive.create('spreadsheet', String(newName));
    return expose(this.ctx.facades.spreadsheet(copySpreadsheetModel(source, file)));
  }

  // ---- who, how, with what rights -----------------------------------------------------------

  get authMode(): AuthModeName {
    return this.ctx.authMode;
  }

  setAuthMode(mode: AuthModeName): void {
    this.ctx.authMode = mode;
  }

  /** 'view': the user may only view the document (every change throws); defaults to the open one. */
  setAccess(access: Access, doc?: Spreadsheet): void {
    const file = doc ? this.spreadsheetModel(doc).file : this.ctx.activeFile();
    if (!file) throw new Error('No document: pass one or open one with setActiveDocument');
    file.access = access;
  }

  /** Simulates another execution holding the document lock of the open (or given) document. */
  holdDocumentLockElsewhere(held: boolean, doc?: Spreadsheet): void {
    const file = doc ? this.spreadsheetModel(doc).file : this.ctx.activeFile();
    if (!file) throw new Error('No document: pass one or open one with setActiveDocument');
    file.documentLock.heldElsewhere = held;
  }

  holdUserLockElsewhere(held: boolean): void {
    this.ctx.userLock.heldElsewhere = held;
  }

  /** A protection the current user is not an editor of: edits touching it throw, canEdit() is false. */
  protectAgainstCurrentUser(target: Sheet | SheetRange, options: { description?: string } = {}): Protection {
    const raw = unwrap(target);
    const sheet = this.ctx.facades.sheetModel(raw);
    let model: ReturnType<typeof addProtection>;
    if (sheet) model = addProtection(sheet, 'SHEET', null, ['owner@example.com']);
    else if (raw instanceof RangeImpl)
      model = addProtection(raw.sheet, 'RANGE', raw.rect, ['owner@example.com']);
    else throw new TypeError('Expected a Sheet or Range from this emulator');
    model.editors.delete(this.ctx.user.email);
    model.description = options.description ?? '';
    return expose(new ProtectionImpl(this.ctx, model));
  }

  /**
   * Makes service exceptions instances of the given realm's Error (e.g. a vm context's
   * `vm.runInContext('Error', context)`), so a bundle's `e instanceof Error` checks behave as in
   * Apps Script. Without it they are this realm's AppsScriptException.
   */
  setScriptRealmError(errorConstructor: ErrorConstructor | null): void {
    this.ctx.errorConstructor = errorConstructor;
  }

  // ---- HTML and properties -------------------------------------------------------------------

  /** The document-property store of the open (or given) document; null without a document. */
  documentProperties(doc?: Spreadsheet): PropertyStore | null {
    const file = doc ? this.spreadsheetModel(doc).file : this.ctx.activeFile();
    return file ? file.documentProperties : null;
  }

  /** The user-property store of the current (or given) user. */
  userProperties(email?: string): PropertyStore {
    return this.ctx.userPropertiesOf(email ?? this.ctx.user.email);
  }

  /** The script-property store, where a deployment keeps the Google Picker's settings. */
  get scriptProperties(): PropertyStore {
    return this.ctx.scriptProperties;
  }

  // ---- inspection ----------------------------------------------------------------------------

  inspect(sheet: Sheet, size?: { rows?: number; columns?: number }): SheetSnapshot {
    return inspectSheet(this.sheetModel(sheet), this.ctx.user.email, size);
  }

  inspectSpreadsheet(doc?: Spreadsheet): SpreadsheetSnapshot | null {
    const model = doc ? this.spreadsheetModel(doc) : this.ctx.activeSpreadsheet();
    return model ? inspectSpreadsheet(model, this.ctx.user.email) : null;
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
