/**
 * Case 19 of the "nothing is lost" list, snapshots: a snapshot taken with the file's store nearly
 * full must not drop the oldest and then fail (leaving an index that lists a snapshot that can no
 * longer be read), and two snapshots taken in the same millisecond must not share an id.
 * Through the built bundle where the user's path allows it; the clock case on the module itself,
 * since only it can be handed one millisecond twice.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument, Persona } from '../../src/model/types';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';
import { loadSnapshot, saveSnapshot } from '../../src/server/snapshot-store';
import type { JourneyDiff } from '../../src/share/diff';
import { MAX_SNAPSHOTS, type SavedSnapshot, type SnapshotList } from '../../src/share/snapshots';
import { startAddon } from '../support/addon';

/** A journey whose JSON is about `kb` kilobytes, all of it in text cells of 20,000 characters. */
function journeyOf(kb: number, title: string): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-a', name: 'A' }], 'en', { title });
  if (!result.ok) throw new Error('fixture');
  const doc = result.value;
  const slots = ['thoughts', 'actions', 'touchpoints'].flatMap((lane) =>
    doc.stages.map((stage) => [lane, stage.id] as const),
  );
  let left = kb * 1024;
  for (const [lane, stage] of slots) {
    if (left <= 0) break;
    doc.journeys[0]!.cells[lane] ??= {};
    doc.journeys[0]!.cells[lane]![stage] = `${title} `.padEnd(Math.min(20_000, left), 'x');
    left -= 20_000;
  }
  return doc;
}

function bytesOf(doc: JourneyDocument): number {
  return Buffer.byteLength(JSON.stringify(doc), 'utf8');
}

describe('case 19: snapshots when the file is nearly full', () => {
  it('refuses up front, with a translated message, and every listed snapshot still opens', () => {
    const addon = startAddon();
    const first = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(60, 'First'));
    const second = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(100, 'Second'));
    // Other things the file keeps (a deck's keys, its persona library) fill most of the rest.
    const store = addon.emu.documentProperties()!;
    const filler: Record<string, string> = {};
    for (let i = 0; i < 40; i++) filler[`other.${i}`] = 'z'.repeat(8_000);
    store.set(filler);
    const third = journeyOf(120, 'Third');
    expect(bytesOf(third)).toBeGreaterThan(120_000);

    const problems = addon.fail('takeSnapshot', third);
    const list = addon.ok<SnapshotList>('listJourneySnapshots');
    expect(list.snapshots.map((s) => s.id)).toEqual([first.saved.id, second.saved.id]);
    // Every snapshot the list shows can still be opened and compared.
    const diff = addon.ok<JourneyDiff>('compareSnapshots', first.saved.id, second.saved.id);
    expect(diff.totals.changed).toBeGreaterThan(0);

    expect(problems.map((p) => p.code)).toEqual(['storage-full']);
    expect(problems[0]!.message.ja).toMatch(/保存領域/);
    expect(problems[0]!.message.en).toMatch(/earlier snapshots are kept/);
  });

  it('writes the new snapshot before dropping the oldest when there is room for both', () => {
    const addon = startAddon();
    const first = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(100, 'First'));
    const second = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(100, 'Second'));
    const third = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(100, 'Third'));
    expect(third.dropped.map((s) => s.id)).toEqual([first.saved.id]);
    expect(third.snapshots.map((s) => s.id)).toEqual([second.saved.id, third.saved.id]);
    addon.ok('compareSnapshots', second.saved.id, third.saved.id);
    // What is dropped frees its room in the file's 500 KB store: after one more snapshot, the
    // file's persona library can still take 16 personas of near 9 KB each (its share is 150 KB).
    const persona = (i: number): Persona => ({
      id: `p-${i}`,
      name: `Persona ${i}`,
      antiPersona: false,
      goals: 'あ'.repeat(2000),
      challenges: 'い'.repeat(900),
    });
    addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(100, 'Fourth'));
    for (let i = 0; i < 16; i++) addon.ok('savePersonaToLibrary', persona(i), 'document');
    expect(addon.ok<SidebarBoot>('loadSidebar').libraries.document).toHaveLength(16);
  });
});

describe('case 19: a snapshot damaged by an earlier version', () => {
  it('says it is damaged instead of "not valid JSON", and leaves the list at the next snapshot', () => {
    const addon = startAddon();
    const first = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(20, 'First'));
    const second = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(20, 'Second'));
    // What the earlier save order left behind: a piece deleted, the index still naming it.
    addon.emu.documentProperties()!.delete(`journeygrid.snapshot.${first.saved.id}`);
    const problems = addon.fail('compareSnapshots', first.saved.id, second.saved.id);
    expect(problems.map((p) => p.code)).toEqual(['snapshot-damaged']);
    expect(problems[0]!.message.ja).toMatch(/失われて/);
    const third = addon.ok<SavedSnapshot>('takeSnapshot', journeyOf(20, 'Third'));
    expect(third.snapshots.map((s) => s.id)).toEqual([second.saved.id, third.saved.id]);
    expect(third.dropped.map((s) => s.id)).toEqual([first.saved.id]);
    // Pieces of the damaged snapshot left behind would show nowhere but take room in the file's
    // 500 KB store; only the store can tell they are gone.
    const left = addon.emu
      .documentProperties()!
      .keys()
      .filter((k) => k.includes(first.saved.id));
    expect(left).toEqual([]);
  });
});

describe('case 19: snapshot ids', () => {
  it('gives two snapshots taken in the same millisecond different ids, even when the oldest is dropped', () => {
    const emu = createEmulator();
    emu.createSpreadsheet('Ids');
    const store = emu.globals.PropertiesService.getDocumentProperties()!;
    const small = journeyOf(1, 'Small');
    for (let i = 0; i < MAX_SNAPSHOTS; i++) {
      const saved = saveSnapshot(store, small, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
      expect(saved.ok).toBe(true);
    }
    const instant = new Date(Date.UTC(2026, 5, 1));
    const a = journeyOf(1, 'Alpha');
    const b = journeyOf(1, 'Beta');
    const savedA = saveSnapshot(store, a, instant);
    const savedB = saveSnapshot(store, b, instant);
    if (!savedA.ok || !savedB.ok) throw new Error('not saved');
    expect(savedA.value.saved.id).not.toBe(savedB.value.saved.id);
    const ids = savedB.value.snapshots.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const loadedA = loadSnapshot(store, savedA.value.saved.id);
    const loadedB = loadSnapshot(store, savedB.value.saved.id);
    expect(loadedA.ok && loadedA.value.title).toBe('Alpha');
    expect(loadedB.ok && loadedB.value.title).toBe('Beta');
  });
});

describe('snapshot sizes, in the units the sidebar shows', () => {
  it('calls a journey over the 250 KB budget more than 250 KB (1 KB = 1,000 bytes, as the storage line counts)', () => {
    const addon = startAddon();
    const doc = journeyOf(245, 'Big');
    const bytes = bytesOf(doc);
    expect(bytes).toBeGreaterThan(250_000);
    const problems = addon.fail('takeSnapshot', doc);
    expect(problems.map((p) => p.code)).toEqual(['snapshot-too-large']);
    const kb = Math.ceil(bytes / 1000);
    expect(problems[0]!.message.en).toBe(
      `This journey is ${kb} KB, more than the 250 KB a file can keep for snapshots. Use "Save to Drive" instead.`,
    );
    expect(problems[0]!.message.ja).toContain(`${kb} KB`);
  });
});
