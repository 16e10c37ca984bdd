/**
 * One playground session: the emulator with an open spreadsheet (and a presentation once the
 * emulator has SlidesApp), the real dist/Code.js in a vm context on it, and the log of what
 * happened, which is how the session is kept between runs. A person's edits (typing, the Insert
 * and Edit menus' rows and columns) go through the emulator's user actions, as the tests' do;
 * a file the add-on made elsewhere in Drive opens from its link.
 *
 * Persistence is a replay log rather than a snapshot: the emulator's ids are deterministic, so
 * re-running the same RPC calls, cell edits and document switches on a fresh emulator rebuilds
 * exactly the same documents, properties included, without a serialiser for every emulated
 * object. Read-only RPCs are not logged. A log written by an older bundle may fail to replay a
 * step; such steps are skipped and the rest goes on.
 */
import vm from 'node:vm';
import { type LoadedBundle, loadBundle } from '../bundle';
import { createEmulator, type Emulator, type SheetSnapshot, type SpreadsheetSnapshot } from '../emulator';
import type { Sheet, Spreadsheet } from '../emulator/contract';
import { shareTeammateFiles } from './teammate';

export type DocumentKind = 'sheets' | 'slides';

/** The Insert and Edit menus' row and column commands, on the selected cell's row or column. */
export const STRUCTURE_ACTIONS = [
  'insert-row-before',
  'insert-row-after',
  'insert-column-before',
  'insert-column-after',
  'delete-row',
  'delete-column',
] as const;
export type StructureAction = (typeof STRUCTURE_ACTIONS)[number];

export type PlaygroundEvent =
  | { t: 'rpc'; name: string; args: unknown[] }
  | { t: 'edit'; sheet: string; a1: string; text: string }
  | { t: 'activate'; sheet: string }
  | { t: 'edit-slide'; table: string; row: number; column: number; text: string }
  /** A row or column command on a sheet: `row` and `column` are 1-based, as in the Sheets UI. */
  | { t: 'structure'; action: StructureAction; sheet: string; row: number; column: number }
  /** A row or column command on a slide's table: 0-based, as the table's cells are. */
  | { t: 'structure-slide'; action: StructureAction; table: string; row: number; column: number }
  | { t: 'open'; kind: DocumentKind }
  /** A file the add-on made (Send to Slides / Sheets), opened from its link. */
  | { t: 'open-file'; id: string }
  /** Files chosen in the (fake) Google Picker: the pick grants the script drive.file access. */
  | { t: 'pick'; ids: string[] };

export interface PlaygroundState {
  version: 1;
  locale: string;
  events: PlaygroundEvent[];
}

/** What the page draws: the open document, as the emulator's plain-JSON snapshots. */
export interface DocumentView {
  kind: DocumentKind;
  slidesAvailable: boolean;
  name: string;
  /** Sheets: every tab, and the open one in full. */
  tabs?: { name: string; tabColor: string | null }[];
  activeSheet?: SheetSnapshot | null;
  /** Slides: the emulator's presentation snapshot, drawn as SVG by the page. */
  presentation?: unknown;
  /** The modal dialog the script opened (Ui.showModalDialog), drawn over the editor. */
  dialog?: { title: string; width: number; height: number } | null;
}

/** A file as the (fake) Google Picker lists it: the user's Drive, whatever the script can see. */
export interface PickerFile {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  ownedByMe: boolean;
  canEdit: boolean;
  modifiedTime: string;
}

/**
 * The emulator's Slides control API, which arrives with SlidesApp. Looked up at run time so the
 * playground works with and without it.
 */
interface SlidesControl {
  createPresentation(name: string, options?: { locale?: string; activate?: boolean }): unknown;
  inspectPresentation(doc?: unknown): unknown;
  setActiveDocument(doc: unknown): void;
  slidesUser?: {
    editCell(deckId: string, tableId: string, row: number, column: number, text: string): void;
    insertRow(deckId: string, tableId: string, index: number): void;
    deleteRow(deckId: string, tableId: string, index: number): void;
    insertColumn(deckId: string, tableId: string, index: number): void;
    deleteColumn(deckId: string, tableId: string, index: number): void;
  };
}

/** RPCs that change nothing, so replaying them is pointless. */
const READ_ONLY_RPCS = new Set([
  'getStartupData',
  'loadSidebar',
  'readJourneys',
  'describeFile',
  'listDriveJourneys',
  'openFromDrive',
  'listTeamTemplates',
  'openTeamTemplate',
  'listJourneySnapshots',
  'compareSnapshots',
  // The Picker round trip: the dialog and its polling change nothing worth replaying; the pick
  // itself is a 'pick' event and pickerPicked is logged.
  'showPicker',
  'pickerResult',
  'pickerCancelled',
  'listSharedFiles',
  'openSharedFile',
]);

