/**
 * What a conformance scenario may touch: the add-on's narrow service interfaces (the same ones
 * src/hosts/ is written against), plus a scratch-file factory. The kit's Apps Script entry
 * (apps-script.ts) fills this from the real globals; emulator-env.ts fills it from the emulator.
 * Scenarios never see a global, so one scenario source runs unchanged on both.
 */
import type { DriveApi, UtilitiesApi } from '../user-surface/drive';
import type { SheetsApi, SlidesApi } from '../user-surface/rest';
import type { ChartsService, Spreadsheet, SpreadsheetAppService } from '../user-surface/sheets';
import type { Presentation, SlidesAppService } from '../user-surface/slides';
import type { LockServiceApi, Properties, PropertiesServiceApi } from '../user-surface/ui';

export type Platform = 'google' | 'emulator';

/** Files a scenario made, so the runner can trash them afterwards whatever happened. */
export interface Scratch {
  /** A new spreadsheet (SpreadsheetApp.create on Google): one "Sheet1" of 1000 × 26. */
  spreadsheet(name: string): Spreadsheet;
  /** A new presentation (SlidesApp.create on Google): one slide, the default 16:9 page. */
  presentation(name: string): Presentation;
  /** Registers a file made another way (Advanced services), to be trashed after the scenario. */
  track(fileId: string): void;
}

export interface ConformanceEnv {
  platform: Platform;
  spreadsheetApp: SpreadsheetAppService;
  charts: ChartsService;
  slidesApp: SlidesAppService;
  properties: PropertiesServiceApi;
  locks: LockServiceApi;
  slidesApi: SlidesApi;
  sheetsApi: SheetsApi;
  drive: DriveApi;
  utilities: UtilitiesApi;
  scratch: Scratch;
  /**
   * Makes SlidesApp's pending changes visible to the Slides API and returns the deck to go on
   * with (Google: saveAndClose, then open it again; the emulator has nothing pending).
   */
  flushPresentation(deck: Presentation): Presentation;
  /** Milliseconds since some fixed point (Date.now on both platforms). */
  now(): number;
}

/** How a platform makes and trashes scratch files (the runner tracks which ones a scenario made). */
export interface FileFactory {
  spreadsheet(name: string): Spreadsheet;
  presentation(name: string): Presentation;
  trash(fileId: string): void;
}

/** What a platform adapter hands the runner: the services, and its file factory. */
export type KitServices = Omit<ConformanceEnv, 'scratch'> & { files: FileFactory };

/**
 * SpreadsheetApp as the add-on sees it inside `doc`: a standalone script has no active
 * spreadsheet, so the add-on's own build and read functions are pointed at the scratch file.
 */
export function spreadsheetAppIn(app: SpreadsheetAppService, doc: Spreadsheet): SpreadsheetAppService {
  return {
    getActiveSpreadsheet: () => doc,
    getUi: () => app.getUi(),
    newDataValidation: () => app.newDataValidation(),
    newConditionalFormatRule: () => app.newConditionalFormatRule(),
    flush: () => app.flush(),
    DeveloperMetadataVisibility: app.DeveloperMetadataVisibility,
    DeveloperMetadataLocationType: app.DeveloperMetadataLocationType,
    BorderStyle: app.BorderStyle,
    WrapStrategy: app.WrapStrategy,
    ProtectionType: app.ProtectionType,
  };
}

/** SlidesApp as the add-on sees it inside `deck` (see spreadsheetAppIn). */
export function slidesAppIn(app: SlidesAppService, deck: Presentation): SlidesAppService {
  return {
    getActivePresentation: () => deck,
    getUi: () => app.getUi(),
    PredefinedLayout: app.PredefinedLayout,
    ShapeType: app.ShapeType,
    LineCategory: app.LineCategory,
    DashStyle: app.DashStyle,
    ParagraphAlignment: app.ParagraphAlignment,
    PageElementType: app.PageElementType,
  };
}

/**
 * A plain in-memory property store. A standalone script cannot reach the document properties of
 * a file it created (only a bound script or an add-on running in that file can), so the Slides
 * round trip keeps the deck's keys here; property limits are measured on the real user store.
 */
export function memoryProperties(): Properties {
  const values: Record<string, string> = {};
  const store: Properties = {
    getProperty: (key: string) => values[key] ?? null,
    getProperties: () => ({ ...values }),
    getKeys: () => Object.keys(values),
    deleteProperty: (key: string) => {
      delete values[key];
      return store as never;
    },
    setProperty: (key: string, value: string) => {
      values[key] = String(value);
      return store as never;
    },
    setProperties: (properties: Record<string, string>, deleteAllOthers?: boolean) => {
      if (deleteAllOthers) for (const key of Object.keys(values)) delete values[key];
      Object.assign(values, properties);
      return store as never;
    },
  };
  return store;
}
