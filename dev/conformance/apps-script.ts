/**
 * Entry of the standalone conformance project (scripts/build-conformance.mjs bundles it into
 * dist-conformance/Code.js): `runConformance()` runs every scenario against the real services on
 * scratch files, writes the result JSON to the user's Drive and logs its link.
 *
 * Nothing here runs at load: the globals are read only inside runConformance. Apps Script stops a
 * run after six minutes, so the result file is saved after every scenario, marked "partial" in
 * its appProperties until every scenario has run; pressing Run again finds the partial file (the
 * kit sees only files it created, under drive.file) and continues into it.
 */
import type { DriveApi, DriveFile } from '../user-surface/drive';
import type { Presentation } from '../user-surface/slides';
import type { KitServices } from './env';
import { runScenarios, SCENARIOS } from './index';
import { finishedIds, mergeRuns, remaining } from './result-file';
import type { ConformanceRun } from './scenario';

/** No scenario starts after this: the longest one must still end within the six minutes. */
const BUDGET_MS = 4 * 60 * 1000;
const KIT_KEY = 'journeyGridConformance';

/** The Advanced services, which the manifest enables (typed as optional globals). */
function advanced() {
  if (!Slides || !Sheets || !Drive) throw new Error('Enable the Advanced Slides, Sheets and Drive services.');
  return { slides: Slides, sheets: Sheets, drive: Drive as DriveApi };
}

function googleServices(): KitServices {
  const { slides, sheets, drive } = advanced();
  return {
    platform: 'google',
    spreadsheetApp: SpreadsheetApp,
    charts: Charts,
    slidesApp: SlidesApp,
    properties: PropertiesService,
    locks: LockService,
    slidesApi: slides,
    sheetsApi: sheets,
    drive,
    utilities: Utilities,
    flushPresentation(deck: Presentation): Presentation {
      const id = deck.getId();
      (deck as GoogleAppsScript.Slides.Presentation).saveAndClose();
      return SlidesApp.openById(id);
    },
    now: () => Date.now(),
    files: {
      spreadsheet: (name) => SpreadsheetApp.create(name),
      presentation: (name) => SlidesApp.create(name),
      trash: (fileId) => {
        // The real service, without media: a metadata-only update leaves the content alone.
        Drive?.Files?.update({ trashed: true }, fileId);
      },
    },
  };
}

/** Drive's alt=media answer: text, a blob, or JSON already parsed, depending on the content. */
function mediaText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const blob = raw as { getDataAsString?: () => string };
  if (blob && typeof blob.getDataAsString === 'function') return blob.getDataAsString();
  return JSON.stringify(raw);
}

/** The result file of an earlier run that stopped before the end, if any. */
function partialRun(drive: DriveApi): { fileId: string; run: ConformanceRun } | null {
  const listed = drive.Files.list({
    q: `appProperties has { key='${KIT_KEY}' and value='partial' } and trashed = false`,
    fields: 'files(id)',
    pageSize: 1,
  });
  const fileId = listed.files?.[0]?.id;
  if (!fileId) return null;
  try {
    return {
      fileId,
      run: JSON.parse(mediaText(drive.Files.get(fileId, { alt: 'media' }))) as ConformanceRun,
    };
  } catch {
    return null;
  }
}

function save(drive: DriveApi, run: ConformanceRun, fileId: string | null, done: boolean): DriveFile {
  const name = `journey-grid-conformance-${run.startedAt.slice(0, 19).replace(/:/g, '')}.json`;
  const blob = Utilities.newBlob(JSON.stringify(run, null, 2), 'application/json', name);
  const resource: DriveFile = {
    name,
    mimeType: 'application/json',
    appProperties: { [KIT_KEY]: done ? 'complete' : 'partial' },
  };
  const fields = { fields: 'id,webViewLink' };
  return fileId
    ? drive.Files.update(resource, fileId, blob, fields)
    : drive.Files.create(resource, blob, fields);
}

export function runConformance(): string {
  const start = Date.now();
  const { drive } = advanced();
  const previous = partialRun(drive);
  let fileId = previous?.fileId ?? null;
  const startedAt = new Date(start).toISOString();
  const merged = (scenarios: ConformanceRun['scenarios']) =>
    mergeRuns(previous?.run ?? null, { kit: 1, platform: 'google', startedAt, scenarios }, SCENARIOS);
  // Saved after each scenario: a run stopped by the time limit keeps everything finished so far.
  const { scenarios } = runScenarios(googleServices(), {
    done: finishedIds(previous?.run ?? null),
    deadline: start + BUDGET_MS,
    onResult: (_result, soFar) => {
      fileId = save(drive, merged([...soFar]), fileId, false).id ?? fileId;
    },
  });
  const run = merged(scenarios);
  const left = remaining(run) + SCENARIOS.length - run.scenarios.length;
  const file = save(drive, run, fileId, left === 0);
  const url = file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
  Logger.log(`Conformance results: ${url}`);
  if (left > 0) Logger.log(`${left} scenarios are left for lack of time: press Run again to continue.`);
  const failed = run.scenarios.filter((s) => s.error !== undefined).map((s) => `${s.id}: ${s.error}`);
  if (failed.length > 0) Logger.log(`Scenarios that failed:\n${failed.join('\n')}`);
  const stray = run.scenarios.flatMap((s) => s.notTrashed);
  if (stray.length > 0) Logger.log(`Scratch files to delete by hand:\n${stray.join('\n')}`);
  return url;
}
