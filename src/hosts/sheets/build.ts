/**
 * Builds one persona's journey into the active spreadsheet, or rebuilds it in place.
 *
 * A rebuild reads the sheet first and keeps what users did there: cell text typed in the sheet
 * wins over the incoming model, lanes and stages they added stay, and anything the new model
 * drops is only removed once the user confirms it (the result lists it as pending). Builds are
 * serialised with the document lock, and a protected sheet is refused before anything changes.
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
import { emptyReading, type Placement } from '../../read/read-table';
import { type Merged, mergeForRebuild, type PendingRemoval } from '../../read/rebuild';
import { BUILD_PROBLEMS } from '../build-problems';
import type { LockServiceApi } from '../ui';
import { clearJourney, type Extent, journeyExtent, restoreUnplaced } from './clear';
import { uniqueSheetName } from './names';
import {
  documentMetadata,
  journeyMetadata,
  journeySheets,
  mergeSkeletons,
  parseStored,
  readSheet,
  type StoredJourney,
} from './read';
import type {
  ChartsService,
  ConditionalFormatRule,
  Sheet,
  Spreadsheet,
  SpreadsheetAppService,
} from './services';
import { planSheet } from './sheet-plan';
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

function storeJourney(sheet: Sheet, app: SpreadsheetAppService, stored: StoredJourney): void {
  const value = JSON.stringify(stored);
  const existing = journeyMetadata(sheet);
  if (existing) existing.setValue(value);
  else sheet.addDeveloperMetadata(JOURNEY_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
}

function upsertDocumentSkeleton(
  spreadsheet: Spreadsheet,
  app: SpreadsheetAppService,
  skeleton: DocumentSkeleton,
): void {
  const existing = documentMetadata(spreadsheet);
  const previous = parseStored<DocumentSkeleton>(existing);
  // Keep stages and lanes other journeys of this file may still hold: the skeleton is a superset.
  const merged = previous ? mergeSkeletons(skeleton, previous) : skeleton;
  const value = JSON.stringify(merged);
  if (existing) existing.setValue(value);
  else spreadsheet.addDeveloperMetadata(DOCUMENT_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
}

/** Builds (or rebuilds) the journey of one persona: the sidebar calls this once per persona. */
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

function buildLocked(
  ctx: SheetsContext,
  spreadsheet: Spreadsheet,
  doc: JourneyDocument,
  persona: Persona,
  options: BuildOptions,
): BuildResult {
  // One spreadsheet holds one journey document: a different framework would clash with its persona ids.
  const current = parseStored<DocumentSkeleton>(documentMetadata(spreadsheet));
  if (current && current.frameworkId !== doc.frameworkId)
    throw new JourneyGridError([PROBLEMS.otherJourney(current.title)]);
  const incoming = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
  // The sheet of this persona, counting duplicated sheets as personas of their own (as reading does).
  const sheets = journeySheets(spreadsheet);
  const existing = sheets[assignJourneyIds(sheets.map((j) => j.stored.personaId)).indexOf(persona.id)];
  let sheet: Sheet;
  let merged: Merged;
  let findings: Finding[] = [];
  let cleared: Extent = { rows: 0, columns: 0 };
  let placement: Placement = { laneRows: {}, stageColumns: {} };
  let keepRules: ConditionalFormatRule[] = [];
  if (existing) {
    sheet = existing.sheet;
    assertEditable(ctx.app, sheet);
    const skeleton = current ?? existing.stored.skeleton;
    const read = readSheet(sheet, existing.stored, skeleton);
    findings = read.reading.findings;
    merged = mergeForRebuild(doc, persona, incoming, read.reading, options.confirmRemovals, {
      persona: existing.stored.persona,
      skeleton: mergeSkeletons(skeleton, existing.stored.skeleton),
    });
    cleared = journeyExtent(sheet);
    placement = read.reading.placement;
    keepRules = clearJourney(sheet, cleared, existing.stored.chartId);
  } else {
    const name = uniqueSheetName(
      persona.name,
      spreadsheet.getSheets().map((s) => s.getName()),
    );
    sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    merged = mergeForRebuild(doc, persona, incoming, emptyReading(), options.confirmRemovals);
  }
  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const plan = planSheet(merged.doc, merged.persona, table);
  let chartId: number | undefined;
  try {
    ({ chartId } = writeSheetPlan(ctx.app, ctx.charts, sheet, plan, {
      hints: options.hints,
      language: doc.language,
      keepRules,
    }));
  } catch (error) {
    // A half-written new sheet without its keys would only be found again as stray text.
    if (!existing) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  if (existing) findings = [...findings, ...restoreUnplaced(sheet, findings, cleared, plan, placement)];
  const skeleton = skeletonOf(merged.doc);
  storeJourney(sheet, ctx.app, {
    personaId: merged.persona.id,
    persona: merged.persona,
    skeleton,
    hints: options.hints,
    notes: [...new Set(plan.notes.flat().filter((n) => n !== ''))],
    ...(chartId === undefined ? {} : { chartId }),
  });
  upsertDocumentSkeleton(spreadsheet, ctx.app, skeleton);
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
