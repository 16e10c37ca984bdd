/**
 * Helpers for the REST suites: a journey built in the open spreadsheet or deck through the bundle,
 * sent to a new file with sendToSlides / sendToSheets, and that new file opened for reading back,
 * all through the same bundle and emulator.
 */

import type { BuildResult } from '../../src/hosts/build-types';
import type { SentFile } from '../../src/hosts/rest/send';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import type { SlidesAddon } from '../slides/support';
import type { Addon } from '../support/addon';

type AnyAddon = Addon | SlidesAddon;

export function buildEvery(addon: AnyAddon, doc: JourneyDocument, hints = false): void {
  for (const p of doc.personas)
    addon.ok<BuildResult>('buildJourney', doc, p.id, { hints, confirmRemovals: false });
}

export function readAll(addon: AnyAddon): ReadBack {
  return addon.ok<ReadBack>('readJourneys', 'all');
}

/** Opens the file a send created, as a person following the returned link would. */
export function openSent(addon: AnyAddon, sent: SentFile): void {
  const emu = addon.emu;
  const file =
    sent.kind === 'presentation' ? emu.openPresentationById(sent.fileId) : emu.openById(sent.fileId);
  if (!file) throw new Error(`the sent file ${sent.fileId} is not in Drive`);
  emu.setActiveDocument(file);
}
