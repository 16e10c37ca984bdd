/**
 * Case 20 of the "nothing is lost" list: a read-back that runs while a build is under way in
 * another execution (another collaborator, or the same user's second sidebar) must not answer
 * "ok" with whatever half of the grid is there. A build holds the document lock from its first
 * write to its last; the read-back now takes the same lock, and when it cannot, answers a
 * translated "busy, try again". Both hosts.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';

const BUILD = { hints: false, confirmRemovals: false };

function journey(): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-mori', name: 'Mori' }], 'en');
  if (!result.ok) throw new Error('fixture');
  result.value.journeys[0]!.cells.touchpoints = { attention: 'TV ad' };
  return result.value;
}

function expectReadBusy(problems: { code: string; message: { ja: string; en: string } }[]) {
  expect(problems.map((p) => p.code)).toEqual(['busy']);
  expect(problems[0]!.message).toEqual({
    ja: 'このファイル（または別のウィンドウ）で Journey Grid の作成か保存が実行中です。少し待ってからもう一度お試しください。',
    en: 'Journey Grid is busy with another build or save in this file (or in another of your windows). Wait a moment and try again.',
  });
}

describe('case 20: reading back while a build runs elsewhere', () => {
  it('answers "busy" in Sheets instead of a model read from a half-built sheet', () => {
    const addon = startAddon();
    addon.ok('buildJourney', journey(), 'p-mori', BUILD);
    addon.emu.holdDocumentLockElsewhere(true);
    expectReadBusy(addon.fail('readJourneys', 'all'));
    addon.emu.holdDocumentLockElsewhere(false);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells.touchpoints).toEqual({ attention: 'TV ad' });
  });

  it('answers "busy" in Slides too', () => {
    const addon = startSlidesAddon();
    addon.ok('buildJourney', journey(), 'p-mori', BUILD);
    addon.emu.holdDocumentLockElsewhere(true);
    expectReadBusy(addon.fail('readJourneys', 'all'));
    addon.emu.holdDocumentLockElsewhere(false);
    expect(addon.ok<ReadBack>('readJourneys', 'all').document.personas.map((p) => p.name)).toEqual(['Mori']);
  });
});
