/**
 * The slices of the Advanced Slides and Advanced Sheets services (the REST APIs seen from Apps
 * Script) that the add-on uses: "Send to Slides" / "Send to Sheets" create a file and apply
 * batchUpdates to it, under `drive.file`, which covers files the add-on creates; the fast paths on
 * the open file (a persona's slides in one batchUpdate, a spreadsheet or deck read in one get) run
 * only where the user's grant covers that file too (direct-access.ts): the `currentonly` scopes do
 * not cover the Advanced services. Shared host code: the rest/, slides/ and sheets/ hosts use it.
 *
 * Requests are typed with Google's current schemas, as the @googleapis/slides and
 * @googleapis/sheets packages carry them (type-only imports: nothing of them reaches the bundle),
 * so the builders cannot send a field the APIs no longer define. The Advanced services' own
 * declarations (@types/google-apps-script) are older and shaped differently (maps typed as
 * `object`, no nulls), so each method here takes and returns either; the checks at the end prove
 * the real services satisfy these interfaces, which hold only what src/ calls; the emulator
 * (dev/emulator/rest) implements them.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type { slides_v1 } from '@googleapis/slides';

export type SlidesRequest = slides_v1.Schema$Request;
export type SlidesPresentation = slides_v1.Schema$Presentation;
type SlidesReply = slides_v1.Schema$BatchUpdatePresentationResponse;
type AppsScriptPresentation = GoogleAppsScript.Slides.Schema.Presentation;

export interface SlidesPresentationsApi {
  create(resource: SlidesPresentation | AppsScriptPresentation): SlidesPresentation | AppsScriptPresentation;
  batchUpdate(
    resource: { requests: SlidesRequest[] } | GoogleAppsScript.Slides.Schema.BatchUpdatePresentationRequest,
    presentationId: string,
  ): SlidesReply | GoogleAppsScript.Slides.Schema.BatchUpdatePresentationResponse;
  /** A partial response (`fields`): the fast paths read only what they need of the open deck. */
  get(
    presentationId: string,
    optionalArgs?: { fields?: string },
  ): SlidesPresentation | AppsScriptPresentation;
}

/**
 * The budget of one batchUpdate body (why: rest/batches.ts): 2,000,000 bytes, under the advised
 * 2 MB whether a megabyte is read as 10^6 or 2^20 bytes. Shared by Send and the open-deck build.
 */
export const MAX_BATCH_BYTES = 2_000_000;

export interface SlidesApi {
  Presentations: SlidesPresentationsApi;
}

export type SheetsRequest = sheets_v4.Schema$Request;
export type SheetsSpreadsheet = sheets_v4.Schema$Spreadsheet;
type SheetsReply = sheets_v4.Schema$BatchUpdateSpreadsheetResponse;
type AppsScriptSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

export interface SheetsSpreadsheetsApi {
  create(resource: SheetsSpreadsheet | AppsScriptSpreadsheet): SheetsSpreadsheet | AppsScriptSpreadsheet;
  batchUpdate(
    resource: { requests: SheetsRequest[] } | GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    spreadsheetId: string,
  ): SheetsReply | GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
  /** A partial response (`fields`, `ranges`, `includeGridData`): the fast read of the open spreadsheet. */
  get(
    spreadsheetId: string,
    optionalArgs?: { fields?: string; ranges?: string[]; includeGridData?: boolean },
  ): SheetsSpreadsheet | AppsScriptSpreadsheet;
}

export interface SheetsApi {
  Spreadsheets: SheetsSpreadsheetsApi;
}

/**
 * The one Advanced Drive call a failed send needs: moving the half-made file to the trash
 * (`files.update` with `trashed: true`, allowed under `drive.file` for a file the add-on created).
 */
export interface DriveTrashApi {
  Files: { update(resource: { trashed: boolean }, fileId: string): unknown };
}

// Compile-time proof that the real Advanced services satisfy the narrow interfaces above.
type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realRestServicesSatisfyNarrowInterfaces: [
  Assignable<GoogleAppsScript.Slides, SlidesApi>,
  Assignable<GoogleAppsScript.Sheets, SheetsApi>,
  Assignable<GoogleAppsScript.Drive, DriveTrashApi>,
] = [true, true, true];
