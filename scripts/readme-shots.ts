/**
 * `npm run screenshots`: the README's pictures of what a Japanese user gets — three frameworks'
 * filled-in sample journeys, built from the real sidebar in the playground, once in Sheets and once
 * in Slides — written to docs/screenshots/ja-<framework>-sheets.png and -slides.png.
 *
 * Each picture is taken of the document pane only (the emulated sheet, or the first journey slide),
 * at twice the pixel density, so the README shows the grid at the size a person reads it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground } from '../dev/playground/server';
import { buildAndWait, idle, pickTemplate } from '../test/browser/actions';
import { launchForPictures, pngSize, sidebarOf } from './assets';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

/** A consumer funnel, a marketing classic and a B2B buying journey: the three our users ask for most. */
export const README_FRAMEWORKS = ['aisas', 'kotler-5a', 'btob-6'] as const;

type Host = 'sheets' | 'slides';

/** Opens the playground on `host`, builds the framework's filled-in sample, and returns the page. */
async function buildSample(page: Page, host: Host, framework: string): Promise<void> {
  if (host === 'slides') {
    await (await sidebarOf(page)).evaluate(() => Object.assign(window, { journeyGridStale: true }));
    await page.locator('.switcher button', { hasText: 'Slides' }).click();
  }
  const sidebar = await sidebarOf(page);
  await pickTemplate(sidebar, framework);
  await sidebar.click('#try-sample');
  await idle(sidebar);
  await buildAndWait(sidebar, 1);
}

async function shoot(browser: Browser, host: Host, framework: string): Promise<string> {
  const playground = await startPlayground({ reset: true, locale: 'ja', latencyMs: 0 });
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: 'ja',
    deviceScaleFactor: 2,
  });
  const file = join(OUT, `ja-${framework}-${host}.png`);
  try {
    const page = await context.newPage();
    await page.goto(playground.url);
    await buildSample(page, host, framework);
    await page.evaluate(() => document.fonts.ready);
    if (host === 'sheets') {
      await page.locator('.doc-pane').screenshot({ path: file });
    } else {
      // The deck's first slide is its title slide; the journey starts on the next one.
      const slide = page.locator('figure.slide:has(.slide-table-cell)').first();
      await slide.scrollIntoViewIfNeeded();
      await slide.screenshot({ path: file });
    }
  } finally {
    await context.close();
    await playground.close();
  }
  const size = pngSize(file);
  return `${file.slice(OUT.length + 1)}  ${size.width}×${size.height}`;
}

async function main(): Promise<void> {
  const browser = await launchForPictures('npm run screenshots');
  mkdirSync(OUT, { recursive: true });
  const report: string[] = [];
  try {
    for (const framework of README_FRAMEWORKS)
      for (const host of ['sheets', 'slides'] as const) report.push(await shoot(browser, host, framework));
  } finally {
    await browser.close();
  }
  console.log(`README screenshots in docs/screenshots/:\n  ${report.join('\n  ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
