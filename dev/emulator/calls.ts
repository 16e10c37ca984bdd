/**
 * The service-call counter and its latency model.
 *
 * Inside Apps Script the cost of a script is dominated by calls into the services, not by its own
 * JavaScript, so the emulator counts every public method call on every emulated object (see
 * expose.ts, which does the counting once for all classes). `estimatedMs` turns those counts into
 * a rough duration so two implementations of the same feature can be compared.
 *
 * The per-call figures below are ESTIMATES FOR COMPARISON, NOT MEASUREMENTS. They are orders of
 * magnitude taken from public reports: SpreadsheetApp queues writes and sends them in batches, a
 * read that needs the server forces queued writes out first (a flush), and one flush costs tens
 * of milliseconds (a Stack Overflow experiment: 400 flushes ≈ 12 s, 4,000 cells in one
 * setValues < 50 ms). Builders, enum look-ups and HtmlOutput are local objects and nearly free.
 */

export type CallKind = 'local' | 'read' | 'write' | 'flush' | 'service' | 'ui';

/** Milliseconds per call, by kind. Estimates for comparison, not measurements. */
export const LATENCY_MS: Readonly<Record<CallKind, number>> = {
  local: 0.05,
  read: 10,
  write: 1,
  flush: 30,
  service: 15,
  ui: 20,
};

/** Objects that live in the script's own memory: their methods never reach a server. */
const LOCAL_APIS = new Set([
  'Menu',
  'HtmlOutput',
  'DataValidationBuilder',
  'DataValidation',
  'EmbeddedChartBuilder',
  'ContainerInfo',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'User',
]);

/**
 * Methods that only navigate or read what the object already carries (a Range's coordinates, a
 * sheet's name, a fetched metadata entry's key): no server round trip, so no flush either.
 */
const LOCAL_METHODS = new Set([
  'SpreadsheetApp.getUi',
  'Spreadsheet.getId',
  'Spreadsheet.getName',
  'Spreadsheet.getUrl',
  'Spreadsheet.createDeveloperMetadataFinder',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Sheet.getName',
  'Sheet.getSheetId',
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
  'DeveloperMetadata.getVisibility',
  'DeveloperMetadata.getLocation',
  'EmbeddedChart.getChartId',
  'EmbeddedChart.getRanges',
  'EmbeddedChart.getContainerInfo',
  'EmbeddedChart.modify',
]);

const SERVICE_APIS = new Set(['Properties', 'PropertiesService', 'Lock', 'LockService', 'Session']);

const READ_PREFIX = /^(get|is|can|has|find)/;

export function classifyCall(api: string, method: string): CallKind {
  if (api === 'SpreadsheetApp' && method === 'flush') return 'flush';
  if (
    api === 'Ui' ||
    (api === 'Menu' && method === 'addToUi') ||
    (api === 'Spreadsheet' && method === 'toast')
  ) {
    return 'ui';
  }
  // A finder's find() and a builder's build() are where the real work happens.
  if (api === 'DeveloperMetadataFinder' && method === 'find') return 'read';
  if (LOCAL_APIS.has(api) || LOCAL_METHODS.has(`${api}.${method}`)) return 'local';
  if (SERVICE_APIS.has(api)) return 'service';
  if (api === 'HtmlService' || api === 'ScriptApp' || api === 'SpreadsheetApp') {
    return method === 'getActiveSpreadsheet' || method === 'getActive' ? 'read' : 'local';
  }
  return READ_PREFIX.test(method) ? 'read' : 'write';
}

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
  estimatedMs: number;
  /** How many reads had to flush queued writes first (each adds LATENCY_MS.flush). */
  implicitFlushes: number;
}

export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  estimatedMs = 0;
  implicitFlushes = 0;
  private pendingWrites = 0;

  /** Records one call of `api.method` (e.g. "Range", "setValues"). */
  record(api: string, method: string): void {
    const key = `${api}.${method}`;
    this.total += 1;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    const kind = classifyCall(api, method);
    this.estimatedMs += LATENCY_MS[kind];
    if (kind === 'write') this.pendingWrites += 1;
    if (kind === 'flush') this.pendingWrites = 0;
    if (kind === 'read' && this.pendingWrites > 0) {
      this.pendingWrites = 0;
      this.implicitFlushes += 1;
      this.estimatedMs += LATENCY_MS.flush;
    }
  }

  /** Time spent waiting (e.g. tryLock on a lock held elsewhere), added to the estimate. */
  addWait(ms: number): void {
    this.estimatedMs += Math.max(0, ms);
  }

  count(method: string): number {
    return this.byMethod[method] ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.estimatedMs = 0;
    this.implicitFlushes = 0;
    this.pendingWrites = 0;
  }

  snapshot(): CallSnapshot {
    return {
      total: this.total,
      byMethod: { ...this.byMethod },
      estimatedMs: Math.round(this.estimatedMs * 100) / 100,
      implicitFlushes: this.implicitFlushes,
    };
  }
}
