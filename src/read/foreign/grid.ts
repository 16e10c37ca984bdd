/**
 * What a host hands the recognizer of hand-made grids: the cells of one page (a sheet's used range,
 * one Slides table) as the user sees them, the merged areas, and how to name a cell for the user.
 * Like RawTable (../raw.ts), nothing host-specific crosses this line.
 */

/** A merged area, 0-based, in cells of this grid. */
export interface Merge {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ForeignGrid {
  /** The sheet name or `slide 2`: where findings point. */
  where: string;
  /** Displayed text per cell, row by row (rows may be ragged). */
  cells: string[][];
  merges: Merge[];
  /** `C7` in Sheets, `slide 2, row 3, column 4` in Slides. */
  address(row: number, column: number): string;
  /** Text beside the grid that is not in cells (text boxes on the slide): titles, persona lines. */
  loose?: { address: string; text: string }[];
}

/** One journey table found in a grid. Rows and columns are 0-based. */
export interface FoundTable {
  /** The first row of the table (a group-header row when there is one). */
  top: number;
  headerRow: number;
  /** Rows of stage groups above the stage row (merged headers). */
  groupRows: number[];
  labelColumn: number;
  /** Per stage: its label and the columns its header covers (one, or a merge's width). */
  stages: { label: string; columns: number[] }[];
  /** Per lane: its label and the rows its label covers (one, or a merge's height). */
  lanes: { label: string; rows: number[] }[];
  /** The last row and column of the table. */
  bottom: number;
  right: number;
}
