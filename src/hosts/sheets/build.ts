/**
 * Builds one persona's journey into the active spreadsheet, or rebuilds it in place.
 *
 * A rebuild is all or nothing: read what the sheet shows → merge it with the form (cell text
 * typed in the sheet wins; card, title and headers edited there win over an unchanged form; lanes
 * and stages people added stay; removals wait for the user's confirmation) → plan → check the
 * whole plan against Sheets' limits (cell size, merges the freeze would cut; keys are stored in
 * pieces well under the metadata limit, sheet names cut by UTF-16 units) → only then write. If a
 * write still fails, the sheet is put back as it was (or a new sheet removed) and the user gets a
 * translated message. Builds are serialised with the document lock, and a protected sheet is
 * refused before anything changes.
 */

import { DOCUMENT_KEY, JOURNEY_KEY } from '../../layout/keys';
import { planTable } from '../../layout/table';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import { validateDocument } from '../../model/validate';
import { assignJourneyIds } from '../../read/assemble';
import type { Finding } from '../../read/findings';
import type { DocumentSkeleton } from '../../read/raw';
import { skeletonOf } from '../../read/raw';
import { emptyReading } from '../../read/read-table';
import {
  digest,
  formBaseline,
  type Merged,
  mergeForRebuild,
  type PendingRemoval,
  titleKept,
} from '../../read/rebuild';
import { BUILD_PROBLEMS } from '../build-problems';
import type { LockServiceApi } from '../ui';
import {
  applyRestores,
  clearJourney,
  type Extent,
  journeyExtent,
  ownCharts,
  planRestores,
  type RestorePlan,
} from './clear';
import { indexKeys, keysOfSheet } from './key-index';
import { uniqueSheetName } from './names';
import { checkPlan, sheetMerges, WRITE_FAILED } from './preflight';
import {
  documentMetadata,
  journeySheets,
  mergeSkeletons,
  parseStored,
  readSheet,
  type StoredJourney,
} from './read';
import type {
  ChartsService,
  DeveloperMetadata,
  EmbeddedChart,
  Sheet,
  Spreadsheet,
  SpreadsheetAppService,
} from './services';
import { type Block, planSheet, type SheetPlan } from './sheet-plan';
import { captureSheet, restoreSheet, type SheetSnapshot } from './snapshot';
import { writeStored } from './store';
import { writeSheetPlan } from './write';

export type { PendingRemoval };

export interface BuildOptions {
  /** Grey example text in empty text cells. */
  hints: boolean;
  /** Remove stages and lanes that the sheet has but the model no longer has. */
  confirmRemovals: boolean;
}

export interface BuildResult {
  sheetName: string;
  sheetId: number;
  created: boolean;
  /** Kept in the sheet until the user confirms their removal. */
  pendingRemovals: PendingRemoval[];
  /** Cells whose text came from the sheet rather than the model. */
  keptCells: number;
  /**
   * A PDF of the journey sheet, landscape and fit to width, with the frozen header repeated.
   * SpreadsheetApp has no page setup, so print settings travel in Sheets' export URL instead.
   */
  printUrl: string;
  findings: Finding[];
}

export interface SheetsContext {
  app: SpreadsheetAppService;
  charts: ChartsService;
  locks: LockServiceApi;
}

const LOCK_WAIT_MS = 20_000;

const PROBLEMS = {
  noSpreadsheet: problem(
    '',
    'no-spreadsheet',
    'スプレッドシートを開いてから実行してください。',
    'Open a spreadsheet first.',
  ),
  otherJourney: (title: string) =>
    problem(
      'frameworkId',
      'other-journey',
      `このスプレッドシートには別のジャーニー「${title}」があります。新しいスプレッドシートで作成するか、読み込んでから編集してください。`,
      `This spreadsheet already holds another journey, "${title}". Build in a new spreadsheet, or read it back and edit that one.`,
    ),
  protectedSheet: (name: string) =>
    problem(
      '',
      'protected',
      `シート「${name}」は保護されているため変更できません。オーナーに保護の解除を依頼してください。`,
      `The sheet "${name}" is protected, so Journey Grid cannot change it. Ask the owner to remove the protection.`,
    ),
};

