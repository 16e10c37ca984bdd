/**
 * Shared set-up of the browser scenarios: Debian's Chromium driven by playwright-core (no browser
 * download), a playground server started in-process on a free port per scenario, and helpers that
 * act like a user on the page and its sidebar frame. A missing Chromium fails loudly: CI installs
 * the `chromium` package, so a skip here would only hide a broken set-up.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../dev/playground/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: sudo apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). The browser scenarios need it and are not skipped without it.',
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
 * The sidebar's frame once its start-up call has answered (the loading line is gone) and, when
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
          !document.body.textContent?.includes('Loading…') &&
          !document.body.textContent?.includes('読み込み中') &&
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
