/**
 * Browser scenarios for sharing through Drive in a team (Chromium): a teammate's template chosen
 * with Google Picker (the playground's fake, over the emulated Drive), built, and still in the
 * gallery's Team filter in a later session; a teammate's persona library picked and one of its
 * personas added to the journey; and a save over a file a teammate changed, which asks first.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_PROPERTY_KIND } from '../../src/share/files';
import { addPersona, buildAndWait, idle, pickTemplate } from './actions';
import { playgroundScenarios, screenshot, sidebarFrame } from './harness';

const scenario = playgroundScenarios();

const personaNames = (sidebar: Frame) => sidebar.locator('.persona .name-text').allTextContents();

/** What the page configured Google Picker with (the fake keeps it). */
interface FakePickerSettings {
  token: string;
  developerKey: string;
  appId: string;
  features: string[];
  views: { mimeTypes: string[]; query: string; ownedByMe?: boolean; enableDrives: boolean }[];
}

/** In the dialog: the "Shared with me" view, the file ticked, Select. */
async function pickShared(page: Page, fileId: string): Promise<FakePickerSettings> {
  const handle = await page.waitForSelector('iframe[name="dialog"]');
  const dialog = (await handle.contentFrame())!;
  await dialog.waitForSelector('.fake-picker');
  const settings = (await dialog.evaluate(
    () => (window as unknown as { fakePicker: unknown }).fakePicker,
  )) as FakePickerSettings;
  await dialog.click('.fake-picker-tab:text-is("Shared with me")');
  await dialog.check(`#pick-${fileId}`);
  await dialog.click('#fake-picker-select');
  await page.waitForSelector('iframe[name="dialog"]', { state: 'detached' });
  return settings;
}

