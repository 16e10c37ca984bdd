/**
 * Spreadsheet: the document's sheets, its developer metadata and toasts. Sheet names are unique
 * without regard to case (Google's rule), at most 100 characters and not blank; looking a sheet up
 * by name ignores case too. The last sheet cannot be deleted.
 */
import type { EmulatorContext } from '../context';
import type { DeveloperMetadata, DeveloperMetadataFinder, Sheet, Spreadsheet } from '../contract';
import { exception, messages } from '../errors';
import { ServiceObject } from '../expose';
import { SheetModel, type SpreadsheetModel } from './document-model';
import { DeveloperMetadataFinderImpl, metadataFacades } from './metadata';
import { createMetadata } from './metadata-model';

export class SpreadsheetImpl extends ServiceObject implements Spreadsheet {
  constructor(
    ctx: EmulatorContext,
    readonly model: SpreadsheetModel,
  ) {
    super(ctx, 'Spreadsheet');
  }

  private sheetArg(sheet: Sheet): SheetModel {
    const s = this.ctx.facades.sheetModel(sheet);
    if (!s || s.parent !== this.model) throw exception(messages.invalidArgument('sheet'));
    s.assertLive();
    return s;
  }

  getId(): string {
    return this.model.file.id;
  }

  getName(): string {
    return this.model.name;
  }

  rename(newName: string): void {
    this.model.assertWritable();
    this.model.file.name = String(newName);
  }

  getUrl(): string {
    return this.model.file.url;
  }

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  getSheets(): Sheet[] {
    return this.model.sheets.map((s) => this.ctx.facades.sheet(s));
  }

  getSheetByName(name: string): Sheet | null {
    const s = this.model.sheetByName(name);
    return s ? this.ctx.facades.sheet(s) : null;
  }

  getActiveSheet(): Sheet {
    const active = this.model.activeSheet ?? this.model.sheets[0];
    if (!active) throw exception(messages.invalidArgument('sheet'));
    return this.ctx.facades.sheet(active);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const s = this.sheetArg(sheet);
    this.model.activeSheet = s;
    return this.ctx.facades.sheet(s);
  }

  /**
   * insertSheet(), (name), (index), (name, index): the new sheet becomes active. Without an
   * index it goes right after the active sheet; an index is 0-based and clamped to the ends.
   */
  insertSheet(a?: string | number, b?: number): Sheet {
    const doc = this.model;
    doc.assertWritable();
    const name = typeof a === 'string' ? doc.checkSheetName(a) : doc.defaultSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.afterActive();
    const sheet = new SheetModel(doc, doc.newSheetId(), name);
    doc.addSheet(sheet, index);
    doc.activeSheet = sheet;
    return this.ctx.facades.sheet(sheet);
  }

  private afterActive(): number {
    const active = this.model.activeSheet;
    return active ? this.model.sheets.indexOf(active) + 1 : this.model.sheets.length;
  }

  deleteSheet(sheet: Sheet): void {
    const s = this.sheetArg(sheet);
    s.guardSheet(this.ctx.user.email);
    this.model.removeSheet(s);
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: unknown): this {
    this.model.assertWritable();
    createMetadata(this.model, key, value, visibility, { type: 'SPREADSHEET' });
    return this;
  }

  /** Metadata on the spreadsheet itself; sheet, row and column metadata is reached with a finder. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataFacades(this.ctx, this.model, (m) => m.location.type === 'SPREADSHEET');
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinderImpl(this.ctx, this.model, { kind: 'spreadsheet' });
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ctx.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : Number(timeoutSeconds),
    });
  }
}
