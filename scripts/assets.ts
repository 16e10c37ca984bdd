/**
 * `npm run assets`: the Google Workspace Marketplace listing's images, generated into docs/listing/
 * with the browser the tests use (test/support/find-browser.ts) and playwright-core:
 *
 * - application icons at 32, 48, 96 and 128 px and the 220 × 140 card banner, drawn from one SVG;
 * - 1280 × 800 screenshots of the playground (the real sidebar on the emulated Sheet and deck), one
 *   set with the Japanese interface and one with the English one.
 *
 * The sizes are the ones the Marketplace SDK's store listing asks for
 * (https://developers.google.com/workspace/marketplace/create-listing, "Graphic assets"); every file
 * written is read back and its PNG header checked against them before the script reports success.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type Playground, startPlayground } from '../dev/playground/server';
import { addPersona, buildAndWait, pickTemplate, readBackJson, typeInCell } from '../test/browser/actions';
import { describeSearch, findBrowser, fixesPerOs } from '../test/support/find-browser';

const OUT = join(import.meta.dirname, '..', 'docs', 'listing');
const ICON_SIZES = [32, 48, 96, 128] as const;
const BANNER = { width: 220, height: 140 };
const SCREEN = { width: 1280, height: 800 };

type Language = 'ja' | 'en';

/** Emotion scores across the five AISAS stages (row 12 of the journey sheet), so the curve moves. */
const EMOTION: [string, string][] = [
  ['B12', '1'],
  ['C12', '2'],
  ['D12', '-1'],
  ['E12', '1'],
  ['F12', '2'],
];

/** What each language's screenshots show: the same journey, in that language. */
const SAMPLE: Record<Language, { personas: [string, string]; cells: [string, string][] }> = {
  ja: {
    personas: ['佐藤 美咲（情報収集担当者）', '田中 健（決裁者）'],
    cells: [
      ['B3', 'マーケティング担当'],
      ['B4', '中堅製造業'],
      ['B9', '展示会のブース'],
      ['C10', '3社の資料を比較する'],
      ['D11', '導入事例を探したい'],
    ],
  },
  en: {
    personas: ['Aki (researcher)', 'Ben (decision maker)'],
    cells: [
      ['B3', 'Marketing lead'],
      ['B4', 'Mid-size manufacturer'],
      ['B9', 'Trade show booth'],
      ['C10', 'Compares three vendors'],
      ['D11', 'Wants customer stories'],
    ],
  },
};

/**
 * The icon: a journey grid (stages across, lanes down) with an emotion curve over it. Drawn on a
 * 128-unit square so that it scales to every size; lines are thick enough to survive 32 px.
 */
function iconSvg(size: number): string {
  const cells: string[] = [];
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 3; col++)
      cells.push(
        `<rect x="${22 + col * 30}" y="${30 + row * 26}" width="26" height="22" rx="3" fill="#fff"/>`,
      );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="24" fill="#1e6b52"/>
  <rect x="22" y="14" width="86" height="12" rx="3" fill="#9fd8c2"/>
  ${cells.join('\n  ')}
  <polyline points="30,92 56,58 82,74 104,40" fill="none" stroke="#f29d38" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

function bannerHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  .banner { width: ${BANNER.width}px; height: ${BANNER.height}px; box-sizing: border-box; padding: 14px;
    background: linear-gradient(135deg, #e9f6f0, #ffffff); display: flex; flex-direction: column;
    justify-content: center; gap: 8px; font-family: 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Arial, sans-serif; }
  .row { display: flex; align-items: center; gap: 10px; }
  .name { font-size: 22px; font-weight: 700; color: #163d31; line-height: 1.1; }
  .tag { font-size: 11px; color: #2f5a4c; line-height: 1.45; }
</style></head><body><div class="banner">
  <div class="row">${iconSvg(56)}<div class="name">Journey<br>Grid</div></div>
  <div class="tag">ジャーニーマップを Sheets・Slides で<br>Journey maps in Sheets &amp; Slides</div>
</div></body></html>`;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The sidebar's frame once its start-up call has answered. */
export async function sidebarOf(page: Page, buildText?: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const frame = await (await page.waitForSelector('iframe[name="sidebar"]')).contentFrame();
      if (!frame) throw new Error('The sidebar has no frame yet');
      await frame.waitForSelector('#build', { timeout: 5_000 });
      await frame.waitForFunction(
        (text) =>
          !('journeyGridStale' in window) &&
          !/Loading…|読み込み中/.test(document.body.innerText ?? '') &&
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

async function withPlayground(browser: Browser, language: Language, run: (page: Page) => Promise<void>) {
  const playground: Playground = await startPlayground({ reset: true, locale: language, latencyMs: 0 });
  const context = await browser.newContext({ viewport: SCREEN, locale: language, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(playground.url);
    await run(page);
  } finally {
    await context.close();
    await playground.close();
  }
}

/** Types an emotion score; the grid shows it in its own format, so any non-empty cell will do. */
async function typeScore(page: Page, a1: string, score: string): Promise<void> {
  await page.click(`td[data-a1="${a1}"]`);
  await page.fill('input.formula', score);
  await page.press('input.formula', 'Enter');
  await page.waitForFunction(
    (cell) => Boolean(document.querySelector(`td[data-a1="${cell}"]`)?.textContent),
    a1,
  );
}

/** Builds the sample journey for its two personas. */
async function buildSample(sidebar: Frame, language: Language): Promise<void> {
  const sample = SAMPLE[language];
  await pickTemplate(sidebar, 'aisas');
  for (const name of sample.personas) await addPersona(sidebar, name);
  await buildAndWait(sidebar, 2);
}

async function screenshots(browser: Browser, language: Language): Promise<string[]> {
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(OUT, `screenshot-${language}-${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  await withPlayground(browser, language, async (page) => {
    const sidebar = await sidebarOf(page);
    await buildSample(sidebar, language);
    const first = SAMPLE[language].personas[0];
    await page.click(`.tab:text-is("${first}")`);
    for (const [a1, text] of SAMPLE[language].cells) await typeInCell(page, a1, text);
    for (const [a1, score] of EMOTION) await typeScore(page, a1, score);
    await page.click('td[data-a1="A1"]');
    // Typing in column F scrolled the grid sideways: bring the stages back into view.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('*')) if (element.scrollLeft) element.scrollLeft = 0;
    });
    await shot(page, 'sheets');
    await readBackJson(sidebar);
    await sidebar.evaluate(() => document.querySelector('.readback')?.scrollIntoView());
    await shot(page, 'readback');
  });
  await withPlayground(browser, language, async (page) => {
    const slides = page.locator('.switcher button', { hasText: 'Slides' });
    if (await slides.isDisabled()) return; // The deck is not emulated in this build.
    await (await sidebarOf(page)).evaluate(() => Object.assign(window, { journeyGridStale: true }));
    await slides.click();
    const sidebar = await sidebarOf(page);
    await buildSample(sidebar, language);
    await page.waitForSelector('.slide-table-cell');
    // The deck's first slide is its empty title slide: show the first journey slide instead.
    await page.evaluate(() => {
      const slide = document.querySelector('.slide-table-cell')?.closest('.slide');
      slide?.scrollIntoView({ block: 'start' });
      slide?.parentElement?.closest('.slides-pane')?.scrollBy(0, -16);
    });
    await shot(page, 'slides');
  });
  return written;
}

/** On Linux, Chromium draws Japanese only with a Japanese font installed; macOS and Windows ship one. */
function checkJapaneseFont(): void {
  if (process.platform !== 'linux') return;
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  } catch {
    // No fontconfig tools: let the browser try.
    return;
  }
  if (families.trim()) return;
  throw new Error(
    'No Japanese font is installed, so the Japanese screenshots would show empty boxes.\n' +
      'Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk   (Fedora: sudo dnf install google-noto-sans-cjk-fonts)',
  );
}

function check(file: string, width: number, height: number): string {
  const size = pngSize(file);
  if (size.width !== width || size.height !== height)
    throw new Error(`${file} is ${size.width}×${size.height}, not ${width}×${height}`);
  return `${file.slice(OUT.length + 1)}  ${width}×${height}`;
}

/**
 * The browser the tests use, launched headless for pictures with Japanese text; exits with the
 * ways to get one (or a Japanese font) when there is none. `command` names the npm script.
 */
export async function launchForPictures(command: string): Promise<Browser> {
  const search = await findBrowser();
  if (!search.path) {
    console.error(
      [
        `No browser found for ${command}. Looked for:`,
        ...describeSearch(search),
        'Fix:',
        ...fixesPerOs(search, undefined),
      ].join('\n  '),
    );
    process.exit(1);
  }
  checkJapaneseFont();
  return chromium.launch({ executablePath: search.path, headless: true, args: ['--no-sandbox'] });
}

async function main(): Promise<void> {
  const browser = await launchForPictures('npm run assets');
  mkdirSync(OUT, { recursive: true });
  const report: string[] = [];
  try {
    writeFileSync(join(OUT, 'icon.svg'), `${iconSvg(128)}\n`);
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0">${iconSvg(size)}</body>`);
      const file = join(OUT, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      report.push(check(file, size, size));
    }
    await page.setViewportSize(BANNER);
    await page.setContent(bannerHtml());
    await page.evaluate(() => document.fonts.ready);
    const banner = join(OUT, 'banner-220x140.png');
    await page.locator('.banner').screenshot({ path: banner });
    report.push(check(banner, BANNER.width, BANNER.height));
    await page.close();
    for (const language of ['ja', 'en'] as const)
      for (const file of await screenshots(browser, language))
        report.push(check(file, SCREEN.width, SCREEN.height));
  } finally {
    await browser.close();
  }
  console.log(`Listing images in docs/listing/:\n  ${report.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
