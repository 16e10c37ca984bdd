/**
 * Browser scenario (Chromium): a build of three personas into a deck the Slides API may reach,
 * where Google refuses the third persona's batchUpdate. The server stops that call after the
 * second persona ('build-again': a call that wrote through the API cannot go on through SlidesApp,
 * src/hosts/slides/build.ts); the sidebar sends the rest in a next call on its own, so the user
 * sees three built personas and no message asking them to press Build again.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addPersona, buildAndWait, pickTemplate, readBackJson } from './actions';
import { markStale, playgroundScenarios, sidebarFrame } from './harness';

const scenario = playgroundScenarios();

async function openSlides(page: Page, sidebar: Frame): Promise<Frame> {
  await markStale(sidebar);
  await page.click('.switcher button:text-is("Slides")');
  return sidebarFrame(page, 'presentation');
}

describe('a build the server asks to continue (Chromium)', () => {
  it('goes on with the rest of the personas by itself', async () => {
    await scenario(async ({ playground, page, sidebar: first }) => {
      const sidebar = await openSlides(page, first);
      const emu = playground.session().emu;
      const id = (playground.session().presentation as { getId(): string }).getId();
      // The grant as the Picker leaves it: the deck picked, the answer kept.
      emu.pickDocument(id);
      emu.userProperties().set({ [`journeygrid.direct.${id}`]: 'allowed' });
      await pickTemplate(sidebar, 'aisas');
      await sidebar.click('#try-sample');
      await sidebar.waitForSelector('#start-empty');
      await addPersona(sidebar, 'Aya');
      await addPersona(sidebar, 'Mia');
      // The first call draws persona 1, the second persona 2; Google refuses the third batchUpdate.
      (
        emu.globals.Slides as unknown as { Presentations: { _failBatch(n: number, m: string): void } }
      ).Presentations._failBatch(3, 'The caller does not have permission');
      const before = emu.calls.count('Slides.Presentations.batchUpdate');
      await buildAndWait(sidebar, 3);
      // The refused batch is tried again in the next call: a get still reaches the deck, so the
      // refusal was no withdrawn grant (src/hosts/slides/direct-build.ts), and this time it passes.
      expect(emu.calls.count('Slides.Presentations.batchUpdate') - before).toBe(4);
      expect(await sidebar.locator('.results li').count()).toBe(3);
      expect(await sidebar.locator('text=Press Build again').count()).toBe(0);
      const json = (await readBackJson(sidebar)) as { personas: { name: string }[] };
      expect(json.personas.map((p) => p.name).slice(-2)).toEqual(['Aya', 'Mia']);
    });
  });
});
