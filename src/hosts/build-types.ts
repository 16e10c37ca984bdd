/**
 * What both hosts' builders take and give back (a Slides build adds its slide ids), so the server
 * and the sidebar treat a build in Sheets and in Slides alike. Shared host code.
 */
import type { Finding } from '../read/findings';
import type { PendingRemoval } from '../read/rebuild';
import type { DirectAccess } from './direct-access';

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
  /**
   * Whether this build could reach the open file through the REST API (../direct-access.ts):
   * 'denied' lets the sidebar offer the one-time grant. Absent where the host has no fast path.
   */
  direct?: DirectAccess;
}
