/**
 * Timing probes, measured inside the script with the clock (so they include Apps Script's own
 * overhead but not the editor's): an empty round trip, a server read, queued writes and the flush
 * that sends them, addDeveloperMetadata, a metadata find, a SlidesApp setText and one Slides
 * batchUpdate of 5,000 requests. Only the figures' presence is compared; the benchmark reads the
 * figures themselves from a recording (dev/conformance/timings.ts).
 */
import type { SlidesRequest } from '../../user-surface/rest';
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { attempt, timed } from '../snapshot';

const TIMES = 5;

function sheetsTiming(env: ConformanceEnv) {
  const doc = env.scratch.spreadsheet('timing');
  const sheet = doc.getSheets()[0]!;
  const app = env.spreadsheetApp;
  const visibility = app.DeveloperMetadataVisibility.DOCUMENT;
  sheet.getRange('A1:Z100').setValue('x');
  app.flush();
  const emptyRoundTrip = timed(env.now, TIMES, () => {
    app.flush();
    sheet.getRange(1, 1).getValues();
  });
  const serverRead = { ms: [] as number[] };
  for (let i = 0; i < TIMES; i++) {
    // A write in between makes every read go to the server instead of a cache.
    sheet.getRange(101 + i, 1).setValue(i);
    app.flush();
    const start = env.now();
    sheet.getRange('A1:Z100').getValues();
    serverRead.ms.push(env.now() - start);
  }
  const queuedWrite = timed(env.now, TIMES, (i) => {
    sheet.getRange(110 + i, 1).setValue(`queued ${i}`);
  });
  const flushQueued = timed(env.now, 1, () => app.flush());
  const addMetadata = timed(env.now, TIMES, (i) => {
    sheet.getRange(`${120 + i}:${120 + i}`).addDeveloperMetadata(`timing.row.${i}`, 'x', visibility);
  });
  const findMetadata = timed(env.now, TIMES, (i) => {
    sheet.createDeveloperMetadataFinder().withKey(`timing.row.${i}`).find();
  });
  return { emptyRoundTrip, serverRead, queuedWrite, flushQueued, addMetadata, findMetadata };
}

function slidesTiming(env: ConformanceEnv) {
  const deck = env.scratch.presentation('timing');
  const box = deck.getSlides()[0]!.insertTextBox('start', 10, 10, 300, 40);
  const setText = timed(env.now, TIMES, (i) => {
    box.getText().setText(`text ${i}`);
  });
  const created = env.slidesApi.Presentations.create({ title: 'Journey Grid conformance batch timing' });
  const id = created.presentationId ?? '';
  env.scratch.track(id);
  const page = created.slides?.[0]?.objectId ?? '';
  const requests: SlidesRequest[] = [
    {
      createShape: {
        objectId: 'timing_box',
        shapeType: 'TEXT_BOX',
        elementProperties: {
          pageObjectId: page,
          size: { width: { magnitude: 300, unit: 'PT' }, height: { magnitude: 300, unit: 'PT' } },
          transform: { scaleX: 1, scaleY: 1, translateX: 10, translateY: 10, unit: 'PT' },
        },
      },
    },
  ];
  while (requests.length < 5_000)
    requests.push({ insertText: { objectId: 'timing_box', text: 'x', insertionIndex: 0 } });
  let outcome: ReturnType<typeof attempt> = { ok: true, value: null };
  const batch5000 = timed(env.now, 1, () => {
    outcome = attempt(() => {
      env.slidesApi.Presentations.batchUpdate({ requests }, id);
      return null;
    });
  });
  return { setText, batch5000: { ...batch5000, requests: requests.length, outcome } };
}

export const TIMING_SCENARIOS: Scenario[] = [
  {
    id: 'timing-sheets',
    title: 'Sheets call latencies',
    covers: ['timing.latency'],
    run: sheetsTiming,
  },
  {
    id: 'timing-slides',
    title: 'SlidesApp setText and a 5,000-request batchUpdate',
    covers: ['timing.latency', 'rest.latency'],
    run: slidesTiming,
  },
];
