/**
 * Finds a Chromium-family browser for the browser scenarios and `npm run assets`, in a fixed order,
 * and words what to do when there is none, per operating system. Shared by the browser harness (in
 * each test worker), the skip-summary reporter (in the main vitest process) and the assets script,
 * so all three agree on what was looked for and where.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `CHROMIUM_PATH=none` stands for a machine without any browser, so that path can be tried anywhere. */
export const NO_BROWSER = 'none';

/** The start of the note every scenario skipped for want of a browser carries (the reporter looks for it). */
export const SKIP_NOTE = 'no browser found';

/** The one line that installs playwright-core's own Chromium, which the search then finds. */
export const INSTALL_COMMAND = 'npx playwright-core install chromium';

export type BrowserSource = 'CHROMIUM_PATH' | 'debian' | 'playwright' | 'chrome';

export interface Candidate {
  source: BrowserSource;
  /** Where it was looked for; undefined when that source does not apply to this machine. */
  path: string | undefined;
  found: boolean;
}

export interface BrowserSearch {
  /** The browser to launch, or undefined when none was found. */
  path: string | undefined;
  source: BrowserSource | undefined;
  /** Every place looked at, in order, for the summary. */
  tried: Candidate[];
  /** `CHROMIUM_PATH=none`: no browser on purpose. */
  disabled: boolean;
}

export interface SearchEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** playwright-core's registry path for its own Chromium (`chromium.executablePath()`), installed or not. */
  playwrightPath: () => string | undefined;
}

/**
 * Google Chrome's stable install locations, as playwright-core's registry knows them for its
 * `chrome` channel (lib/coreBundle.js, `_createChromiumChannel("chrome", …)`): one fixed path on
 * Linux and macOS, and on Windows the same suffix under each program-files root it tries.
 */
export function chromePaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'linux') return ['/opt/google/chrome/chrome'];
  if (platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  if (platform !== 'win32') return [];
  const suffix = join('Google', 'Chrome', 'Application', 'chrome.exe');
  const roots = [
    env.LOCALAPPDATA,
    env.PROGRAMFILES,
    env['PROGRAMFILES(X86)'],
    env.HOMEDRIVE && `${env.HOMEDRIVE}\\Program Files`,
    env.HOMEDRIVE && `${env.HOMEDRIVE}\\Program Files (x86)`,
  ];
  return roots.filter((root): root is string => Boolean(root)).map((root) => join(root, suffix));
}

/**
 * The search: `CHROMIUM_PATH` (a path, or `none`); Debian's `/usr/bin/chromium`; playwright-core's
 * own Chromium (what `npx playwright-core install chromium` downloads); an installed Google Chrome.
 * A `CHROMIUM_PATH` that names a missing file stops the search: it was asked for explicitly, and
 * silently using another browser would hide the mistake.
 */
export function searchBrowser(where: SearchEnvironment): BrowserSearch {
  const tried: Candidate[] = [];
  const result = (source: BrowserSource | undefined, path: string | undefined, disabled = false) => ({
    path,
    source,
    tried,
    disabled,
  });
  const explicit = where.env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (explicit.toLowerCase() === NO_BROWSER) return result(undefined, undefined, true);
    const found = where.exists(explicit);
    tried.push({ source: 'CHROMIUM_PATH', path: explicit, found });
    return found ? result('CHROMIUM_PATH', explicit) : result(undefined, undefined);
  }
  const look = (source: BrowserSource, path: string | undefined): boolean => {
    const found = path !== undefined && where.exists(path);
    tried.push({ source, path, found });
    return found;
  };
  const debian = '/usr/bin/chromium';
  if (where.platform === 'linux' && look('debian', debian)) return result('debian', debian);
  const own = where.playwrightPath();
  if (look('playwright', own)) return result('playwright', own);
  const chrome = chromePaths(where.platform, where.env);
  if (chrome.length === 0) tried.push({ source: 'chrome', path: undefined, found: false });
  for (const path of chrome) if (look('chrome', path)) return result('chrome', path);
  return result(undefined, undefined);
}

/** playwright-core's path for its own Chromium; its registry throws on platforms it has no build for. */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/** The search on this machine. */
export async function findBrowser(
  env: Record<string, string | undefined> = process.env,
): Promise<BrowserSearch> {
  const own = await playwrightChromium();
  return searchBrowser({ env, platform: process.platform, exists: existsSync, playwrightPath: () => own });
}

/** `CI` set to anything but an empty string, `0` or `false`: a missing browser fails instead of skipping. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

const LABEL: Record<BrowserSource, string> = {
  CHROMIUM_PATH: 'CHROMIUM_PATH',
  debian: "Debian's Chromium",
  playwright: "playwright-core's Chromium",
  chrome: 'Google Chrome',
};

/** What was looked at, one line each. */
export function describeSearch(search: BrowserSearch): string[] {
  if (search.disabled) return [`CHROMIUM_PATH=${NO_BROWSER}: no browser, on purpose (unset it to search)`];
  return search.tried.map(
    (c) =>
      `${LABEL[c.source]}: ${c.path === undefined ? 'not available on this system' : c.path} (${c.found ? 'found' : 'not found'})`,
  );
}

/**
 * How to get a browser, per operating system. `online` says whether playwright's download server
 * answered just now (undefined: not checked); the one-line install comes first when it did.
 */
export function fixesPerOs(search: BrowserSearch, online: boolean | undefined): string[] {
  const install =
    online === false
      ? `${INSTALL_COMMAND}   (needs the internet; this machine could not reach the download server just now)`
      : INSTALL_COMMAND;
  return [
    ...(search.disabled ? [`First unset CHROMIUM_PATH (it is "${NO_BROWSER}"), then one of:`] : []),
    `Any OS:        ${install}`,
    '               or point CHROMIUM_PATH at any Chromium or Chrome executable',
    'macOS:         install Google Chrome (https://www.google.com/chrome/), or the one-line install above',
    'Debian/Ubuntu: sudo apt-get install -y chromium   (Ubuntu ships it as a snap: sudo snap install chromium,',
    '               then CHROMIUM_PATH=/snap/bin/chromium)',
    'Other Linux:   install Google Chrome (/opt/google/chrome/chrome is found), or the one-line install above',
    'Windows:       install Google Chrome (found under %LOCALAPPDATA% or %ProgramFiles%), or the one-line install',
  ];
}

/** Whether playwright's browser download server answers (any HTTP answer counts), within `ms`. */
export async function canReachDownloads(ms = 3_000): Promise<boolean> {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev';
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(ms) });
    return true;
  } catch {
    return false;
  }
}
