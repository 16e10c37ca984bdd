/**
 * Case 19 of the "nothing is lost" list, locks: every read-modify-write of properties runs under
 * the lock of the store it changes: the document lock for the file's properties (snapshots, the
 * file's persona library), the user lock for the user's own (their library, the remembered form).
 * Another execution holding the lock is simulated by the emulator; the add-on must then answer
 * a translated "busy" and change nothing, instead of writing over the other execution's save.
 */
import { describe, expect, it } from 'vitest';
import type { SidebarChoices } from '../../sidebar/choices';
import { newJourneyDocument } from '../../src/catalog';
import type { PersonaLibraries } from '../../src/server/rpc-sidebar';
import type { SnapshotList } from '../../src/share/snapshots';
import { startSlidesAddon } from '../slides/support';
import { type Addon, startAddon } from '../support/addon';

const aki = { id: 'p-aki', name: 'Aki', antiPersona: false };
const ben = { id: 'p-ben', name: 'Ben', antiPersona: false };

function expectBusy(addon: Addon, name: string, ...args: unknown[]) {
  const problems = addon.fail(name, ...args);
  expect(problems.map((p) => p.code)).toEqual(['busy']);
  expect(problems[0]!.message.ja).toMatch(/少し待って/);
  expect(problems[0]!.message.en).toMatch(/Wait a moment/);
}

describe('case 19: property changes take the lock of their store', () => {
  it('removes a persona from the file library only under the document lock', () => {
    const addon = startAddon();
    addon.ok('savePersonaToLibrary', aki, 'document');
    addon.emu.holdDocumentLockElsewhere(true);
    expectBusy(addon, 'removePersonaFromLibrary', 'p-aki', 'document');
    addon.emu.holdDocumentLockElsewhere(false);
    const libraries = addon.ok<{ libraries: PersonaLibraries }>('loadSidebar').libraries;
    expect(libraries.document?.map((p) => p.id)).toEqual(['p-aki']);
  });

  it('saves to and removes from the user library only under the user lock', () => {
    const addon = startAddon();
    addon.ok('savePersonaToLibrary', aki, 'user');
    addon.emu.holdUserLockElsewhere(true);
    expectBusy(addon, 'savePersonaToLibrary', ben, 'user');
    expectBusy(addon, 'removePersonaFromLibrary', 'p-aki', 'user');
    addon.emu.holdUserLockElsewhere(false);
    const libraries = addon.ok<{ libraries: PersonaLibraries }>('loadSidebar').libraries;
    expect(libraries.user.map((p) => p.id)).toEqual(['p-aki']);
  });

  it('remembers the form only under the user lock', () => {
    const addon = startAddon();
    const choices: SidebarChoices = {
      frameworkId: 'aisas',
      language: 'en',
      hints: true,
      lanes: [{ ref: 'touchpoints', on: true }],
      personas: [aki],
    };
    addon.emu.holdUserLockElsewhere(true);
    expectBusy(addon, 'saveSidebarChoices', choices);
    addon.emu.holdUserLockElsewhere(false);
    expect(addon.ok<{ choices: unknown }>('loadSidebar').choices).toBeNull();
  });

  it('takes a snapshot only under the document lock', () => {
    const addon = startAddon();
    const doc = newJourneyDocument('aisas', [{ name: 'A' }], 'en');
    if (!doc.ok) throw new Error('fixture');
    addon.emu.holdDocumentLockElsewhere(true);
    expectBusy(addon, 'takeSnapshot', doc.value);
    addon.emu.holdDocumentLockElsewhere(false);
    expect(addon.ok<SnapshotList>('listJourneySnapshots').snapshots).toEqual([]);
  });
});

describe('one "busy" for every lock', () => {
  it('answers the same translated words whether a build, a read-back or a save meets the lock', () => {
    const doc = newJourneyDocument('aisas', [{ id: 'p-aki', name: 'Aki' }], 'en');
    if (!doc.ok) throw new Error('fixture');
    const build = { hints: false, confirmRemovals: false };
    const sheets = startAddon();
    sheets.emu.holdDocumentLockElsewhere(true);
    const slides = startSlidesAddon();
    slides.emu.holdDocumentLockElsewhere(true);
    const user = startAddon();
    user.emu.holdUserLockElsewhere(true);
    const answers = [
      sheets.fail('buildJourneys', doc.value, ['p-aki'], build),
      sheets.fail('readJourneys', 'all'),
      sheets.fail('takeSnapshot', doc.value),
      slides.fail('buildJourney', doc.value, 'p-aki', build),
      slides.fail('readJourneys', 'all'),
      user.fail('savePersonaToLibrary', aki, 'user'),
    ];
    const first = answers[0]![0]!;
    expect(first.message.ja).toMatch(/少し待って/);
    expect(first.message.en).toMatch(/Wait a moment/);
    for (const problems of answers) expect(problems).toEqual([first]);
  });
});
