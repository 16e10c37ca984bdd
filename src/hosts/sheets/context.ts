/**
 * The services a Sheets build is handed (the server passes the real ones, tests the emulator's):
 * its own file so the builder and its write steps share it without importing each other.
 */
import type { SheetsApi } from '../rest-services';
import type { LockServiceApi, PropertiesServiceApi } from '../ui';
import type { ChartsService, SpreadsheetAppService } from './services';

export interface SheetsContext {
  app: SpreadsheetAppService;
  charts: ChartsService;
  locks: LockServiceApi;
  /**
   * The Advanced Sheets service and the user's properties: the fast read of the open spreadsheet
   * when the user's grant covers it (../direct-access.ts). Absent: SpreadsheetApp only.
   */
  rest?: SheetsApi;
  properties?: PropertiesServiceApi;
}
