/**
 * Browser scenarios for the one-time grant of direct access (Chromium): a Slides user whose
 * deck the REST API may not reach sees the offer under Build, chooses the deck in Google Picker
 * (the playground's stand-in) with the keyboard, the offer goes and does not come back, in this
 * sidebar or the next; "Not now" puts it away for this file in this browser; in Sheets a remembered
 * refusal alone does not bring it up (that scenario in Japanese).
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Playground } from '../../dev/playground/server';
import { buildAndWait, pickTemplate } from './actions';
import { markStale, playgroundScenarios, screenshot, sidebarFrame } from './harness';

const scenario = playgroundScenarios();
const REMEMBERED = (id: string) => `journeygrid.direct.${id}`;
const OFFER = '#direct-grant';

async function openSlides(page: Page, sidebar: Frame, buildText = 'presentation'): Promise<Frame> {
  await markStale(sidebar);
  await page.click('.switcher button:text-is("Slides")');
  return sidebarFrame(page, buildText);
}

async function reload(page: Page): Promise<Frame> {
  await page.reload();
  return sidebarFrame(page);
}

function deckId(playground: Playground): string {
  return (playground.session().presentation as { getId(): string }).getId();
}

function remembered(playground: Playground, id: string): string | null {
  return playground.session().emu.userProperties().get(REMEMBERED(id));
}

/** Does the Advanced Slides service reach the deck (what the fast path calls)? */
function restReaches(playground: Playground, id: string): boolean {
  try {
    playground.session().emu.globals.Slides.Presentations.get(id);
    return true;
  } catch {
    return false;
  }
}

/** A sample journey built in the open deck: the build that tells whether REST reached the deck. */
async function buildSample(sidebar: Frame): Promise<void> {
  await pickTemplate(sidebar, 'aisas');
  await sidebar.click('#try-sample');
  await sidebar.waitForSelector('#start-empty');
  await buildAndWait(sidebar, 1);
}

/**
 * After a build: the answer it left. A build with the fast path says 'denied' itself (and the
 * offer is up at once); without it nothing is asked, so the refusal a probe would leave is put in
 * place and the sidebar opened again, which tells it through the start-up data.
 */
async function refusedDeck(page: Page, playground: Playground, sidebar: Frame): Promise<Frame> {
  const id = deckId(playground);
  if (remembered(playground, id) === 'denied') {
    await sidebar.waitForSelector(OFFER);
    return sidebar;
  }
  playground
    .session()
    .emu.userProperties()
    .set({ [REMEMBERED(id)]: 'denied' });
  const next = await reload(page);
  await next.waitForSelector(OFFER);
  return next;
}

describe('letting Journey Grid open the file directly (Chromium)', () => {
  it('offers the grant after a refused build, and a pick of the deck in Picker ends it', async () => {
    await scenario(async ({ playground, page, sidebar: first }) => {
      const id = deckId(playground);
      let sidebar = await openSlides(page, first);
      expect(restReaches(playground, id)).toBe(false);
      await buildSample(sidebar);
      sidebar = await refusedDeck(page, playground, sidebar);

      const offer = sidebar.locator(OFFER);
      expect(await offer.innerText()).toContain(
        'Building slides and reading them back can be several times faster if Journey Grid may open this file directly. Google asks once',
      );
      // Readable at the sidebar's 300 px: nothing wider than the column.
      const width = await offer.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1]!);
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, 'direct-grant-offer');

      // By keyboard: focus the button, Enter.
      await sidebar.focus('#direct-allow');
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('text=Choose the file in the dialog');
      const handle = await page.waitForSelector('iframe[name="dialog"]');
      const dialog = (await handle.contentFrame())!;
      await dialog.waitForSelector('.fake-picker');
      const settings = (await dialog.evaluate(
        () => (window as unknown as { fakePicker: unknown }).fakePicker,
      )) as {
        views: { mimeTypes: string[]; fileIds?: string[] }[];
        features: string[];
      };
      // The deck alone first (setFileIds), then the user's decks; one file at a time.
      expect(settings.views.map((v) => [v.mimeTypes, v.fileIds])).toEqual([
        [['application/vnd.google-apps.presentation'], [id]],
        [['application/vnd.google-apps.presentation'], undefined],
      ]);
      expect(settings.features).not.toContain('multiselectEnabled');
      expect(await dialog.locator('.fake-picker-files li').allInnerTexts()).toEqual(['Journey deck']);
      await dialog.check(`#pick-${id}`);
      await dialog.click('#fake-picker-select');
      await page.waitForSelector('iframe[name="dialog"]', { state: 'detached' });

      const done = await sidebar.waitForSelector('#direct-done');
      expect(await done.textContent()).toBe('Done: Journey Grid may now open this file directly.');
      expect(await sidebar.$(OFFER)).toBeNull();
      // Focus moved to what replaced the button, not to the page.
      expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('direct-done');
      expect(remembered(playground, id)).toBe('allowed');
      expect(restReaches(playground, id)).toBe(true);

      // The next build: with the fast path it says 'allowed'; either way the offer stays away.
      await buildAndWait(sidebar, 1);
      expect(await sidebar.$(OFFER)).toBeNull();
      // The next sidebar: the start-up data says 'allowed', nothing is offered or announced.
      const next = await reload(page);
      expect(await next.$(OFFER)).toBeNull();
      expect(await next.$('#direct-done')).toBeNull();
    });
  });

  it('keeps "Not now" for this file in this browser, and in Sheets waits for a result to say so (ja)', async () => {
    await scenario(
      async ({ playground, page }) => {
        const deck = deckId(playground);
        const sheet = playground.session().spreadsheet.getId();
        playground
          .session()
          .emu.userProperties()
          .set({ [REMEMBERED(deck)]: 'denied', [REMEMBERED(sheet)]: 'denied' });
        // In Sheets, a refusal remembered from before is not enough to offer it.
        const sheets = await reload(page);
        expect(await sheets.$(OFFER)).toBeNull();

        let sidebar = await openSlides(page, sheets, 'スライドに作成');
        const offer = await sidebar.waitForSelector(OFFER);
        expect(await offer.innerText()).toContain(
          'スライドの作成と読み取りが数倍速くなることがあります。Google が一度だけ確認します。',
        );
        await sidebar.click('#direct-not-now');
        await sidebar.waitForSelector(OFFER, { state: 'detached' });
        // Focus stays in the Build step (no persona yet, so on the control above the disabled Build).
        expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('hints');
        sidebar = await reload(page);
        expect(await sidebar.$(OFFER)).toBeNull();
        // Nothing was granted: the answer is still the refusal.
        expect(remembered(playground, deck)).toBe('denied');
      },
      { locale: 'ja' },
    );
  });
});