function assertEditable(app: SpreadsheetAppService, sheet: Sheet): void {
  const locked = [
    ...sheet.getProtections(app.ProtectionType.SHEET),
    ...sheet.getProtections(app.ProtectionType.RANGE),
  ].some((p) => !p.canEdit() && !p.isWarningOnly());
  if (locked) throw new JourneyGridError([PROBLEMS.protectedSheet(sheet.getName())]);
}

/** The Slides host rebuilds the same way. */
export const mergeWithSheet = mergeForRebuild;

function storeJourney(
  sheet: Sheet,
  app: SpreadsheetAppService,
  stored: StoredJourney,
  found: readonly DeveloperMetadata[],
): void {
  writeStored(sheet, JOURNEY_KEY, JSON.stringify(stored), app.DeveloperMetadataVisibility.DOCUMENT, found);
}

function upsertDocumentSkeleton(
  spreadsheet: Spreadsheet,
  app: SpreadsheetAppService,
  skeleton: DocumentSkeleton,
  previous: DocumentSkeleton | undefined,
  found: readonly DeveloperMetadata[],
): void {
  // Keep stages and lanes other journeys of this file may still hold: the skeleton is a superset.
  const merged = previous ? mergeSkeletons(skeleton, previous) : skeleton;
  writeStored(
    spreadsheet,
    DOCUMENT_KEY,
    JSON.stringify(merged),
    app.DeveloperMetadataVisibility.DOCUMENT,
    found,
  );
}

/** Builds (or rebuilds) the journey of one persona (the sidebar sends a few per call: buildJourneys). */
export function buildPersonaJourney(
  ctx: SheetsContext,
  input: JourneyDocument,
  personaId: string,
  options: BuildOptions,
): BuildResult {
  const valid = validateDocument(input);
  if (!valid.ok) throw new JourneyGridError(valid.problems);
  const doc = valid.value;
  const persona = doc.personas.find((p) => p.id === personaId);
  if (!persona) throw new JourneyGridError([BUILD_PROBLEMS.unknownPersona(personaId)]);
  const spreadsheet = ctx.app.getActiveSpreadsheet();
  if (!spreadsheet) throw new JourneyGridError([PROBLEMS.noSpreadsheet]);
  const lock = ctx.locks.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new JourneyGridError([BUILD_PROBLEMS.busy]);
  try {
    return buildLocked(ctx, spreadsheet, doc, persona, options);
  } finally {
    lock?.releaseLock();
  }
}

/** What a rebuild learned from the sheet before writing: the read, the area and where texts go. */
interface Prepared {
  findings: Finding[];
  cleared: Extent;
  merges: Block[];
  restores: RestorePlan;
  oldCharts: EmbeddedChart[];
  snapshot: SheetSnapshot;
}

/** Reads, merges and plans; checks the plan against Sheets' limits before anything is written. */
function prepareRebuild(
  sheet: Sheet,
  plan: SheetPlan,
  read: ReturnType<typeof readSheet>,
  stored: StoredJourney,
): Prepared {
  const cleared = journeyExtent(read.raw);
  const merges = sheetMerges(sheet);
  checkPlan(plan, merges, {
    rows: Math.max(cleared.rows, plan.height),
    columns: Math.max(cleared.columns, plan.width),
  });
  const findings = read.reading.findings;
  // Moved texts need at most one new column each beside what the sheet already uses.
  const snapshot = captureSheet(
    sheet,
    Math.min(sheet.getMaxRows(), Math.max(1, cleared.rows, plan.height, read.raw.cells.length)),
    Math.min(
      sheet.getMaxColumns(),
      Math.max(2, cleared.columns, plan.width, read.raw.cells[0]?.length ?? 0) + findings.length + 2,
    ),
    merges,
    { rows: read.raw.rowKeys, columns: read.raw.columnKeys, journey: JSON.stringify(stored) },
  );
  const taken = (row: number, column: number) => {
    const content = snapshot.contents[row - 1]?.[column - 1];
    return content !== undefined && content !== '' && content !== null;
  };
  const restores = planRestores(findings, cleared, plan, read.reading.placement, taken, merges);
  // Notes on empty cells beyond what was read (a note alone does not make a cell used) stay where
  // they are when the grid grows over them, instead of being written over.
  const readRows = read.raw.cells.length;
  const readColumns = read.raw.cells[0]?.length ?? 0;
  snapshot.notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (note !== '' && (r >= readRows || c >= readColumns) && r < plan.height && c < plan.width)
        restores.restores.push({ row: r + 1, column: c + 1, text: note, note: true });
    });
  });
  return {
    findings,
    cleared,
    merges,
    restores,
    oldCharts: ownCharts(sheet, cleared, stored.chartId),
    snapshot,
  };
}

