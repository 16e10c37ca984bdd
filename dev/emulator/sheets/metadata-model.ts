/**
 * Developer metadata as stored by the spreadsheet: key, value, visibility and a location on the
 * spreadsheet, a sheet, a whole row or a whole column (the only locations Sheets supports).
 * Row and column locations keep a 0-based index that the spreadsheet remaps on every structural
 * change, so metadata travels with its row or column and is deleted with it.
 */
import type { SheetModel } from './sheet-model';

export type MetadataLocationModel =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'ROW' | 'COLUMN'; sheet: SheetModel; index: number };

export interface MetadataEntry {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocationModel;
  removed: boolean;
}

/**
 * Assumption: Google documents no per-value limit for developer metadata written through
 * SpreadsheetApp; a third-party summary mentions 30,000 characters per sheet/spreadsheet. We apply
 * 30,000 characters per value so that oversized payloads fail loudly here before they fail in
 * production.
 */
export const METADATA_VALUE_MAX_CHARS = 30_000;

export function locationSheet(entry: MetadataEntry): SheetModel | null {
  return entry.location.type === 'SPREADSHEET' ? null : entry.location.sheet;
}
