/**
 * Browser scenarios (Chromium) for the gallery's preview: before building, a person sees the
 * chosen framework's stage names and lanes, in the UI's language, and the preview follows a new
 * choice, the lane list and names typed by the user (shown as text, never as markup).
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frameworkDef, laneDef, newJourneyDocument } from '../../src/catalog';
import type { Language } from '../../src/model/types';
import { pickTemplate } from './actions';
import { playgroundScenarios } from './harness';

const withPlayground = playgroundScenarios();

/** What the preview shows, as a person reads it: the stage names in order, then the lane names. */
async function preview(sidebar: Frame): Promise<{ stages: string[]; lanes: string[] }> {
  await sidebar.waitForSelector('.journey-preview');
  return sidebar.evaluate(() => {
    const texts = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText.trim());
    return {
      stages: texts('.journey-preview .preview-stages .stage-name'),
      lanes: texts('.journey-preview .preview-lanes .lane-name'),
    };
  });
}

/** The catalog's stage and lane names of a framework, in one language. */
function catalogNames(id: string, language: Language): { stages: string[]; lanes: string[] } {
  const framework = frameworkDef(id);
  if (!framework) throw new Error(`no framework ${id}`);
  return {
    stages: framework.stages.map((s) => s.label[language]),
    lanes: framework.laneIds.map((l) => laneDef(l)?.label[language] ?? l),
  };
}

describe('the gallery preview (Chromium)', () => {
  it('lists the chosen framework’s stages and lanes in English, and follows a new choice', async () => {
    await withPlayground(async ({ sidebar }) => {
      // Browsing: each card names its stages.
      const card = await sidebar.textContent('.card[data-framework="kotler-5a"]');
      for (const stage of catalogNames('kotler-5a', 'en').stages) expect(card).toContain(stage);

      await pickTemplate(sidebar, 'aisas');
      expect(await preview(sidebar)).toEqual(catalogNames('aisas', 'en'));

      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'kotler-5a');
      expect(await preview(sidebar)).toEqual(catalogNames('kotler-5a', 'en'));
      // AISCEAS's comparison stage loops back to interest: the preview says so.
      await sidebar.click('.gallery-folded button.link');
      await pickTemplate(sidebar, 'aisceas');
      expect(await sidebar.textContent('.journey-preview')).toContain('back to Interest');
    });
  });

  it('lists them in Japanese when the UI is Japanese, and follows the lane list', async () => {
    await withPlayground(
      async ({ sidebar }) => {
        await sidebar.waitForSelector('#step-template:text("テンプレート")');
        await pickTemplate(sidebar, 'aidma');
        const names = catalogNames('aidma', 'ja');
        expect(await preview(sidebar)).toEqual(names);
        expect(names.stages[0]).not.toBe(catalogNames('aidma', 'en').stages[0]);

        // An unticked lane leaves the preview; an added one joins it.
        const first = names.lanes[0]!;
        await sidebar.uncheck(`.lane:has(.lane-label:text-is("${first}")) input[type="checkbox"]`);
        expect((await preview(sidebar)).lanes).toEqual(names.lanes.slice(1));
        await sidebar.fill('#custom-lane-name', '社内の承認');
        await sidebar.click('.custom-lane button:text-is("追加")');
        await expect
          .poll(async () => (await preview(sidebar)).lanes)
          .toEqual([...names.lanes.slice(1), '社内の承認']);
      },
      { locale: 'ja' },
    );
  });

  it('shows names the user typed as text, not markup', async () => {
    await withPlayground(async ({ sidebar }) => {
      await pickTemplate(sidebar, 'service-blueprint');
      const typed = '<img src=x onerror="window.pwned=1">Visit';
      await sidebar.fill('#stage-name-0', typed);
      await sidebar.fill('#custom-lane-name', '<b>Backstage</b>');
      await sidebar.click('.custom-lane button:text-is("Add")');
      const seen = await preview(sidebar);
      expect(seen.stages[0]).toBe(typed);
      expect(seen.lanes).toContain('<b>Backstage</b>');
      expect(await sidebar.$$('.journey-preview img, .journey-preview b')).toHaveLength(0);
      expect(await sidebar.evaluate(() => 'pwned' in window)).toBe(false);
    });
  });

  it('shows an imported journey’s own stage and lane names, which Build will use', async () => {
    await withPlayground(async ({ sidebar }) => {
      const made = newJourneyDocument('aisas', [{ id: 'p-aki', name: 'Aki' }], 'en');
      if (!made.ok) throw new Error('fixture');
      const doc = made.value;
      doc.stages[0]!.label = 'Noticing';
      doc.lanes[0]!.label = '<i>Channels</i>';
      await sidebar.setInputFiles('#import-file', {
        name: 'renamed.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(doc)),
      });
      await sidebar.waitForSelector('.notice:has-text("Imported")');
      const seen = await preview(sidebar);
      expect(seen.stages).toEqual(doc.stages.map((s) => s.label));
      expect(seen.lanes).toEqual(doc.lanes.map((l) => l.label));
      expect(await sidebar.$$('.journey-preview i')).toHaveLength(0);
    });
  });

  it('folds and opens with the keyboard', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      const firstStage = catalogNames('aisas', 'en').stages[0]!;
      const stage = sidebar.locator('.journey-preview .stage-name', { hasText: firstStage });
      expect(await stage.isVisible()).toBe(true);
      await sidebar.focus('.journey-preview summary');
      await page.keyboard.press('Enter');
      expect(await stage.isVisible()).toBe(false);
      await page.keyboard.press(' ');
      expect(await stage.isVisible()).toBe(true);
    });
  });
});
