/**
 * What a cell may hold in each kind of lane, in one place: validation, the reader and the
 * rebuild all ask the same question.
 */
import type { CellValue, LaneKind } from './types';

export function isCellValueFor(kind: LaneKind, value: CellValue): boolean {
  if (kind === 'text') return typeof value === 'string';
  if (kind === 'emotion')
    return typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2;
  return typeof value === 'number' && Number.isFinite(value);
}
