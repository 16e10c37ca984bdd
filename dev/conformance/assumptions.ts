/**
 * The emulator's assumptions (dev/emulator/README.md) and the platform limits of the project's
 * issue list, by id. Scenarios name the ids they settle; the kit's test checks every id here is
 * named by some scenario, or says here why a script cannot settle it.
 */
export interface Assumption {
  text: string;
  /** Why no scenario can settle it from a standalone script, when none can. */
  unsettleable?: string;
}

export const ASSUMPTIONS: Record<string, Assumption> = {
  'sheets.names-case': { text: 'Sheet names compare without case (uniqueness and getSheetByName).' },
  'sheets.plain-text': {
    text: 'A plain-text (@) cell takes script entries literally, a leading apostrophe included.',
  },
  'sheets.clear-keeps-merges': {
    text: 'Range.clear()/Sheet.clear() clear contents, formats, notes and validation; merges stay.',
  },
  'sheets.frozen-merge': { text: 'A merge may not straddle the frozen edge; freezing may not cut a merge.' },
  'sheets.sort': {
    text: 'Range.sort moves whole cells; row metadata stays on its row index; formulas move as text.',
  },
  'sheets.metadata-limit': { text: 'Developer metadata values are limited to 30,000 characters each.' },
  'sheets.inserted-formats': { text: 'Inserted rows and columns start blank (no inherited formats).' },
  'sheets.copyto': { text: 'Sheet.copyTo copies developer metadata but not protections.' },
  'sheets.typed-percent': {
    text: 'An entry such as "25%" gives 0.25 and a percent format, also in a cell whose own format shows no percentages (0.0"%", 0.00); a cell whose format already scales keeps it.',
  },
  'sheets.number-formats': { text: 'Number formats ignore the locale separators; dates show as M/d/yyyy.' },
  'sheets.messages': {
    text: 'Messages for empty/too-long sheet names, sorting merged cells and metadata size are our wording.',
  },
  'sheets.view-only-message': {
    text: 'The message for changing a view-only document is our wording.',
    unsettleable: 'a script cannot make its own scratch file view-only for itself',
  },
  'auth.limited': {
    text: 'LIMITED mode allows properties and locks; the e-mail needs FULL.',
    unsettleable: 'LIMITED runs only from an add-on menu or simple trigger, never from Run in the editor',
  },
  'slides.default-text': {
    text: 'A new table cell or text box has Arial 14 pt black, regular, start-aligned text.',
  },
  'slides.page-size': { text: 'A new deck is 16:9, 720 × 405 pt; 4:3 decks are 720 × 540.' },
  'slides.as-string': {
    text: "TextRange.asString() ends with \\n when the text is not empty; '' when empty.",
  },
  'slides.stripped': { text: 'Inserted text loses U+0000–U+0008, U+000C–U+001F and the Private Use Area.' },
  'slides.one-run': { text: 'Text is one run per cell or shape; typing keeps the style.' },
  'slides.append-range': {
    text: 'appendRange(range, true) copies a part of a text with its text style (not its paragraph alignment); find uses a JavaScript-like regular expression.',
  },
  'slides.table-insert': {
    text: 'insertTable shares its width evenly among the columns and its height among the rows as their minimum heights.',
  },
  'slides.row-heights': { text: 'Table rows grow to fit their text (estimated with average Arial widths).' },
  'slides.messages': {
    text: 'Errors for deleted objects, out-of-range cells and bad colours are our wording.',
  },
  'slides.user-table-edits': {
    text: 'An inserted table row copies the style of the row above; a duplicated slide gets new ids.',
    unsettleable: 'these are editor actions with no counterpart in the add-on’s SlidesApp interface',
  },
  'rest.new-files': {
    text: 'A new presentation has one slide; a new spreadsheet one "Sheet1" of 1000 × 26.',
  },
  'rest.one-run': { text: 'updateTextStyle / updateParagraphStyle always reach the whole text.' },
  'rest.lines': { text: 'A line’s box comes from size and transform; a size of 0 is allowed.' },
  'rest.row-heights': { text: 'Row heights set with updateDimensionProperties are fixed.' },
  'rest.messages': { text: 'Messages for ids, ranges and metadata locations are our wording.' },
  'rest.latency': { text: 'REST calls cost what an ordinary call costs.' },
  'rest.open-document': {
    text: 'The Slides and Sheets APIs reach the document an editor add-on runs in (scopes: *.currentonly and drive.file) only after the user picked it in Google Picker; the emulator refuses it unless told otherwise (openDocumentRest).',
    unsettleable:
      'the kit is a standalone script with the full presentations and spreadsheets scopes, so the API reaches every file it opens; only the add-on, running in a document with its own scopes, can ask (src/hosts/direct-access.ts asks once per user and file and remembers the answer)',
  },
  'slides.rest-after-read': {
    text: 'SlidesApp reads, then a Slides API batchUpdate in the same execution: the API change survives the save SlidesApp makes when the script ends; SlidesApp shows the API change at once.',
  },
  'drive.file': {
    text: 'Under drive.file a script sees only the files it created; alt=media returns a string.',
  },
  'limit.cell-chars': { text: 'A cell holds at most 50,000 characters.' },
  'limit.sheet-name': { text: 'Sheet names have a maximum length (counted in UTF-16 units).' },
  'limit.property-value': { text: 'A property value holds 9 KB, counted in UTF-8 bytes.' },
  'limit.property-store': { text: 'A property store holds 500 KB, counted in UTF-8 bytes.' },
  'limit.metadata-value': { text: 'The real developer-metadata value limit (probed upward).' },
  'limit.app-properties': { text: 'Drive appProperties: 124 bytes of UTF-8 for key and value together.' },
  'limit.rest-body': { text: 'A REST request body may not exceed 10 MiB.' },
  'sheets.chart-merge': { text: 'EmbeddedChartBuilder merges its ranges by columns unless told otherwise.' },
  'slides.create-line-category': { text: 'createLine takes `category`; `lineCategory` is deprecated.' },
  'timing.latency': { text: 'The latency model of the call counter (per-call costs).' },
};
