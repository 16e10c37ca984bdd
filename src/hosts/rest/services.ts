/**
 * The slices of the Advanced Slides and Advanced Sheets services (the REST APIs seen from Apps
 * Script) that "Send to Slides" and "Send to Sheets" use: create a file, apply one batchUpdate,
 * and get it back. They work under `drive.file` for files the add-on creates, which is why the
 * add-on uses them only for new files and never for the open document (the `currentonly` scopes do not cover the Advanced services).
 *
 * Request and response bodies are the published schema types (plain JSON); the collections are
 * re-declared narrowly, and the checks at the end prove the real services satisfy them, so the
 * emulator (dev/emulator/rest) implements exactly these methods.
 */
export type SlidesRequest = GoogleAppsScript.Slides.Schema.Request;
export type SlidesPresentation = GoogleAppsScript.Slides.Schema.Presentation;
export type SlidesBatchResponse = GoogleAppsScript.Slides.Schema.BatchUpdatePresentationResponse;

export interface SlidesPresentationsApi {
  create(resource: SlidesPresentation): SlidesPresentation;
  batchUpdate(resource: { requests: SlidesRequest[] }, presentationId: string): SlidesBatchResponse;
  get(presentationId: string): SlidesPresentation;
}

export interface SlidesApi {
  Presentations: SlidesPresentationsApi;
}

export type SheetsRequest = GoogleAppsScript.Sheets.Schema.Request;
export type SheetsSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
export type SheetsBatchResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;

export interface SheetsSpreadsheetsApi {
  create(resource: SheetsSpreadsheet): SheetsSpreadsheet;
  batchUpdate(resource: { requests: SheetsRequest[] }, spreadsheetId: string): SheetsBatchResponse;
  get(spreadsheetId: string): SheetsSpreadsheet;
}

export interface SheetsApi {
  Spreadsheets: SheetsSpreadsheetsApi;
}

// Compile-time proof that the real Advanced services satisfy the narrow interfaces above.
type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realRestServicesSatisfyNarrowInterfaces: [
  Assignable<GoogleAppsScript.Slides, SlidesApi>,
  Assignable<GoogleAppsScript.Sheets, SheetsApi>,
] = [true, true];
