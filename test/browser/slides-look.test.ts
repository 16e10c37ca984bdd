/**
 * Browser scenario (Chromium): a beginner builds a framework's filled sample in Japanese on a
 * Slides deck in the playground, and the slides are measured as drawn on the page: the persona
 * card ends above the journey table, no text is under 9 pt, and every point of the emotion curve
 * lies inside its band (between the +2 and −2 rules, above the table). The build's result offers
 * no "Print / PDF" link, which exports a sheet, not a deck.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndWait, pickTemplate } from './actions';
import { ARTIFACTS, launchBrowser, markStale, openPlayground, screenshot, sidebarFrame } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface SlideLook {
  cardBottom: number | null;
  tableTop: number | null;
  /** Every text drawn, with the size it is drawn at (SVG units: points of the slide). */
  texts: { text: string; size: number }[];
  /** The band's rules (+2, 0, −2) and the curve's points, by their centres. */
  rules: number[];
  points: { x: number; y: number }[];
  stagesLeft: number | null;
}

/** What each drawn slide shows, measured in the slide's own coordinates. */
function measure(page: Page): Promise<SlideLook[]> {
  return page.$$eval('.slides-pane figure.slide svg', (svgs) =>
    svgs.map((svg) => {
      const boxes = (selector: string) =>
        [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((e) => e.getBBox());
      const card = boxes('g.slide-table-cell[data-table-title*="ペルソナカード"] rect');
      const table = [
        ...svg.querySelectorAll<SVGGElement>('g.slide-table-cell[data-table-title*="ジャーニー表"]'),
      ];
      const tableRects = table.map((g) => g.querySelector('rect')!.getBBox());
      const firstRowLabel = table
        .find((g) => g.dataset.cell === '0:1')
        ?.querySelector('rect')
        ?.getBBox();
      const texts = [...svg.querySelectorAll<HTMLElement>('.slide-cell, .slide-text')]
        .filter((d) => (d.textContent ?? '').trim() !== '')
        .map((d) => ({ text: d.textContent ?? '', size: Number.parseFloat(getComputedStyle(d).fontSize) }));
      const lines = [...svg.querySelectorAll<SVGLineElement>('line')];
      const rules = lines
        .filter(
          (l) =>
            l.y1.baseVal.value === l.y2.baseVal.value &&
            ['#dadce0', '#9aa0a6'].includes(l.getAttribute('stroke') ?? ''),
        )
        .map((l) => l.y1.baseVal.value);
      // The curve's points: small round markers, blue or red, outside every table.
      const points = [...svg.querySelectorAll<SVGRectElement>(':scope > g > rect')]
        .filter(
          (r) => r.width.baseVal.value === 6 && ['#1a73e8', '#d93025'].includes(r.getAttribute('fill') ?? ''),
        )
        .map((r) => ({ x: r.x.baseVal.value + 3, y: r.y.baseVal.value + 3 }));
      return {
        cardBottom: card.length ? Math.max(...card.map((b) => b.y + b.height)) : null,
        tableTop: tableRects.length ? Math.min(...tableRects.map((b) => b.y)) : null,
        texts,
        rules,
        points,
        stagesLeft: firstRowLabel ? firstRowLabel.x : null,
      };
    }),
  );
}

/**
 * The first slide (card and table) and the slide with the curve, as pictures in test-artifacts/;
 * the README shows them, refreshed on request only (UPDATE_SCREENSHOTS=1), so that a test run
 * never changes committed files.
 */
async function slidePictures(page: Page, slides: number[]): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const names = ['playground-slides-ja.png', 'playground-slides-ja-curve.png'];
  for (const [i, slide] of slides.entries()) {
    const file = join(ARTIFACTS, names[i]!);
    await page.locator('.slides-pane figure.slide').nth(slide).screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOTS)
      copyFileSync(file, join(import.meta.dirname, '..', '..', 'docs', 'screenshots', names[i]!));
  }
}

describe('a Japanese journey on slides (Chromium)', () => {
  it('shows the card above the table, no text under 9 pt, and the curve inside its band', async () => {
    const scenario = await openPlayground(browser);
    const { page } = scenario;
    try {
      await markStale(await sidebarFrame(page));
      await page.click('.switcher button:text-is("Slides")');
      const sidebar = await sidebarFrame(page, 'presentation');
      // AISCEAS: seven stages, a loop-back row and an emotion lane the sample scores.
      await pickTemplate(sidebar, 'aisceas');
      await sidebar.selectOption('#template-language', 'ja');
      await sidebar.click('#try-sample');
      await sidebar.waitForSelector('#start-empty');
      await buildAndWait(sidebar, 1);
      // The result names the slides; it offers no Sheets print link on a deck.
      const result = await sidebar.locator('.results').innerText();
      expect(result).toContain('佐藤');
      expect(result).not.toMatch(/PDF|印刷/);
      await page.waitForSelector('.slide-table-cell[data-table-title*="ジャーニー表"]');
      const all = await measure(page);
      const slides = all.filter((s) => s.tableTop !== null);
      const bandAt = all.findIndex((s) => s.points.length > 0);
      await page.locator('.slides-pane figure.slide').nth(Math.max(0, bandAt)).scrollIntoViewIfNeeded();
      await screenshot(page, 'slides-look-aisceas-ja');
      await slidePictures(page, [all.findIndex((s) => s.cardBottom !== null), bandAt]);

      expect(slides.length).toBeGreaterThan(0);
      const withCard = slides.filter((s) => s.cardBottom !== null);
      expect(withCard).toHaveLength(1);
      expect(withCard[0]!.cardBottom!).toBeLessThanOrEqual(withCard[0]!.tableTop!);
      for (const slide of slides) {
        const small = slide.texts.filter((t) => t.size < 9);
        expect(small).toEqual([]);
      }
      const banded = slides.filter((s) => s.points.length > 0);
      expect(banded.length).toBeGreaterThan(0);
      for (const slide of banded) {
        const top = Math.min(...slide.rules);
        const bottom = Math.max(...slide.rules);
        expect(slide.rules).toHaveLength(3);
        expect(bottom - top).toBeGreaterThanOrEqual(30);
        expect(bottom).toBeLessThan(slide.tableTop!);
        for (const p of slide.points) {
          expect(p.y).toBeGreaterThanOrEqual(top - 0.01);
          expect(p.y).toBeLessThanOrEqual(bottom + 0.01);
          expect(p.x).toBeGreaterThan(slide.stagesLeft!);
        }
      }
    } finally {
      await scenario.close();
    }
  });
});
