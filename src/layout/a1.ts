/**
 * A1 notation, both ways, for the sheet plan's 1-based rows and columns (`C7`, column 27 is
 * `AA`): the one place Journey Grid turns a column number into letters and a cell address back
 * into a row and column. The SpreadsheetApp writer, Send to Sheets, adoption and the readers'
 * finding addresses all name cells so.
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
