/**
 * The writing half of a Sheets build (build.ts reads and plans): every persona of a call written
 * in steps, each step for all of them before the next, so the few reads a build needs after
 * writing reach the server together; a persona whose step fails is put back as it was, with the
 * personas after it.
 */
import { DOCUMENT_KEY, JOURNEY_KEY } from '../../layout/keys';
import type { Block, SheetPlan } from '../../layout/sheet-plan';
import { JourneyGridError } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import type { Finding } from '../../read/findings';
import type { DocumentSkeleton } from '../../read/raw';
import type { Merged } from '../../read/rebuild';
import type { StoredJourney } from '../../read/stored';
import type { BuildOptions } from '../build-types';
import { applyRestores, clearJourney, type Extent, type RestorePlan } from './clear';
import type { SheetsContext } from './context';
import type { KeyIndex, SheetKeys } from './key-index';
import { WRITE_FAILED } from './preflight';
import type { EmbeddedChart, MetadataVisibility, Sheet, Spreadsheet } from './services';
import { restoreSheet, type SheetSnapshot } from './snapshot';
import { writeStored } from './store';
import { chartPlanned, lastChartId, writeSheetPlan } from './write';

/** What a rebuild learned from the sheet before writing: the read, the area and where texts go. */
export interface Prepared {
  findings: Finding[];
  cleared: Extent;
  merges: Block[];
  restores: RestorePlan;
  oldCharts: EmbeddedChart[];
  snapshot: SheetSnapshot;
}

/** One persona, read, merged, planned and checked: everything needed to write it without reading. */
export interface Planned {
  persona: Persona;
  /** The document the build was asked for (the form). */
  doc: JourneyDocument;
  merged: Merged;
  plan: SheetPlan;
  name: string;
  existing?: { sheet: Sheet; keys: SheetKeys; size: Extent; sheetId: number; prepared: Prepared };
  stored: StoredJourney;
  /** The file's skeleton once this persona is built. */
  fileSkeleton: DocumentSkeleton;
  // Filled while writing:
  sheet?: Sheet;
  sheetId?: number;
  size?: Extent;
  chartId?: number;
}

