/**
 * Hostile checks of the open-deck fast paths (src/hosts/slides/direct-build.ts, direct-read.ts):
 * cases the builders' own suites did not try, each written when it failed.
 */
import { describe, expect, it } from 'vitest';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { ReadBack } from '../../src/server/rpc';
import { sample } from '../slides/direct-support';
import { startSlidesAddon } from '../slides/support';

const KEY = 'journeygrid.direct.';
const OPTIONS = { hints: false, confirmRemovals: false };

describe('a build refused because the user may only view the deck', () => {
  it('says so, and does not take the refusal for a withdrawn grant: reads stay on the fast path', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    const addon = startSlidesAddon();
    addon.emu.setOpenDocumentRest('allowed');
    const deckId = addon.deck.getId();
    expect(addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', OPTIONS).direct).toBe('allowed');
    // The owner makes the user a viewer while the sidebar is open: Google refuses the batchUpdate
    // with the words of a missing grant ("The caller does not have permission"), though the grant
    // still reaches the deck (a get answers).
    addon.emu.setAccess('view');
    const before = addon.view();
    const problems = addon.fail('buildJourney', doc, 'p2', OPTIONS);
    expect(problems.map((p) => p.code)).toEqual(['read-only']);
    expect(problems[0]!.message.en).toMatch(/only view/);
    expect(addon.view()).toEqual(before);
    const users = addon.emu.globals.PropertiesService.getUserProperties();
    expect(users.getProperty(KEY + deckId)).toBe('allowed');
    // The read-back still takes one get and tells the sidebar there is nothing to grant.
    addon.emu.calls.reset();
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(addon.emu.calls.count('Slides.Presentations.get')).toBe(1);
    expect(back.direct).toBe('allowed');
    // Edit rights back: the next new persona is drawn through the API again.
    addon.emu.setAccess('edit');
    expect(addon.ok<SlidesBuildResult>('buildJourney', doc, 'p2', OPTIONS).direct).toBe('allowed');
    expect(addon.ok<ReadBack>('readJourneys', 'all').document).toEqual(doc);
  });
});
