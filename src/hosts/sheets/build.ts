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
import type { CellValue, JourneyCells, JourneyDocument, Lane, Persona, Stage } from '../../model/types';
import { validateDocument } from '../../model/validate';
import { unionInOrder } from '../../read/assemble';
import type { Finding } from '../../read/findings';
import type { DocumentSkeleton } from '../../read/raw';
import { skeletonOf } from '../../read/raw';
import type { TableReading } from '../../read/read-table';
import type { LockServiceApi } from '../ui';
import { clearJourney, type Extent, journeyExtent, restoreUnplaced } from './clear';
import { uniqueSheetName } from './names';
import {
  documentMetadata,
  journeySheets,
  mergeSkeletons,
  parseStored,
  readSheet,
  type StoredJourney,
} from './read';
import type { ChartsService, Sheet, Spreadsheet, SpreadsheetAppService } from './services';
import { planSheet } from './sheet-plan';
import { writeSheetPlan } from './write';

export interface BuildOptions {
  /** Grey example text in empty text cells. */
  hints: boolean;
  /** Remove stages and lanes that the sheet has but the model no longer has. */
  confirmRemovals: boolean;
}

export interface PendingRemoval {
  kind: 'stage' | 'lane';
  id: string;
  label: string;
  /** Cells with content that would go with it. */
  filledCells: number;
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
  unknownPersona: (id: string) =>
    problem(
      'personaId',
      'unknown-persona',
      `ペルソナ「${id}」がモデルにありません。`,
      `The model has no persona "${id}".`,
    ),
  busy: problem(
    '',
    'busy',
    '別の作成処理が実行中です。少し待ってからもう一度お試しください。',
    'Another build is running in this file. Wait a moment and try again.',
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

function filled(cells: JourneyCells, laneId?: string, stageId?: string): number {
  let count = 0;
  for (const [lane, row] of Object.entries(cells)) {
    if (laneId && lane !== laneId) continue;
    for (const stage of Object.keys(row)) if (!stageId || stage === stageId) count++;
  }
  return count;
}

function fits(lane: Lane, value: CellValue): boolean {
  if (lane.kind === 'text') return typeof value === 'string';
  if (lane.kind === 'emotion')
    return typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2;
  return typeof value === 'number' && Number.isFinite(value);
}

interface Merged {
  doc: JourneyDocument;
  cells: JourneyCells;
  pending: PendingRemoval[];
  kept: number;
}

/** The incoming model's structure, plus what the existing sheet holds. */
export function mergeWithSheet(
  doc: JourneyDocument,
  persona: Persona,
  incoming: JourneyCells,
  reading: TableReading,
  confirmRemovals: boolean,
): Merged {
  const pending: PendingRemoval[] = [];
  const docStages = new Set(doc.stages.map((s) => s.id));
  const docLanes = new Set(doc.lanes.map((l) => l.id));
  for (const s of reading.stages) {
    if (!docStages.has(s.id)) {
      pending.push({
        kind: 'stage',
        id: s.id,
        label: s.label,
        filledCells: filled(reading.cells, undefined, s.id),
      });
    }
  }
  for (const l of reading.lanes) {
    if (!docLanes.has(l.id))
      pending.push({ kind: 'lane', id: l.id, label: l.label, filledCells: filled(reading.cells, l.id) });
  }
  const stages: Stage[] = confirmRemovals ? doc.stages : unionInOrder([doc.stages, reading.stages]);
  const lanes: Lane[] = confirmRemovals ? doc.lanes : unionInOrder([doc.lanes, reading.lanes]);
  const cells: JourneyCells = structuredCloneCells(incoming);
  let kept = 0;
  for (const lane of lanes) {
    for (const stage of stages) {
      const fromSheet = reading.cells[lane.id]?.[stage.id];
      if (fromSheet === undefined || !fits(lane, fromSheet)) continue;
      cells[lane.id] ??= {};
      const row = cells[lane.id]!;
      if (row[stage.id] !== fromSheet) kept++;
      row[stage.id] = fromSheet;
    }
  }
  const journeyDoc: JourneyDocument = {
    ...doc,
    stages,
    lanes,
    personas: [persona],
    journeys: [{ personaId: persona.id, cells }],
  };
  return { doc: journeyDoc, cells, pending: confirmRemovals ? [] : pending, kept };
}

function structuredCloneCells(cells: JourneyCells): JourneyCells {
  const copy: JourneyCells = {};
  for (const [lane, row] of Object.entries(cells)) copy[lane] = { ...row };
  return copy;
}

function upsertSheetMetadata(sheet: Sheet, app: SpreadsheetAppService, key: string, value: string): void {
  const existing = sheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .find((md) => md.getLocation().getSheet()?.getSheetId() === sheet.getSheetId());
  if (existing) existing.setValue(value);
  else sheet.addDeveloperMetadata(key, value, app.DeveloperMetadataVisibility.DOCUMENT);
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
  if (!persona) throw new JourneyGridError([PROBLEMS.unknownPersona(personaId)]);
  const spreadsheet = ctx.app.getActiveSpreadsheet();
  if (!spreadsheet) throw new JourneyGridError([PROBLEMS.noSpreadsheet]);
  const lock = ctx.locks.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new JourneyGridError([PROBLEMS.busy]);
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
  const existing = journeySheets(spreadsheet).find((j) => j.stored.personaId === persona.id);
  let sheet: Sheet;
  let merged: Merged;
  let findings: Finding[] = [];
  let cleared: Extent = { rows: 0, columns: 0 };
  if (existing) {
    sheet = existing.sheet;
    assertEditable(ctx.app, sheet);
    const skeleton = current ?? existing.stored.skeleton;
    const read = readSheet(sheet, existing.stored, skeleton);
    findings = read.reading.findings;
    merged = mergeWithSheet(doc, persona, incoming, read.reading, options.confirmRemovals);
    cleared = journeyExtent(sheet);
    clearJourney(sheet, cleared);
  } else {
    const name = uniqueSheetName(
      persona.name,
      spreadsheet.getSheets().map((s) => s.getName()),
    );
    sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    merged = mergeWithSheet(doc, persona, incoming, emptyReading(), options.confirmRemovals);
  }
  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const plan = planSheet(merged.doc, persona, table);
  writeSheetPlan(ctx.app, ctx.charts, sheet, plan, { hints: options.hints, language: doc.language });
  if (existing) findings = [...findings, ...restoreUnplaced(sheet, findings, cleared, plan)];
  const skeleton = skeletonOf(merged.doc);
  const stored: StoredJourney = {
    personaId: persona.id,
    persona,
    skeleton,
    hints: options.hints,
    notes: [...new Set(plan.notes.flat().filter((n) => n !== ''))],
  };
  upsertSheetMetadata(sheet, ctx.app, JOURNEY_KEY, JSON.stringify(stored));
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

function emptyReading(): TableReading {
  return {
    card: {},
    stages: [],
    lanes: [],
    cells: {},
    findings: [],
    missingStageIds: [],
    missingLaneIds: [],
  };
}
