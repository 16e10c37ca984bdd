/**
 * Browser scenarios (Chromium) for the sidebar's everyday manners: where focus goes after an
 * action, the page's language, how long texts and duplicate names are said, and how a failed
 * import explains itself. Asserted as a user meets them: focus, visible text, the page's lang.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import { addPersona, buildAndWait, idle, pickTemplate } from './actions';
import { playgroundScenarios, type Scenario } from './harness';

const withPlayground = playgroundScenarios();

/** What has keyboard focus in the sidebar: its id, or its class, and its text. */
function focused(sidebar: Frame): Promise<{ id: string; inside: string[]; text: string }> {
  return sidebar.evaluate(() => {
    const el = document.activeElement;
    const inside = ['.results', '.readback', '.problems', '.pending'].filter((s) => el?.closest(s));
    return { id: el?.id ?? '', inside, text: el?.textContent ?? '' };
  });
}

describe('the sidebar’s manners (Chromium)', () => {
  it('puts focus on the result after Build and after Read back', async () => {
    await withPlayground(async ({ sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      await expect.poll(async () => (await focused(sidebar)).inside).toEqual(['.results']);
      expect((await focused(sidebar)).text).toContain('Aki');
      await sidebar.click('#read-back');
      await idle(sidebar);
      await expect.poll(async () => (await focused(sidebar)).id).toBe('readback-title');
    });
  });

  it('puts focus on the problem when Build cannot start', async () => {
    await withPlayground(async ({ sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, ' ');
      await sidebar.click('#build');
      await expect.poll(async () => (await focused(sidebar)).inside).toEqual(['.problems']);
    });
  });

  it('declares the UI language on the page, Japanese included', async () => {
    await withPlayground(async ({ sidebar }) => {
      expect(await sidebar.evaluate(() => document.documentElement.lang)).toBe('en');
    });
    await withPlayground(
      async ({ sidebar }) => {
        await sidebar.waitForSelector('#step-template:text("テンプレート")');
        expect(await sidebar.evaluate(() => document.documentElement.lang)).toBe('ja');
      },
      { locale: 'ja' },
    );
  });
});

describe('lane names (Chromium)', () => {
  it('warns when two ticked lanes share a name, until one is unticked', async () => {
    await withPlayground(async ({ sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      expect(await sidebar.$('#duplicate-lanes')).toBeNull();
      await sidebar.fill('#custom-lane-name', 'actions');
      await sidebar.click('.custom-lane button:text-is("Add")');
      const warning = await sidebar.waitForSelector('#duplicate-lanes');
      expect(await warning.textContent()).toContain('“Actions”');
      await sidebar.uncheck('.lane:has(.lane-label:text-is("actions")) input[type="checkbox"]');
      await sidebar.waitForSelector('#duplicate-lanes', { state: 'detached' });
    });
  });
});

describe('the persona form (Chromium)', () => {
  /** Presses Tab until `selector` has focus; the number of presses it took. */
  async function tabsTo(page: Scenario['page'], sidebar: Frame, selector: string): Promise<number> {
    for (let i = 1; i <= 80; i++) {
      await page.keyboard.press('Tab');
      if (await sidebar.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('folds after the name, so Build is a few Tabs away, and opens with the keyboard', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await sidebar.click('#add-persona');
      await sidebar.waitForFunction(() => document.activeElement?.id.endsWith('-name') ?? false);
      await page.keyboard.type('Kei');
      const tabs = await tabsTo(page, sidebar, '#build');
      // Name → details, Done, Remove, the lanes (each a box, Move up, Move down), the custom lane
      // form, the hints box, Build: 24 Tabs; with the eleven persona fields open it took 34.
      expect(tabs).toBeLessThanOrEqual(24);

      await page.keyboard.press('Shift+Tab');
      await sidebar.focus('.persona-details summary');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Head of finance');
      expect(await sidebar.textContent('.persona-details summary')).toContain('(1 filled)');
      expect(await sidebar.inputValue('[id$="-role"]')).toBe('Head of finance');
    });
  });
});

describe('text limits (Chromium)', () => {
  it('counts characters in view, and says a paste over the limit instead of cutting it', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      const notes = sidebar.locator('textarea[id$="-notes"]');
      await sidebar.click('.persona-form summary');
      await notes.focus();
      // Inserted as a paste is: through the page's editing, which honours a maxlength.
      await page.keyboard.insertText('議事録'.repeat(20_000));
      expect((await notes.inputValue()).length).toBe(60_000);

      const name = sidebar.locator('.persona-form input[id$="-name"]');
      expect(await sidebar.textContent('.persona-form .counter')).toContain('3 / 200');
      expect(await name.getAttribute('aria-invalid')).toBe('false');
      expect(await notes.getAttribute('aria-invalid')).toBe('true');
      const counter = sidebar.locator('textarea[id$="-notes"] + .counter');
      expect(await counter.textContent()).toContain('60,000 / 2,000');
      expect(await counter.locator('[role="status"]').textContent()).toContain(
        '58,000 characters over the limit of 2,000. Nothing was cut',
      );
      // Folded, the form still says that a field is too long.
      await sidebar.click('.persona-details summary');
      expect(await notes.isVisible()).toBe(false);
      expect(await sidebar.textContent('.persona-details summary')).toContain('1 too long');
    });
  });
});

describe('problems in the user’s words (Chromium)', () => {
  it('translates a broken file and names a wrong field as the user knows it', async () => {
    await withPlayground(async ({ sidebar }) => {
      const alertText = async () => (await sidebar.waitForSelector('.problems[role="alert"]')).textContent();
      await sidebar.setInputFiles('#import-file', {
        name: 'cut.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion": 1, "title": '),
      });
      const cut = await alertText();
      expect(cut).toContain('This file is not valid JSON: it ends before its data is complete.');
      expect(cut).not.toContain('Unexpected end of JSON input');

      const made = newJourneyDocument('aisas', [{ id: 'p-aki', name: 'Aki' }], 'en');
      if (!made.ok) throw new Error('fixture');
      const wrong = { ...made.value, personas: [{ ...made.value.personas[0], challenges: 5 }] };
      await sidebar.setInputFiles('#import-file', {
        name: 'wrong.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(wrong)),
      });
      await sidebar.waitForFunction(() =>
        document.querySelector('.problems')?.textContent?.includes('Persona 1'),
      );
      const place = await alertText();
      expect(place).toContain('Persona 1 (“Aki”) › Challenges:');
      expect(place).not.toContain('personas[0]');
    });
  });

  it('names the persona field that is too long when Build refuses it', async () => {
    await withPlayground(async ({ sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('.persona-form summary');
      await sidebar.fill('textarea[id$="-notes"]', 'x'.repeat(2_001));
      await sidebar.click('#build');
      const alert = await sidebar.waitForSelector('.problems[role="alert"]');
      expect(await alert.textContent()).toContain('Persona 1 (“Aki”) › Notes:');
    });
  });
});
