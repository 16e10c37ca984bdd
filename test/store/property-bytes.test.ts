/**
 * Issue 10, item 8: Apps Script's property limits (9 KB a value, 500 KB a store) count UTF-8
 * bytes. The emulator refuses what Google refuses by bytes, and the add-on's own splitting
 * schemes (snapshots in the file, the remembered form in the user's store) cut by bytes at
 * code-point boundaries, so Japanese and emoji text is stored in pieces that each fit and that
 * join back to the same text.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { cleanChoices, type SidebarChoices } from '../../sidebar/choices';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';
import type { JourneyDiff } from '../../src/share/diff';
import type { SavedSnapshot } from '../../src/share/snapshots';
import { runBundle, startAddon } from '../support/addon';

const ENTRY_MAX = 9 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('property sizes count UTF-8 bytes', () => {
  it('the emulator refuses 3,100 Japanese characters (9,300 bytes) in one value, though they are 3,100 UTF-16 units', () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getUserProperties();
    props.setProperty('k', 'あ'.repeat(3000));
    expect(() => props.setProperty('k', 'あ'.repeat(3100))).toThrow('Argument too large: value');
    expect(() => props.setProperty('k', '😀'.repeat(2400))).toThrow('Argument too large: value');
  });

  it('a remembered form too large for one property, full of Japanese and emoji, saves and reads back whole', () => {
    const addon = startAddon();
    const persona = {
      id: 'p-emi',
      name: 'えみ 😀',
      antiPersona: false,
      goals: '予算承認😀'.repeat(330),
      notes: '👩‍👩‍👧議事録'.repeat(180),
      challenges: 'あ'.repeat(2000),
    };
    const choices: SidebarChoices = {
      frameworkId: 'aisas',
      language: 'ja',
      hints: true,
      lanes: [{ ref: 'touchpoints', on: true }],
      personas: [persona, { ...persona, id: 'p-emi2' }],
    };
    // The form is far over one property's 9 KB, so it can only be kept in pieces.
    expect(bytes(JSON.stringify(choices))).toBeGreaterThan(3 * ENTRY_MAX);
    addon.ok('saveSidebarChoices', choices);
    // The emulator refuses a piece over 9 KB and stores half an emoji as U+FFFD (as UTF-8 storage
    // does), so a form that saves and reopens equal was cut by bytes between code points.
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);
    expect(runBundle(addon.emu).ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);
  });

  it('shortens an over-long form field to the model limit without leaving half an emoji', () => {
    const addon = startAddon();
    const long = { id: 'p-x', name: 'X', antiPersona: false, challenges: `a${'😀'.repeat(1000)}` };
    addon.ok('saveSidebarChoices', {
      frameworkId: 'aisas',
      language: 'ja',
      hints: true,
      lanes: [],
      personas: [long],
    });
    // What the sidebar makes of the form it gets back (the server keeps it as sent).
    const kept = cleanChoices(addon.ok<SidebarBoot>('loadSidebar').choices)!.personas[0]!.challenges!;
    expect(kept).toBe(`a${'😀'.repeat(999)}`);
  });

  it('a snapshot of an emoji-heavy journey too large for one property reads back the same', () => {
    const addon = startAddon();
    const made = newJourneyDocument('aisas', [{ id: 'p-a', name: '😀' }], 'ja');
    if (!made.ok) throw new Error('fixture');
    const doc: JourneyDocument = made.value;
    doc.journeys[0]!.cells.thoughts = Object.fromEntries(
      doc.stages.map((s, i) => [s.id, `${'x'.repeat(i)}${'😀あ'.repeat(2000)}`]),
    );
    // An earlier version of the same journey with no thoughts: comparing it with the snapshot
    // answers every thought as added, as the snapshot reads back.
    const blank = structuredClone(doc);
    blank.journeys[0]!.cells.thoughts = {};
    const older = addon.ok<SavedSnapshot>('takeSnapshot', blank);
    const saved = addon.ok<SavedSnapshot>('takeSnapshot', doc);
    // Far over one property's 9 KB: the emulator refuses a piece over it and stores half an
    // emoji as U+FFFD (as UTF-8 storage does), so text that reads back equal was cut well.
    expect(bytes(JSON.stringify(doc))).toBeGreaterThan(3 * ENTRY_MAX);
    const diff = addon.ok<JourneyDiff>('compareSnapshots', older.saved.id, saved.saved.id);
    const added = diff.personas.flatMap((p) =>
      p.stages.flatMap((s) => s.added.map((c) => [s.stageId, c.after] as const)),
    );
    expect(Object.fromEntries(added)).toEqual(doc.journeys[0]!.cells.thoughts);
    expect(diff.totals).toEqual({ added: doc.stages.length, changed: 0, removed: 0 });
  });
});
