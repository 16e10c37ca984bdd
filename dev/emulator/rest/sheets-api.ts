/**
 * The Advanced Sheets service (Sheets API v4) as "Send to Sheets" uses it under `drive.file`:
 * spreadsheets.create, spreadsheets.batchUpdate and spreadsheets.get. Calls are validated against
 * sheets.v4.json first, then each request of a batch must name exactly one kind and pass the rules
 * of sheets-apply.ts; a failure throws like Apps Script ("GoogleJsonResponseException: API call
 * to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[2].mergeCells: …") and
 * leaves the spreadsheet as it was. The result is an ordinary emulated spreadsheet in the emulated
 * Drive, so SpreadsheetApp, the inspector and the add-on's reader see it. A get returns the
 * cells of the ranges asked for as GridData (sheets-grid.ts), cut to the `fields` mask.
 */
import type { EmulatorContext } from '../context';
import { loadApi, validateCall } from '../discovery';
import { AppsScriptException } from '../errors';
import { expose, ServiceObject } from '../expose';
import { SheetModel, SpreadsheetModel } from '../sheets/document-model';
import { Grid } from '../sheets/grid';
import {
  apiError,
  applyFieldMask,
  BatchFaults,
  checkPayloadSize,
  markCreated,
  RequestRejected,
  reachable,
  requestKind,
} from './common';
import { restore, SheetsBatch, snapshot } from './sheets-apply';
import { gridData, parseRange } from './sheets-grid';

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

export class SheetsSpreadsheetsImpl extends ServiceObject {
  private readonly faults = new BatchFaults();

  /** Test control (uncounted): the n-th batchUpdate from now fails like a Google backend error. */
  _failBatch(n: number, message?: string): void {
    this.faults.arm(n, message);
  }

  constructor(ctx: EmulatorContext) {
    super(ctx, 'Sheets.Spreadsheets');
  }

  private check(method: string, parameters: Json, body?: unknown): void {
    const errors = validateCall(loadApi('sheets.v4'), `spreadsheets.${method}`, parameters, body);
    if (errors.length > 0) throw apiError(`sheets.spreadsheets.${method}`, errors.join('; '));
  }

  private doc(spreadsheetId: string, method: string): SpreadsheetModel {
    const file = this.ctx.drive.get(String(spreadsheetId));
    if (!reachable(this.ctx, file) || !file.spreadsheet)
      throw apiError(`sheets.spreadsheets.${method}`, 'Requested entity was not found.');
    return file.spreadsheet;
  }

  private view(doc: SpreadsheetModel): Json {
    return {
      spreadsheetId: doc.file.id,
      spreadsheetUrl: doc.file.url,
      properties: { title: doc.name, locale: doc.locale },
      sheets: doc.sheets.map((s, index) => ({
        properties: {
          sheetId: s.id,
          title: s.name,
          index,
          sheetType: 'GRID',
          gridProperties: {
            rowCount: s.maxRows,
            columnCount: s.maxCols,
            ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
            ...(s.frozenCols ? { frozenColumnCount: s.frozenCols } : {}),
            ...(s.hiddenGridlines ? { hideGridlines: true } : {}),
          },
        },
        ...(s.merges.length > 0
          ? {
              merges: s.merges.map((m) => ({
                sheetId: s.id,
                startRowIndex: m.r1,
                endRowIndex: m.r2 + 1,
                startColumnIndex: m.c1,
                endColumnIndex: m.c2 + 1,
              })),
            }
          : {}),
      })),
    };
  }

  /** A new spreadsheet with the sheets the body asks for (or one "Sheet1"), as the API makes it. */
  create(resource: Json = {}): Json {
    const method = 'sheets.spreadsheets.create';
    this.check('create', {}, resource);
    const properties = obj(resource.properties);
    const title =
      typeof properties.title === 'string' && properties.title !== ''
        ? properties.title
        : 'Untitled spreadsheet';
    const file = this.ctx.drive.create('spreadsheet', title);
    const doc = new SpreadsheetModel(
      file,
      typeof properties.locale === 'string' ? properties.locale : 'en_US',
    );
    file.spreadsheet = doc;
    const requested = Array.isArray(resource.sheets) ? resource.sheets : [{}];
    try {
      for (const sheet of requested) {
        const p = obj(obj(sheet).properties);
        const grid = obj(p.gridProperties);
        const id = p.sheetId === undefined ? doc.newSheetId() : Number(p.sheetId);
        if (doc.sheetById(id)) throw new RequestRejected(`Duplicate sheet id: ${id}`);
        const name = doc.checkSheetName(typeof p.title === 'string' ? p.title : doc.defaultSheetName());
        const model = new SheetModel(
          doc,
          id,
          name,
          new Grid(Number(grid.rowCount ?? 1000), Number(grid.columnCount ?? 26)),
        );
        model.frozenRows = Number(grid.frozenRowCount ?? 0);
        model.frozenCols = Number(grid.frozenColumnCount ?? 0);
        model.hiddenGridlines = grid.hideGridlines === true;
        doc.addSheet(model, p.index === undefined ? doc.sheets.length : Number(p.index));
      }
    } catch (error) {
      if (error instanceof RequestRejected || error instanceof AppsScriptException)
        throw apiError(method, error.message);
      throw error;
    }
    doc.activeSheet = doc.sheets[0] ?? null;
    markCreated(file);
    return this.view(doc);
  }

