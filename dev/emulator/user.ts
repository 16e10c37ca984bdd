/**
 * A person working in the Sheets UI, for tests and the playground: typing, pasting, clearing,
 * duplicating and renaming sheets, inserting/deleting rows and columns, moving rows. These act
 * on the document directly (they are not service calls and are not counted) but obey what the UI
 * obeys: read-only access, protections, and data validation that rejects invalid input.
 * A refusal throws UserEditRejected with the reason.
 */
import type { Sheet } from './contract';
import { AppsScriptException, messages, UserEditRejected } from './errors';
import { expose } from './expose';
import { cellA1, parseA1 } from './sheets/a1';
import { type Cell, cloneCell } from './sheets/cell';
import { copyName, copySheetInto } from './sheets/copy';
import type { Axis, DimOp, Rect } from './sheets/dims';
import { CELL_MAX_CHARS, type SheetModel } from './sheets/document-model';
import type { SheetsFacades } from './sheets/links';
import { validationPasses } from './sheets/validation';

export type PastedValue = string | number | boolean | null;

/** Runs an edit as the UI would, turning service refusals into UserEditRejected. */
function asUser<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppsScriptException) {
      if (e.message === messages.protected) throw new UserEditRejected(e.message, 'protection');
      if (e.message === messages.readOnly) throw new UserEditRejected(e.message, 'read-only');
    }
    throw e;
  }
}

export class UserActions {
  /**
   * `editor` gives the e-mail of the person at the keyboard, whose rights protections check;
   * `facades` turns a Sheet from the tests into its model and back.
   */
  constructor(
    private readonly editor: () => string,
    private readonly facades: SheetsFacades,
  ) {}

  private modelOf(sheet: Sheet): SheetModel {
    const s = this.facades.sheetModel(sheet);
    if (!s) throw new TypeError('Expected a Sheet from this emulator');
    s.assertLive();
    return s;
  }

  private rectOf(sheet: SheetModel, a1: string): Rect {
    const parsed = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (!parsed) throw new UserEditRejected(`Not a cell or range: ${a1}`, 'invalid');
    return parsed.rect;
  }

  /** Writes entries into the grid, then undoes everything if a rejecting validation fails. */
  private enter(sheet: SheetModel, r0: number, c0: number, entries: PastedValue[][]): void {
    const height = entries.length;
    const width = Math.max(0, ...entries.map((row) => row.length));
    if (height === 0 || width === 0) return;
    for (const row of entries) {
      for (const v of row) {
        if (typeof v === 'string' && v.length > CELL_MAX_CHARS)
          throw new UserEditRejected(messages.cellTooLong, 'invalid');
      }
    }
    // Pasting past the edge of the grid grows it, as the UI does.
    if (r0 + height > sheet.maxRows) {
      this.structure(sheet, 'row', { kind: 'insert', at: sheet.maxRows, count: r0 + height - sheet.maxRows });
    }
    if (c0 + width > sheet.maxCols) {
      this.structure(sheet, 'col', { kind: 'insert', at: sheet.maxCols, count: c0 + width - sheet.maxCols });
    }
    const rect: Rect = { r1: r0, c1: c0, r2: r0 + height - 1, c2: c0 + width - 1 };
    asUser(() => sheet.guardRect(rect, this.editor()));
    const before: { r: number; c: number; cell: Cell | undefined }[] = [];
    const skip = sheet.nonAnchorKeys(rect);
    entries.forEach((row, i) => {
      row.forEach((v, j) => {
        const r = r0 + i;
        const c = c0 + j;
        if (skip.has(r * 20_000 + c)) return;
        const old = sheet.grid.get(r, c);
        before.push({ r, c, cell: old ? cloneCell(old) : undefined });
        sheet.writeValue(r, c, v);
      });
    });
    const recalc = sheet.parent.recalc();
    for (const { r, c } of before) {
      const rule = sheet.grid.get(r, c)?.validation;
      if (!rule || rule.allowInvalid || validationPasses(rule, sheet.readValue(r, c, recalc))) continue;
      for (const b of before) sheet.grid.put(b.r, b.c, b.cell);
      const where = cellA1(r, c);
      const help =
        rule.helpText ||
        `The data you entered in cell ${where} violates the data validation rules set on this cell.`;
      throw new UserEditRejected(`There was a problem: ${help}`, 'validation');
    }
  }

