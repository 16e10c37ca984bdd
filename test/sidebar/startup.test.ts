/**
 * Opening the sidebar is one execution: showSidebar prints the start-up data (who and where,
 * libraries, saved choices, the file's journeys) into the page, so the sidebar makes no
 * google.script.run call to start. The data must arrive whole and must not be able to break out
 * of its <script> element, whatever a persona or a title holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../dev/bundle';
import { createEmulator } from '../../dev/emulator';
import { runBundle } from '../support/addon';

const SIDEBAR = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
const HOSTILE = '</script><img src=x onerror="alert(1)"><!-- \u2028';

function printedBoot(html: string): unknown {
  const match = /<script type="application\/json" id="journey-grid-boot">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no start-up data in the sidebar');
  return JSON.parse(match[1]!);
}

describe('Sidebar start-up', () => {
  it('prints the start-up data into the page, the same as a loadSidebar call answers', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: SIDEBAR } });
    emu.createSpreadsheet('Plan', { locale: 'ja_JP' });
    const addon = runBundle(emu);
    addon.ok('saveSidebarChoices', {
      frameworkId: 'aisas',
      language: 'ja',
      hints: true,
      lanes: [],
      personas: [],
    });
    emu.calls.reset();
    addon.bundle.trigger('showSidebar');
    const html = emu.ui.sidebar?.html ?? '';
    expect(emu.ui.sidebar?.title).toBeTruthy();
    const boot = printedBoot(html);
    expect(boot).toEqual(addon.bundle.call('loadSidebar'));
    expect(boot).toMatchObject({ ok: true, value: { host: 'sheets', choices: { frameworkId: 'aisas' } } });
  });

  it('keeps user text inside its script element', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: SIDEBAR } });
    emu.createSpreadsheet(HOSTILE, { locale: 'en_US' });
    const addon = runBundle(emu);
    addon.ok('saveSidebarChoices', {
      frameworkId: 'aisas',
      language: 'en',
      hints: true,
      lanes: [],
      personas: [{ name: HOSTILE }],
    });
    addon.bundle.trigger('showSidebar');
    const html = emu.ui.sidebar?.html ?? '';
    const script = /<script type="application\/json" id="journey-grid-boot">[\s\S]*?<\/script>/.exec(
      html,
    )![0];
    // One script element, closed where it should be, with no comment opened inside it.
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
    expect(script).not.toContain('<!--');
    expect(JSON.stringify(printedBoot(html))).toContain('onerror');
    expect(printedBoot(html)).toMatchObject({ ok: true, value: { documentName: HOSTILE } });
  });
});
