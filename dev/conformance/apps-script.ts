/**
 * Entry of the standalone conformance project (scripts/build-conformance.mjs bundles it into
 * dist-conformance/Code.js): `runConformance()` runs every scenario against the real services on
 * scratch files, writes the result JSON to the user's Drive and logs its link.
 *
 * Nothing here runs at load: the globals are read only inside runConformance. A run that nears
 * Apps Script's six-minute limit saves its results and notes where it stopped in the project's
 * user properties; pressing Run again continues into the same file.
 */
import type { Presentation } from '../../src/hosts/slides/services';
import type { KitServices } from './env';
import { runScenarios, SCENARIOS } from './index';
import { finishedIds, mergeRuns, remaining } from './result-file';
import type { ConformanceRun } from './scenario';

/** Stop starting scenarios after this long: the longest scenario must still fit in 6 minutes. */
const BUDGET_MS = 4 * 60 * 1000;
/** Outside the `conformance.` prefix that the property scenarios clear. */
const PROGRESS_KEY = 'kit-progress';

/** The Advanced services, which the manifest enables (typed as optional globals). */
function advanced() {
  if (!Slides || !Sheets || !Drive) throw new Error('Enable the Advanced Slides, Sheets and Drive services.');
  return { slides: Slides, sheets: Sheets, drive: Drive };
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
        drive.Files.update({ trashed: true }, fileId);
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

function previousRun(fileId: string | null): ConformanceRun | null {
  if (!fileId) return null;
  try {
    return JSON.parse(mediaText(advanced().drive.Files.get(fileId, { alt: 'media' }))) as ConformanceRun;
  } catch {
    return null;
  }
}

export function runConformance(): string {
  const start = Date.now();
  const store = PropertiesService.getUserProperties();
  const fileId = store.getProperty(PROGRESS_KEY);
  // Off the store while the property scenarios measure it.
  store.deleteProperty(PROGRESS_KEY);
  const previous = previousRun(fileId);
  const services = googleServices();
  const latest: ConformanceRun = {
    kit: 1,
    platform: 'google',
    startedAt: new Date(start).toISOString(),
    ...runScenarios(services, { done: finishedIds(previous), deadline: start + BUDGET_MS }),
  };
  const run = mergeRuns(previous, latest, SCENARIOS);
  const name = `journey-grid-conformance-${run.startedAt.slice(0, 19).replace(/:/g, '')}.json`;
  const blob = Utilities.newBlob(JSON.stringify(run, null, 2), 'application/json', name);
  const { drive } = advanced();
  const file =
    fileId && previous
      ? drive.Files.update({}, fileId, blob, { fields: 'id,webViewLink' })
      : drive.Files.create({ name, mimeType: 'application/json' }, blob, { fields: 'id,webViewLink' });
  const left = remaining(run);
  if (left > 0) store.setProperty(PROGRESS_KEY, file.id ?? '');
  const url = file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
  Logger.log(`Conformance results: ${url}`);
  if (left > 0) Logger.log(`${left} scenarios are left for lack of time: press Run again to continue.`);
  const failed = run.scenarios.filter((s) => s.error !== undefined).map((s) => `${s.id}: ${s.error}`);
  if (failed.length > 0) Logger.log(`Scenarios that failed:\n${failed.join('\n')}`);
  const stray = run.scenarios.flatMap((s) => s.notTrashed);
  if (stray.length > 0) Logger.log(`Scratch files to delete by hand:\n${stray.join('\n')}`);
  return url;
}