  private structure(sheet: SheetModel, axis: Axis, op: DimOp): void {
    asUser(() => {
      sheet.guardStructure(axis, op, this.editor());
      sheet.parent.applyStructure(sheet, axis, op);
    });
  }

  /** Types text into one cell (into a merge's top-left cell when a merged area is picked). */
  type(sheet: Sheet, a1: string, text: string): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    const merge = m.mergesIntersecting({ r1: rect.r1, c1: rect.c1, r2: rect.r1, c2: rect.c1 })[0];
    const [r, c] = merge ? [merge.r1, merge.c1] : [rect.r1, rect.c1];
    this.enter(m, r, c, [[String(text)]]);
  }

  /** Pastes values with its top-left corner at a1; text is interpreted as if typed. */
  paste(sheet: Sheet, a1: string, values: PastedValue[][]): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    this.enter(m, rect.r1, rect.c1, values);
  }

  /** The Delete key: clears the contents (not formats, notes or validation). */
  clear(sheet: Sheet, a1: string): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    asUser(() => m.guardRect(rect, this.editor()));
    m.clearRect(rect, { contents: true });
  }

  setNote(sheet: Sheet, a1: string, note: string): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    asUser(() => m.guardRect(rect, this.editor()));
    m.setNote(rect.r1, rect.c1, note);
  }

  /** The UI's Duplicate: "Copy of <name>" right after the original, made active, metadata included. */
  duplicateSheet(sheet: Sheet): Sheet {
    const m = this.modelOf(sheet);
    const doc = m.parent;
    asUser(() => doc.assertWritable());
    const copy = copySheetInto(m, doc, copyName(doc, m.name), doc.sheets.indexOf(m) + 1);
    doc.activeSheet = copy;
    return expose(this.facades.sheet(copy));
  }

  renameSheet(sheet: Sheet, name: string): void {
    const m = this.modelOf(sheet);
    asUser(() => {
      m.guardSheet(this.editor());
      m.parent.renameSheet(m, m.parent.checkSheetName(name, m));
    });
  }

  deleteSheet(sheet: Sheet): void {
    const m = this.modelOf(sheet);
    asUser(() => {
      m.guardSheet(this.editor());
      m.parent.removeSheet(m);
    });
  }

  insertRowsBefore(sheet: Sheet, row: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'row', { kind: 'insert', at: row - 1, count, inherit: 'after' });
  }

  insertRowsAfter(sheet: Sheet, row: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'row', { kind: 'insert', at: row, count, inherit: 'before' });
  }

  deleteRows(sheet: Sheet, row: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'row', { kind: 'delete', at: row - 1, count });
  }

  /** Drags rows `first..first+count-1` to sit before row `destination` (old numbering). */
  moveRows(sheet: Sheet, first: number, count: number, destination: number): void {
    this.structure(this.modelOf(sheet), 'row', { kind: 'move', from: first - 1, count, to: destination - 1 });
  }

  insertColumnsBefore(sheet: Sheet, column: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'col', { kind: 'insert', at: column - 1, count, inherit: 'after' });
  }

  insertColumnsAfter(sheet: Sheet, column: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'col', { kind: 'insert', at: column, count, inherit: 'before' });
  }

  deleteColumns(sheet: Sheet, column: number, count = 1): void {
    this.structure(this.modelOf(sheet), 'col', { kind: 'delete', at: column - 1, count });
  }

  /** Data > Sort range by one column. */
  sortRange(sheet: Sheet, a1: string, column: number, ascending = true): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    asUser(() => m.guardRect(rect, this.editor()));
    m.sortRect(rect, column - 1, ascending);
  }

  merge(sheet: Sheet, a1: string): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    asUser(() => m.guardRect(rect, this.editor()));
    m.merge(rect);
  }

  unmerge(sheet: Sheet, a1: string): void {
    const m = this.modelOf(sheet);
    const rect = this.rectOf(m, a1);
    asUser(() => m.guardRect(rect, this.editor()));
    m.breakApart(rect);
  }
}
