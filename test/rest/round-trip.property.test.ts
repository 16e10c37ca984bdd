/**
 * Property-based round trips through the REST path, all through the built bundle (300 runs in
 * all): a random journey built in the open spreadsheet, read back, sent to a new deck and read
 * back from that deck; and the reverse, from an open-deck build to a new spreadsheet. Whatever
 * the text, numbers, loops and blueprint lines, the model read back is the model built, and the
 * only findings are what Slides itself forces (an overflowing table).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentFile } from '../../src/hosts/rest/send';
import { startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';
import { buildEvery, openSent, readAll } from './support';

/** Sized so that both properties together stay well under a minute on two cores. */
const SHAPE = { maxStages: 12, maxLanes: 16, maxPersonas: 4 };
const RUNS = 150;

describe('REST round trips (property-based)', () => {
  it('model → Sheets (open) → Slides (REST) → model', () => {
    fc.assert(
      fc.property(journeyDocumentArb(SHAPE), fc.boolean(), (doc, hints) => {
        const addon = startAddon();
        buildEvery(addon, doc, hints);
        const fromSheets = readAll(addon);
        expect(fromSheets.document).toEqual(doc);
        const sent = addon.ok<SentFile>('sendToSlides', fromSheets.document, { hints });
        openSent(addon, sent);
        const back = readAll(addon);
        expect(back.document).toEqual(doc);
        expect(back.findings.filter((f) => f.code !== 'overflow')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('model → Slides (open) → Sheets (REST) → model', () => {
    fc.assert(
      fc.property(journeyDocumentArb(SHAPE), fc.boolean(), (doc, hints) => {
        const addon = startSlidesAddon();
        buildEvery(addon, doc, hints);
        const fromDeck = readAll(addon);
        expect(fromDeck.document).toEqual(doc);
        const sent = addon.ok<SentFile>('sendToSheets', fromDeck.document, { hints });
        openSent(addon, sent);
        const back = readAll(addon);
        expect(back.document).toEqual(doc);
        expect(back.findings).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
