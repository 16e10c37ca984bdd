/**
 * A machine without a browser (CHROMIUM_PATH=none): a vitest run of a browser suite passes with
 * every scenario skipped and ends with the summary naming each one and the fix per OS; with CI
 * set, the same run fails. Runs vitest itself, as `npm test` would, on one browser file.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const SUITE = 'test/browser/sidebar.test.ts';

function runBrowserSuite(ci: string | undefined) {
  const env: Record<string, string | undefined> = { ...process.env, CHROMIUM_PATH: 'none', CI: ci };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || env[key] === undefined) delete env[key];
  const run = spawnSync(
    process.execPath,
    [VITEST, 'run', SUITE, '--config', 'test/support/no-build.config.ts', '--root', ROOT, '--no-color'],
    {
      cwd: ROOT,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 90_000,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm test on a machine without a browser', () => {
  it('passes outside CI and names every skipped scenario, with the fix per OS, at the end', () => {
    const { status, output } = runBrowserSuite(undefined);
    expect(status, output).toBe(0);
    const summary = output.slice(output.indexOf('BROWSER SCENARIOS SKIPPED'));
    expect(summary).toMatch(/^BROWSER SCENARIOS SKIPPED: no Chromium or Chrome was found/);
    expect(summary).toContain(
      `${SUITE} › the sidebar in the playground (Chromium) > can be used with the keyboard alone`,
    );
    expect(summary).toContain(
      `${SUITE} › the sidebar in the playground (Chromium) > builds AISAS for two personas in Sheets`,
    );
    for (const os of ['macOS:', 'Debian/Ubuntu:', 'Windows:', 'npx playwright-core install chromium'])
      expect(summary).toContain(os);
    // The summary comes after vitest's own totals, as the last thing printed.
    expect(output.indexOf('Test Files')).toBeLessThan(output.indexOf('BROWSER SCENARIOS SKIPPED'));
  });

  it('fails with CI set, saying where it looked and what to install', () => {
    const { status, output } = runBrowserSuite('true');
    expect(status).not.toBe(0);
    expect(output).toContain('No browser found for the browser scenarios, and CI is set');
    expect(output).toContain('CHROMIUM_PATH=none');
  });
});
