/**
 * Builds the journeys of one or more personas into the active spreadsheet, or rebuilds them in
 * place: everything a call needs is read and checked first, for every persona of the call, and
 * written afterwards (write-steps.ts), so a call costs one metadata find and a few commits
 * however many personas it carries.
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

import { uniqueSheetName } from '../../layout/sheet-names';
import { planSheet, type SheetPlan } from '../../layout/sheet-plan';
import { planTable } from '../../layout/table';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument, Persona } from '../../model/types';
import { validateDocument } from '../../model/validate';
import { assignJourneyIds } from '../../read/assemble';
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
import { mergeSkeletons, type StoredJourney } from '../../read/stored';
import { BUILD_PROBLEMS } from '../build-problems';
import type { BuildOptions, BuildResult } from '../build-types';
import { withLock } from '../lock';
import { HOST_MESSAGES as M } from '../messages';
import { journeyExtent, ownCharts, planRestores } from './clear';
import type { SheetsContext } from './context';
import { indexKeys, type KeyIndex, keysOfSheet, type SheetKeys } from './key-index';
import { checkPlan, sheetMerges } from './preflight';
import { documentMetadata, journeySheets, parseStored, readSheet } from './read';
import type { Sheet, Spreadsheet, SpreadsheetAppService } from './services';
import { captureSheet } from './snapshot';
import { type Planned, type Prepared, writeGroup } from './write-steps';

export type { PendingRemoval };

const PROBLEMS = {
  noSpreadsheet: problem('', 'no-spreadsheet', M.noSpreadsheet),
  otherJourney: (title: string) => problem('frameworkId', 'other-journey', M.otherJourneySheets(title)),
  protectedSheet: (name: string) => problem('', 'protected', M.protectedSheet(name)),
};

function assertEditable(app: SpreadsheetAppService, sheet: Sheet): void {
  const locked = [
    ...sheet.getProtections(app.ProtectionType.SHEET),
    ...sheet.getProtections(app.ProtectionType.RANGE),
  ].some((p) => !p.canEdit() && !p.isWarningOnly());
  if (locked) throw new JourneyGridError([PROBLEMS.protectedSheet(sheet.getName())]);
}

/** Builds (or rebuilds) the journey of one persona: a batch of one. */
export function buildPersonaJourney(
  ctx: SheetsContext,
  input: JourneyDocument,
  personaId: string,
  options: BuildOptions,
): BuildResult {
  const { built, failure } = buildPersonaJourneys(ctx, input, [personaId], options);
  if (failure !== undefined) throw failure;
  return built[0]!.result;
}

/** What a batch built, in the order asked, and what stopped it (the personas after it were not tried). */
export interface BatchOutcome {
  built: { personaId: string; result: BuildResult }[];
  failure?: unknown;
}

/**
 * Builds several personas in one execution (the sidebar sends a few per call: batches.ts) exactly
 * as one call each would, but with the calls a server round trip costs shared: one metadata find,
 * every read of every persona first, then the writes, so queued writes reach the server a fixed
 * number of times per execution, not per persona (dev/emulator/calls.ts prices each such commit).
 */