/**
 * The deployment's Picker settings (README, "Google Picker"), set as a deployer would: the fake
 * Picker accepts any values, so these only need to be there.
 */
const PLAYGROUND_PICKER_SETTINGS = { PICKER_DEVELOPER_KEY: 'playground-key', PICKER_APP_ID: '000000000000' };

function slidesControl(emu: Emulator): SlidesControl | null {
  const candidate = emu as unknown as Partial<SlidesControl>;
  return typeof candidate.createPresentation === 'function' &&
    typeof candidate.inspectPresentation === 'function'
    ? (emu as unknown as SlidesControl)
    : null;
}

export class PlaygroundSession {
  readonly emu: Emulator;
  readonly bundle: LoadedBundle;
  readonly spreadsheet: Spreadsheet;
  readonly presentation: unknown;
  readonly events: PlaygroundEvent[] = [];
  kind: DocumentKind = 'sheets';
  /** The spreadsheet and deck on screen: the playground's own, or a file opened from a link. */
  private openSheets: Spreadsheet;
  private openDeck: unknown;

  constructor(
    readonly options: {
      locale: string;
      sidebarHtml: string;
      code: string;
      pickerHtml?: string;
      /** Files a teammate shared (teammate.ts), to try the Picker by hand. */
      teammate?: boolean;
    },
    onChange: () => void = () => {},
  ) {
    this.onChange = onChange;
    const ja = options.locale.toLowerCase().startsWith('ja');
    this.emu = createEmulator({
      user: { locale: options.locale },
      htmlFiles: {
        Sidebar: options.sidebarHtml,
        ...(options.pickerHtml ? { Picker: options.pickerHtml } : {}),
      },
      addonName: 'Journey Grid',
    });
    this.emu.scriptProperties.set(PLAYGROUND_PICKER_SETTINGS);
    if (options.teammate) shareTeammateFiles(this.emu.blobs, ja);
    this.spreadsheet = this.emu.createSpreadsheet(
      ja ? 'ジャーニー（プレイグラウンド）' : 'Journey playground',
      {
        locale: ja ? 'ja_JP' : 'en_US',
      },
    );
    const slides = slidesControl(this.emu);
    this.presentation =
      slides?.createPresentation(ja ? 'ジャーニー（スライド）' : 'Journey deck', {
        locale: ja ? 'ja_JP' : 'en_US',
        activate: false,
      }) ?? null;
    this.openSheets = this.spreadsheet;
    this.openDeck = this.presentation;
    this.emu.setActiveDocument(this.spreadsheet);
    this.bundle = loadBundle(this.emu.globals, options.code);
    this.emu.setScriptRealmError(vm.runInContext('Error', this.bundle.context) as ErrorConstructor);
    this.openEditor();
  }

  private readonly onChange: () => void;

  get slidesAvailable(): boolean {
    return this.presentation !== null;
  }

  /** What the editor does when a document opens: the add-on menu, then the sidebar. */
  private openEditor(): void {
    this.bundle.trigger('onOpen', { authMode: 'FULL' });
    this.bundle.trigger('showSidebar');
  }

  /**
   * The sidebar as HtmlService serves it (the real dist/Sidebar.html, its template evaluated).
   * Loading the page opens the sidebar again, as the menu item does, so the start-up data
   * printed into it is current.
   */
  sidebarHtml(): string {
    this.bundle.trigger('showSidebar');
    return this.emu.ui.sidebar?.html ?? '';
  }

  /** The top-level functions google.script.run offers. */
  get functions(): string[] {
    return this.bundle.functions.filter((name) => !name.endsWith('_'));
  }

  private record(event: PlaygroundEvent): void {
    this.events.push(event);
    this.onChange();
  }

  /** google.script.run: JSON in, JSON out. Throws what the script throws. */
  rpc(name: string, args: unknown[]): unknown {
    const value = this.bundle.call(name, ...args);
    if (!READ_ONLY_RPCS.has(name)) this.record({ t: 'rpc', name, args });
    return value;
  }

