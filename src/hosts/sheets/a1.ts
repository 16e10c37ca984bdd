/**
 * A1 notation, both ways: the one place Journey Grid turns a column number into its letters
 * (1 → A, 27 → AA) and a cell address back into a row and column, all 1-based as Sheets counts.
 */

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `B7` → row 7, column 2; undefined for anything but one plain cell address. */
export function parseA1(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