export function buildPersonaJourneys(
  ctx: SheetsContext,
  input: JourneyDocument,
  personaIds: readonly string[],
  options: BuildOptions,
): BatchOutcome {
  const built: BatchOutcome['built'] = [];
  try {
    const valid = validateDocument(input);
    if (!valid.ok) throw new JourneyGridError(valid.problems);
    const doc = valid.value;
    const spreadsheet = ctx.app.getActiveSpreadsheet();
    if (!spreadsheet) throw new JourneyGridError([PROBLEMS.noSpreadsheet]);
    return withLock(ctx.locks, 'document', (): BatchOutcome => {
      for (let at = 0; at < personaIds.length; ) {
        const group = buildGroup(ctx, spreadsheet, doc, personaIds.slice(at), options);
        built.push(...group.built);
        if (group.failure !== undefined) return { built, failure: group.failure };
        if (group.built.length === 0) break;
        at += group.built.length;
      }
      return { built };
    });
  } catch (error) {
    return { built, failure: error };
  }
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
  const charts = sheet.getCharts();
  const snapshot = captureSheet(
    sheet,
    Math.min(sheet.getMaxRows(), Math.max(1, cleared.rows, plan.height, read.raw.cells.length)),
    Math.min(
      sheet.getMaxColumns(),
      Math.max(2, cleared.columns, plan.width, read.raw.cells[0]?.length ?? 0) + findings.length + 2,
    ),
    merges,
    { rows: read.raw.rowKeys, columns: read.raw.columnKeys, journey: JSON.stringify(stored) },
    charts,
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
    oldCharts: ownCharts(charts, cleared, stored.chartId),
    snapshot,
  };
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

/** A journey sheet as the batch knows it: a sheet not inserted yet has none. */
interface KnownSheet {
  sheet?: Sheet;
  stored: StoredJourney;
}

/** What the batch has learned so far: the file as it will be once the personas before are built. */
interface BatchState {
  index: KeyIndex;
  /** The file's skeleton, merged with every prepared persona's. */
  current: DocumentSkeleton | undefined;
  sheets: KnownSheet[];
  /** Names in the spreadsheet, read once when a new sheet needs one. */
  names?: string[];
}

/** Reads, merges, plans and checks one persona against the batch's state; changes nothing. */
function planPersona(
  ctx: SheetsContext,
  spreadsheet: Spreadsheet,
  doc: JourneyDocument,
  persona: Persona,
  state: BatchState,
  options: BuildOptions,
): Planned | 'repeated' {
  const { current, sheets, index } = state;
  const incoming = doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {};
  // The sheet of this persona, counting duplicated sheets as personas of their own (as reading does).
  const known = sheets[assignJourneyIds(sheets.map((j) => j.stored.personaId)).indexOf(persona.id)];
  // The same persona twice in one call: the second is planned once the first is written.
  if (known && !known.sheet) return 'repeated';
  const existingSheet = known?.sheet;
  let merged: Merged;
  let existing: Planned['existing'];
  let read: ReturnType<typeof readSheet> | undefined;
  let keys: SheetKeys | undefined;
  if (known && existingSheet) {
    assertEditable(ctx.app, existingSheet);
    keys = keysOfSheet(index, existingSheet);
    const skeleton = current ?? known.stored.skeleton;
    read = readSheet(existingSheet, known.stored, skeleton, keys);
    merged = mergeForRebuild(
      doc,
      persona,
      incoming,
      { ...read.reading, title: documentTitle(read.reading.title, known.stored, current) },
      options.confirmRemovals,
      {
        persona: known.stored.persona,
        // What this sheet was last built with: the title too, not the file's.
        skeleton: {
          ...mergeSkeletons(skeleton, known.stored.skeleton),
          title: known.stored.skeleton.title,
        },
        ...(known.stored.form ? { form: known.stored.form } : {}),
      },
    );
  } else {
    merged = mergeForRebuild(doc, persona, incoming, emptyReading(), options.confirmRemovals);
    const title = keptFileTitle(doc, current, sheets);
    if (title !== undefined) merged = { ...merged, doc: { ...merged.doc, title } };
  }
  const table = planTable(merged.doc, merged.doc.journeys[0]!, { hints: options.hints });
  const plan = planSheet(merged.doc, merged.persona, table);
  if (known && existingSheet && read && keys) {
    const prepared = prepareRebuild(existingSheet, plan, read, known.stored);
    existing = {
      sheet: existingSheet,
      keys,
      prepared,
      size: { rows: existingSheet.getMaxRows(), columns: existingSheet.getMaxColumns() },
      sheetId: existingSheet.getSheetId(),
    };
  } else {
    checkPlan(plan, [], { rows: plan.height, columns: plan.width });
  }
  let name: string;
  if (existingSheet) {
    name = existingSheet.getName();
  } else {
    state.names ??= spreadsheet.getSheets().map((s) => s.getName());
    name = uniqueSheetName(persona.name, state.names);
  }
  const skeleton = skeletonOf(merged.doc);
  const stored: StoredJourney = {
    personaId: merged.persona.id,
    persona: merged.persona,
    skeleton,
    hints: options.hints,
    notes: [...new Set(plan.notes.flat().filter((n) => n !== ''))],
    form: formBaseline(doc, persona),
  };
  // Keep stages and lanes other journeys of this file may still hold: the skeleton is a superset.
  const fileSkeleton = current ? mergeSkeletons(skeleton, current) : skeleton;
  return {
    persona,
    doc,
    merged,
    plan,
    name,
    ...(existing ? { existing } : {}),
    stored,
    fileSkeleton,
  };
}

/** The batch's state once `p` is built (what the next persona's build would read). */
function advance(state: BatchState, p: Planned): void {
  state.current = p.fileSkeleton;
  const at = p.existing ? state.sheets.findIndex((s) => s.sheet === p.existing!.sheet) : -1;
  if (at >= 0) state.sheets[at] = { sheet: p.existing!.sheet, stored: p.stored };
  else state.sheets.push({ stored: p.stored });
  if (!p.existing) state.names!.push(p.name);
}

/**
 * Personas one after the other as far as they can be planned from one read of the file (all of
 * them, unless one repeats), then written. Returns those built, and what stopped the batch.
 */
function buildGroup(
  ctx: SheetsContext,
  spreadsheet: Spreadsheet,
  doc: JourneyDocument,
  personaIds: readonly string[],
  options: BuildOptions,
): BatchOutcome {
  // Every key of the file, found once: the rest of the batch reads and replaces from this.
  const index = indexKeys(spreadsheet);
  const documentKey = documentMetadata(spreadsheet, index);
  const documentText = documentKey.getValue();
  const current = parseStored<DocumentSkeleton>(documentKey);
  // One spreadsheet holds one journey document: a different framework would clash with its persona ids.
  if (current && current.frameworkId !== doc.frameworkId)
    throw new JourneyGridError([PROBLEMS.otherJourney(current.title)]);
  const state: BatchState = {
    index,
    current,
    sheets: journeySheets(spreadsheet, index),
  };
  const planned: Planned[] = [];
  let failure: unknown;
  for (const personaId of personaIds) {
    try {
      const persona = doc.personas.find((p) => p.id === personaId);
      if (!persona) throw new JourneyGridError([BUILD_PROBLEMS.unknownPersona(personaId)]);
      const p = planPersona(ctx, spreadsheet, doc, persona, state, options);
      if (p === 'repeated') break;
      planned.push(p);
      advance(state, p);
    } catch (error) {
      failure = error;
      break;
    }
  }
  // Everything is read and checked: only now does the spreadsheet change.
  const written = writeGroup(ctx, spreadsheet, planned, index, documentText, options);
  return {
    built: written.built.map((p) => ({ personaId: p.persona.id, result: resultOf(spreadsheet, p) })),
    ...(written.failure !== undefined || failure !== undefined
      ? { failure: written.failure ?? failure }
      : {}),
  };
}

function resultOf(spreadsheet: Spreadsheet, p: Planned): BuildResult {
  return {
    sheetName: p.name,
    sheetId: p.sheetId!,
    created: !p.existing,
    pendingRemovals: p.merged.pending,
    keptCells: p.merged.kept,
    printUrl: printUrl(spreadsheet.getId(), p.sheetId!),
    findings: [...(p.existing?.prepared.findings ?? []), ...(p.existing?.prepared.restores.moved ?? [])],
  };
}

export function printUrl(spreadsheetId: string, sheetId: number): string {
  const options =
    'format=pdf&portrait=false&fitw=true&size=A4&gridlines=false&fzr=true&sheetnames=false&printtitle=false';
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${options}&gid=${sheetId}`;
}
