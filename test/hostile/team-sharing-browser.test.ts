/**
 * Hostile browser checks of team sharing (Chromium, the playground): a team template saved again
 * after a teammate changed it asks first (save over, as a copy, cancel) like a journey does,
 * instead of replacing the teammate's work unasked.
 */
import { describe, expect, it } from 'vitest';
import { addPersona, idle, pickTemplate } from '../browser/actions';
import { playgroundScenarios } from '../browser/harness';

const scenario = playgroundScenarios();

describe('team templates in Drive (Chromium)', () => {
  it("asks before saving a template over a teammate's change, then saves a copy or over it", async () => {
    await scenario(async ({ playground, sidebar }) => {
      const { blobs } = playground.session().emu;
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.fill('#template-name', 'B2B onboarding');
      await sidebar.click('#save-template');
      await sidebar.waitForSelector('[data-testid="template-saved"]');
      const [fileId] = [...blobs.files.keys()];
      const file = blobs.files.get(fileId!)!;
      const hanas = file.revisions[0]!.content.replace('"Aki"', '"Hana\'s CIO"');
      blobs.changeAs(fileId!, hanas, 'Hana');

      await sidebar.click('#save-template');
      const question = await sidebar.waitForSelector('.save-question');
      expect(await question.textContent()).toMatch(
        /^"B2B onboarding\.journey-template\.json" was last changed by Hana \(.+\)\. Saving over it replaces their changes/,
      );
      expect(file.revisions.at(-1)!.content).toBe(hanas);
      await sidebar.click('.save-question .cancel');
      expect(await sidebar.$('.save-question')).toBeNull();
      expect(file.revisions).toHaveLength(2);

      await sidebar.click('#save-template');
      await sidebar.click('.save-question .save-copy');
      await idle(sidebar);
      const copy = await sidebar.waitForSelector('[data-testid="template-saved"]');
      expect(await copy.textContent()).toContain('Copy of B2B onboarding');
      expect(file.revisions.at(-1)!.content).toBe(hanas);

      // Hana changes her file again; saved over on request, this time.
      blobs.changeAs(fileId!, hanas, 'Hana');
      const copyId = [...blobs.files.keys()].find((id) => id !== fileId)!;
      blobs.files.get(copyId)!.trashed = true;
      await sidebar.click('#save-template');
      await sidebar.click('.save-question .overwrite');
      await idle(sidebar);
      await sidebar.waitForSelector('[data-testid="template-saved"]');
      expect(file.revisions).toHaveLength(4);
    });
  });
});
