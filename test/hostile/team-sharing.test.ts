/**
 * Hostile checks of team sharing through Drive, as a team would meet them on the emulator:
 * saves that must not go over a teammate's work without asking (templates and journeys saved
 * with no file opened, a file the teammate trashed), Picker outcomes that must not drop or
 * double picks silently, and persona libraries at and past their limits.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../dev/bundle';
import { addPersonaFromLibrary, type Form } from '../../sidebar/state';
import { inJourney, mergeIntoLibrary } from '../../sidebar/team-sharing';
import type { SavedFile } from '../../src/hosts/drive/json-files';
import type { JourneyDocument, Persona } from '../../src/model/types';
import type { Opened, PickOutcome } from '../../src/server/rpc-picker';
import { APP_PROPERTY_KIND, APP_PROPERTY_SOURCE } from '../../src/share/files';
import type { PersonaLibraryFile } from '../../src/share/persona-library';
import type { TeamTemplate } from '../../src/share/template';
import type { Addon } from '../support/addon';
import { journeyDoc, pick, pickerAddon, TEAM_TEMPLATE } from '../support/team-sharing';

const HANA = { owner: 'hana@example.com', ownerName: 'Hana' };

/** The mark Journey Grid leaves on a template saved under this name (json-files.ts: 128 bits of SHA-256). */
const sourceOf = (templateName: string) =>
  createHash('sha256').update(`template:${templateName.toLowerCase()}`).digest('hex').slice(0, 32);

const head = (a: Addon, id: string) => a.emu.blobs.files.get(id)!.revisions.at(-1)!.content;

