/**
 * What earlier versions of Journey Grid stored in a file's or a user's properties still reads back
 * after the keys moved to one prefix (`journeygrid.`) and one way of splitting long values: a
 * team's library personas, a user's remembered form and a file's snapshots, written the old way,
 * are shown, changed and compared as before, and the next change stores them the new way without
 * losing any of them.
 */
import { describe, expect, it } from 'vitest';
import type { SidebarChoices } from '../../sidebar/choices';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { PersonaLibraries, SidebarBoot } from '../../src/server/rpc-sidebar';
import type { JourneyDiff } from '../../src/share/diff';
import type { SavedSnapshot, SnapshotList } from '../../src/share/snapshots';
import { splitByBytes } from '../../src/share/utf8';
import { startAddon } from '../support/addon';

const aki = { id: 'p-aki', name: 'Aki', antiPersona: false, role: 'CTO', notes: '議事録😀'.repeat(50) };
const ben = { id: 'p-ben', name: 'Ben', antiPersona: true };
const kei = { id: 'p-kei', name: 'Kei', antiPersona: false };

// The keys below are what earlier versions wrote: their exact names are the contract these fixtures keep.
/** How a version before the one prefix kept a library: one key per persona and an order list. */
function oldLibrary(personas: object[]): Record<string, string> {
  const entries: Record<string, string> = {
    'jg.personaOrder': JSON.stringify(personas.map((p) => (p as { id: string }).id)),
  };
  for (const p of personas) entries[`jg.persona.${(p as { id: string }).id}`] = JSON.stringify(p);
  return entries;
}

function journey(touchpoint: string): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-mori', name: 'Mori' }], 'en', { title: 'Launch' });
  if (!result.ok) throw new Error('fixture');
  result.value.journeys[0]!.cells.touchpoints = { attention: touchpoint };
  return result.value;
}

describe('library personas saved by an earlier version', () => {
  it('are listed, kept when the library changes, and removable (the file library)', () => {
    const addon = startAddon();
    addon.emu.documentProperties()!.set(oldLibrary([aki, ben]));
    const names = (l: PersonaLibraries) => l.document?.map((p) => p.name);
    const boot = addon.ok<SidebarBoot>('loadSidebar');
    expect(boot.libraries.document).toEqual([aki, ben]);
    expect(names(addon.ok<PersonaLibraries>('savePersonaToLibrary', kei, 'document'))).toEqual([
      'Aki',
      'Ben',
      'Kei',
    ]);
    expect(names(addon.ok<PersonaLibraries>('removePersonaFromLibrary', 'p-aki', 'document'))).toEqual([
      'Ben',
      'Kei',
    ]);
    expect(addon.ok<SidebarBoot>('loadSidebar').libraries.document).toEqual([ben, kei]);
  });

  it('are listed and replaced in place (the user library)', () => {
    const addon = startAddon();
    addon.emu.userProperties().set(oldLibrary([aki, ben]));
    expect(addon.ok<SidebarBoot>('loadSidebar').libraries.user).toEqual([aki, ben]);
    const renamed = addon.ok<PersonaLibraries>('savePersonaToLibrary', { ...ben, name: 'Ben Ito' }, 'user');
    expect(renamed.user).toEqual([aki, { ...ben, name: 'Ben Ito' }]);
    expect(addon.ok<SidebarBoot>('loadSidebar').libraries.user).toEqual([aki, { ...ben, name: 'Ben Ito' }]);
  });
});

describe('a form remembered by an earlier version', () => {
  const choices: SidebarChoices = {
    frameworkId: 'aisas',
    language: 'ja',
    hints: false,
    lanes: [{ ref: 'touchpoints', on: true }],
    personas: [aki, { ...kei, goals: '予算承認'.repeat(400), challenges: '承認待ち'.repeat(400) }],
  };

  it('comes back whole when it was split over numbered keys', () => {
    const addon = startAddon();
    // As the earlier version cut it: 8,000 UTF-8 bytes a piece, the count before the first.
    const pieces = splitByBytes(JSON.stringify(choices), 8000);
    expect(pieces.length).toBe(2);
    addon.emu.userProperties().set({ 'jg.choices': `2|${pieces[0]}`, 'jg.choices#1': pieces[1]! });
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);
  });

  it('comes back when it was one plain value, and gives way to the next save', () => {
    const addon = startAddon();
    const small = { ...choices, personas: [kei] };
    addon.emu.userProperties().set({ 'jg.choices': JSON.stringify(small) });
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(small);
    const next = { ...small, frameworkId: 'aidma' };
    addon.ok('saveSidebarChoices', next);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(next);
  });
});

describe('snapshots taken by an earlier version', () => {
  it('are listed and compare with a new snapshot cell by cell', () => {
    const addon = startAddon();
    const older = journey(`TV ad ${'x'.repeat(12_000)}`);
    const json = JSON.stringify(older);
    const info = {
      id: 'm1abc',
      at: '2026-01-05T09:00:00.000Z',
      title: 'Launch',
      bytes: json.length,
      parts: 2,
      filledCells: 1,
    };
    addon.emu.documentProperties()!.set({
      'journeygrid.snapshots': JSON.stringify([info]),
      'journeygrid.snapshot.m1abc.0': json.slice(0, 8000),
      'journeygrid.snapshot.m1abc.1': json.slice(8000),
    });
    expect(addon.ok<SnapshotList>('listJourneySnapshots').snapshots).toEqual([info]);
    const same = addon.ok<SavedSnapshot>('takeSnapshot', older);
    expect(addon.ok<JourneyDiff>('compareSnapshots', 'm1abc', same.saved.id).totals).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
    });
    const newer = addon.ok<SavedSnapshot>('takeSnapshot', journey('Radio'));
    expect(newer.snapshots.map((s) => s.id)).toEqual(['m1abc', same.saved.id, newer.saved.id]);
    expect(addon.ok<JourneyDiff>('compareSnapshots', 'm1abc', newer.saved.id).totals).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
    });
  });
});
