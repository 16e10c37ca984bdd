/**
 * Browser scenarios: a beginner uses the real sidebar in the playground, in Debian's Chromium.
 * Everything is asserted as a user sees it: text in the sidebar, the emulated grid or slides in
 * the page, the JSON model the read-back shows.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addPersona,
  buildAndWait,
  gridText,
  idle,
  pickTemplate,
  readBackJson,
  rememberedPersonaNames,
  typeInCell,
} from './actions';
import { markStale, playgroundScenarios, screenshot, sidebarFrame } from './harness';

const AISAS_STAGES = ['Attention', 'Interest', 'Search', 'Action', 'Share'];

const withPlayground = playgroundScenarios();

interface ReadDoc {
  personas: { id: string; name: string }[];
  journeys: { personaId: string; cells: Record<string, Record<string, string>> }[];
}

function cellsOf(doc: ReadDoc, personaName: string): Record<string, Record<string, string>> | undefined {
  const persona = doc.personas.find((p) => p.name === personaName);
  return doc.journeys.find((j) => j.personaId === persona?.id)?.cells;
}

describe('the sidebar in the playground (Chromium)', () => {
  it('builds AISAS for two personas in Sheets, then reads two edited cells back', async () => {
    await withPlayground(
      async ({ playground, page, sidebar }) => {
        await pickTemplate(sidebar, 'aisas');
        await addPersona(sidebar, 'Aki');
        await addPersona(sidebar, 'Ben');
        // Reordering: Ben up above Aki and back, Actions down below Thoughts and back.
        const personaOrder = () => sidebar.locator('.persona-list .name-text').allTextContents();
        const before = await personaOrder();
        await sidebar.click('button[aria-label="Move up: Ben"]');
        expect(await personaOrder()).toEqual([...before].reverse());
        await sidebar.click('button[aria-label="Move down: Ben"]');
        expect(await personaOrder()).toEqual(before);
        const laneOrder = () => sidebar.locator('.lane-label').allTextContents();
        const lanes = await laneOrder();
        await sidebar.click('button[aria-label="Move down: Actions"]');
        expect((await laneOrder()).indexOf('Actions')).toBe(lanes.indexOf('Actions') + 1);
        await sidebar.click('button[aria-label="Move up: Actions"]');
        expect(await laneOrder()).toEqual(lanes);
        await sidebar.click('#build');
        // Real progress: one call per persona, so the bar is seen part-way.
        await sidebar.waitForSelector('[role="progressbar"][aria-valuenow="1"][aria-valuemax="2"]');
        await sidebar.waitForFunction(() => document.querySelectorAll('.results li').length === 2);
        await expect.poll(() => page.locator('.tab').allTextContents()).toEqual(['Sheet1', 'Aki', 'Ben']);

        await page.click('.tab:text-is("Aki")');
        await page.waitForSelector('td[data-a1="B1"]:text("AISAS")');
        // A persona with a name only has a one-row card: the stage header is row 4.
        const stageRow = await Promise.all(['B4', 'C4', 'D4', 'E4', 'F4'].map((a1) => gridText(page, a1)));
        expect(stageRow).toEqual(AISAS_STAGES);
        expect(await gridText(page, 'B2')).toBe('Aki');
        // No score yet, so no (empty) emotion curve.
        expect(await page.locator('.chart-box').count()).toBe(0);

        await typeInCell(page, 'B5', 'Trade show booth');
        await typeInCell(page, 'C6', 'Compares three vendors');
        // A score typed in the emotion row: the next build draws the curve.
        const emotionRow = await page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>('td[data-a1^="A"]')]
              .find((td) => td.textContent === 'Emotion (−2 to +2)')
              ?.dataset.a1?.slice(1) ?? '',
        );
        await typeInCell(page, `C${emotionRow}`, '-1');
        await sidebar.click('#build');
        await page.waitForSelector('.chart-box svg[aria-label="Emotion curve"]');
        await idle(sidebar);
        await screenshot(page, 'playground-sheets');

        const doc = (await readBackJson(sidebar)) as ReadDoc;
        const cells = cellsOf(doc, 'Aki');
        expect(cells?.touchpoints?.attention).toBe('Trade show booth');
        expect(cells?.actions?.interest).toBe('Compares three vendors');
        // The summary counts them: two filled cells for Aki.
        expect(await sidebar.textContent('table.summary')).toContain('Aki');
        await sidebar.evaluate(() => document.querySelector('.readback')?.scrollIntoView());
        await screenshot(page, 'sidebar-readback');

        // Choices survive closing and reopening the sidebar (saved after a short pause).
        await expect.poll(() => rememberedPersonaNames(playground)).toEqual(['Aki', 'Ben']);
        await markStale(sidebar);
        await page.click('.menu-button');
        const reopened = await sidebarFrame(page);
        await reopened.waitForSelector('.gallery-folded .card[data-framework="aisas"]');
        expect(await reopened.locator('.persona .name-text').allTextContents()).toEqual(['Aki', 'Ben']);
      },
      { latencyMs: 150 },
    );
  });

  it('builds AISAS for two personas in Slides, then reads two edited cells back', async () => {
    await withPlayground(async ({ page }) => {
      await markStale(await sidebarFrame(page));
      await page.click('.switcher button:text-is("Slides")');
      const sidebar = await sidebarFrame(page, 'presentation');
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await addPersona(sidebar, 'Ben');
      await buildAndWait(sidebar, 2);
      await page.waitForSelector('.slide-table-cell');
      const slideText = (await page.textContent('.slides-pane')) ?? '';
      for (const stage of AISAS_STAGES) expect(slideText).toContain(stage);

      // Type over two body cells of Aki's journey table (the first journey slide).
      const texts: [string, string][] = [
        ['1:1', 'Trade show booth'],
        ['2:2', 'Compares three vendors'],
      ];
      for (const [cell, text] of texts) {
        await page.click(
          `.slide-table-cell[data-table-title$="journey table"][data-cell="${cell}"] >> nth=0`,
        );
        await page.fill('input.formula', text);
        await page.press('input.formula', 'Enter');
      }
      await expect.poll(() => page.textContent('.slides-pane')).toContain('Compares three vendors');
      await screenshot(page, 'playground-slides');
      const doc = (await readBackJson(sidebar)) as ReadDoc;
      const cells = cellsOf(doc, 'Aki');
      expect(cells?.touchpoints?.attention).toBe('Trade show booth');
      expect(cells?.actions?.interest).toBe('Compares three vendors');
    });
  });

  it('shows the model’s message when an imported file is not valid JSON', async () => {
    await withPlayground(async ({ sidebar }) => {
      await sidebar.setInputFiles('#import-file', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion": 1, "title": '),
      });
      const alert = await sidebar.waitForSelector('.problems[role="alert"]');
      expect(await alert.textContent()).toContain('This file is not valid JSON');

      // A well-formed file with a wrong field is refused with the model's own path and message.
      await sidebar.setInputFiles('#import-file', {
        name: 'wrong.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, title: 'x', language: 'fr' })),
      });
      await sidebar.waitForFunction(() =>
        document.querySelector('.problems')?.textContent?.includes('language'),
      );
    });
  });

  it('renders a persona named like an HTML tag as text, in the sidebar and in the grid', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await withPlayground(async ({ page, sidebar }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => undefined);
      });
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, evil);
      expect(await sidebar.textContent('.persona .name-text')).toBe(evil);
      expect(await sidebar.$$('.persona img')).toHaveLength(0);
      await buildAndWait(sidebar, 1);
      expect(await sidebar.textContent('.results')).toContain(evil);
      await page.waitForSelector('td[data-a1="B2"]');
      await expect.poll(() => gridText(page, 'B2')).toBe(evil);
      expect(await page.$$('.grid img')).toHaveLength(0);
      expect(await sidebar.$$('img')).toHaveLength(0);
      expect(dialogs).toEqual([]);
    });
  });

  it('can be used with the keyboard alone, with a visible focus', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await page.click('.sidebar-title span');
      // Moves focus with Tab until the wanted element has it; only reads the page to know where.
      const tabTo = async (isTarget: string, max = 80) => {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          if (await sidebar.evaluate((sel) => document.activeElement?.matches(sel) ?? false, isTarget))
            return;
        }
        throw new Error(`Tab never reached ${isTarget}`);
      };
      await page.keyboard.press('Tab');
      await tabTo('.card[data-framework="aisas"]');
      const outline = await sidebar.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).outlineStyle : 'none';
      });
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('.gallery-folded .card[data-framework="aisas"]');
      // Focus is not lost when the gallery folds: it lands on "Change".
      await sidebar.waitForFunction(() => document.activeElement?.closest('.gallery-folded') !== null);
      await tabTo('#add-persona');
      await page.keyboard.press('Enter');
      await sidebar.waitForFunction(() => document.activeElement?.id.endsWith('-name') ?? false);
      await page.keyboard.type('Kei');
      await tabTo('#build');
      await page.keyboard.press('Enter');
      await sidebar.waitForFunction(() => document.querySelectorAll('.results li').length === 1);
      expect(await sidebar.textContent('.results')).toContain('Kei');
      await expect.poll(() => page.locator('.tab').allTextContents()).toContain('Kei');
      await sidebar.evaluate(() => document.querySelector('#step-personas')?.scrollIntoView());
      await screenshot(page, 'sidebar-keyboard');
    });
  });
});

afterAll(() => {
  // The two pictures the README shows, refreshed on request only (UPDATE_SCREENSHOTS=1).
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const docs = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  const artifacts = join(import.meta.dirname, '..', '..', 'test-artifacts');
  for (const name of ['playground-sheets', 'sidebar-readback']) {
    try {
      copyFileSync(join(artifacts, `${name}.png`), join(docs, `${name}.png`));
    } catch {
      // A failed scenario has no picture; the failure itself is what is reported.
    }
  }
});
