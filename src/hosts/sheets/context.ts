/**
 * The services a Sheets build is handed (the server passes the real ones, tests the emulator's):
 * its own file so the builder and its write steps share it without importing each other.
 */
import type { LockServiceApi } from '../ui';
import type { ChartsService, SpreadsheetAppService } from './services';

export interface SheetsContext {
  app: SpreadsheetAppService;
  charts: ChartsService;
  locks: LockServiceApi;
}
