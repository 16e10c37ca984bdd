/**
 * Hostile browser checks of team sharing (Chromium, the playground): a team template saved again
 * after a teammate changed it asks first (save over, as a copy, cancel) like a journey does,
 * instead of replacing the teammate's work unasked; a journey goes over the file it was opened
 * from only while it is that journey (not another started since, nor an unbuilt sheet read back),
 * whatever its title.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../../dev/emulator/drive-api';
import { newJourneyDocument } from '../../src/catalog';
import { APP_PROPERTY_KIND } from '../../src/share/files';
import { addPersona, buildAndWait, idle, pickTemplate, readBackJson } from '../browser/actions';
import { playgroundScenarios } from '../browser/harness';

const scenario = playgroundScenarios();

/** In the fake Picker dialog: "Shared with me", the files ticked, Select. */
async function pickShared(page: Page, fileIds: string[]): Promise<void> {
  const handle = await page.waitForSelector('iframe[name="dialog"]');
  const dialog = (await handle.contentFrame())!;
  await dialog.waitForSelector('.fake-picker');
  await dialog.click('.fake-picker-tab:text-is("Shared with me")');
  for (const id of fileIds) await dialog.check(`#pick-${id}`);
  await dialog.click('#fake-picker-select');
  await page.waitForSelector('iframe[name="dialog"]', { state: 'detached' });
}

