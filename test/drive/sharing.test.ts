/**
 * Sharing through Drive, through the built bundle on the emulator: files that describe their
 * journeys (also as a Drive copy), JSON in Drive (saved once, updated as revisions, opened back,
 * foreign and damaged files refused clearly), team templates, and snapshots with their diff.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import type { SavedFile } from '../../src/hosts/drive/json-files';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import type { FileJourneys } from '../../src/server/rpc-drive';
import { diffDocuments } from '../../src/share/diff';
import type { SavedSnapshot, SnapshotList } from '../../src/share/snapshots';
import type { TeamTemplate } from '../../src/share/template';
import { type Addon, startAddon } from '../support/addon';
import { journeyDocumentArb } from '../support/arbitraries';

function doc(names = ['Tanaka', 'Sato', 'Suzuki']): JourneyDocument {
  const result = newJourneyDocument(
    'aisas',
    names.map((name, i) => ({ id: `p${i + 1}`, name })),
    'en',
    { title: 'Q3 launch' },
  );
  if (!result.ok) throw new Error('fixture');
  return result.value;
}

function buildAll(addon: Addon, d: JourneyDocument): void {
  for (const p of d.personas)
    addon.ok<BuildResult>('buildJourney', d, p.id, { hints: false, confirmRemovals: false });
}

describe('the file is the unit of sharing', () => {
  it('says which journeys the open file holds, and nothing for a plain spreadsheet', () => {
    const addon = startAddon();
    expect(addon.ok('describeFile')).toBeNull();
    buildAll(addon, doc());
    expect(addon.ok<FileJourneys>('describeFile')).toEqual({
      title: 'Q3 launch',
      frameworkId: 'aisas',
      journeys: [
        { where: 'Tanaka', personaId: 'p1', personaName: 'Tanaka' },
        { where: 'Sato', personaId: 'p2', personaName: 'Sato' },
        { where: 'Suzuki', personaId: 'p3', personaName: 'Suzuki' },
      ],
    });
  });

  it('still works in a copy of the file: metadata is copied, document properties are not', () => {
    const addon = startAddon();
    const d = doc();
    d.journeys[0]!.cells.touchpoints = { attention: 'TV ad' };
    buildAll(addon, d);
    addon.ok<SavedSnapshot>('takeSnapshot', d);
    const copy = addon.emu.copySpreadsheet(addon.spreadsheet, 'Copy of Journeys');
    addon.emu.setActiveDocument(copy);
    expect(addon.ok<FileJourneys>('describeFile').journeys).toHaveLength(3);
    const read = addon.ok<ReadBack>('readJourneys', 'all');
    expect(read.document).toEqual(d);
    expect(addon.ok<SnapshotList>('listJourneySnapshots').snapshots).toEqual([]);
    addon.emu.setActiveDocument(addon.spreadsheet);
    expect(addon.ok<SnapshotList>('listJourneySnapshots').snapshots).toHaveLength(1);
  });
});

describe('JSON in Drive', () => {
  it('saves <title>.journey.json, and a second save is a new revision of the same file', () => {
    const addon = startAddon();
    const d = doc();
    const first = addon.ok<SavedFile>('saveToDrive', d);
    expect(first).toMatchObject({ name: 'Q3 launch.journey.json', created: true, revision: '1' });
    expect(first.url).toContain(first.fileId);
    d.journeys[1]!.cells.actions = { search: 'Compares prices' };
    // The journey's own file (the sidebar keeps it while the user edits that journey).
    const base = { fileId: first.fileId, revision: first.revision };
    const second = addon.ok<SavedFile>('saveJourneyFile', d, base, 'check');
    expect(second).toMatchObject({ fileId: first.fileId, created: false, revision: '2' });
    expect([...addon.emu.blobs.files.values()]).toHaveLength(1);
    expect(addon.ok<JourneyDocument>('openFromDrive', first.fileId)).toEqual(d);
  });

  it('round-trips random documents through Drive', () => {
    fc.assert(
      fc.property(journeyDocumentArb({ maxStages: 8, maxLanes: 10, maxPersonas: 3 }), (d) => {
        // A Drive of its own each: two random journeys of one title would (rightly) ask first.
        const addon = startAddon();
        const saved = addon.ok<SavedFile>('saveToDrive', d);
        expect(addon.ok<JourneyDocument>('openFromDrive', saved.fileId)).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });

  it('lists only the journeys the add-on saved', () => {
    const addon = startAddon();
    addon.emu.blobs.addForeign('someone else.journey.json', '{}');
    const saved = addon.ok<SavedFile>('saveToDrive', doc());
    expect(addon.ok<{ fileId: string; name: string }[]>('listDriveJourneys').map((f) => f.fileId)).toEqual([
      saved.fileId,
    ]);
  });

  it('refuses a foreign or damaged file with a clear message', () => {
    const addon = startAddon();
    const foreign = addon.emu.blobs.addForeign('package.json', '{"name": "web-app", "version": "1.0.0"}');
    addon.emu.blobs.grantAccess(foreign.id);
    const problems = addon.fail('openFromDrive', foreign.id);
    expect(problems[0]!.code).toBe('schema-version');
    expect(problems[0]!.message.en).toContain('may not be a Journey Grid file');

    const damaged = addon.emu.blobs.addForeign('broken.journey.json', '{"schemaVersion": 1, "title": "x", ');
    addon.emu.blobs.grantAccess(damaged.id);
    expect(addon.fail('openFromDrive', damaged.id)[0]!.code).toBe('malformed-json');

    const hidden = addon.emu.blobs.addForeign('private.journey.json', JSON.stringify(doc()));
    expect(addon.fail('openFromDrive', hidden.id)[0]!.code).toBe('drive-unreadable');
  });

  it('refuses a 5 MB journey before uploading anything', () => {
    const addon = startAddon();
    const big = doc(['A']);
    big.lanes.forEach((lane, i) => {
      if (lane.kind === 'text')
        big.journeys[0]!.cells[lane.id] = Object.fromEntries(
          big.stages.map((s) => [s.id, `${i}`.repeat(45_000)]),
        );
    });
    big.personas = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i + 1}`,
      name: `P${i + 1}`,
      antiPersona: false,
    }));
    big.journeys = big.personas.map((p) => ({ personaId: p.id, cells: big.journeys[0]!.cells }));
    addon.emu.calls.reset();
    const problems = addon.fail('saveToDrive', big);
    expect(problems[0]!.code).toBe('too-large');
    expect(problems[0]!.message.ja).toContain('5 MB');
    expect(addon.emu.calls.count('Drive.Files.create') + addon.emu.calls.count('Drive.Files.list')).toBe(0);
    expect(addon.emu.blobs.files.size).toBe(0);
  });
});

describe('team templates', () => {
  const template: TeamTemplate = {
    kind: 'journey-grid-template',
    schemaVersion: 1,
    name: 'SaaS 導入ジャーニー',
    frameworkId: 'btob-6',
    language: 'ja',
    laneIds: ['touchpoints', 'actions', 'emotion'],
    customLanes: [{ label: '稟議のポイント', kind: 'text' }],
    personas: [{ id: 'p-cio', name: '情シス部長', buyingRole: 'decision-maker' }],
  };

  it('saves, lists and opens a team template; the same name updates it', () => {
    const addon = startAddon();
    const saved = addon.ok<SavedFile>('saveTeamTemplate', template);
    expect(saved.name).toBe('SaaS 導入ジャーニー.journey-template.json');
    expect(addon.ok<SavedFile>('saveTeamTemplate', { ...template, laneIds: ['actions'] }).fileId).toBe(
      saved.fileId,
    );
    expect(addon.ok<{ fileId: string }[]>('listTeamTemplates').map((f) => f.fileId)).toEqual([saved.fileId]);
    expect(addon.ok<TeamTemplate>('openTeamTemplate', saved.fileId)).toEqual({
      ...template,
      laneIds: ['actions'],
    });
  });

  it.each([
    [
      '40 Japanese characters',
      '新製品ローンチに向けたカスタマージャーニー検討用チームテンプレート（営業部門版）',
    ],
    [
      '100 ASCII characters (the longest name the form takes)',
      `${'Enterprise onboarding journey '.repeat(4)}`.slice(0, 100),
    ],
  ])('saves a template named with %s, saves it again as a new revision, and lists it', (_, name) => {
    expect([...name].length).toBe(name.length > 60 ? 100 : 40);
    const addon = startAddon();
    const first = addon.ok<SavedFile>('saveTeamTemplate', { ...template, name });
    expect(first).toMatchObject({ created: true, revision: '1', name: `${name}.journey-template.json` });
    const second = addon.ok<SavedFile>('saveTeamTemplate', { ...template, name, laneIds: ['actions'] });
    expect(second).toMatchObject({ fileId: first.fileId, created: false, revision: '2' });
    expect(addon.ok<{ name: string }[]>('listTeamTemplates').map((f) => f.name)).toEqual([first.name]);
    expect(addon.ok<TeamTemplate>('openTeamTemplate', first.fileId).laneIds).toEqual(['actions']);
    // What Drive keeps beside the file is a fixed-size digest, never the template's name.
    const stored = addon.emu.blobs.files.get(first.fileId)!.appProperties;
    expect(stored.journeyGridKind).toBe('template');
    expect(stored.journeyGridSource).toMatch(/^[0-9a-f]{32}$/);
  });

  it('updates a template saved before the digest, and gives it the digest', () => {
    const addon = startAddon();
    // Saved by this same user with an older add-on (so no question about somebody else's change).
    const old = addon.emu.blobs.addForeign(
      `${template.name}.journey-template.json`,
      JSON.stringify(template),
      'application/json',
      'user@example.com',
    );
    old.appProperties = {
      journeyGridKind: 'template',
      journeyGridSource: `template:${template.name.toLowerCase()}`,
    };
    addon.emu.blobs.grantAccess(old.id);
    const saved = addon.ok<SavedFile>('saveTeamTemplate', { ...template, laneIds: ['actions'] });
    expect(saved).toMatchObject({ fileId: old.id, created: false, revision: '2' });
    expect(old.appProperties.journeyGridSource).toMatch(/^[0-9a-f]{32}$/);
    expect(addon.ok<SavedFile>('saveTeamTemplate', template).fileId).toBe(old.id);
  });

  it('refuses a template from a newer add-on, and a broken one, with a message', () => {
    const addon = startAddon();
    const future = addon.emu.blobs.addForeign(
      'future.journey-template.json',
      JSON.stringify({ ...template, schemaVersion: 2 }),
    );
    addon.emu.blobs.grantAccess(future.id);
    const problems = addon.fail('openTeamTemplate', future.id);
    expect(problems[0]!.code).toBe('newer-version');
    expect(problems[0]!.message.en).toContain('newer version');
    expect(addon.fail('saveTeamTemplate', { ...template, frameworkId: 'nope' })[0]!.code).toBe(
      'unknown-framework',
    );
  });
});

describe('snapshots', () => {
  it('keeps snapshots in the file and shows what changed between two', () => {
    const addon = startAddon();
    const before = doc(['Tanaka']);
    before.journeys[0]!.cells.touchpoints = { attention: 'TV ad', interest: 'Blog' };
    const first = addon.ok<SavedSnapshot>('takeSnapshot', before);
    const after = structuredClone(before);
    after.journeys[0]!.cells.touchpoints = { attention: 'Instagram ad', search: 'Google' };
    const second = addon.ok<SavedSnapshot>('takeSnapshot', after);
    expect(second.snapshots.map((s) => s.id)).toEqual([first.saved.id, second.saved.id]);
    const diff = addon.ok<ReturnType<typeof diffDocuments>>(
      'compareSnapshots',
      first.saved.id,
      second.saved.id,
    );
    expect(diff.totals).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(diff.personas[0]!.stages.map((s) => s.stageLabel)).toEqual(['Attention', 'Interest', 'Search']);
  });

  it('drops the oldest snapshots first when the file storage is full, and says how much it holds', () => {
    const addon = startAddon();
    const big = doc(['A']);
    big.journeys[0]!.cells.thoughts = Object.fromEntries(big.stages.map((s) => [s.id, 'x'.repeat(11_000)]));
    const ids: string[] = [];
    let last: SavedSnapshot | undefined;
    for (let i = 0; i < 5; i++) {
      big.title = `Version ${i + 1}`;
      last = addon.ok<SavedSnapshot>('takeSnapshot', big);
      ids.push(last.saved.id);
    }
    expect(last!.budgetBytes).toBe(250_000);
    expect(last!.usedBytes).toBeLessThanOrEqual(250_000);
    expect(last!.dropped.map((s) => s.title)).toEqual(['Version 1']);
    expect(last!.snapshots.map((s) => s.title)).toEqual(['Version 2', 'Version 3', 'Version 4', 'Version 5']);
  });

  it('diffs random edits exactly: every changed cell is counted once', () => {
    const editArb = fc.array(
      fc.record({ lane: fc.nat(), stage: fc.nat(), value: fc.option(fc.constantFrom('x', 'y', 'z')) }),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 6, maxLanes: 6, maxPersonas: 2 }),
        editArb,
        (older, edits) => {
          const newer = structuredClone(older);
          const cells = newer.journeys[0]!.cells;
          const textLanes = newer.lanes.filter((l) => l.kind === 'text');
          for (const edit of edits) {
            const lane = textLanes[edit.lane % Math.max(1, textLanes.length)];
            if (!lane) break;
            const stage = newer.stages[edit.stage % newer.stages.length]!;
            cells[lane.id] ??= {};
            if (edit.value === null) delete cells[lane.id]![stage.id];
            else cells[lane.id]![stage.id] = edit.value;
          }
          const diff = diffDocuments(older, newer);
          let added = 0;
          let changed = 0;
          let removed = 0;
          for (const lane of older.lanes) {
            for (const stage of older.stages) {
              const a = older.journeys[0]!.cells[lane.id]?.[stage.id];
              const b = cells[lane.id]?.[stage.id];
              if (a === undefined && b !== undefined) added++;
              else if (a !== undefined && b === undefined) removed++;
              else if (a !== b) changed++;
            }
          }
          expect(diff.totals).toEqual({ added, changed, removed });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('snapshot storage limits', () => {
  it('keeps the index under the property limit, even with long Japanese titles', () => {
    const addon = startAddon();
    const d = doc(['A']);
    d.title =
      '新製品ローンチに向けたカスタマージャーニーの検討（第三四半期・営業部とマーケティング部の合同版）';
    let last: SavedSnapshot | undefined;
    for (let i = 0; i < 45; i++) last = addon.ok<SavedSnapshot>('takeSnapshot', d);
    expect(last!.snapshots.length).toBeLessThanOrEqual(40);
    expect(last!.snapshots.at(-1)!.title.length).toBeLessThanOrEqual(40);
  });

  it('refuses a snapshot while another save holds the file', () => {
    const addon = startAddon();
    addon.emu.holdDocumentLockElsewhere(true);
    expect(addon.fail('takeSnapshot', doc(['A']))[0]!.code).toBe('busy');
  });
});

describe('listing many files', () => {
  it('follows Drive pages, newest first', () => {
    const addon = startAddon();
    for (let i = 0; i < 130; i++) {
      const file = addon.emu.blobs.addForeign(`t${i}.journey-template.json`, '{}');
      file.appProperties = { journeyGridKind: 'template', journeyGridSource: `template:t${i}` };
      addon.emu.blobs.grantAccess(file.id);
    }
    const listed = addon.ok<{ name: string }[]>('listTeamTemplates');
    expect(listed).toHaveLength(130);
    expect(listed[0]!.name).toBe('t129.journey-template.json');
  });
});

describe('a full file storage', () => {
  it('says in both languages that the storage is full, instead of a raw quota error', () => {
    const addon = startAddon();
    const store = addon.emu.documentProperties()!;
    for (let i = 0; i < 63; i++) store.set({ [`other.app.${i}`]: 'x'.repeat(8_000) });
    const big = doc(['A']);
    big.journeys[0]!.cells.thoughts = Object.fromEntries(big.stages.map((s) => [s.id, 'y'.repeat(4_000)]));
    const problems = addon.fail('takeSnapshot', big);
    expect(problems[0]!.code).toBe('storage-full');
    expect(problems[0]!.message.ja).toContain('保存領域');
  });
});