  private sheet(name: string): Sheet {
    const sheet = this.openSheets.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  /** A person typing into a cell (refused like the UI refuses: protections, validation). */
  edit(sheetName: string, a1: string, text: string): void {
    this.emu.user.type(this.sheet(sheetName), a1, text);
    this.record({ t: 'edit', sheet: sheetName, a1, text });
  }

  /** The Slides editor's user actions and the id of the deck on screen. */
  private slidesUser(): { user: NonNullable<SlidesControl['slidesUser']>; deckId: string } {
    const slides = slidesControl(this.emu);
    const deck = this.openDeck as { getId?: () => string } | null;
    if (!slides?.slidesUser || typeof deck?.getId !== 'function')
      throw new Error('Slides is not emulated yet');
    return { user: slides.slidesUser, deckId: deck.getId() };
  }

  /** A person typing over a table cell on a slide. */
  editSlideCell(table: string, row: number, column: number, text: string): void {
    const { user, deckId } = this.slidesUser();
    user.editCell(deckId, table, row, column, text);
    this.record({ t: 'edit-slide', table, row, column, text });
  }

  /** Insert → Row above / below, Column left / right; Edit → Delete row / column, on a sheet. */
  changeSheetStructure(action: StructureAction, sheetName: string, row: number, column: number): void {
    const sheet = this.sheet(sheetName);
    const user = this.emu.user;
    if (action === 'insert-row-before') user.insertRowsBefore(sheet, row);
    else if (action === 'insert-row-after') user.insertRowsAfter(sheet, row);
    else if (action === 'insert-column-before') user.insertColumnsBefore(sheet, column);
    else if (action === 'insert-column-after') user.insertColumnsAfter(sheet, column);
    else if (action === 'delete-row') user.deleteRows(sheet, row);
    else user.deleteColumns(sheet, column);
    this.record({ t: 'structure', action, sheet: sheetName, row, column });
  }

  /** The same commands on a slide's table, around the selected cell (0-based). */
  changeSlideTable(action: StructureAction, table: string, row: number, column: number): void {
    const { user, deckId } = this.slidesUser();
    if (action === 'insert-row-before') user.insertRow(deckId, table, row);
    else if (action === 'insert-row-after') user.insertRow(deckId, table, row + 1);
    else if (action === 'insert-column-before') user.insertColumn(deckId, table, column);
    else if (action === 'insert-column-after') user.insertColumn(deckId, table, column + 1);
    else if (action === 'delete-row') user.deleteRow(deckId, table, row);
    else user.deleteColumn(deckId, table, column);
    this.record({ t: 'structure-slide', action, table, row, column });
  }

  activateSheet(name: string): void {
    this.openSheets.setActiveSheet(this.sheet(name));
    this.record({ t: 'activate', sheet: name });
  }

  /** The Sheets / Slides switch: the playground's own spreadsheet or deck. */
  open(kind: DocumentKind): void {
    if (kind === 'slides' && !this.slidesAvailable) throw new Error('Slides is not emulated yet');
    this.show(kind, kind === 'slides' ? this.presentation : this.spreadsheet);
    this.record({ t: 'open', kind });
  }

  /**
   * Any emulated file by its Drive id, as following its link opens it in its editor: a deck or
   * spreadsheet Send to Slides / Send to Sheets made. Returns false for an id Drive does not have.
   */
  openFile(id: string): boolean {
    const file = this.emu.drive.get(id);
    const slides = slidesControl(this.emu);
    if (file?.kind === 'spreadsheet') this.show('sheets', this.emu.openById(id));
    else if (file?.kind === 'presentation' && slides) this.show('slides', this.emu.openPresentationById(id));
    else return false;
    this.record({ t: 'open-file', id });
    return true;
  }

  /** The modal dialog's page as HtmlService made it, or null when none is open. */
  dialogHtml(): string | null {
    return this.emu.ui.dialog?.html ?? null;
  }

  /** google.script.host.close() in the dialog. */
  closeDialog(): void {
    this.emu.ui.dialog = null;
  }

  /**
   * What Google Picker lists: every plain file in the user's Drive (theirs and shared with them),
   * whether or not the script may open it yet; trashed files are not listed.
   */
  pickerFiles(): PickerFile[] {
    const me = this.emu.globals.Session.getEffectiveUser().getEmail();
    return [...this.emu.blobs.files.values()]
      .filter((f) => !f.trashed)
      .map((f) => ({
        id: f.id,
        name: f.name,
        mimeType: f.mimeType,
        owner: f.ownerName ?? f.owner,
        ownedByMe: f.owner === me,
        canEdit: f.canEdit !== false,
        modifiedTime: f.revisions[f.revisions.length - 1]?.modifiedTime ?? '',
      }));
  }

  /**
   * The user's spreadsheets and decks, as Google Picker lists them beside the plain files (the
   * one-time grant of direct access picks the open one). Kept apart from pickerFiles, whose list
   * is the plain files the team-sharing views filter.
   */
  pickerDocuments(): PickerFile[] {
    const me = this.emu.globals.Session.getEffectiveUser().getEmail();
    return this.emu.drive
      .list()
      .filter((f) => !f.trashed && (f.kind === 'spreadsheet' || f.kind === 'presentation'))
      .map((f) => ({
        id: f.id,
        name: f.name,
        mimeType: f.mimeType,
        owner: me,
        ownedByMe: true,
        canEdit: f.access !== 'view',
        modifiedTime: '',
      }));
  }

  /**
   * The user picked these files: Picker (with the project's app id) grants drive.file access, to
   * a plain file's content or, for a spreadsheet or deck, to the REST APIs (emu.pickDocument).
   */
  pick(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.emu.drive.get(id)) this.emu.pickDocument(id);
      else this.emu.blobs.grantAccess(id);
    }
    this.record({ t: 'pick', ids: [...ids] });
  }

  private show(kind: DocumentKind, doc: unknown): void {
    if (kind === 'slides') {
      this.openDeck = doc;
      slidesControl(this.emu)?.setActiveDocument(doc);
    } else {
      this.openSheets = doc as Spreadsheet;
      this.emu.setActiveDocument(this.openSheets);
    }
    this.kind = kind;
    this.openEditor();
  }

  view(): DocumentView {
    if (this.kind === 'slides') {
      const slides = slidesControl(this.emu);
      return {
        kind: 'slides',
        slidesAvailable: true,
        name: this.presentationName(),
        presentation: slides?.inspectPresentation(this.openDeck) ?? null,
        dialog: this.dialogView(),
      };
    }
    const snapshot = this.emu.inspectSpreadsheet(this.openSheets) as SpreadsheetSnapshot;
    const active = snapshot.activeSheet ? this.openSheets.getSheetByName(snapshot.activeSheet) : null;
    return {
      kind: 'sheets',
      slidesAvailable: this.slidesAvailable,
      name: snapshot.name,
      tabs: snapshot.sheets.map((s) => ({ name: s.name, tabColor: s.tabColor })),
      activeSheet: active ? this.inspectForView(active) : null,
      dialog: this.dialogView(),
    };
  }

  private dialogView(): DocumentView['dialog'] {
    const d = this.emu.ui.dialog;
    return d ? { title: d.title, width: d.width, height: d.height } : null;
  }

  private presentationName(): string {
    const p = this.openDeck as { getName?: () => string } | null;
    return typeof p?.getName === 'function' ? p.getName() : 'Slides';
  }

  /** The used area plus a margin of empty cells and room for charts, like an editor window shows. */
  private inspectForView(sheet: Sheet): SheetSnapshot {
    const used = this.emu.inspect(sheet);
    let rows = Math.max(used.rows + 6, 30);
    let columns = Math.max(used.columns + 2, 10);
    for (const chart of used.charts) {
      const height = Number(chart.options.height ?? 300);
      const width = Number(chart.options.width ?? 500);
      rows = Math.max(rows, chart.position.row + Math.ceil(height / 21) + 2);
      columns = Math.max(columns, chart.position.column + Math.ceil(width / 100));
    }
    return this.emu.inspect(sheet, {
      rows: Math.min(rows, used.maxRows),
      columns: Math.min(columns, used.maxColumns),
    });
  }

  state(): PlaygroundState {
    return { version: 1, locale: this.options.locale, events: [...this.events] };
  }

  /** Re-runs a saved log; returns how many steps could not be replayed. */
  replay(events: readonly PlaygroundEvent[]): number {
    let failed = 0;
    for (const event of events) {
      try {
        if (event.t === 'rpc') this.rpc(event.name, event.args);
        else if (event.t === 'edit') this.edit(event.sheet, event.a1, event.text);
        else if (event.t === 'activate') this.activateSheet(event.sheet);
        else if (event.t === 'edit-slide')
          this.editSlideCell(event.table, event.row, event.column, event.text);
        else if (event.t === 'structure')
          this.changeSheetStructure(event.action, event.sheet, event.row, event.column);
        else if (event.t === 'structure-slide')
          this.changeSlideTable(event.action, event.table, event.row, event.column);
        else if (event.t === 'pick') this.pick(event.ids);
        else if (event.t === 'open-file') {
          if (!this.openFile(event.id)) failed++;
        } else this.open(event.kind);
      } catch {
        failed++;
      }
    }
    return failed;
  }
}
