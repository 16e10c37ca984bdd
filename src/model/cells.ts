/**
 * What a cell may hold in each kind of lane, in one place: validation, the reader and the
 * rebuild all ask the same question.
 */
import type { CellValue, JourneyCells, LaneKind } from './types';

export function isCellValueFor(kind: LaneKind, value: CellValue): boolean {
  if (kind === 'text') return typeof value === 'string';
  if (kind === 'emotion')
    return typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2;
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The value of one cell, looking only at the document's own keys: a plain-object lookup of a lane
 * or stage id that is not there would otherwise find a built-in (`{}.constructor`, `Object.name`).
 */
export function cellOf(cells: JourneyCells, laneId: string, stageId: string): CellValue | undefined {
  const row = Object.getOwnPropertyDescriptor(cells, laneId)?.value as Record<string, CellValue> | undefined;
  return row ? (Object.getOwnPropertyDescriptor(row, stageId)?.value as CellValue | undefined) : undefined;
}
