/**
 * A1 notation: column letters, parsing `B2`, `B2:D5`, `A:C`, `3:5`, `A2:B` (open-ended down to
 * the last row) with or without `$`, and formatting ranges back the way Apps Script prints them.
 */
import type { Rect } from './dims';

export function columnLetters(column1: number): string {
  let n = column1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface ParsedA1 {
  rect: Rect;
  /** `A:C`: every row of the columns. */
  wholeColumns: boolean;
  /** `3:5`: every column of the rows. */
  wholeRows: boolean;
}

type Part =
  | { kind: 'cell'; row: number; col: number }
  | { kind: 'col'; col: number }
  | { kind: 'row'; row: number };

function parsePart(text: string): Part | null {
  const t = text.replace(/\$/g, '').trim();
  let m = /^([A-Za-z]{1,3})(\d+)$/.exec(t);
  if (m?.[1] && m[2]) return { kind: 'cell', col: columnNumber(m[1]), row: Number(m[2]) };
  m = /^([A-Za-z]{1,3})$/.exec(t);
  if (m?.[1]) return { kind: 'col', col: columnNumber(m[1]) };
  m = /^(\d+)$/.exec(t);
  if (m?.[1]) return { kind: 'row', row: Number(m[1]) };
  return null;
}

/** Parses A1 notation against a sheet of the given size; null when it is not A1 notation. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): ParsedA1 | null {
  const pieces = String(a1).split(':');
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0] ?? '');
  const b = pieces.length === 2 ? parsePart(pieces[1] ?? '') : a;
  if (!a || !b) return null;
  let rect: Rect;
  let wholeColumns = false;
  let wholeRows = false;
  if (a.kind === 'cell' && b.kind === 'cell') {
    rect = { r1: a.row - 1, c1: a.col - 1, r2: b.row - 1, c2: b.col - 1 };
  } else if (a.kind === 'col' && b.kind === 'col') {
    rect = { r1: 0, c1: a.col - 1, r2: maxRows - 1, c2: b.col - 1 };
    wholeColumns = true;
  } else if (a.kind === 'row' && b.kind === 'row') {
    rect = { r1: a.row - 1, c1: 0, r2: b.row - 1, c2: maxColumns - 1 };
    wholeRows = true;
  } else if (a.kind === 'cell' && b.kind === 'col') {
    rect = { r1: a.row - 1, c1: a.col - 1, r2: maxRows - 1, c2: b.col - 1 };
  } else {
    return null;
  }
  if (pieces.length === 1 && a.kind !== 'cell') return null;
  const norm: Rect = {
    r1: Math.min(rect.r1, rect.r2),
    r2: Math.max(rect.r1, rect.r2),
    c1: Math.min(rect.c1, rect.c2),
    c2: Math.max(rect.c1, rect.c2),
  };
  if (norm.r1 < 0 || norm.c1 < 0) return null;
  return { rect: norm, wholeColumns, wholeRows };
}

export function cellA1(row0: number, col0: number): string {
  return `${columnLetters(col0 + 1)}${row0 + 1}`;
}

/** A1 text of a rectangle; whole rows/columns print as `3:5` / `A:C` when flagged. */
export function rectA1(rect: Rect, flags: { wholeRows?: boolean; wholeColumns?: boolean } = {}): string {
  if (flags.wholeColumns) return `${columnLetters(rect.c1 + 1)}:${columnLetters(rect.c2 + 1)}`;
  if (flags.wholeRows) return `${rect.r1 + 1}:${rect.r2 + 1}`;
  const start = cellA1(rect.r1, rect.c1);
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? start : `${start}:${cellA1(rect.r2, rect.c2)}`;
}
