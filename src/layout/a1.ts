/**
 * A1 notation for the sheet plan's 1-based rows and columns (`C7`, column 27 is `AA`): the
 * SpreadsheetApp writer, Send to Sheets and the readers' finding addresses all name cells so.
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
