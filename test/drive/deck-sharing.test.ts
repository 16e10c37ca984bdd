/**
 * A deck built by Journey Grid is a unit of sharing too: it says which journeys it holds, also as
 * a Drive copy (whose document properties are gone, so the journeys are found by their labels),
 * and the copy reads back to the same model.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import type { FileJourneys } from '../../src/server/rpc-drive';
import { startSlidesAddon } from '../slides/support';

function doc(): JourneyDocument {
  const result = newJourneyDocument(
    'kotler-5a',
    [
      { id: 'p1', name: 'Tanaka' },
      { id: 'p2', name: 'Sato' },
    ],
    'en',
    { title: 'Advocacy push' },
  );
  if (!result.ok) throw new Error('fixture');
  result.value.journeys[1]!.cells.touchpoints = { ask: 'Peer review site' };
  return result.value;
}

describe('a deck as the unit of sharing', () => {
  it('lists its journeys and the slides they are on, and still reads back as a Drive copy', () => {
    const addon = startSlidesAddon();
    const d = doc();
    for (const p of d.personas) addon.ok('buildJourney', d, p.id, { hints: false, confirmRemovals: false });
    const described = addon.ok<FileJourneys>('describeFile');
    expect(described).toMatchObject({
      title: 'Advocacy push',
      frameworkId: 'kotler-5a',
      matchedByLabels: false,
    });
    expect(described.journeys.map((j) => j.personaName)).toEqual(['Tanaka', 'Sato']);
    expect(described.journeys.every((j) => /^slide \d/.test(j.where))).toBe(true);

    const copy = addon.emu.copyPresentation(addon.deck, 'Copy of Journey deck');
    addon.emu.setActiveDocument(copy);
    const copied = addon.ok<FileJourneys>('describeFile');
    expect(copied.matchedByLabels).toBe(true);
    expect(copied.journeys.map((j) => j.personaName)).toEqual(['Tanaka', 'Sato']);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document.journeys.map((j) => j.cells)).toEqual(d.journeys.map((j) => j.cells));
  });

  it('says nothing for a deck without journeys', () => {
    const addon = startSlidesAddon();
    expect(addon.ok('describeFile')).toBeNull();
  });
});
