/**
 * The service-call counter and the model of what a user waits for.
 *
 * Inside Apps Script the cost of a script is its calls into the services, not its own JavaScript,
 * so the emulator counts every public method call on every emulated object (expose.ts does the
 * counting once for all classes) and prices each call with the published figures below. A script
 * runs in executions: each `google.script.run` call from the sidebar (or a menu click) is one,
 * which starts the script afresh, opens the document, and commits queued writes (Sheets) or saves
 * the deck (Slides) when it ends. `startExecution` / `endExecution` mark those boundaries; the
 * benchmark adds one round trip per execution to get the user's wait.
 *
 * Every figure says where it comes from (../shared/reference/performance-evidence.md has the full
 * citations). Figures with no public measurement are marked ASSUMPTION: a recorded run of the
 * conformance kit is what should replace them.
 */

/** One priced figure: milliseconds, and where the number comes from. */
export interface Figure {
  ms: number;
  source: string;
}

export const FIGURES = {
  roundTrip: {
    ms: 1500,
    source:
      'google.script.run re-initialises the script on every call; reported 0.7–5 s in the field ' +
      "(Google's HTML-service communication guide; labnol/apps-script-starter issue 25; " +
      'enuchi/gas-client issue 35). Central figure 1.5 s.',
  },
  documentOpen: {
    ms: 250,
    source:
      'Opening a spreadsheet and reading once 0.3 s, writing once 0.2 s (tanaikech.github.io, 2022-04-25).',
  },
  serverCall: {
    ms: 100,
    source:
      '1,000 alternating per-cell getValue/setValue ≈ 319 s, i.e. ≈ 160 ms per server round trip ' +
      '(moseskim/google-app-scripts-3rd, ch. 16); a first getSheetName ≈ 150 ms, getActiveSheet 8 ms ' +
      '(tanaikech.github.io, 2022-08-31). Central figure 100 ms.',
  },
  cachedRead: {
    ms: 0.3,
    source: 'A cached getValue ≈ 0.3 ms (tanaikech.github.io, 2017-10-27).',
  },
  queuedWrite: {
    ms: 0.5,
    source:
      'Queuing one setValues of 4,000 cells takes < 50 ms (Mogsdad, Stack Overflow, ' +
      '"What is faster: ScriptDb or SpreadsheetApp?"): a queued call costs well under 1 ms.',
  },
  commitPerCell: {
    ms: (610 - 50 - 100) / 4000,
    source:
      'The same 4,000 cells with flush() ≈ 610 ms (Mogsdad, as above): after the 50 ms to queue and ' +
      'one server call, ≈ 0.115 ms per cell written.',
  },
  metadataFind: {
    ms: 150,
    source:
      'ASSUMPTION: no published figure for developer-metadata finds; priced like a first read of the ' +
      "document's structure (getSheetName ≈ 150 ms, tanaikech.github.io, 2022-08-31).",
  },
  slidesCall: {
    ms: 5,
    source:
      'ASSUMPTION: no published per-call figure for SlidesApp. The deck is loaded when the script ' +
      "starts and saved when it ends (Google's Slides lifecycle guide), so a call is not a round trip.",
  },
  slidesLoad: {
    ms: 250,
    source: 'ASSUMPTION: loading the deck priced like opening a document (tanaikech.github.io, 2022-04-25).',
  },
  slidesSave: {
    ms: 250,
    source:
      'ASSUMPTION: saving the deck at the end priced like one document write (tanaikech.github.io, 2022-04-25).',
  },
  propertyGet: {
    ms: 30,
    source: 'PropertiesService get ≈ 30 ms (20–84) (ziritione.org, Apps Script performance).',
  },
  propertySet: {
    ms: 62,
    source: 'PropertiesService set ≈ 62 ms (43–231) (ziritione.org, Apps Script performance).',
  },
  lock: {
    ms: 30,
    source: 'ASSUMPTION: no published figure for LockService; priced like a PropertiesService get.',
  },
  restCall: {
    ms: 500,
    source:
      'An Advanced-service call such as Sheets.Spreadsheets.get ≈ 350 ms (tanaikech.github.io, ' +
      '2022-08-31); a batchUpdate carries more work: central figure 500 ms.',
  },
  restPerRequest: {
    ms: 1,
    source:
      'ASSUMPTION: 1 ms per request inside a batchUpdate (130 slides written in < 30 s after batching, ' +
      'k1LoW/deck pull 316, bounds it from above).',
  },
  local: {
    ms: 0.05,
    source: 'ASSUMPTION: builders, enums, HtmlOutput and navigation live in the script: negligible.',
  },
  ui: {
    ms: 20,
    source: 'ASSUMPTION: a Ui call (menu, sidebar, alert) hands work to the editor: priced low.',
  },
} as const satisfies Record<string, Figure>;

export type FigureName = keyof typeof FIGURES;

/** The figures in use: the published ones, or measured ones from a recorded conformance run. */
let active: Record<FigureName, Figure> = { ...FIGURES };