describe("saves with no file opened never go over a teammate's change unasked", () => {
  it('a team template saved again after a teammate changed it asks first', () => {
    const a = pickerAddon();
    const first = a.ok<SavedFile>('saveTeamTemplate', TEAM_TEMPLATE);
    // Shared with Hana, who edits it in her own sidebar.
    const hanas = JSON.stringify({ ...TEAM_TEMPLATE, laneIds: ['touchpoints'] });
    a.emu.blobs.changeAs(first.fileId, hanas, 'Hana');
    const [p] = a.fail('saveTeamTemplate', { ...TEAM_TEMPLATE, personas: [{ name: 'CFO' }] });
    expect(p!.code).toBe('drive-conflict');
    expect(p!.message.en).toContain('changed by Hana');
    // When, readable: not Drive's raw "2026-01-01T00:00:02.000Z".
    expect(p!.message.en).toMatch(/\(2026-01-01 00:00 UTC\)/);
    expect(p!.message.ja).toMatch(/（2026-01-01 00:00 UTC）/);
    expect(p!.message.ja).toContain('Hana さんが');
    expect(head(a, first.fileId)).toBe(hanas);
  });

  it('a journey saved again from the same spreadsheet after a teammate changed its file asks first', () => {
    const a = pickerAddon();
    const first = a.ok<SavedFile>('saveToDrive', journeyDoc());
    const hanas = JSON.stringify({ ...journeyDoc(), title: 'Q3 launch (Hana)' });
    a.emu.blobs.changeAs(first.fileId, hanas, 'Hana');
    expect(a.fail('saveToDrive', journeyDoc())[0]!.code).toBe('drive-conflict');
    expect(head(a, first.fileId)).toBe(hanas);
    // My own later saves (nobody else in between) still go straight to the same file.
    const b = pickerAddon();
    const mine = b.ok<SavedFile>('saveTeamTemplate', TEAM_TEMPLATE);
    expect(b.ok<SavedFile>('saveTeamTemplate', TEAM_TEMPLATE)).toMatchObject({
      fileId: mine.fileId,
      revision: '2',
    });
  });

  it("after a template is saved as a copy, the next save keeps the copy's name", () => {
    const a = pickerAddon();
    const first = a.ok<SavedFile>('saveTeamTemplate', TEAM_TEMPLATE);
    a.emu.blobs.changeAs(
      first.fileId,
      JSON.stringify({ ...TEAM_TEMPLATE, laneIds: ['touchpoints'] }),
      'Hana',
    );
    expect(a.fail('saveTemplateFile', TEAM_TEMPLATE, null, 'check')[0]!.code).toBe('drive-conflict');
    const copy = a.ok<SavedFile>('saveTemplateFile', TEAM_TEMPLATE, null, 'copy');
    expect(copy.name).not.toBe(first.name);
    const next = a.ok<SavedFile>(
      'saveTemplateFile',
      { ...TEAM_TEMPLATE, personas: [{ name: 'CFO' }] },
      null,
      'check',
    );
    expect(next).toMatchObject({ fileId: copy.fileId, name: copy.name, revision: '2' });
    const names = [...a.emu.blobs.files.values()].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("a template named like a teammate's picked view-only one can still be saved, as a copy", () => {
    const a = pickerAddon();
    const theirs = a.emu.blobs.addShared(
      'B2B onboarding.journey-template.json',
      JSON.stringify(TEAM_TEMPLATE),
      {
        ...HANA,
        access: 'view',
        // Saved by Hana's Journey Grid under the same name: the same marks a save of mine looks for.
        appProperties: { [APP_PROPERTY_KIND]: 'template', [APP_PROPERTY_SOURCE]: sourceOf('B2B onboarding') },
      },
    );
    pick(a, 'template', [theirs.id]);
    const [p] = a.fail('saveTemplateFile', TEAM_TEMPLATE, null, 'check');
    expect(p!.code).toBe('drive-read-only');
    const copy = a.ok<SavedFile>('saveTemplateFile', TEAM_TEMPLATE, null, 'copy');
    expect(copy.fileId).not.toBe(theirs.id);
    expect(a.emu.blobs.files.get(theirs.id)!.revisions).toHaveLength(1);
  });
});

describe("a journey's file is known by the journey, never by its title", () => {
  const other = () => {
    const d = journeyDoc();
    d.personas = [{ id: 'p9', name: 'Aki', antiPersona: false }];
    d.journeys = [{ personaId: 'p9', cells: { touchpoints: { attention: 'Mine' } } }];
    return d;
  };

  it("a new journey titled like an opened teammate's is not saved over theirs unasked", () => {
    const a = pickerAddon();
    const file = a.emu.blobs.addShared('Q3 launch.journey.json', JSON.stringify(journeyDoc()), {
      ...HANA,
      access: 'edit',
      appProperties: { [APP_PROPERTY_KIND]: 'document' },
    });
    pick(a, 'document', [file.id]);
    a.ok<Opened<JourneyDocument>>('openSharedFile', 'document', file.id);
    // Another journey started (no base): same title, other personas.
    const [p] = a.fail('saveJourneyFile', other(), null, 'check');
    expect(['drive-exists', 'drive-conflict']).toContain(p!.code);
    expect(file.revisions).toHaveLength(1);
    const copy = a.ok<SavedFile>('saveJourneyFile', other(), null, 'copy');
    expect(copy.fileId).not.toBe(file.id);
    expect(JSON.parse(head(a, file.id)).personas[0].name).toBe('Tanaka');
  });

  it('a new journey from the same spreadsheet never replaces my earlier journey without "save over"', () => {
    const a = pickerAddon();
    const mine = a.ok<SavedFile>('saveJourneyFile', journeyDoc(), null, 'check');
    // Same title: asked, in both languages, and my earlier journey is untouched.
    const [p] = a.fail('saveJourneyFile', other(), null, 'check');
    expect(p!.code).toBe('drive-exists');
    expect(p!.message.en).toContain('"Q3 launch.journey.json" is already in your Drive');
    expect(p!.message.ja).toContain('「Q3 launch.journey.json」がすでにあります');
    expect(JSON.parse(head(a, mine.fileId)).personas[0].name).toBe('Tanaka');
    // "Save over it" answered: then, and only then, it goes over (keeping its name).
    const over = a.ok<SavedFile>('saveJourneyFile', other(), null, 'overwrite');
    expect(over).toMatchObject({ fileId: mine.fileId, name: 'Q3 launch.journey.json', revision: '2' });
    expect(JSON.parse(head(a, mine.fileId)).personas[0].name).toBe('Aki');
    // Another title: a file of its own, the earlier one kept as it was.
    const renamed = a.ok<SavedFile>('saveJourneyFile', { ...journeyDoc(), title: 'Q4 plan' }, null, 'check');
    expect(renamed).toMatchObject({ name: 'Q4 plan.journey.json', created: true });
    expect(a.emu.blobs.files.get(mine.fileId)!.revisions).toHaveLength(2);
    expect(a.emu.blobs.files.get(mine.fileId)!.name).toBe('Q3 launch.journey.json');
  });
});

describe('a first save finds a file of its name whatever the name', () => {
  it('titles with quotes, backslashes and "and" are asked about, never gone over', () => {
    const a = pickerAddon();
    for (const title of ['Sales and marketing', "Hana's \\ plan", "a' and name = 'x"]) {
      const first = a.ok<SavedFile>('saveJourneyFile', journeyDoc(title), null, 'check');
      expect(first.created).toBe(true);
      expect(a.fail('saveJourneyFile', journeyDoc(title), null, 'check')[0]!.code).toBe('drive-exists');
      expect(a.emu.blobs.files.get(first.fileId)!.revisions).toHaveLength(1);
    }
  });
});

describe('conflicts, again and again', () => {
  it('save over a change, the teammate changes it again: the next save asks again', () => {
    const a = pickerAddon();
    const d = journeyDoc();
    const saved = a.ok<SavedFile>('saveJourneyFile', d, null, 'check');
    a.emu.blobs.changeAs(saved.fileId, JSON.stringify(d), 'Hana');
    const base = { fileId: saved.fileId, revision: saved.revision };
    expect(a.fail('saveJourneyFile', d, base, 'check')[0]!.code).toBe('drive-conflict');
    const over = a.ok<SavedFile>('saveJourneyFile', d, base, 'overwrite');
    a.emu.blobs.changeAs(saved.fileId, JSON.stringify({ ...d, title: 'Hana again' }), 'Hana');
    const again = { fileId: over.fileId, revision: over.revision };
    expect(a.fail('saveJourneyFile', d, again, 'check')[0]!.code).toBe('drive-conflict');
    // Saved as a copy: the copy is the base from then on, and Hana's file keeps her change.
    const copy = a.ok<SavedFile>('saveJourneyFile', d, again, 'copy');
    const next = a.ok<SavedFile>(
      'saveJourneyFile',
      d,
      { fileId: copy.fileId, revision: copy.revision },
      'check',
    );
    expect(next).toMatchObject({ fileId: copy.fileId, revision: '2' });
    expect(JSON.parse(head(a, saved.fileId)).title).toBe('Hana again');
  });

  it('a file the teammate trashed after I opened it is not saved into the trash', () => {
    const a = pickerAddon();
    const file = a.emu.blobs.addShared('Q3 launch.journey.json', JSON.stringify(journeyDoc()), {
      ...HANA,
      access: 'edit',
      appProperties: { [APP_PROPERTY_KIND]: 'document' },
    });
    pick(a, 'document', [file.id]);
    const opened = a.ok<Opened<JourneyDocument>>('openSharedFile', 'document', file.id);
    file.trashed = true;
    const base = { fileId: file.id, revision: opened.file.revision };
    for (const mode of ['check', 'overwrite']) {
      const [p] = a.fail('saveJourneyFile', journeyDoc(), base, mode);
      expect(p!.code).toBe('drive-trashed');
      expect(p!.message.en).toContain('"Q3 launch.journey.json" is in the trash');
      expect(p!.message.ja).toContain('ゴミ箱');
    }
    expect(file.revisions).toHaveLength(1);
    const copy = a.ok<SavedFile>('saveJourneyFile', journeyDoc(), base, 'copy');
    expect(a.emu.blobs.files.get(copy.fileId)!.trashed).toBe(false);
  });
});

describe('what a pick reports', () => {
  const share = (a: Addon, name: string, content: string) =>
    a.emu.blobs.addShared(name, content, { ...HANA, access: 'edit' });
  const lib = (name: string) =>
    JSON.stringify({ kind: 'journey-grid-personas', schemaVersion: 1, name, personas: [{ name: '決裁者' }] });

  it('more files than one pick takes: the rest are named, never dropped unsaid', () => {
    const a = pickerAddon();
    const ids = Array.from(
      { length: 25 },
      (_, i) => share(a, `Lib ${i + 1}.personas.json`, lib(`Lib ${i + 1}`)).id,
    );
    const outcome = pick(a, 'personas', ids);
    expect(outcome.files).toHaveLength(20);
    const [p] = outcome.problems!;
    expect(p!.code).toBe('too-many-picked');
    expect(p!.message.en).toBe('At most 20 files are added at a time: 5 were not added. Choose them again.');
    expect(p!.message.ja).toBe(
      '一度に追加できるのは 20 ファイルまでです。5 ファイルは追加されていません。もう一度選んでください。',
    );
  });

  it('the same file picked twice is added once', () => {
    const a = pickerAddon();
    const file = share(a, 'Roles.personas.json', lib('Roles'));
    const outcome = pick(a, 'personas', [file.id, file.id]);
    expect(outcome.files!.map((f) => f.fileId)).toEqual([file.id]);
  });

  it('twenty refused files with long names still come back, each named', () => {
    const a = pickerAddon();
    const long = 'とても長い共有ファイルの名前'.repeat(12);
    const ids = Array.from({ length: 20 }, (_, i) => share(a, `${long} ${i + 1}.json`, '{"todo": []}').id);
    const outcome = pick(a, 'personas', ids);
    expect(outcome.state).toBe('picked');
    expect(outcome.problems!.length).toBeGreaterThan(0);
    expect(outcome.problems![0]!.message.ja).toContain(`${long} 1.json`);
  });

  it('two Picker dialogs open at once (two documents) each get their own outcome', () => {
    const a = pickerAddon();
    const file = share(a, 'Roles.personas.json', lib('Roles'));
    const first = a.ok<{ ticket: string }>('showPicker', 'personas').ticket;
    const second = a.ok<{ ticket: string }>('showPicker', 'template').ticket;
    expect(a.ok<PickOutcome>('pickerResult', first).state).toBe('pending');
    a.emu.blobs.grantAccess(file.id);
    a.ok('pickerPicked', first, 'personas', [file.id]);
    expect(a.ok<PickOutcome>('pickerResult', second).state).toBe('pending');
    expect(a.ok<PickOutcome>('pickerResult', first).files!.map((f) => f.fileId)).toEqual([file.id]);
    a.ok('pickerCancelled', second);
    expect(a.ok<PickOutcome>('pickerResult', second).state).toBe('cancelled');
  });
});

describe("adding a teammate's library persona to a journey", () => {
  it('a different persona under an id the journey already uses can be added, and keeps both', () => {
    const library: Persona[] = [
      { id: 'p1', name: '決裁者', buyingRole: 'decision-maker', antiPersona: false },
      { id: 'p2', name: '推進者', antiPersona: false },
    ];
    const mine: Persona = { id: 'p1', name: 'Tanaka', antiPersona: false };
    const form = { personas: [mine] } as unknown as Form;
    expect(inJourney(form.personas, library[0]!)).toBe(false);
    const added = addPersonaFromLibrary(form, library[0]!);
    expect(added.personas.map((p) => p.name)).toEqual(['Tanaka', '決裁者']);
    expect(new Set(added.personas.map((p) => p.id)).size).toBe(2);
    // Added once: the same persona is not offered again, under its new id or a renamed library's.
    expect(inJourney(added.personas, library[0]!)).toBe(true);
    expect(inJourney(added.personas, { ...library[0]!, id: 'other' })).toBe(true);
    expect(inJourney(added.personas, library[1]!)).toBe(false);
  });
});

/**
 * The built dialog page (dist/Picker.html) run against a stand-in for Google Picker: the names of
 * google.picker.Action are Google's ("CANCEL", "PICKED", "ERROR": "The Google Picker dialog has
 * encountered an error", https://developers.google.com/drive/picker/reference/picker.action).
 */
function runDialog(language: 'ja' | 'en') {
  const html = readFileSync(join(DIST, 'Picker.html'), 'utf8');
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  const el = {
    status: { textContent: '', className: '' },
    close: { textContent: '', hidden: true, onclick: null as null | (() => void) },
    'picker-config': { textContent: JSON.stringify({ ticket: 't1', kind: 'personas', language }) },
  };
  const reported: unknown[][] = [];
  const runner: Record<string, unknown> = {
    withSuccessHandler: () => runner,
    withFailureHandler: () => runner,
    pickerPicked: (...args: unknown[]) => reported.push(['pickerPicked', ...args]),
    pickerCancelled: (...args: unknown[]) => reported.push(['pickerCancelled', ...args]),
  };
  let callback: (data: Record<string, unknown>) => void = () => {};
  /** Every setter of Google's PickerBuilder and DocsView chains; only the callback matters here. */
  const chaining = <T extends object>(extra: T) =>
    new Proxy(extra, {
      get: (target, key, self) => (key in target ? Reflect.get(target, key) : () => self),
    });
  class PickerBuilder {
    constructor() {
      // biome-ignore lint/correctness/noConstructorReturn: the stand-in is a chaining proxy
      return chaining({
        setCallback(fn: typeof callback) {
          callback = fn;
          return this;
        },
        build: () => ({ setVisible: () => {} }),
      });
    }
  }
  class DocsView {
    constructor() {
      // biome-ignore lint/correctness/noConstructorReturn: the stand-in is a chaining proxy
      return chaining({});
    }
  }
  const picker = {
    PickerBuilder,
    DocsView,
    ViewId: { DOCS: 'all' },
    Feature: { SUPPORT_DRIVES: 'sdr', MULTISELECT_ENABLED: 'multi' },
    Action: { PICKED: 'picked', CANCEL: 'cancel', ERROR: 'error' },
    Response: { ACTION: 'action', DOCUMENTS: 'docs' },
    Document: { ID: 'id' },
  };
  const context: Record<string, unknown> = {
    document: { getElementById: (id: keyof typeof el) => el[id] ?? null },
    google: { script: { run: runner, host: { close: () => {}, origin: 'https://docs.google.com' } }, picker },
    gapi: { load: (_: string, options: { callback: () => void }) => options.callback() },
  };
  context.window = context;
  vm.runInNewContext(script, context);
  (context.journeyGridPickerLoaded as () => void)();
  return { el, reported, callback: (data: Record<string, unknown>) => callback(data) };
}

describe('the Picker dialog', () => {
  it('says so when Google Picker reports an error, in both languages, and Close stops the wait', () => {
    for (const language of ['ja', 'en'] as const) {
      const dialog = runDialog(language);
      dialog.callback({ action: 'error' });
      expect(dialog.el.status.className).toBe('error');
      expect(dialog.el.status.textContent).toContain(language === 'ja' ? 'Google ピッカー' : 'Google Picker');
      expect(dialog.el.close.hidden).toBe(false);
      dialog.el.close.onclick!();
      expect(dialog.reported).toEqual([['pickerCancelled', 't1']]);
    }
  });

  it('reports a pick with the ids Google Picker gives', () => {
    const dialog = runDialog('en');
    dialog.callback({ action: 'picked', docs: [{ id: 'a' }, { id: 'b' }] });
    expect(dialog.reported).toEqual([['pickerPicked', 't1', 'personas', ['a', 'b']]]);
  });
});

describe("a teammate's file that changed under the pick", () => {
  const shareJourney = (a: Addon, name = 'Q3 launch.journey.json') =>
    a.emu.blobs.addShared(name, JSON.stringify(journeyDoc()), {
      ...HANA,
      access: 'edit',
      appProperties: { [APP_PROPERTY_KIND]: 'document' },
    });

  it('deleted or unshared after it was picked: opening it says so, in both languages', () => {
    const a = pickerAddon();
    const file = shareJourney(a);
    pick(a, 'document', [file.id]);
    a.emu.blobs.files.delete(file.id);
    const [p] = a.fail('openSharedFile', 'document', file.id);
    expect(p!.code).toBe('drive-gone');
    expect(p!.message.en).toBe(
      'Drive does not give this file to Journey Grid: its owner may have deleted it or stopped sharing it. If it is still shared with you, choose it again.',
    );
    expect(p!.message.ja).toBe(
      'このファイルを Drive から開けません。持ち主が削除したか、共有をやめた可能性があります。まだ共有されている場合は、もう一度選んでください。',
    );
  });

  it('deleted while I work on it: my save is not lost, it asks for a copy', () => {
    const a = pickerAddon();
    const file = shareJourney(a);
    pick(a, 'document', [file.id]);
    const opened = a.ok<Opened<JourneyDocument>>('openSharedFile', 'document', file.id);
    a.emu.blobs.files.delete(file.id);
    const base = { fileId: file.id, revision: opened.file.revision };
    const [p] = a.fail('saveJourneyFile', journeyDoc(), base, 'check');
    expect(p!.code).toBe('drive-gone');
    const copy = a.ok<SavedFile>('saveJourneyFile', journeyDoc(), base, 'copy');
    expect(copy.created).toBe(true);
  });

  it('a huge file is refused by its size, before it is read', () => {
    const a = pickerAddon();
    const big = shareJourney(a, 'Huge.journey.json');
    big.revisions[0]!.content = `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'document');
    a.emu.blobs.grantAccess(big.id);
    a.emu.calls.reset();
    a.ok('pickerPicked', ticket, 'document', [big.id]);
    // Its metadata only: the 6 MB are never downloaded into the script.
    expect(a.emu.calls.byMethod['Drive.Files.get']).toBe(1);
    const outcome = a.ok<PickOutcome>('pickerResult', ticket);
    expect(outcome.problems!.map((p) => p.code)).toEqual(['too-large']);
    expect(outcome.problems![0]!.message.en).toContain('"Huge.journey.json"');
    expect(outcome.problems![0]!.message.ja).toContain('6.0 MB');
  });

  it('libraries with no persona or more than a journey holds are refused, named, in both languages', () => {
    const a = pickerAddon();
    const lib = (n: number) =>
      JSON.stringify({
        kind: 'journey-grid-personas',
        schemaVersion: 1,
        name: `${n} roles`,
        personas: Array.from({ length: n }, (_, i) => ({ name: `Role ${i + 1}` })),
      });
    const none = a.emu.blobs.addShared('None.personas.json', lib(0), { ...HANA, access: 'edit' });
    const many = a.emu.blobs.addShared('Many.personas.json', lib(21), { ...HANA, access: 'edit' });
    const outcome = pick(a, 'personas', [none.id, many.id]);
    expect(outcome.files).toEqual([]);
    expect(outcome.problems!.map((p) => [p.code, p.message.en])).toEqual([
      ['required', '"None.personas.json": Add at least one persona.'],
      ['too-many', '"Many.personas.json": A persona library holds at most 20 personas (this one has 21).'],
    ]);
    expect(outcome.problems![1]!.message.ja).toContain(
      '「Many.personas.json」: ペルソナライブラリに入れられるのは 20 人まで',
    );
  });
});

describe("saving my personas to a teammate's library", () => {
  it("adds to it: the teammate's other personas stay, mine replace theirs of the same name", () => {
    const a = pickerAddon();
    const persona = (id: string, name: string, goals?: string): Persona => ({
      id,
      name,
      antiPersona: false,
      ...(goals ? { goals } : {}),
    });
    const hanas = [
      persona('d', '決裁者'),
      persona('c', '推進者'),
      persona('i', '情報収集担当者'),
      persona('u', '現場利用者'),
    ];
    const file = a.emu.blobs.addShared(
      'B2B.personas.json',
      JSON.stringify({ kind: 'journey-grid-personas', schemaVersion: 1, name: 'B2B', personas: hanas }),
      { ...HANA, access: 'edit' },
    );
    pick(a, 'personas', [file.id]);
    const opened = a.ok<Opened<PersonaLibraryFile>>('openSharedFile', 'personas', file.id);
    // My journey: one of Hana's (added earlier, then given goals) and one of my own under a clashing id.
    const journey = [persona('d2', '決裁者', 'ROI を示す'), persona('c', 'Tanaka')];
    const personas = mergeIntoLibrary(opened.value.personas, journey);
    a.ok(
      'savePersonaLibrary',
      { name: 'B2B', personas },
      { fileId: file.id, revision: opened.file.revision },
      'check',
    );
    const back = a.ok<Opened<PersonaLibraryFile>>('openSharedFile', 'personas', file.id).value.personas;
    expect(back.map((p) => [p.name, p.goals])).toEqual([
      ['決裁者', 'ROI を示す'],
      ['推進者', undefined],
      ['情報収集担当者', undefined],
      ['現場利用者', undefined],
      ['Tanaka', undefined],
    ]);
    expect(new Set(back.map((p) => p.id)).size).toBe(5);
  });
});

describe('files in a shared drive', () => {
  it("a teammate's template and journey in a shared drive open from the lists once picked", () => {
    const a = pickerAddon();
    const inDrive = { ...HANA, access: 'edit' as const, sharedDrive: '0AteamDrive' };
    const tpl = a.emu.blobs.addShared('Team.journey-template.json', JSON.stringify(TEAM_TEMPLATE), {
      ...inDrive,
      appProperties: { [APP_PROPERTY_KIND]: 'template' },
    });
    const journey = a.emu.blobs.addShared('Team.journey.json', JSON.stringify(journeyDoc('Team map')), {
      ...inDrive,
      appProperties: { [APP_PROPERTY_KIND]: 'document' },
    });
    pick(a, 'template', [tpl.id]);
    pick(a, 'document', [journey.id]);
    expect(a.ok<{ fileId: string }[]>('listTeamTemplates').map((f) => f.fileId)).toEqual([tpl.id]);
    expect(a.ok<TeamTemplate>('openTeamTemplate', tpl.id).name).toBe('B2B onboarding');
    expect(a.ok<{ fileId: string }[]>('listDriveJourneys').map((f) => f.fileId)).toEqual([journey.id]);
    expect(a.ok<JourneyDocument>('openFromDrive', journey.id).title).toBe('Team map');
  });
});

describe('many picks over time', () => {
  // Picks are remembered per kind, as many as one property value holds; when full, picks Drive
  // lists anyway by Journey Grid's marks go first (shared-files.ts rememberPicked).
  it('a hand-uploaded library picked long ago is still listed after 100 more picks', () => {
    const a = pickerAddon();
    const lib = (n: number) =>
      JSON.stringify({
        kind: 'journey-grid-personas',
        schemaVersion: 1,
        name: `L${n}`,
        personas: [{ name: 'A' }],
      });
    const share = (n: number) =>
      a.emu.blobs.addShared(`L${n}.personas.json`, lib(n), { ...HANA, access: 'edit' }).id;
    const first = share(0);
    pick(a, 'personas', [first]);
    for (let i = 0; i < 5; i++)
      pick(
        a,
        'personas',
        Array.from({ length: 20 }, (_, j) => share(1 + i * 20 + j)),
      );
    expect(a.ok<{ fileId: string }[]>('listSharedFiles', 'personas').map((f) => f.fileId)).toContain(first);
  });
});

describe('a full store of picks', () => {
  const lib = (n: number) =>
    JSON.stringify({
      kind: 'journey-grid-personas',
      schemaVersion: 1,
      name: `M${n}`,
      personas: [{ name: 'A' }],
    });
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  it('drops the picks Drive lists by their marks first, and keeps every property within 9 KB', () => {
    const a = pickerAddon();
    const handMade = a.emu.blobs.addShared('Roles.personas.json', lib(0), { ...HANA, access: 'edit' }).id;
    pick(a, 'personas', [handMade]);
    // 400 libraries saved by Hana's Journey Grid (marked): more than one property holds.
    const marked = Array.from(
      { length: 400 },
      (_, n) =>
        a.emu.blobs.addShared(`M${n}.personas.json`, lib(n), {
          ...HANA,
          access: 'edit',
          appProperties: { [APP_PROPERTY_KIND]: 'personas' },
        }).id,
    );
    for (let i = 0; i < marked.length; i += 20) pick(a, 'personas', marked.slice(i, i + 20));
    const listed = a.ok<{ fileId: string }[]>('listSharedFiles', 'personas').map((f) => f.fileId);
    expect(listed).toContain(handMade);
    // The marked ones are listed through Drive's query (the list shows at most 300, newest first).
    expect(listed).toContain(marked[399]);
    expect(listed).toHaveLength(301); // the query's 300, and the hand-uploaded one
    // "Properties value size: 9kB / val" (https://developers.google.com/apps-script/guides/services/quotas)
    for (const [key, value] of Object.entries(a.emu.userProperties().toObject()))
      expect(bytes(key) + bytes(value)).toBeLessThanOrEqual(9 * 1024);
  });
});

describe('files from a newer Journey Grid', () => {
  it("a teammate's template and journey from a newer version are refused by name, in both languages", () => {
    const a = pickerAddon();
    const tpl = a.emu.blobs.addShared(
      'Next.journey-template.json',
      JSON.stringify({ ...TEAM_TEMPLATE, schemaVersion: 99 }),
      {
        ...HANA,
        access: 'edit',
      },
    );
    const journey = a.emu.blobs.addShared(
      'Next.journey.json',
      JSON.stringify({ ...journeyDoc(), schemaVersion: 99 }),
      {
        ...HANA,
        access: 'edit',
      },
    );
    for (const [kind, file] of [
      ['template', tpl],
      ['document', journey],
    ] as const) {
      const [p] = pick(a, kind, [file.id]).problems!;
      expect(p!.code).toBe('newer-version');
      expect(p!.message.en).toContain(`"${file.name}"`);
      expect(p!.message.en).toContain('newer version');
      expect(p!.message.ja).toContain(`「${file.name}」`);
    }
  });
});
