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
import type { SavedSnapshot } from '../../src/share/snapshots';
import { startAddon } from '../support/addon';

const ENTRY_MAX = 9 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const cutPair = (text: string) => /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(text);

describe('property sizes count UTF-8 bytes', () => {
  it('the emulator refuses 3,100 Japanese characters (9,300 bytes) in one value, though they are 3,100 UTF-16 units', () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getUserProperties();
    props.setProperty('k', 'あ'.repeat(3000));
    expect(() => props.setProperty('k', 'あ'.repeat(3100))).toThrow('Argument too large: value');
    expect(() => props.setProperty('k', '😀'.repeat(2400))).toThrow('Argument too large: value');
  });

  it('the remembered form with long Japanese and emoji fields is stored in pieces that fit and join back', () => {
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
    addon.ok('saveSidebarChoices', choices);
    const stored = addon.emu.userProperties().toObject();
    const keys = Object.keys(stored).filter((k) => k.startsWith('journeygrid.choices'));
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      expect(bytes(key) + bytes(stored[key]!)).toBeLessThanOrEqual(ENTRY_MAX);
      expect(cutPair(stored[key]!.replace(/^\d+\|/, ''))).toBe(false);
    }
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);
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

  it('a snapshot of an emoji-heavy journey is stored in whole-code-point pieces and reads back the same', () => {
    const addon = startAddon();
    const made = newJourneyDocument('aisas', [{ id: 'p-a', name: '😀' }], 'ja');
    if (!made.ok) throw new Error('fixture');
    const doc: JourneyDocument = made.value;
    doc.journeys[0]!.cells.thoughts = Object.fromEntries(
      doc.stages.map((s, i) => [s.id, `${'x'.repeat(i)}${'😀あ'.repeat(2000)}`]),
    );
    const saved = addon.ok<SavedSnapshot>('takeSnapshot', doc);
    expect(saved.saved.parts).toBeGreaterThan(3);
    const stored = addon.emu.documentProperties()!.toObject();
    for (const [key, value] of Object.entries(stored)) {
      expect(bytes(key) + bytes(value)).toBeLessThanOrEqual(ENTRY_MAX);
      if (key.includes('.snapshot.')) expect(cutPair(value)).toBe(false);
    }
    const again = addon.ok<SavedSnapshot>('takeSnapshot', doc);
    const diff = addon.ok<{ totals: Record<string, number> }>(
      'compareSnapshots',
      saved.saved.id,
      again.saved.id,
    );
    expect(diff.totals).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});
