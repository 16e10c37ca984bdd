/**
 * Hostile browser scenarios for the one-time grant in Sheets (Chromium), as a Japanese user at the
 * sidebar's 300 px: a slow read-back brings the offer; the Picker is cancelled, then the wrong
 * spreadsheet is picked, then the right one; the next read-back is the fast one and gives the same
 * journey, and the offer stays away. Each step checks what a keyboard user is left on. Where the
 * deployment has not set Google Picker up, nothing is offered.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Playground } from '../../dev/playground/server';
import { buildAndWait, pickTemplate, readBackJson } from './actions';
import { playgroundScenarios, sidebarFrame } from './harness';

const scenario = playgroundScenarios();
const OFFER = '#direct-grant';

function remembered(playground: Playground, id: string): string | null {
  return playground.session().emu.userProperties().get(`journeygrid.direct.${id}`);
}

/** Presses the offer's button by keyboard and waits for the Picker dialog. */
async function openPicker(page: Page, sidebar: Frame): Promise<Frame> {
  await sidebar.focus('#direct-allow');
  await page.keyboard.press('Enter');
  const handle = await page.waitForSelector('iframe[name="dialog"]');
  const dialog = (await handle.contentFrame())!;
  await dialog.waitForSelector('.fake-picker');
  return dialog;
}

async function closed(page: Page, sidebar: Frame): Promise<void> {
  await page.waitForSelector('iframe[name="dialog"]', { state: 'detached' });
  await sidebar.waitForSelector('#direct-allow:not(:disabled)');
}

const focused = (sidebar: Frame) => sidebar.evaluate(() => document.activeElement?.id ?? '');

describe('the grant in Sheets, hostile (Chromium)', () => {
  it('cancel, a wrong spreadsheet, then the right one; the next read is the fast one (ja, 300 px)', async () => {
    await scenario(
      async ({ playground, page, sidebar }) => {
        const id = playground.session().spreadsheet.getId();
        const other = playground.session().emu.createSpreadsheet('別のチーム計画').getId();
        await pickTemplate(sidebar, 'aisas');
        await sidebar.click('#try-sample');
        await sidebar.waitForSelector('#start-empty');
        await buildAndWait(sidebar, 1);
        // A build in Sheets gains nothing from the grant: nothing is offered yet.
        expect(await sidebar.$(OFFER)).toBeNull();
        const slow = await readBackJson(sidebar);
        expect(remembered(playground, id)).toBe('denied');
        const offer = sidebar.locator(OFFER);
        await offer.waitFor();
        // In Sheets only reading back gets faster: the title promises nothing about building.
        const text = await offer.innerText();
        expect(text).toContain('読み取りが数倍速くなることがあります');
        expect(await sidebar.locator('#direct-title').innerText()).not.toMatch(/作成/);
        const [scroll, client] = await offer.evaluate((e) => [e.scrollWidth, e.clientWidth]);
        expect(scroll).toBeLessThanOrEqual(client!);

        // Cancel: nothing changes, and the keyboard user is back on the button.
        let dialog = await openPicker(page, sidebar);
        await dialog.click('#fake-picker-cancel');
        await closed(page, sidebar);
        expect(await sidebar.$(OFFER)).not.toBeNull();
        expect(await focused(sidebar)).toBe('direct-allow');
        expect(remembered(playground, id)).toBe('denied');

        // Another spreadsheet picked (from the list of all of them): named, nothing granted.
        dialog = await openPicker(page, sidebar);
        await dialog.locator('.fake-picker-tab').nth(1).click();
        await dialog.check(`#pick-${other}`);
        await dialog.click('#fake-picker-select');
        await closed(page, sidebar);
        const problem = sidebar.locator(`${OFFER} .problems`);
        expect(await problem.innerText()).toContain('「別のチーム計画」は別のファイルです。');
        expect(remembered(playground, id)).toBe('denied');

        // The right one: done, and the problem of the wrong pick is gone with the offer.
        dialog = await openPicker(page, sidebar);
        await dialog.check(`#pick-${id}`);
        await dialog.click('#fake-picker-select');
        await page.waitForSelector('iframe[name="dialog"]', { state: 'detached' });
        await sidebar.waitForSelector('#direct-done');
        expect(await sidebar.$(OFFER)).toBeNull();
        expect(remembered(playground, id)).toBe('allowed');

        // The next read-back is the fast one, reads the same journey, and brings no offer back.
        const calls = playground.session().emu.calls;
        calls.reset();
        const fast = await readBackJson(sidebar);
        expect(calls.count('Sheets.Spreadsheets.get')).toBe(1);
        expect(calls.count('Range.getValues')).toBe(0);
        expect(fast).toEqual(slow);
        expect(await sidebar.$(OFFER)).toBeNull();
      },
      { locale: 'ja' },
    );
  });

  it('offers nothing a user cannot finish: no offer where Google Picker is not set up', async () => {
    await scenario(async ({ playground, page, sidebar: first }) => {
      const id = playground.session().spreadsheet.getId();
      await pickTemplate(first, 'aisas');
      await first.click('#try-sample');
      await first.waitForSelector('#start-empty');
      await buildAndWait(first, 1);
      // A deployment without the Picker's settings (the add-on works without them).
      playground.session().emu.scriptProperties.clear();
      await page.reload();
      const sidebar = await sidebarFrame(page);
      await readBackJson(sidebar);
      expect(remembered(playground, id)).toBe('denied');
      // The read answered; an offer whose button could only say the deployment lacks a setting is not made.
      expect(await sidebar.$(OFFER)).toBeNull();
    });
  });
});