describe('sharing through Drive in a team (Chromium)', () => {
  it("picks a teammate's template, builds it, and lists it under Team in a later session", async () => {
    await scenario(async ({ playground, page, sidebar }) => {
      const template = {
        kind: 'journey-grid-template',
        schemaVersion: 1,
        name: 'Hana B2B',
        frameworkId: 'service-blueprint',
        language: 'en',
        laneIds: ['touchpoints', 'actions', 'emotion'],
        customLanes: [],
        stageLabels: ['Discover', 'Trial', 'Contract', 'Renew'],
        personas: [{ name: 'CIO' }],
      };
      const file = playground
        .session()
        .emu.blobs.addShared('Hana B2B.journey-template.json', JSON.stringify(template), {
          owner: 'hana@example.com',
          ownerName: 'Hana',
          access: 'view',
          appProperties: { [APP_PROPERTY_KIND]: 'template' },
        });
      await sidebar.click('.chip[data-filter="team"]');
      // Under drive.file a teammate's file is not there until it is picked.
      await sidebar.waitForSelector('text=No team templates');
      await sidebar.click('#pick-template');
      await sidebar.waitForSelector('text=Choose the file in the dialog');
      const settings = await pickShared(page, file.id);
      expect(settings).toMatchObject({
        token: 'emulated-token-for-user@example.com',
        developerKey: 'playground-key',
        appId: '000000000000',
      });
      expect(settings.features).toContain('sdr');
      expect(settings.views.map((v) => [v.ownedByMe, v.enableDrives])).toEqual([
        [true, false],
        [false, false],
        [undefined, true],
      ]);
      // No search pre-filled: Drive matches name terms by prefix, a suffix could empty the list.
      expect(settings.views.every((v) => v.query === '')).toBe(true);

      const picked = await sidebar.waitForSelector('[data-testid="picked-template"]');
      expect(await picked.textContent()).toBe(
        'Added: Hana B2B.journey-template.json (shared by Hana) · view only',
      );
      const card = await sidebar.waitForSelector('.team-card');
      expect(await card.textContent()).toContain('shared by Hana · view only');
      await card.click();
      await sidebar.waitForSelector('.gallery-folded .card[data-framework="service-blueprint"]');
      expect(await personaNames(sidebar)).toEqual(['CIO']);
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("CIO")');
      await expect.poll(() => page.textContent('.doc-pane')).toContain('Renew');

      // A later session: the pick is remembered, the template is still under Team.
      await page.reload();
      const next = await sidebarFrame(page);
      await next.click('.gallery-folded button.link');
      await next.click('.chip[data-filter="team"]');
      const again = await next.waitForSelector('.team-card');
      expect(await again.textContent()).toContain('Hana B2B');
    });
  });

  it("adds a persona from a teammate's persona library to the journey", async () => {
    await scenario(
      async ({ playground, page, sidebar }) => {
        const library = {
          kind: 'journey-grid-personas',
          schemaVersion: 1,
          name: 'B2B の役割',
          personas: [
            { id: 'decider', name: '決裁者', buyingRole: 'decision-maker', goals: '投資対効果を示す' },
            { id: 'champion', name: '推進者', buyingRole: 'champion' },
          ],
        };
        // Uploaded by hand: no Journey Grid marks, only the name and the content say what it is.
        const file = playground
          .session()
          .emu.blobs.addShared('B2B roles.personas.json', JSON.stringify(library), {
            owner: 'hana@example.com',
            ownerName: 'Hana',
            access: 'edit',
          });
        await pickTemplate(sidebar, 'aisas');
        await sidebar.click('#pick-personas');
        await pickShared(page, file.id);
        const opened = await sidebar.waitForSelector('.opened-library');
        expect(await opened.textContent()).toContain('B2B の役割');
        await sidebar.click('button[aria-label="ジャーニーに追加: 決裁者"]');
        expect(await personaNames(sidebar)).toEqual(['決裁者']);
        await sidebar.waitForSelector(
          '.opened-library li[data-persona-id="decider"] button:text-is("追加済み")',
        );
        await sidebar.evaluate(() => document.querySelector('.team-library')?.scrollIntoView());
        await screenshot(page, 'sidebar-team-library');
        await buildAndWait(sidebar, 1);
        await expect.poll(() => page.locator('.tab').allTextContents()).toContain('決裁者');
      },
      { locale: 'ja' },
    );
  });

  it('asks before saving over a journey a teammate changed, then saves a copy or over it', async () => {
    await scenario(async ({ playground, sidebar }) => {
      const { blobs } = playground.session().emu;
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('#save-drive');
      await sidebar.waitForSelector('[data-testid="drive-saved"]');
      const [fileId] = [...blobs.files.keys()];
      const original = blobs.files.get(fileId!)!;
      blobs.changeAs(fileId!, original.revisions[0]!.content, 'Hana');

      await sidebar.click('#save-drive');
      const question = await sidebar.waitForSelector('.save-question');
      expect(await question.textContent()).toMatch(
        /^"Q?.*\.journey\.json" was changed by Hana after you opened it \(.+\)\. Saving over it replaces their changes/,
      );
      expect(original.revisions).toHaveLength(2);
      expect(await sidebar.$('[data-testid="drive-saved"]')).toBeNull();

      await sidebar.click('.save-question .save-copy');
      await idle(sidebar);
      const copy = await sidebar.waitForSelector('[data-testid="drive-saved"]');
      expect(await copy.textContent()).toContain('Copy of');
      expect(blobs.files.size).toBe(2);
      expect(original.revisions).toHaveLength(2);

      // The copy is now the file saved to; Hana changes that one too, and this time it is replaced.
      const copyId = [...blobs.files.keys()].find((id) => id !== fileId)!;
      blobs.changeAs(copyId, blobs.files.get(copyId)!.revisions[0]!.content, 'Hana');
      await sidebar.click('#save-drive');
      await sidebar.waitForSelector('.save-question');
      await sidebar.click('.save-question .overwrite');
      await sidebar.waitForSelector('[data-testid="drive-saved"]:has-text("revision 3")');
      expect(blobs.files.get(copyId)!.revisions).toHaveLength(3);
    });
  });

  it('says what the deployer must set when Google Picker is not configured, in Japanese', async () => {
    await scenario(
      async ({ playground, page, sidebar }) => {
        const settings = playground.session().emu.scriptProperties;
        settings.delete('PICKER_DEVELOPER_KEY');
        await pickTemplate(sidebar, 'aisas');
        await sidebar.click('#pick-personas');
        const alert = await sidebar.waitForSelector('.team-library .problems[role="alert"]');
        expect(await alert.textContent()).toContain(
          'このアドオンの導入担当者が、Apps Script のスクリプト プロパティ PICKER_DEVELOPER_KEY を設定し',
        );
        expect(await page.$('iframe[name="dialog"]')).toBeNull();
      },
      { locale: 'ja' },
    );
  });
});
