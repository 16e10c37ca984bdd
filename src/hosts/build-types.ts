/**
 * What both hosts' builders take and give back (a Slides build adds its slide ids), so the server
 * and the sidebar treat a build in Sheets and in Slides alike. Shared host code.
 */
import type { Finding } from '../read/findings';
import type { PendingRemoval } from '../read/rebuild';

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
