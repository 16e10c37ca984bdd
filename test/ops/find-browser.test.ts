/**
 * The browser search, on made-up machines: which browser the scenarios and `npm run assets` get,
 * in the documented order, and what the summary says was looked for and how to fix it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type BrowserSearch,
  describeSearch,
  fixesPerOs,
  INSTALL_COMMAND,
  isCi,
  type SearchEnvironment,
  searchBrowser,
} from '../support/find-browser';

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

function machine(files: string[], options: Partial<SearchEnvironment> = {}): SearchEnvironment {
  return {
    env: {},
    platform: 'linux',
    exists: (path) => files.includes(path),
    playwrightPath: () => PLAYWRIGHT,
    ...options,
  };
}

const found = (search: BrowserSearch) => [search.source, search.path];

describe('finding a browser', () => {
  it('takes CHROMIUM_PATH first, then Debian’s, then playwright’s own, then Google Chrome', () => {
    const all = ['/opt/my/chrome', '/usr/bin/chromium', PLAYWRIGHT, '/opt/google/chrome/chrome'];
    expect(found(searchBrowser(machine(all, { env: { CHROMIUM_PATH: '/opt/my/chrome' } })))).toEqual([
      'CHROMIUM_PATH',
      '/opt/my/chrome',
    ]);
    expect(found(searchBrowser(machine(all)))).toEqual(['debian', '/usr/bin/chromium']);
    expect(found(searchBrowser(machine(all.slice(2))))).toEqual(['playwright', PLAYWRIGHT]);
    expect(found(searchBrowser(machine(all.slice(3))))).toEqual(['chrome', '/opt/google/chrome/chrome']);
  });

  it('finds Google Chrome where playwright’s chrome channel looks on macOS and Windows', () => {
    const mac = machine([MAC_CHROME], { platform: 'darwin' });
    expect(found(searchBrowser(mac))).toEqual(['chrome', MAC_CHROME]);
    const win = machine([join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe')], {
      platform: 'win32',
      env: { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' },
    });
    expect(searchBrowser(win).source).toBe('chrome');
  });

  it('finds nothing with CHROMIUM_PATH=none, even with browsers installed, and says so', () => {
    const search = searchBrowser(
      machine(['/usr/bin/chromium', PLAYWRIGHT], { env: { CHROMIUM_PATH: 'none' } }),
    );
    expect(search.path).toBeUndefined();
    expect(describeSearch(search)).toEqual([
      'CHROMIUM_PATH=none: no browser, on purpose (unset it to search)',
    ]);
    expect(fixesPerOs(search, undefined)[0]).toContain('unset CHROMIUM_PATH');
  });

  it('does not fall back to another browser when CHROMIUM_PATH names a missing file', () => {
    const search = searchBrowser(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/typo/chrome' } }));
    expect(search.path).toBeUndefined();
    expect(describeSearch(search)).toEqual(['CHROMIUM_PATH: /typo/chrome (not found)']);
  });

  it('lists every place looked at when none is found, and offers the one-line install first', () => {
    const search = searchBrowser(machine([]));
    expect(describeSearch(search)).toEqual([
      "Debian's Chromium: /usr/bin/chromium (not found)",
      `playwright-core's Chromium: ${PLAYWRIGHT} (not found)`,
      'Google Chrome: /opt/google/chrome/chrome (not found)',
    ]);
    const fixes = fixesPerOs(search, true);
    expect(fixes[0]).toBe(`Any OS:        ${INSTALL_COMMAND}`);
    expect(fixes.map((line) => line.split(':')[0]?.trim())).toEqual(
      expect.arrayContaining(['macOS', 'Debian/Ubuntu', 'Windows']),
    );
    expect(fixesPerOs(search, false)[0]).toContain('could not reach the download server');
  });

  it('treats CI as set unless it is empty, 0 or false', () => {
    expect([undefined, '', '0', 'false', 'FALSE'].map((CI) => isCi({ CI }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['true', '1', 'yes'].map((CI) => isCi({ CI }))).toEqual([true, true, true]);
  });
});
