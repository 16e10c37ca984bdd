/**
 * Sharing through Drive in a team, through the built bundle on the emulator: Google Picker's
 * dialog and what a pick grants (drive.file), files teammates share (listed once picked, checked,
 * view-only ones refused for saving), team persona libraries, and saving over a file a teammate
 * changed since it was opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../dev/bundle';
import librarySchema from '../../schema/persona-library.schema.json';
import type { ListedFile, SavedFile } from '../../src/hosts/drive/json-files';
import type { Opened, PickerConfig, PickOutcome } from '../../src/server/rpc-picker';
import { APP_PROPERTY_KIND } from '../../src/share/files';
import type { PersonaLibraryFile } from '../../src/share/persona-library';
import type { TeamTemplate } from '../../src/share/template';
import { journeyDoc, pick, pickerAddon, TEAM_TEMPLATE } from '../support/team-sharing';

const library = (personas: { id: string; name: string; buyingRole?: string }[], schemaVersion = 1) =>
  JSON.stringify({ kind: 'journey-grid-personas', schemaVersion, name: 'B2B roles', personas });

describe('Google Picker in a dialog', () => {
  it('says what the deployer must set when the Picker is not configured, in both languages', () => {
    const a = pickerAddon(false);
    const [p] = a.fail('showPicker', 'template');
    expect(p!.code).toBe('picker-not-configured');
    expect(p!.message.en).toContain('PICKER_DEVELOPER_KEY, PICKER_APP_ID');
    expect(p!.message.en).toContain('enable the Google Picker API');
    expect(p!.message.ja).toContain('スクリプト プロパティ PICKER_DEVELOPER_KEY, PICKER_APP_ID');
    expect(a.emu.ui.dialog).toBeNull();
  });

  it('opens a dialog with the user token, the project number as app id and the filter of one kind', () => {
    const a = pickerAddon();
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'personas');
    const dialog = a.emu.ui.dialog!;
    expect(dialog).toMatchObject({ width: 600, height: 425, title: 'Choose a shared file from Drive' });
    const json = /id="picker-config">(.*)<\/script>/.exec(dialog.html)![1]!;
    const config = JSON.parse(json) as PickerConfig;
    expect(config).toEqual({
      ticket,
      kind: 'personas',
      token: 'emulated-token-for-user@example.com',
      developerKey: 'test-developer-key',
      appId: '123456789012',
      mimeTypes: 'application/json',
      language: 'en',
    });
    expect(a.ok<PickOutcome>('pickerResult', ticket)).toEqual({ state: 'pending', kind: 'personas' });
    a.ok('pickerCancelled', ticket);
    expect(a.ok<PickOutcome>('pickerResult', ticket)).toEqual({ state: 'cancelled' });
  });

  it('is a page of its own: Google Picker is loaded there, never in the sidebar', () => {
    const picker = readFileSync(join(DIST, 'Picker.html'), 'utf8');
    const sidebar = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(picker).toContain('<?!= config ?>');
    expect(picker).toContain('src="https://apis.google.com/js/api.js"');
    expect(picker).toContain('setAppId');
    expect(sidebar).not.toContain('apis.google.com');
    expect(sidebar).not.toContain('setAppId');
  });
});

describe("a teammate's files", () => {
  it('stay invisible until picked, then are listed from then on, with who shared them', () => {
    const a = pickerAddon();
    const file = a.emu.blobs.addShared(
      'B2B onboarding.journey-template.json',
      JSON.stringify(TEAM_TEMPLATE),
      {
        owner: 'hana@example.com',
        ownerName: 'Hana',
        access: 'edit',
        appProperties: { [APP_PROPERTY_KIND]: 'template' },
      },
    );
    expect(a.ok<ListedFile[]>('listSharedFiles', 'template')).toEqual([]);
    expect(a.fail('openSharedFile', 'template', file.id)[0]!.code).toBe('drive-gone');

    const outcome = pick(a, 'template', [file.id]);
    expect(outcome.state).toBe('picked');
    expect(outcome.problems).toEqual([]);
    expect(outcome.files).toEqual([expect.objectContaining({ fileId: file.id, owner: 'Hana' })]);

    const listed = a.ok<ListedFile[]>('listSharedFiles', 'template');
    expect(listed.map((f) => [f.name, f.owner, f.readOnly])).toEqual([
      ['B2B onboarding.journey-template.json', 'Hana', undefined],
    ]);
    const opened = a.ok<Opened<TeamTemplate>>('openSharedFile', 'template', file.id);
    expect(opened.value.name).toBe('B2B onboarding');
    expect(opened.file.revision).toBe('1');
  });

  it('lists a picked file without our marks (uploaded by hand) through the remembered pick', () => {
    const a = pickerAddon();
    const file = a.emu.blobs.addShared('Roles.personas.json', library([{ id: 'cio', name: '決裁者' }]), {
      owner: 'hana@example.com',
      ownerName: 'Hana',
      access: 'view',
    });
    pick(a, 'personas', [file.id]);
    const listed = a.ok<ListedFile[]>('listSharedFiles', 'personas');
    expect(listed).toEqual([expect.objectContaining({ fileId: file.id, owner: 'Hana', readOnly: true })]);
    // Trashed by its owner: forgotten.
    file.trashed = true;
    expect(a.ok<ListedFile[]>('listSharedFiles', 'personas')).toEqual([]);
    // Forgotten for good: back from the trash, it is not listed until it is picked again.
    file.trashed = false;
    expect(a.ok<ListedFile[]>('listSharedFiles', 'personas')).toEqual([]);
  });

  it('refuses, in both languages, a file that is not ours, a damaged one and one from a newer version', () => {
    const a = pickerAddon();
    const share = (name: string, content: string) =>
      a.emu.blobs.addShared(name, content, { owner: 'hana@example.com', ownerName: 'Hana', access: 'edit' });
    const notes = share('notes.json', '{"todo": []}');
    const damaged = share('Roles.personas.json', '{"kind": "journey-grid-personas", ');
    const newer = share('Next.personas.json', library([{ id: 'a', name: 'A' }], 7));
    const good = share('Good.personas.json', library([{ id: 'a', name: 'A' }]));
    const outcome = pick(a, 'personas', [notes.id, damaged.id, newer.id, good.id]);
    expect(outcome.files!.map((f) => f.name)).toEqual(['Good.personas.json']);
    const byCode = Object.fromEntries(outcome.problems!.map((p) => [p.code, p.message]));
    expect(Object.keys(byCode)).toEqual(['not-ours', 'malformed-json', 'newer-version']);
    expect(byCode['not-ours']!.en).toContain('"notes.json" is not a Journey Grid file');
    expect(byCode['not-ours']!.ja).toContain('Journey Grid のファイルではありません');
    expect(byCode['malformed-json']!.en).toContain('"Roles.personas.json"');
    expect(byCode['newer-version']!.ja).toContain('schemaVersion 7');
    // Only the good one is remembered.
    expect(a.ok<ListedFile[]>('listSharedFiles', 'personas').map((f) => f.name)).toEqual([
      'Good.personas.json',
    ]);
  });

  it('refuses a journey picked where a template was asked for', () => {
    const a = pickerAddon();
    const saved = a.ok<SavedFile>('saveToDrive', journeyDoc());
    const outcome = pick(a, 'template', [saved.fileId]);
    expect(outcome.problems!.map((p) => p.code)).toEqual(['wrong-kind']);
  });
});

describe('team persona libraries', () => {
  it('saves personas as <name>.personas.json, a second save is a new revision, and opens back valid', () => {
    const a = pickerAddon();
    const personas = [
      { id: 'decider', name: '決裁者', buyingRole: 'decision-maker' },
      { id: 'user', name: '現場利用者', goals: '入力を減らす' },
    ];
    const first = a.ok<SavedFile>('savePersonaLibrary', { name: 'B2B roles', personas }, null, 'check');
    expect(first).toMatchObject({ name: 'B2B roles.personas.json', created: true, revision: '1' });
    const second = a.ok<SavedFile>(
      'savePersonaLibrary',
      { name: 'B2B roles', personas: personas.slice(0, 1) },
      { fileId: first.fileId, revision: first.revision },
      'check',
    );
    expect(second).toMatchObject({ fileId: first.fileId, created: false, revision: '2' });
    const opened = a.ok<Opened<PersonaLibraryFile>>('openSharedFile', 'personas', first.fileId);
    expect(opened.value).toEqual({
      kind: 'journey-grid-personas',
      schemaVersion: 1,
      name: 'B2B roles',
      personas: [{ id: 'decider', name: '決裁者', buyingRole: 'decision-maker', antiPersona: false }],
    });
    expect(a.ok<ListedFile[]>('listSharedFiles', 'personas').map((f) => f.fileId)).toEqual([first.fileId]);
    // The file in Drive is what the published schema describes, and only that.
    const accepts = new Ajv2020({ allErrors: true }).compile(librarySchema);
    const written = JSON.parse(a.emu.blobs.files.get(first.fileId)!.revisions[1]!.content);
    expect(accepts(written)).toBe(true);
    expect(accepts({ ...written, schemaVersion: 2 })).toBe(false);
    expect(accepts({ ...written, personas: [{ id: 'x', name: '' }] })).toBe(false);
  });

  it('refuses a library without personas or with an invalid one', () => {
    const a = pickerAddon();
    expect(a.fail('savePersonaLibrary', { name: 'Empty', personas: [] }, null, 'check')[0]!.code).toBe(
      'required',
    );
    expect(
      a.fail('savePersonaLibrary', { name: '', personas: [{ name: 'A' }] }, null, 'check')[0]!.code,
    ).toBe('required');
  });
});

describe('saving over a file a teammate changed', () => {
  it('asks first (who and when), then overwrites on request or saves a copy beside it', () => {
    const a = pickerAddon();
    const d = journeyDoc();
    const saved = a.ok<SavedFile>('saveJourneyFile', d, null, 'check');
    const base = { fileId: saved.fileId, revision: saved.revision };
    a.emu.blobs.files.get(saved.fileId)!.canEdit = true;
    a.emu.blobs.changeAs(saved.fileId, JSON.stringify(d), 'Hana');

    const [conflict] = a.fail('saveJourneyFile', d, base, 'check');
    expect(conflict!.code).toBe('drive-conflict');
    expect(conflict!.message.en).toMatch(
      /^"Q3 launch\.journey\.json" was changed by Hana after you opened it \(2026-/,
    );
    expect(conflict!.message.ja).toContain('Hana さんが変更しました');
    expect(a.emu.blobs.files.get(saved.fileId)!.revisions).toHaveLength(2);

    const copy = a.ok<SavedFile>('saveJourneyFile', d, base, 'copy');
    expect(copy).toMatchObject({ created: true, name: 'Copy of Q3 launch.journey.json' });
    expect(copy.fileId).not.toBe(saved.fileId);

    const over = a.ok<SavedFile>('saveJourneyFile', d, base, 'overwrite');
    expect(over).toMatchObject({ fileId: saved.fileId, revision: '3' });
    // Saved from the revision just written: no question.
    expect(
      a.ok<SavedFile>('saveJourneyFile', d, { fileId: saved.fileId, revision: '3' }, 'check').revision,
    ).toBe('4');
  });

  it('refuses to save over a view-only file, even when told to overwrite, and offers the copy', () => {
    const a = pickerAddon();
    const file = a.emu.blobs.addShared(
      'B2B onboarding.journey-template.json',
      JSON.stringify(TEAM_TEMPLATE),
      {
        owner: 'hana@example.com',
        ownerName: 'Hana',
        access: 'view',
        appProperties: { [APP_PROPERTY_KIND]: 'template' },
      },
    );
    pick(a, 'template', [file.id]);
    const opened = a.ok<Opened<TeamTemplate>>('openSharedFile', 'template', file.id);
    expect(opened.file.readOnly).toBe(true);
    const base = { fileId: file.id, revision: opened.file.revision };
    for (const mode of ['check', 'overwrite']) {
      const [p] = a.fail('saveTemplateFile', TEAM_TEMPLATE, base, mode);
      expect(p!.code).toBe('drive-read-only');
      expect(p!.message.en).toBe(
        '"B2B onboarding.journey-template.json" is shared with you by Hana as view-only, so it cannot be saved over. Save it as a copy instead.',
      );
    }
    const copy = a.ok<SavedFile>('saveTemplateFile', TEAM_TEMPLATE, base, 'copy');
    expect(copy).toMatchObject({ created: true, name: 'Copy of B2B onboarding.journey-template.json' });
    expect(a.emu.blobs.files.get(file.id)!.revisions).toHaveLength(1);
  });
});