  batchUpdate(resource: Json, spreadsheetId: string): Json {
    const method = 'sheets.spreadsheets.batchUpdate';
    checkPayloadSize(method, resource);
    this.check('batchUpdate', { spreadsheetId }, resource);
    const doc = this.doc(spreadsheetId, 'batchUpdate');
    if (doc.file.access === 'view') throw apiError(method, 'The caller does not have permission');
    this.faults.check(method);
    const requests = Array.isArray(resource.requests) ? (resource.requests as unknown[]) : [];
    const saved = snapshot(doc);
    const batch = new SheetsBatch(doc);
    const replies = requests.map((request, i) => {
      let kind = '';
      try {
        kind = requestKind(request, i);
        return batch.apply(kind, (request as Json)[kind] as Json);
      } catch (error) {
        restore(doc, saved);
        if (!(error instanceof RequestRejected || error instanceof AppsScriptException)) throw error;
        throw apiError(method, kind ? `Invalid requests[${i}].${kind}: ${error.message}` : error.message);
      }
    });
    return { spreadsheetId: doc.file.id, replies };
  }

  /**
   * spreadsheets.get (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get):
   * "By default, data within grids is not returned"; `includeGridData` asks for it and "is ignored
   * if a field mask was set", so under `fields` the grid comes whenever the mask selects it.
   * "When specifying ranges, only the portions of the spreadsheet that intersect the requested
   * ranges are returned": the sheets the ranges name, each with one GridData per range.
   */
  get(spreadsheetId: string, optionalArgs: Json = {}): Json {
    const method = 'sheets.spreadsheets.get';
    this.check('get', { ...optionalArgs, spreadsheetId });
    const doc = this.doc(spreadsheetId, 'get');
    const fields = typeof optionalArgs.fields === 'string' ? optionalArgs.fields : undefined;
    const ranges = Array.isArray(optionalArgs.ranges)
      ? optionalArgs.ranges.map(String)
      : typeof optionalArgs.ranges === 'string'
        ? [optionalArgs.ranges]
        : [];
    const withGrid =
      fields !== undefined ? /\bdata\b|\*/.test(fields) : optionalArgs.includeGridData === true;
    const view = this.view(doc);
    try {
      const requested = ranges.map((range) => parseRange(doc, range));
      if (ranges.length > 0 || withGrid) {
        const recalc = doc.recalc();
        const sheets = view.sheets as Json[];
        view.sheets = doc.sheets.flatMap((sheet, i) => {
          const mine =
            ranges.length > 0
              ? requested.filter((r) => r.sheet === sheet)
              : [{ sheet, rect: { r1: 0, c1: 0, r2: sheet.maxRows - 1, c2: sheet.maxCols - 1 } }];
          if (mine.length === 0) return [];
          return [withGrid ? { ...sheets[i], data: mine.map((r) => gridData(r, recalc)) } : sheets[i]];
        });
      }
      return applyFieldMask(view, fields) as Json;
    } catch (error) {
      if (error instanceof RequestRejected || error instanceof AppsScriptException)
        throw apiError(method, error.message);
      if (error instanceof Error && /Invalid field selection/.test(error.message))
        throw apiError(method, error.message);
      throw error;
    }
  }
}

export class SheetsServiceImpl extends ServiceObject {
  readonly Spreadsheets: SheetsSpreadsheetsImpl;
  constructor(ctx: EmulatorContext) {
    super(ctx, 'Sheets');
    // Exposed itself, so calls on Sheets.Spreadsheets are counted and checked like any service call.
    this.Spreadsheets = expose(new SheetsSpreadsheetsImpl(ctx));
  }
}
