/**
 * Browser scenarios for sharing (issue #6) and the sidebar's stage editing: a file built by one
 * session shows its journeys to the next one and reads them back, journeys saved to and opened
 * from Drive, team templates picked in the gallery, a damaged file in Drive refused in the user's
 * language, and two snapshots compared cell by cell.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPersona,
  buildAndWait,
  gridText,
  idle,
  pickTemplate,
  placeDriveJourney,
  readBackJson,
  rememberedPersonaNames,
  typeInCell,
} from './actions';
import { ARTIFACTS, launchBrowser, openPlayground, type Scenario, screenshot, sidebarFrame } from './harness';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  // The pictures the README shows for sharing and versions, refreshed on request only, so that a
  // test run never changes committed files: UPDATE_SCREENSHOTS=1 npx vitest run test/browser
  if (!process.env.UPDATE_SCREENSHOTS) return;
  for (const name of ['sidebar-file-banner', 'sidebar-versions']) {
    try {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(join(ARTIFACTS, `${name}.png`), join(DOCS, `${name}.png`));
    } catch {
      // A failed scenario has no picture; the failure itself is what is reported.
    }
  }
});

async function withPlayground(run: (s: Scenario) => Promise<void>, options?: { locale?: string }) {
  const scenario = await openPlayground(browser, options);
  try {
    await run(scenario);
  } finally {
    await scenario.close();
  }
}

const personaNames = (sidebar: Frame) => sidebar.locator('.persona .name-text').allTextContents();

describe('sharing through Drive in the sidebar (Chromium)', () => {
  it('shows a second session which journeys the file holds, reads them back and rebuilds in place', async () => {
    await withPlayground(async ({ playground, page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await addPersona(sidebar, 'Ben');
      await buildAndWait(sidebar, 2);
      await page.click('.tab:text-is("Aki")');
      await typeInCell(page, 'B9', 'Trade show booth');

      // Somebody else opens the file: their own (empty) choices, a fresh sidebar.
      // (Once this user's form has been saved, so that save does not come after theirs.)
      await expect.poll(() => rememberedPersonaNames(playground)).toEqual(['Aki', 'Ben']);
      playground
        .session()
        .rpc('saveSidebarChoices', [
          { frameworkId: 'basic-5', language: 'en', hints: true, lanes: [], personas: [] },
        ]);
      const calls: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/rpc')) calls.push(String(JSON.parse(request.postData() ?? '{}').name));
      });
      await page.reload();
      const second = await sidebarFrame(page);
      const banner = await second.waitForSelector('#file-banner-text');
      expect(await banner.textContent()).toBe('This file holds 2 journeys: Aki, Ben');
      // Opening the sidebar makes no server call: its start-up data (the file's journeys too) is in the page.
      expect(calls).toEqual([]);
      expect(await personaNames(second)).toEqual([]);

      await second.click('#banner-read-back');
      await idle(second);
      await second.waitForSelector('.gallery-folded .card[data-framework="aisas"]');
      expect(await personaNames(second)).toEqual(['Aki', 'Ben']);
      const json = JSON.parse((await second.textContent('[data-testid="readback-json"]')) ?? '{}');
      expect(JSON.stringify(json)).toContain('Trade show booth');
      await second.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'sidebar-file-banner');

      // Build now rebuilds the same two sheets, keeping what was typed.
      await buildAndWait(second, 2);
      expect(await second.textContent('.results')).toContain('updated');
      expect(await second.textContent('.results')).not.toContain('new');
      await expect.poll(() => page.locator('.tab').allTextContents()).toEqual(['Sheet1', 'Aki', 'Ben']);
      await page.click('.tab:text-is("Aki")');
      await expect.poll(() => gridText(page, 'B9')).toBe('Trade show booth');
    });
  });

  it('saves to Drive twice as one file (revision 2) and opens it back into the form', async () => {
    await withPlayground(async ({ playground, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('#save-drive');
      const first = await sidebar.waitForSelector('[data-testid="drive-saved"]');
      expect(await first.textContent()).toContain('Saved to Drive');
      const href = await sidebar.getAttribute('[data-testid="drive-saved"] a', 'href');

      await addPersona(sidebar, 'Ben');
      await sidebar.click('#save-drive');
      await sidebar.waitForSelector('[data-testid="drive-saved"]:has-text("Updated (revision 2)")');
      expect(await sidebar.getAttribute('[data-testid="drive-saved"] a', 'href')).toBe(href);
      expect(playground.session().emu.blobs.files.size).toBe(1);

      // Send to Slides makes a new deck and links it.
      await sidebar.click('#send');
      const sent = await sidebar.waitForSelector('[data-testid="sent"] a');
      expect(await sent.getAttribute('href')).toContain('/presentation/d/');

      // The form moves on; opening the file from Drive brings the saved journey back.
      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'basic-5');
      await sidebar.selectOption('#template-language', 'ja');
      await sidebar.click('#open-drive');
      await sidebar.waitForSelector('.drive-files li');
      expect(await sidebar.locator('.drive-files li').count()).toBe(1);
      await sidebar.click('.drive-files li button');
      await idle(sidebar);
      await sidebar.waitForSelector('.notice:has-text("Opened from Drive")');
      await sidebar.waitForSelector('.gallery-folded .card[data-framework="aisas"]');
      expect(await personaNames(sidebar)).toEqual(['Aki', 'Ben']);
      expect(await sidebar.inputValue('#template-language')).toBe('en');
    });
  });

  it('saves a team template with its own stages and picks it from the gallery’s Team templates', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'service-blueprint');
      // The stages of a service blueprint are the user's: rename, add, reorder.
      await sidebar.fill('#stage-name-0', 'Discover');
      await sidebar.click('#add-stage');
      await sidebar.fill('#stage-name-5', 'Renew');
      await sidebar.click('button[aria-label="Move up: Renew"]');
      await addPersona(sidebar, 'CIO');
      await sidebar.fill('#template-name', 'SaaS onboarding');
      await sidebar.click('#save-template');
      await sidebar.waitForSelector('[data-testid="template-saved"]:has-text("SaaS onboarding")');

      // Another choice, then the team template from the gallery.
      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'aisas');
      await sidebar.click('.persona-actions button:text-is("Remove")');
      expect(await personaNames(sidebar)).toEqual([]);
      await sidebar.click('.gallery-folded button.link');
      await sidebar.click('.chip[data-filter="team"]');
      const card = await sidebar.waitForSelector('.team-card');
      expect(await card.textContent()).toContain('SaaS onboarding');
      await card.click();
      await sidebar.waitForSelector('.gallery-folded .card[data-framework="service-blueprint"]');
      expect(await personaNames(sidebar)).toEqual(['CIO']);
      const stages = await sidebar.$$eval('.stage-row input', (inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value),
      );
      expect(stages).toHaveLength(6);
      expect(stages[0]).toBe('Discover');
      expect(stages[4]).toBe('Renew');

      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("CIO")');
      await expect.poll(() => page.textContent('.doc-pane')).toContain('Discover');
      expect(await page.textContent('.doc-pane')).toContain('Renew');
    });
  });

  it('refuses a damaged or foreign journey in Drive with a message in the user’s language', async () => {
    await withPlayground(
      async ({ playground, sidebar }) => {
        placeDriveJourney(playground, '壊れた.journey.json', '{"schemaVersion": 1, "title": ');
        placeDriveJourney(playground, 'package.journey.json', '{"name": "web-app", "version": "1.0.0"}');
        await sidebar.click('#open-drive');
        await sidebar.waitForSelector('.drive-files li');
        // Newest first: the foreign file was placed last.
        expect(await sidebar.locator('.drive-files .file-name').allTextContents()).toEqual([
          'package.journey.json',
          '壊れた.journey.json',
        ]);
        await sidebar.click('.drive-files li:nth-child(2) button');
        const alert = await sidebar.waitForSelector('.problems[role="alert"]');
        expect(await alert.textContent()).toContain('JSON として読み込めません');
        await sidebar.click('.drive-files li:nth-child(1) button');
        await sidebar.waitForSelector(
          '.problems:has-text("Journey Grid のファイルではない可能性があります")',
        );
        expect(await personaNames(sidebar)).toEqual([]);
      },
      { locale: 'ja' },
    );
  });

  it('keeps two snapshots around an edit and shows the changed cell', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("Aki")');
      await typeInCell(page, 'B9', 'TV ad');
      expect(await sidebar.isDisabled('#keep-snapshot')).toBe(true);

      await readBackJson(sidebar);
      await sidebar.click('#keep-snapshot');
      const usage = await sidebar.waitForSelector('[data-testid="snapshot-usage"]');
      expect(await usage.textContent()).toMatch(
        /^1 snapshot, \d+ KB of 250 KB; the oldest are removed first when full$/,
      );
      expect(await sidebar.textContent('[data-testid="nothing-to-compare"]')).toContain('nothing to compare');

      await typeInCell(page, 'B9', 'Instagram <b>ad</b>');
      await readBackJson(sidebar);
      await sidebar.click('#keep-snapshot');
      await sidebar.waitForSelector('[data-testid="snapshot-usage"]:has-text("2 snapshots")');
      const boxes = sidebar.locator('.snapshot-list input[type="checkbox"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await sidebar.click('#compare');
      const diff = await sidebar.waitForSelector('[data-testid="diff"]');
      const text = (await diff.textContent()) ?? '';
      expect(text).toContain('Aki');
      expect(text).toContain('Attention');
      expect(text).toContain('1 changed');
      expect(await sidebar.textContent('.diff-cell.changed del')).toBe('TV ad');
      expect(await sidebar.textContent('.diff-cell.changed ins')).toBe('Instagram <b>ad</b>');
      expect(await sidebar.$$('.diff b')).toHaveLength(0);
      await sidebar.evaluate(() => document.querySelector('.versions')?.scrollIntoView());
      await screenshot(page, 'sidebar-versions');
    });
  });
});