/** Adds rows and columns at the end of the sheet (of `size`, read earlier) up to rows × columns. */
function grow(sheet: Sheet, size: Extent, rows: number, columns: number): void {
  if (rows > size.rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (columns > size.columns) sheet.insertColumnsAfter(size.columns, columns - size.columns);
}

/** Removes what grow() added, after a failed write. */
function shrink(sheet: Sheet, size: { rows: number; columns: number }): void {
  try {
    const rows = sheet.getMaxRows();
    const columns = sheet.getMaxColumns();
    if (rows > size.rows) sheet.deleteRows(size.rows + 1, rows - size.rows);
    if (columns > size.columns) sheet.deleteColumns(size.columns + 1, columns - size.columns);
  } catch {
    // Blank rows or columns left at the end lose nothing.
  }
}

/**
 * Writes the planned personas in steps, each step for every persona before the next step, so that
 * the few reads a build needs after writing (a new sheet's size and id, the new chart's id) reach
 * the server together: three commits per call, however many personas it builds. A persona whose
 * step fails is put back as it was, with every persona after it (not tried); those before it are
 * completed.
 */
export function writeGroup(
  ctx: SheetsContext,
  spreadsheet: Spreadsheet,
  planned: Planned[],
  index: KeyIndex,
  documentText: string | null,
  options: BuildOptions,
): { built: Planned[]; failure?: unknown } {
  const visibility = ctx.app.DeveloperMetadataVisibility.DOCUMENT;
  let alive = planned;
  let failure: unknown;
  let insertAt = planned.some((p) => !p.existing) ? spreadsheet.getNumSheets() : 0;
  const undo = (p: Planned) => {
    if (!p.sheet) return;
    if (p.existing) {
      restoreSheet(p.sheet, p.existing.prepared.snapshot, visibility);
      shrink(p.sheet, p.existing.size);
    } else {
      spreadsheet.deleteSheet(p.sheet);
    }
  };
  /**
   * Puts back the persona at `i` and all after it, and keeps why: Google's own words when nothing
   * was written yet (a read-only file refuses the new sheet: server/errors.ts explains it).
   */
  const fail = (i: number, error: unknown, wrap = true) => {
    // All or nothing: a new sheet goes, an existing one is put back as it was, keys included.
    for (const p of alive.slice(i)) {
      try {
        undo(p);
      } catch {
        // Keep putting back the others.
      }
    }
    alive = alive.slice(0, i);
    failure =
      error instanceof JourneyGridError || !wrap
        ? error
        : new JourneyGridError([WRITE_FAILED(error instanceof Error ? error.message : String(error))]);
  };
  /** Runs one step for each persona still alive; a failure ends the batch at that persona. */
  const step = (run: (p: Planned) => void, wrap = true) => {
    for (let i = 0; i < alive.length; i++) {
      try {
        run(alive[i]!);
      } catch (error) {
        fail(i, error, wrap);
        return;
      }
    }
  };
  // 1. New sheets; 2. their size and id (one commit);
  step((p) => {
    if (p.existing) p.sheet = p.existing.sheet;
    else p.sheet = spreadsheet.insertSheet(p.name, insertAt++);
  }, false);
  step((p) => {
    p.size = p.existing?.size ?? { rows: p.sheet!.getMaxRows(), columns: p.sheet!.getMaxColumns() };
    p.sheetId = p.existing?.sheetId ?? p.sheet!.getSheetId();
  });
  // 3. the grid, keys and chart; 4. the new chart's id (one commit); 5. the journey's own keys.
  step((p) => writePersona(ctx, p, options));
  step((p) => {
    if (chartPlanned(p.plan)) p.chartId = lastChartId(p.sheet!);
  });
  step((p) => {
    const stored = { ...p.stored, ...(p.chartId === undefined ? {} : { chartId: p.chartId }) };
    writeStored(p.sheet!, JOURNEY_KEY, JSON.stringify(stored), visibility, p.existing?.keys.own ?? []);
    for (const chart of p.existing?.prepared.oldCharts ?? []) p.sheet!.removeChart(chart);
  });
  // The file's key, once, as the last persona built leaves it.
  const last = alive[alive.length - 1];
  if (last) {
    try {
      writeStored(spreadsheet, DOCUMENT_KEY, JSON.stringify(last.fileSkeleton), visibility, index.file);
    } catch (error) {
      fail(0, error);
      restoreDocumentKey(spreadsheet, documentText, visibility);
    }
  }
  return { built: alive, ...(failure === undefined ? {} : { failure }) };
}

/** After a failed write: the file's key as it was (the sheets are back; it is only their copy). */
function restoreDocumentKey(
  spreadsheet: Spreadsheet,
  documentText: string | null,
  visibility: MetadataVisibility,
): void {
  try {
    if (documentText !== null) writeStored(spreadsheet, DOCUMENT_KEY, documentText, visibility);
    else
      for (const md of spreadsheet.getDeveloperMetadata())
        if (md.getKey().indexOf(DOCUMENT_KEY) === 0) md.remove();
  } catch {
    // The sheets are back; the file's key is only a copy of what each sheet stores.
  }
}

/** The grid of one persona: grown, cleared (a rebuild), written, with texts put back. */
function writePersona(ctx: SheetsContext, p: Planned, options: BuildOptions): void {
  const sheet = p.sheet!;
  const { plan } = p;
  const prepared = p.existing?.prepared;
  // A wide journey (up to 31 columns) or a text moved beside it may need more than the 26
  // columns a new sheet has: the grid grows first, as pasting does in the UI.
  const restores = prepared?.restores.restores ?? [];
  grow(
    sheet,
    p.size!,
    Math.max(plan.chartAnchorRow + 20, ...restores.map((r) => r.row)),
    Math.max(plan.width, ...restores.map((r) => r.column)),
  );
  const keepRules = prepared
    ? clearJourney(
        sheet,
        prepared.cleared,
        prepared.merges,
        { rows: plan.height, columns: plan.width },
        p.existing!.keys.grid,
        prepared.snapshot.rules,
      )
    : [];
  // A new sheet, or a cleared area that holds the whole plan, has Sheets' defaults where the
  // plan leaves them (no note, no italics): those cells need no call.
  const fresh = !prepared || (plan.height <= prepared.cleared.rows && plan.width <= prepared.cleared.columns);
  writeSheetPlan(ctx.app, ctx.charts, sheet, plan, {
    hints: options.hints,
    language: p.doc.language,
    keepRules,
    fresh,
  });
  if (prepared) applyRestores(sheet, restores);
}
