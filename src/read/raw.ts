/**
 * What a host hands the reader: the cells of one journey (Sheets: the used range of a sheet;
 * Slides: the table and card of a slide) as the user sees them, plus the keys still attached to
 * rows and columns, and the journey's own key. Nothing host-specific crosses this line.
 */
import type { JourneyDocument, Persona } from '../model/types';

export interface RawCell {
  /** The text the cell shows (formulas: their result; numbers: formatted). */
  text: string;
  /** The underlying value where the host has one (Sheets' getValues); else the text. */
  value: string | number | boolean | null;
  note?: string;
  /** The cell's number format where the host has one (Sheets): it says what a number means. */
  numberFormat?: string;
}

export interface RawTable {
  cells: RawCell[][];
  /** Per row, the raw key value left by the builder, if the row still has one. */
  rowKeys: (string | undefined)[];
  columnKeys: (string | undefined)[];
  /**
   * The grid runs to the last row and column (a Slides table is the grid, so a row or column
   * added at its end is a lane or stage); unset, it ends at the last keyed row and column (a
   * sheet has the team's own cells beside the grid).
   */
  gridToEdges?: boolean;
  /** A human address for findings: `C7` in Sheets, `slide 2, row 3, column 4` in Slides. */
  address(row: number, column: number): string;
}

/** The document without its per-persona content: stored once per spreadsheet or deck. */
export type DocumentSkeleton = Omit<JourneyDocument, 'personas' | 'journeys'>;

/** Stored with each journey sheet or slide. */
export interface JourneyKey {
  personaId: string;
  persona: Persona;
}

export function skeletonOf(doc: JourneyDocument): DocumentSkeleton {
  const { personas: _p, journeys: _j, ...skeleton } = doc;
  return skeleton;
}