/** Replaces some figures (e.g. by a recording's medians); returns what was replaced. */
export function useFigures(replacements: Partial<Record<FigureName, Figure>>): FigureName[] {
  active = { ...active, ...replacements };
  return Object.keys(replacements) as FigureName[];
}

export function figures(): Readonly<Record<FigureName, Figure>> {
  return active;
}

export type CallKind =
  | 'local'
  | 'cached-read'
  | 'server-read'
  | 'metadata-find'
  | 'write'
  | 'flush'
  | 'slides'
  | 'property-get'
  | 'property-set'
  | 'lock'
  | 'rest'
  | 'ui';

/** Objects that live in the script's own memory: their methods never reach a server. */
const LOCAL_APIS = new Set([
  'Menu',
  'HtmlOutput',
  'HtmlService',
  'HtmlTemplate',
  'ScriptApp',
  'Session',
  'User',
  'PropertiesService',
  'LockService',
  'Utilities',
  'Blob',
  'DataValidationBuilder',
  'DataValidation',
  'EmbeddedChartBuilder',
  'ContainerInfo',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
]);

/** SlidesApp objects: the deck is in the script's memory between load and save. */
const SLIDES_APIS = new Set([
  'SlidesApp',
  'Presentation',
  'Slide',
  'PageElement',
  'Shape',
  'Table',
  'TableColumn',
  'TableRow',
  'TableCell',
  'TextRange',
  'TextStyle',
  'ParagraphStyle',
  'Fill',
  'Line',
  'LineFill',
  'Border',
]);

/**
 * SpreadsheetApp methods that only navigate or read what the object already carries (a Range's
 * coordinates, a fetched metadata entry's key): no server, nearly free.
 */
const LOCAL_METHODS = new Set([
  'SpreadsheetApp.getUi',
  'Spreadsheet.getId',
  'Spreadsheet.getUrl',
  'Spreadsheet.createDeveloperMetadataFinder',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Sheet.getParent',
  'Sheet.newChart',
  'Sheet.createDeveloperMetadataFinder',
  'Range.getCell',
  'Range.getSheet',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.createDeveloperMetadataFinder',
  'RangeList.getRanges',
  'DeveloperMetadata.getId',
  'DeveloperMetadata.getKey',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getLocation',
  'EmbeddedChart.getChartId',
  'EmbeddedChart.getRanges',
  'EmbeddedChart.getContainerInfo',
  'EmbeddedChart.modify',
]);

/**
 * Reads of the spreadsheet's structure (sheets, names, sizes, frozen panes): loaded with the
 * document, so cached once the execution has reached the server. ASSUMPTION, after Tanaike's
 * 2022-08-31 figures (getActiveSheet 8 ms, getSheetId 2 ms once the spreadsheet is loaded).
 */
const STRUCTURE_READS = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'Spreadsheet.getSheets',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getNumSheets',
  'Spreadsheet.getActiveSheet',
  'Spreadsheet.getName',
  'Spreadsheet.getSpreadsheetLocale',
  'Sheet.getName',
  'Sheet.getSheetId',
  'Sheet.getIndex',
  'Sheet.getFrozenRows',
  'Sheet.getFrozenColumns',
  'Sheet.getMaxRows',
  'Sheet.getMaxColumns',
  'Sheet.isSheetHidden',
]);

const READ_PREFIX = /^(get|is|can|has|find)/;

/**
 * Writes that change no cell, priced as one entry whatever their range spans. A row or column key
 * is one developer-metadata entry whose location is the dimension ("Represents the row or column
 * when metadata is associated with a dimension": DeveloperMetadataLocation.dimensionRange, Sheets
 * API reference), so a key on column B of a 1,000-row sheet is not 1,000 cells written:
 * commitPerCell was measured on cell values (setValues), not on metadata.
 */
const NO_CELLS = new Set(['Range.addDeveloperMetadata']);

/** The REST services of the Advanced Google services (Sheets, Slides, Drive). */
function isRest(api: string): boolean {
  return /^(Sheets|Slides|Drive)(\.|$)/.test(api);
}

export function classifyCall(api: string, method: string): CallKind {
  const name = `${api}.${method}`;
  if (api === 'SpreadsheetApp' && method === 'flush') return 'flush';
  if (api === 'Ui' || name === 'Menu.addToUi' || name === 'Spreadsheet.toast') return 'ui';
  // A finder's find() is where the server is asked.
  if (name === 'DeveloperMetadataFinder.find') return 'metadata-find';
  if (SLIDES_APIS.has(api)) return 'slides';
  if (api === 'Properties') return READ_PREFIX.test(method) ? 'property-get' : 'property-set';
  if (api === 'Lock') return 'lock';
  if (isRest(api)) return 'rest';
  if (STRUCTURE_READS.has(name)) return 'cached-read';
  if (LOCAL_APIS.has(api) || LOCAL_METHODS.has(name)) return 'local';
  if (api === 'SpreadsheetApp') return 'local';
  return READ_PREFIX.test(method) ? 'server-read' : 'write';
}

