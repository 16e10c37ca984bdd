/**
 * The one-time grant of direct access, through the built bundle on the emulator: the Picker
 * dialog set up for the open file (its type, its id), a pick of that file remembered as 'allowed'
 * (and the REST API reaching the file from then on), another file or a cancel changing nothing,
 * and the start-up data telling the sidebar the remembered answer.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle, readBundle } from '../../dev/bundle';
import { createEmulator, type Emulator } from '../../dev/emulator';
import type { Result } from '../../src/model/problems';
import type { PickerConfig, PickOutcome } from '../../src/server/rpc-picker';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';
import { runBundle } from '../support/addon';

const PICKER_HTML = '<html><script type="application/json" id="picker-config"><?!= config ?></script></html>';
const REMEMBERED = (id: string) => `journeygrid.direct.${id}`;

/** A user in a deck (or a spreadsheet) with the Picker configured as a deployer would. */
function open(host: 'slides' | 'sheets', configured = true) {
  const emu = createEmulator({
    htmlFiles: { Sidebar: '<html>sidebar</html>', Picker: PICKER_HTML },
    user: { locale: 'en' },
  });
  const doc =
    host === 'slides'
      ? emu.createPresentation('Launch deck')
      : emu.createSpreadsheet('Launch plan', { locale: 'en_US' });
  const other = emu.createPresentation('Another deck', { activate: false });
  emu.setActiveDocument(doc);
  if (configured)
    emu.scriptProperties.set({ PICKER_DEVELOPER_KEY: 'test-developer-key', PICKER_APP_ID: '123456789012' });
  return { emu, id: doc.getId(), otherId: other.getId(), ...runBundle(emu) };
}

function dialogConfig(emu: Emulator): PickerConfig {
  const json = /id="picker-config">(.*)<\/script>/.exec(emu.ui.dialog!.html)![1]!;
  return JSON.parse(json) as PickerConfig;
}

/** The REST API on the open file, as the fast path calls it: through the add-on's own realm. */
function restReaches(emu: Emulator, host: 'slides' | 'sheets', id: string): boolean {
  const bundle = loadBundle(emu.globals, readBundle());
  const call =
    host === 'slides'
      ? `Slides.Presentations.get(${JSON.stringify(id)}, { fields: 'presentationId' })`
      : `Sheets.Spreadsheets.get(${JSON.stringify(id)}, { fields: 'spreadsheetId' })`;
  try {
    vm.runInContext(call, bundle.context);
    return true;
  } catch {
    return false;
  }
}

describe('the one-time grant of direct access', () => {
  it('opens Picker on the open deck, and a pick of it is remembered and lets the REST API in', () => {
    const a = open('slides');
    expect(restReaches(a.emu, 'slides', a.id)).toBe(false);
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'direct');
    expect(a.emu.ui.dialog!.title).toBe('Let Journey Grid open this file directly');
    expect(dialogConfig(a.emu)).toMatchObject({
      ticket,
      kind: 'direct',
      mimeTypes: 'application/vnd.google-apps.presentation',
      fileIds: a.id,
      appId: '123456789012',
    });
    expect(a.ok<PickOutcome>('pickerResult', ticket)).toEqual({ state: 'pending', kind: 'direct' });

    // What Google Picker does with the app id set: drive.file now covers the file.
    a.emu.pickDocument(a.id);
    a.ok('directPicked', ticket, a.id, 'Launch deck');
    expect(a.ok<PickOutcome>('pickerResult', ticket)).toEqual({
      state: 'picked',
      kind: 'direct',
      direct: 'allowed',
      problems: [],
    });
    expect(a.emu.userProperties().get(REMEMBERED(a.id))).toBe('allowed');
    expect(restReaches(a.emu, 'slides', a.id)).toBe(true);
    expect(a.ok<SidebarBoot>('loadSidebar').direct).toEqual({ fileId: a.id, answer: 'allowed' });
  });

  it('shows a spreadsheet as a spreadsheet', () => {
    const a = open('sheets');
    a.ok('showPicker', 'direct');
    expect(dialogConfig(a.emu)).toMatchObject({
      mimeTypes: 'application/vnd.google-apps.spreadsheet',
      fileIds: a.id,
    });
    a.emu.pickDocument(a.id);
    const { ticket } = dialogConfig(a.emu);
    expect(a.ok<PickOutcome>('directPicked', ticket, a.id, 'Launch plan').direct).toBe('allowed');
    expect(restReaches(a.emu, 'sheets', a.id)).toBe(true);
  });

  it('names the file to pick when another one is picked, and remembers nothing', () => {
    const a = open('slides');
    a.emu.userProperties().set({ [REMEMBERED(a.id)]: 'denied' });
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'direct');
    a.emu.pickDocument(a.otherId);
    a.ok('directPicked', ticket, a.otherId, 'Another deck');
    const outcome = a.ok<PickOutcome>('pickerResult', ticket);
    expect(outcome.direct).toBeUndefined();
    expect(outcome.problems!.map((p) => [p.code, p.message.en, p.message.ja])).toEqual([
      [
        'direct-wrong-file',
        '"Another deck" is another file. Choose "Launch deck", the file open here.',
        '「Another deck」は別のファイルです。いま開いている「Launch deck」を選んでください。',
      ],
    ]);
    expect(a.emu.userProperties().get(REMEMBERED(a.id))).toBe('denied');
    expect(a.ok<SidebarBoot>('loadSidebar').direct).toEqual({ fileId: a.id, answer: 'denied' });
  });

  it('says so, and remembers nothing, when Google did not open the file to the add-on after all', () => {
    const a = open('slides');
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'direct');
    // A pick reported without the grant (a Picker set up with another project's number).
    const outcome = a.ok<PickOutcome>('directPicked', ticket, a.id, 'Launch deck');
    expect(outcome.problems!.map((p) => p.code)).toEqual(['direct-not-granted']);
    expect(outcome.problems![0]!.message.en).toContain('PICKER_APP_ID');
    expect(outcome.problems![0]!.message.ja).toContain('PICKER_APP_ID');
    expect(a.emu.userProperties().get(REMEMBERED(a.id))).toBeNull();
  });

  it('changes nothing when the dialog is cancelled', () => {
    const a = open('slides');
    a.emu.userProperties().set({ [REMEMBERED(a.id)]: 'denied' });
    const { ticket } = a.ok<{ ticket: string }>('showPicker', 'direct');
    a.ok('pickerCancelled', ticket);
    expect(a.ok<PickOutcome>('pickerResult', ticket)).toEqual({ state: 'cancelled' });
    expect(a.emu.userProperties().get(REMEMBERED(a.id))).toBe('denied');
    expect(restReaches(a.emu, 'slides', a.id)).toBe(false);
  });

  it('says what the deployer must set when the Picker is not configured', () => {
    const a = open('slides', false);
    const [p] = a.fail('showPicker', 'direct');
    expect(p!.code).toBe('picker-not-configured');
    expect(a.emu.ui.dialog).toBeNull();
  });

  it('tells the sidebar nothing is known for a file never asked about', () => {
    const a = open('sheets');
    const boot = a.bundle.call<Result<SidebarBoot>>('loadSidebar');
    expect(boot.ok && boot.value.direct).toEqual({ fileId: a.id, answer: null });
  });
});