const HOSTILE = '<img src=x onerror="window.pwned=1">';

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

  it("shows markup in a teammate's file name, library name and persona names as text, never as HTML", async () => {
    await scenario(async ({ playground, page, sidebar }) => {
      const { blobs } = playground.session().emu;
      const hana = { owner: 'hana@example.com', ownerName: `Hana ${HOSTILE}`, access: 'edit' as const };
      const library = {
        kind: 'journey-grid-personas',
        schemaVersion: 1,
        name: `Roles ${HOSTILE}`,
        personas: [{ id: 'x', name: `CIO ${HOSTILE}` }],
      };
      const good = blobs.addShared(`${HOSTILE}.personas.json`, JSON.stringify(library), hana);
      const damaged = blobs.addShared(`${HOSTILE} 2.personas.json`, '{"kind": ', hana);
      await pickTemplate(sidebar, 'aisas');
      await sidebar.click('#pick-personas');
      await pickShared(page, [good.id, damaged.id]);
      const opened = await sidebar.waitForSelector('.opened-library');
      expect(await opened.textContent()).toContain(`Roles ${HOSTILE}`);
      expect(await opened.textContent()).toContain(`CIO ${HOSTILE}`);
      const notice = await sidebar.waitForSelector('[data-testid="picked-personas"]');
      expect(await notice.textContent()).toContain(`${HOSTILE}.personas.json (shared by Hana ${HOSTILE})`);
      const alert = await sidebar.waitForSelector('.team-library .problems');
      expect(await alert.textContent()).toContain(`"${HOSTILE} 2.personas.json"`);
      expect(await sidebar.$$eval('.team-library img', (els) => els.length)).toBe(0);
      await sidebar.click('.opened-library li[data-persona-id="x"] button');
      await expect
        .poll(() => sidebar.locator('.persona .name-text').allTextContents())
        .toEqual([`CIO ${HOSTILE}`]);
      expect(await sidebar.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    });
  });

  it("a journey started after opening a teammate's journey is saved to its own file, never over theirs", async () => {
    await scenario(async ({ playground, sidebar }) => {
      const { blobs } = playground.session().emu;
      const hanas = newJourneyDocument('b2b-funnel-5', [{ id: 'hana-p', name: 'CFO' }], 'en', {
        title: 'Hana funnel',
      });
      if (!hanas.ok) throw new Error('fixture');
      const file = blobs.addShared('Hana funnel.journey.json', JSON.stringify(hanas.value), {
        owner: 'hana@example.com',
        ownerName: 'Hana',
        access: 'edit',
        appProperties: { [APP_PROPERTY_KIND]: 'document' },
      });
      blobs.grantAccess(file.id);
      await sidebar.click('#open-drive');
      await sidebar.click(`.drive-files li:has-text("Hana funnel") button`);
      await sidebar.waitForSelector('.notice:has-text("Opened from Drive: Hana funnel.journey.json")');

      // A journey of my own, from a template, in the same sidebar.
      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('#save-drive');
      const saved = await sidebar.waitForSelector('[data-testid="drive-saved"]');
      expect(await saved.textContent()).not.toContain('Hana funnel');
      expect(file.revisions).toHaveLength(1);
      expect(blobs.files.size).toBe(2);
    });
  });

  it("a new journey keeping a template's title, like the teammate's opened before, never goes over theirs unasked", async () => {
    await scenario(async ({ playground, sidebar }) => {
      const { blobs } = playground.session().emu;
      // Hana's journey kept the AISAS template's own title; so will mine.
      const hanas = newJourneyDocument('aisas', [{ id: 'hana-p', name: 'CFO' }], 'en');
      if (!hanas.ok) throw new Error('fixture');
      const name = `${hanas.value.title}.journey.json`;
      const file = blobs.addShared(name, JSON.stringify(hanas.value), {
        owner: 'hana@example.com',
        ownerName: 'Hana',
        access: 'edit',
        appProperties: { [APP_PROPERTY_KIND]: 'document' },
      });
      blobs.grantAccess(file.id);
      await sidebar.click('#open-drive');
      await sidebar.click(`.drive-files li:has-text("${hanas.value.title}") button`);
      await sidebar.waitForSelector(`.notice:has-text("Opened from Drive: ${name}")`);

      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('#save-drive');
      const question = await sidebar.waitForSelector('.save-question');
      expect(await question.textContent()).toContain(`"${name}" was last changed by Hana`);
      expect(file.revisions).toHaveLength(1);
      await sidebar.click('.save-question .save-copy');
      const saved = await sidebar.waitForSelector('[data-testid="drive-saved"]');
      expect(await saved.textContent()).toContain(`Copy of ${hanas.value.title}`);
      // Saved again: the copy, my journey's own file, without a question.
      await sidebar.click('#save-drive');
      await sidebar.waitForSelector('[data-testid="drive-saved"]:has-text("revision 2")');
      expect(file.revisions).toHaveLength(1);
      expect(JSON.parse(file.revisions[0]!.content).personas[0].name).toBe('CFO');
      expect(blobs.files.size).toBe(2);
    });
  });

  it('the view-only notice goes once another journey is started', async () => {
    await scenario(async ({ playground, sidebar }) => {
      const { blobs } = playground.session().emu;
      const hanas = newJourneyDocument('aisas', [{ id: 'hana-p', name: 'CFO' }], 'en', { title: 'Hana map' });
      if (!hanas.ok) throw new Error('fixture');
      const file = blobs.addShared('Hana map.journey.json', JSON.stringify(hanas.value), {
        owner: 'hana@example.com',
        ownerName: 'Hana',
        access: 'view',
        appProperties: { [APP_PROPERTY_KIND]: 'document' },
      });
      blobs.grantAccess(file.id);
      await sidebar.click('#open-drive');
      await sidebar.click('.drive-files li:has-text("Hana map") button');
      await sidebar.waitForSelector('[data-testid="journey-read-only"]:has-text("Hana map.journey.json")');
      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'aisas');
      await sidebar.waitForSelector('[data-testid="journey-read-only"]', { state: 'detached' });
    });
  });

  const shareHanaMap = (blobs: BlobStore) => {
    const hanas = newJourneyDocument('aisas', [{ id: 'hana-p', name: 'CFO' }], 'en', { title: 'Hana map' });
    if (!hanas.ok) throw new Error('fixture');
    const file = blobs.addShared('Hana map.journey.json', JSON.stringify(hanas.value), {
      owner: 'hana@example.com',
      ownerName: 'Hana',
      access: 'edit',
      appProperties: { [APP_PROPERTY_KIND]: 'document' },
    });
    blobs.grantAccess(file.id);
    return file;
  };
  const openHanaMap = async (sidebar: Frame) => {
    await sidebar.click('#open-drive');
    await sidebar.click('.drive-files li:has-text("Hana map") button');
    await sidebar.waitForSelector('.notice:has-text("Opened from Drive: Hana map.journey.json")');
  };

  it("the sheet read back before an opened teammate's journey is built is saved to its own file", async () => {
    await scenario(async ({ playground, sidebar }) => {
      const file = shareHanaMap(playground.session().emu.blobs);
      // My own journey is in the sheet; Hana's is opened, then the sheet read back unbuilt.
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      await openHanaMap(sidebar);
      expect((await readBackJson(sidebar)) as { personas: { name: string }[] }).toMatchObject({
        personas: [{ name: 'Aki' }],
      });
      await sidebar.click('#save-drive');
      const mine = await sidebar.waitForSelector('[data-testid="drive-saved"]');
      expect(await mine.textContent()).not.toContain('Hana map');
      expect(file.revisions).toHaveLength(1);
    });
  });

  it("a teammate's journey opened, built and read back is saved over their file", async () => {
    await scenario(async ({ playground, sidebar }) => {
      const file = shareHanaMap(playground.session().emu.blobs);
      await openHanaMap(sidebar);
      await buildAndWait(sidebar, 1);
      await readBackJson(sidebar);
      await sidebar.click('#save-drive');
      await sidebar.waitForSelector('[data-testid="drive-saved"]:has-text("Hana map.journey.json")');
      expect(file.revisions).toHaveLength(2);
      expect(JSON.parse(file.revisions[1]!.content).personas.map((p: { name: string }) => p.name)).toEqual([
        'CFO',
      ]);
    });
  });
});
