/**
 * The Advanced Slides and Sheets services as the emulator and the tests use them: on top of what
 * Send to Slides / Sheets calls (src/hosts/rest/services.ts), `get`, which tests use to look at the
 * file that was made.
 */
import type * as Narrow from '../../src/hosts/rest/services';
import type { SheetsSpreadsheet, SlidesPresentation } from '../../src/hosts/rest/services';

export type * from '../../src/hosts/rest/services';

type AppsScriptPresentation = GoogleAppsScript.Slides.Schema.Presentation;
type AppsScriptSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

export interface SlidesPresentationsApi extends Narrow.SlidesPresentationsApi {}

export interface SlidesApi extends Narrow.SlidesApi {
  Presentations: SlidesPresentationsApi;
}

export interface SheetsSpreadsheetsApi extends Narrow.SheetsSpreadsheetsApi {}

export interface SheetsApi extends Narrow.SheetsApi {
  Spreadsheets: SheetsSpreadsheetsApi;
}

type Assignable<Real, Wide> = Real extends Wide ? true : never;
export const realRestServicesSatisfyUserInterfaces: [
  Assignable<GoogleAppsScript.Slides, SlidesApi>,
  Assignable<GoogleAppsScript.Sheets, SheetsApi>,
] = [true, true];