/** What a call carries that changes its price: cells written, requests in a batch. */
export interface CallDetail {
  cells?: number;
  requests?: number;
}

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
  /** Modelled milliseconds inside Apps Script (executions, not the round trips around them). */
  modelledMs: number;
  /** Executions counted so far (ended, plus the one in progress if it made any call). */
  executions: number;
  /** Times queued Sheets writes were sent to the server (a read, a flush, an execution's end). */
  commits: number;
}

interface Execution {
  calls: number;
  ms: number;
  pendingWrites: number;
  pendingCells: number;
  reachedServer: boolean;
  openedDocument: boolean;
  loadedDeck: boolean;
  changedDeck: boolean;
}

function freshExecution(): Execution {
  return {
    calls: 0,
    ms: 0,
    pendingWrites: 0,
    pendingCells: 0,
    reachedServer: false,
    openedDocument: false,
    loadedDeck: false,
    changedDeck: false,
  };
}

export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  private endedMs = 0;
  private endedExecutions = 0;
  private commits = 0;
  private current = freshExecution();

  /** Records one call of `api.method` (e.g. "Range", "setValues"). */
  record(api: string, method: string, detail: CallDetail = {}): void {
    const key = `${api}.${method}`;
    this.total += 1;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    const run = this.current;
    run.calls += 1;
    switch (classifyCall(api, method)) {
      case 'local':
        run.ms += active.local.ms;
        break;
      case 'cached-read':
        this.commitPending();
        run.ms += run.reachedServer ? active.cachedRead.ms : active.serverCall.ms;
        run.reachedServer = true;
        if (key.startsWith('SpreadsheetApp.getActive')) run.openedDocument = true;
        break;
      case 'server-read':
        this.commitPending();
        run.ms += active.serverCall.ms;
        run.reachedServer = true;
        break;
      case 'metadata-find':
        this.commitPending();
        run.ms += active.metadataFind.ms;
        run.reachedServer = true;
        break;
      case 'write':
        run.ms += active.queuedWrite.ms;
        run.pendingWrites += 1;
        run.pendingCells += NO_CELLS.has(key) ? 1 : Math.max(1, detail.cells ?? 1);
        break;
      case 'flush':
        this.commitPending();
        break;
      case 'slides':
        if (!run.loadedDeck) run.ms += active.slidesLoad.ms;
        run.loadedDeck = true;
        run.ms += active.slidesCall.ms;
        if (!READ_PREFIX.test(method) && !method.startsWith('as')) run.changedDeck = true;
        break;
      case 'property-get':
        run.ms += active.propertyGet.ms;
        break;
      case 'property-set':
        run.ms += active.propertySet.ms;
        break;
      case 'lock':
        run.ms += active.lock.ms;
        break;
      case 'rest':
        run.ms += active.restCall.ms + (detail.requests ?? 0) * active.restPerRequest.ms;
        break;
      case 'ui':
        run.ms += active.ui.ms;
        break;
    }
  }

  /** Time spent waiting (e.g. tryLock on a lock held elsewhere), added to the model. */
  addWait(ms: number): void {
    this.current.ms += Math.max(0, ms);
  }

  /** A new execution starts (a google.script.run call, a menu click, a trigger). */
  startExecution(): void {
    if (this.current.calls > 0) this.endExecution();
    this.current = freshExecution();
  }

  /** Ends the execution: queued writes are committed, a changed deck is saved. Returns its ms. */
  endExecution(): number {
    const ms = this.projectedEnd();
    if (this.current.calls > 0) {
      if (this.current.pendingWrites > 0) this.commits += 1;
      this.endedMs += ms;
      this.endedExecutions += 1;
    }
    this.current = freshExecution();
    return ms;
  }

  count(method: string): number {
    return this.byMethod[method] ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.endedMs = 0;
    this.endedExecutions = 0;
    this.commits = 0;
    this.current = freshExecution();
  }

  snapshot(): CallSnapshot {
    const inProgress = this.current.calls > 0;
    return {
      total: this.total,
      byMethod: { ...this.byMethod },
      modelledMs: Math.round((this.endedMs + (inProgress ? this.projectedEnd() : 0)) * 10) / 10,
      executions: this.endedExecutions + (inProgress ? 1 : 0),
      commits: this.commits + (this.current.pendingWrites > 0 ? 1 : 0),
    };
  }

  private commitPending(): void {
    const run = this.current;
    if (run.pendingWrites === 0) return;
    run.ms += active.serverCall.ms + run.pendingCells * active.commitPerCell.ms;
    run.pendingWrites = 0;
    run.pendingCells = 0;
    run.reachedServer = true;
    this.commits += 1;
  }

  /** The execution's time if it ended now: its calls, the last commit, the deck's save, the open. */
  private projectedEnd(): number {
    const run = this.current;
    let ms = run.ms;
    if (run.pendingWrites > 0) ms += active.serverCall.ms + run.pendingCells * active.commitPerCell.ms;
    if (run.changedDeck) ms += active.slidesSave.ms;
    if (run.openedDocument) ms += active.documentOpen.ms;
    return ms;
  }
}

/** What the user waits for: one round trip per execution plus the executions themselves. */
export function userWaitMs(roundTrips: number, modelledMs: number): number {
  return Math.round(roundTrips * active.roundTrip.ms + modelledMs);
}
