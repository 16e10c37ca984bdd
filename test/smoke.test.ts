/**
 * The built bundle, as Apps Script runs it: dist/Code.js in a vm context holding only the
 * emulator's globals. Triggers and the sidebar work in each authorization mode; the build
 * outputs and the manifest are what clasp pushes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DIST, loadBundle, readBundle } from '../dev/bundle';
import { createEmulator } from '../dev/emulator';

function boot(authMode: 'NONE' | 'LIMITED' | 'FULL', locale = 'en') {
  const sidebarHtml = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  const emu = createEmulator({ authMode, user: { locale }, htmlFiles: { Sidebar: sidebarHtml } });
  emu.createSpreadsheet('Smoke');
  const bundle = loadBundle(emu.globals);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  emu.calls.reset();
  return { emu, bundle, sidebarHtml };
}

describe('dist/ as clasp pushes it', () => {
  it('has the three files, and a manifest with exactly the four narrow scopes', () => {
    for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json'])
      expect(existsSync(join(DIST, file))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/presentations.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    const services = manifest.dependencies.enabledAdvancedServices.map(
      (s: { userSymbol: string }) => s.userSymbol,
    );
    expect(services.sort()).toEqual(['Drive', 'Sheets', 'Slides']);
  });

  it('exposes every export of the entry module as a top-level function, and nothing private', async () => {
    const { bundle } = boot('FULL');
    // The entry's own export list, read the way the build reads it: the stubs must match it exactly.
    const entry = await esbuild.build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
    });
    const exported = Object.values(entry.metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
    expect([...bundle.functions].sort()).toEqual([...exported].sort());
    expect(bundle.functions).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'showSidebar',
        'getStartupData',
        'buildJourney',
        'readJourneys',
      ]),
    );
    expect(bundle.functions.filter((f) => f.endsWith('_'))).toEqual([]);
    const code = readBundle();
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bimport\s*\(/);
    // Library APIs newer than Apps Script's V8 is known to have (esbuild lowers syntax, not these).
    expect(code).not.toMatch(
      /Object\.hasOwn\(|\.at\(-|structuredClone|\.replaceAll\(|\.findLast\(|\.toSorted\(/,
    );
  });

  it('builds only the menu in AuthMode.NONE and touches nothing else', () => {
    const { emu, bundle } = boot('NONE');
    bundle.trigger('onOpen', { authMode: 'NONE' });
    expect(emu.ui.addonMenu?.entries.map((i) => (i.kind === 'item' ? i.functionName : '-'))).toEqual([
      'showSidebar',
    ]);
    const touched = Object.keys(emu.calls.snapshot().byMethod);
    expect(
      touched.every((m) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/.test(m)),
    ).toBe(true);
  });

  it('builds the menu in LIMITED and on install, in the user language', () => {
    const limited = boot('LIMITED', 'ja');
    limited.bundle.trigger('onOpen', { authMode: 'LIMITED' });
    expect(limited.emu.ui.addonMenu?.entries.map((i) => (i.kind === 'item' ? i.caption : '-'))).toEqual([
      'Journey Grid を開く',
    ]);
    const full = boot('FULL');
    full.bundle.trigger('onInstall', { authMode: 'FULL' });
    expect(full.emu.ui.addonMenu?.entries.map((i) => (i.kind === 'item' ? i.caption : '-'))).toEqual([
      'Open Journey Grid',
    ]);
  });

  it('opens the sidebar with the built Sidebar.html', () => {
    const { emu, bundle, sidebarHtml } = boot('FULL');
    bundle.trigger('showSidebar');
    expect(emu.ui.sidebar?.title).toBe('Journey Grid');
    // The file is a template whose one scriptlet is the start-up data; the rest is served as built.
    const [before, after] = sidebarHtml.split('<?!= boot ?>');
    const served = emu.ui.sidebar?.html ?? '';
    expect(served.startsWith(before!) && served.endsWith(after!)).toBe(true);
    expect(served).not.toContain('<?');
    expect(sidebarHtml).toMatch(/<script>[\s\S]+<\/script>/);
    expect(sidebarHtml).not.toMatch(/<script[^>]+src=/);
  });

  it('answers the sidebar start-up call over the JSON bridge', () => {
    const { bundle } = boot('FULL', 'ja');
    expect(bundle.call('getStartupData')).toEqual({
      ok: true,
      value: { uiLanguage: 'ja', host: 'sheets', documentName: 'Smoke' },
    });
  });
});

describe('the google.script.run bridge of the emulator', () => {
  it('refuses what the real bridge cannot carry', () => {
    const { bundle } = boot('FULL');
    expect(() =>
      bundle.call('savePersonaToLibrary', { id: 'p-a', name: 'A', since: new Date() }, 'user'),
    ).toThrow(/argument 1\.since: a Date/);
    expect(() => bundle.call('openFromDrive', [{ map: new Map() }])).toThrow(/argument 1\[0\]\.map: a Map/);
  });
});
