/**
 * Structural changes of one sheet dimension (rows or columns): insert, delete, move.
 *
 * Every such change is described once as a DimOp, from which we derive (a) the new order of the
 * old indices, used to rearrange per-row/per-column arrays (cells, heights, widths), and (b) a map
 * old index → new index (null when deleted), used for everything anchored to grid positions:
 * merges, chart ranges and anchors, protected ranges, developer metadata, frozen counts and the
 * references inside formulas. All indices here are 0-based.
 */

export type DimOp =
  /**
   * `inherit`: the new lines take the formats and size of the line before or after them, as the
   * Sheets API's insertDimension does with inheritFromBefore
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#InsertDimensionRequest).
   */
  | { kind: 'insert'; at: number; count: number; inherit?: 'before' | 'after' }
  | { kind: 'delete'; at: number; count: number }
  /** Moves [from, from+count) before the old index `to` (Sheet.moveRows semantics). */
  | { kind: 'move'; from: number; count: number; to: number };

/** 0-based inclusive rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type Axis = 'row' | 'col';

/** For each new position, the old index it comes from, or -1 for a freshly inserted line. */
export function newOrder(op: DimOp, size: number): number[] {
  const old = Array.from({ length: size }, (_, i) => i);
  switch (op.kind) {
    case 'insert':
      return [...old.slice(0, op.at), ...new Array<number>(op.count).fill(-1), ...old.slice(op.at)];
    case 'delete':
      return [...old.slice(0, op.at), ...old.slice(op.at + op.count)];
    case 'move': {
      const moved = old.slice(op.from, op.from + op.count);
      const rest = [...old.slice(0, op.from), ...old.slice(op.from + op.count)];
      const k = rest.filter((i) => i < op.to).length;
      return [...rest.slice(0, k), ...moved, ...rest.slice(k)];
    }
  }
}

export type IndexMap = (index: number) => number | null;

export function indexMap(op: DimOp): IndexMap {
  switch (op.kind) {
    case 'insert':
      return (i) => (i < op.at ? i : i + op.count);
    case 'delete':
      return (i) => (i < op.at ? i : i < op.at + op.count ? null : i - op.count);
    case 'move': {
      const { from, count, to } = op;
      if (to >= from && to <= from + count) return (i) => i;
      if (to < from) {
        // Lines [to, from) shift down by count; the moved block lands at `to`.
        return (i) => (i >= from && i < from + count ? to + (i - from) : i >= to && i < from ? i + count : i);
      }
      // to > from + count: lines [from+count, to) shift up; the block lands just before old `to`.
      return (i) =>
        i >= from && i < from + count ? to - count + (i - from) : i >= from + count && i < to ? i - count : i;
    }
  }
}

/** Maps the span [a, b] to the smallest span holding its surviving lines, or null if none survive. */
export function mapSpan(a: number, b: number, map: IndexMap): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = a; i <= b; i++) {
    const j = map(i);
    if (j === null) continue;
    if (j < lo) lo = j;
    if (j > hi) hi = j;
  }
  return lo <= hi ? [lo, hi] : null;
}

export function mapRect(rect: Rect, axis: Axis, map: IndexMap): Rect | null {
  if (axis === 'row') {
    const span = mapSpan(rect.r1, rect.r2, map);
    return span ? { ...rect, r1: span[0], r2: span[1] } : null;
  }
  const span = mapSpan(rect.c1, rect.c2, map);
  return span ? { ...rect, c1: span[0], c2: span[1] } : null;
}

/** A frozen count after the change: inserting inside the frozen block grows it, deleting shrinks it. */
export function mapFrozen(op: DimOp, frozen: number): number {
  if (op.kind === 'insert') return op.at < frozen ? frozen + op.count : frozen;
  if (op.kind === 'delete') {
    const removed = Math.max(0, Math.min(frozen, op.at + op.count) - op.at);
    return frozen - removed;
  }
  return frozen;
}

/** Rearranges an array by newOrder; inserted positions take `fill()`. */
export function reorder<T>(items: readonly T[], order: readonly number[], fill: () => T): T[] {
  return order.map((i) => (i < 0 ? fill() : (items[i] as T)));
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && inner.r2 <= outer.r2 && outer.c1 <= inner.c1 && inner.c2 <= outer.c2;
}
