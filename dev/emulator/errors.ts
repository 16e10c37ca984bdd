/**
 * Errors the emulated services throw, shaped like Apps Script's: `name` is "Exception" and the
 * message carries Google's wording without the prefix, so `String(e)` reads
 * "Exception: The number of rows in the data does not match …" exactly as in the Apps Script log,
 * while `e.message` is the bare text the add-on would see from `catch (e) { e.message }`.
 *
 * Messages are collected here so tests, the emulator and the report agree on one wording. Where
 * Google's exact text is not documented the message is marked as our own choice.
 */

export class AppsScriptException extends Error {
  override readonly name = 'Exception';
}

export function exception(message: string): AppsScriptException {
  return new AppsScriptException(message);
}

/** Thrown by the user-edit helpers when the Sheets UI itself would refuse the edit. */
export class UserEditRejected extends Error {
  override readonly name = 'UserEditRejected';
  constructor(
    message: string,
    readonly reason: 'validation' | 'protection' | 'read-only' | 'invalid',
  ) {
    super(message);
  }
}

export const messages = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  cellOutOfRange: 'Cell reference out of range',
  metadataOnArbitraryRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  // Our wording: the 30,000-character cap per metadata value is an assumption (see metadata.ts).
  metadataValueTooLong: (length: number, max: number) =>
    `Developer metadata value is too long: ${length} characters, the maximum is ${max}.`,
  sheetNameTaken: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  // Our wording: Google's text for these two is not documented.
  sheetNameEmpty: 'Invalid argument: sheet name must not be empty.',
  sheetNameTooLong: (max: number) => `Invalid argument: sheet name must be at most ${max} characters.`,
  lastSheet: "You can't remove all the sheets in a document.",
  sheetDeleted: (name: string) => `The sheet "${name}" has been deleted.`,
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: "You can't delete all the rows on the sheet.",
  deleteAllColumns: "You can't delete all the columns on the sheet.",
  mergePartial: 'You must select all cells in a merged range to merge or unmerge them.',
  // The Sheets UI's wording for the two frozen-pane conflicts.
  mergeAcrossFrozen: (axis: 'rows' | 'columns') => `You can't merge frozen and non-frozen ${axis}.`,
  freezePartialMerge: (axis: 'rows' | 'columns') =>
    `Sorry, it is not possible to freeze ${axis} which contain only part of a merged cell.`,
  // Our wording.
  sortMerged: 'You cannot sort a range that contains merged cells.',
  sortColumnOutside: (column: number) => `The sort column ${column} is outside the range being sorted.`,
  frozenTooMany: 'You cannot freeze that many rows or columns: the sheet is not large enough.',
  protected:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  // Our wording for a document the user may only view (Google's text for this case is not documented).
  readOnly: 'You do not have permission to edit this document: it is open in view-only mode.',
  permission: (method: string, scope: string | null) =>
    scope
      ? `You do not have permission to call ${method}. Required permissions: ${scope}`
      : `You do not have permission to call ${method}.`,
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  propertyTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  chartNotFound: 'The chart is not embedded in this sheet.',
  validationNoCriteria: 'The data validation rule has no criteria: call a require… method before build().',
} as const;