/** Adds rows and columns at the end of the sheet until it has at least rows × columns. */
function grow(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
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
 * The journey's title as the document has it: typed over on this sheet (or kept from a title typed
 * there before), or else the file's title (another sheet's typed title becomes the file's once
 * that sheet is rebuilt).
 */
function documentTitle(
  shown: string | undefined,
  stored: StoredJourney,
  file: DocumentSkeleton | undefined,
): string | undefined {
  const typedHere =
    shown !== undefined &&
    shown.trim() !== '' &&
    (shown !== stored.skeleton.title || titleKept(shown, stored.form));
  return typedHere ? shown : (file?.title ?? shown);
}

/**
 * A new persona's sheet in a file whose title was edited in the document keeps that title, unless
 * the form's title changed since the file was last built (the form's baseline says which).
 */
function keptFileTitle(
  doc: JourneyDocument,
  file: DocumentSkeleton | undefined,
  sheets: readonly { stored: StoredJourney }[],
): string | undefined {
  if (!file || file.title === doc.title) return undefined;
  const last = sheets.find((s) => s.stored.skeleton.title === file.title && s.stored.form)?.stored.form;
  return last && last.title === digest(doc.title) ? file.title : undefined;
}

function buildLocked(
  ctx: SheetsContext,
  spreadsheet: Spreadsheet,
  doc: JourneyDocument,
  persona: Persona,
  options: BuildOptions,
): BuildResult {
  // One spreadsheet holds one journey document: a different framework would clash with its persona ids.
  // Every key of the file, found once: the rest of the build reads and replaces from this.
  const index = indexKeys(spreadsheet);
  const documentKey = documentMetadata(spreadsheet, index);
  const documentText = documentKey.getValue();
  const current = parseStored<DocumentSkeleton>(documentKey);
  if (current && current.frameworkId !== doc.frameworkId)
    throw new JourneyGridError([PROBLEMS.otherJourney(current.title)]);
  const incoming = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
  // The sheet of this persona, counting duplicated sheets as personas of their own (as reading does).
  const sheets = journeySheets(spreadsheet, index);
  const existing = sheets[assignJourneyIds(sheets.map((j) => j.stored.personaId)).indexOf(persona.id)];
  const sheetKeys = existing ? keysOfSheet(index, existing.sheet) : undefined;
  let merged: Merged;
  let read: ReturnType<typeof readSheet> | undefined;
  if (existing) {
    assertEditable(ctx.app, existing.sheet);
    const skeleton = current ?? existing.stored.skeleton;
    read = readSheet(
      existing.sheet,
      existing.stored,
      skeleton,
      sheetKeys ?? keysOfSheet(index, existing.sheet),
    );
    merged = mergeForRebuild(
      doc,
      persona,
      incoming,
      { ...read.reading, title: documentTitle(read.reading.title, existing.stored, current) },
      options.confirmRemovals,
      {
        persona: existing.stored.persona,
        // What this sheet was last built with: the title too, not the file's.
        skeleton: {
          ...mergeSkeletons(skeleton, existing.stored.skeleton),
          title: existing.stored.skeleton.title,
        },
        ...(existing.stored.form ? { form: existing.stored.form } : {}),
      },
    );
  } else {
    merged = mergeForRebuild(doc, persona, incoming, emptyReading(), options.confirmRemovals);
    const title = keptFileTitle(doc, current, sheets);
    if (title !== undefined) merged = { ...merged, doc: { ...merged.doc, title } };
  }
  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const plan = planSheet(merged.doc, merged.persona, table);
  const prepared = existing && read ? prepareRebuild(existing.sheet, plan, read, existing.stored) : undefined;
  if (!existing) checkPlan(plan, [], { rows: plan.height, columns: plan.width });

  // Everything is checked: only now does the spreadsheet change.
  const sheet =
    existing?.sheet ??
    spreadsheet.insertSheet(
      uniqueSheetName(
        persona.name,
        spreadsheet.getSheets().map((s) => s.getName()),
      ),
      spreadsheet.getNumSheets(),
    );
  let findings: Finding[] = prepared?.findings ?? [];
  // A new sheet has no keys yet; an existing one's were found when it was read.
  const keys = sheetKeys ?? { own: [], grid: [] };
  const size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  try {
    // A wide journey (up to 31 columns) or a text moved beside it may need more than the 26
    // columns a new sheet has: the grid grows first, as pasting does in the UI.
    const restores = prepared?.restores.restores ?? [];
    grow(
      sheet,
      Math.max(plan.chartAnchorRow + 20, ...restores.map((r) => r.row)),
      Math.max(plan.width, ...restores.map((r) => r.column)),
    );
    const keepRules = prepared
      ? clearJourney(
          sheet,
          prepared.cleared,
          prepared.merges,
          { rows: plan.height, columns: plan.width },
          keys.grid,
        )
      : [];
    const { chartId } = writeSheetPlan(ctx.app, ctx.charts, sheet, plan, {
      hints: options.hints,
      language: doc.language,
      keepRules,
    });
    if (prepared) {
      applyRestores(sheet, prepared.restores.restores);
      findings = [...findings, ...prepared.restores.moved];
    }
    const skeleton = skeletonOf(merged.doc);
    storeJourney(
      sheet,
      ctx.app,
      {
        personaId: merged.persona.id,
        persona: merged.persona,
        skeleton,
        hints: options.hints,
        notes: [...new Set(plan.notes.flat().filter((n) => n !== ''))],
        ...(chartId === undefined ? {} : { chartId }),
        form: formBaseline(doc, persona),
      },
      keys.own,
    );
    upsertDocumentSkeleton(spreadsheet, ctx.app, skeleton, current, index.file);
    for (const chart of prepared?.oldCharts ?? []) sheet.removeChart(chart);
  } catch (error) {
    // All or nothing: a new sheet goes, an existing one is put back as it was, keys included.
    const visibility = ctx.app.DeveloperMetadataVisibility.DOCUMENT;
    if (prepared) {
      restoreSheet(sheet, prepared.snapshot, visibility);
      shrink(sheet, size);
    } else {
      spreadsheet.deleteSheet(sheet);
    }
    try {
      if (documentText !== null) writeStored(spreadsheet, DOCUMENT_KEY, documentText, visibility);
      else
        for (const md of spreadsheet.getDeveloperMetadata())
          if (md.getKey().indexOf(DOCUMENT_KEY) === 0) md.remove();
    } catch {
      // The sheet itself is back; the file's key is only a copy of what each sheet stores.
    }
    if (error instanceof JourneyGridError) throw error;
    throw new JourneyGridError([WRITE_FAILED(error instanceof Error ? error.message : String(error))]);
  }
  return {
    sheetName: sheet.getName(),
    sheetId: sheet.getSheetId(),
    created: !existing,
    pendingRemovals: merged.pending,
    keptCells: merged.kept,
    printUrl: printUrl(spreadsheet.getId(), sheet.getSheetId()),
    findings,
  };
}

export function printUrl(spreadsheetId: string, sheetId: number): string {
  const options =
    'format=pdf&portrait=false&fitw=true&size=A4&gridlines=false&fzr=true&sheetnames=false&printtitle=false';
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${options}&gid=${sheetId}`;
}
