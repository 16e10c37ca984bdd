/**
 * Shared set-up of the browser scenarios: a Chromium-family browser driven by playwright-core, a
 * playground server started in-process on a free port per scenario, and helpers that act like a
 * user on the page and its sidebar frame.
 *
 * The browser is searched for in a fixed order (test/support/find-browser.ts). When there is none,
 * CI fails loudly (.ci/run installs Debian's package, so a skip there would only hide a broken
 * set-up); anywhere else every scenario of a file that imports this harness is skipped with a note,
 * and the skip-summary reporter names each one and the fix per OS at the end of the run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';
import { describeSearch, findBrowser, fixesPerOs, isCi, SKIP_NOTE } from '../support/find-browser';

/** The search on this machine, done once per test file. */
export const BROWSER_SEARCH = await findBrowser();
/** The browser's executable; an empty string when none was found. */
export const CHROMIUM = BROWSER_SEARCH.path ?? '';
/** No browser and not CI: the scenarios are skipped rather than failed. */
export const SKIP_BROWSER_SCENARIOS = CHROMIUM === '' && !isCi();
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

// Registered while the importing test file is collected, so it guards every scenario in that file.
// A skip from a test's own context is vitest's documented way to skip at run time
// (https://vitest.dev/guide/test-context#skip); the note carries the reason to the reporter.
if (SKIP_BROWSER_SCENARIOS) {
  beforeEach((context) => {
    context.skip(`${SKIP_NOTE}: ${describeSearch(BROWSER_SEARCH).join('; ')}`);
  });
}

/**
 * Stands in for the browser when the scenarios are skipped: the file's `beforeAll` still runs, and
 * its `afterAll` still closes what it got; anything else would be a scenario that escaped the skip.
 */
function absentBrowser(): Browser {
  return new Proxy({} as Browser, {
    get(_target, name) {
      if (name === 'close') return async () => {};
      if (name === 'then') return undefined;
      throw new Error(
        `No browser was found, so browser scenarios are skipped; "${String(name)}" was still used.`,
      );
    },
  });
}

export async function launchBrowser(): Promise<Browser> {
  if (SKIP_BROWSER_SCENARIOS) return absentBrowser();
  if (!CHROMIUM) {
    throw new Error(
      [
        'No browser found for the browser scenarios, and CI is set, so they fail instead of being skipped.',
        'Looked for:',
        ...describeSearch(BROWSER_SEARCH).map((line) => `  ${line}`),
        'Fix:',
        ...fixesPerOs(BROWSER_SEARCH, undefined).map((line) => `  ${line}`),
      ].join('\n'),
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright gives every launch a fresh, empty profile directory of its own.
  });
}

export interface Scenario {
  playground: Playground;
  page: Page;
  sidebar: Frame;
  close(): Promise<void>;
}

/** A fresh playground (empty documents, no saved state) opened in a new page. */
export async function openPlayground(
  browser: Browser,
  options: { locale?: string; latencyMs?: number } = {},
): Promise<Scenario> {
  const playground = await startPlayground({
    reset: true,
    locale: options.locale ?? 'en',
    latencyMs: options.latencyMs ?? 0,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(playground.url);
  const sidebar = await sidebarFrame(page);
  return {
    playground,
    page,
    sidebar,
    close: async () => {
      await context.close();
      await playground.close();
    },
  };
}

/**
 * For a file of scenarios: one browser launched before them and closed after, and the function
 * that runs one scenario on a fresh playground and always closes it.
 */
export function playgroundScenarios(): (
  run: (s: Scenario) => Promise<void>,
  options?: { locale?: string; latencyMs?: number },
) => Promise<void> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (run, options) => {
    if (!browser) throw new Error('The browser is launched in beforeAll: run scenarios inside tests.');
    const scenario = await openPlayground(browser, options);
    try {
      await run(scenario);
    } finally {
      await scenario.close();
    }
  };
}

/**
 * The sidebar's frame once its start-up data is in (the loading line is gone from what the page
 * shows: innerText, since textContent also holds the inlined script's own strings) and, when
 * given, its build button says `buildText`. The iframe is replaced when the sidebar reopens, so a
 * frame that goes away meanwhile is looked up again.
 */
export async function sidebarFrame(page: Page, buildText?: string): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const handle = await page.waitForSelector('iframe[name="sidebar"]');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('The sidebar iframe has no frame yet');
      await frame.waitForSelector('#build', { timeout: 5_000 });
      await frame.waitForFunction(
        (text) =>
          !('journeyGridStale' in window) &&
          !document.body.innerText.includes('Loading…') &&
          !document.body.innerText.includes('読み込み中') &&
          (!text || (document.getElementById('build')?.textContent ?? '').includes(text)),
        buildText,
        { timeout: 5_000 },
      );
      return frame;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(100);
    }
  }
}

/** Marks the current sidebar so that sidebarFrame waits for the one that replaces it. */
export async function markStale(frame: Frame): Promise<void> {
  await frame.evaluate(() => Object.assign(window, { journeyGridStale: true }));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
