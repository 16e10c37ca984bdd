/**
 * Browser scenarios (Chromium) for the sidebar's manners that sidebar-habits.test.ts meets in
 * English only or not at all: focus after the open file's banner reads it back, and the Japanese
 * UI's counters, duplicate-lane warning and import problems, in the user's words.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import { addPersona, buildAndWait, idle, pickTemplate } from './actions';
import { markStale, playgroundScenarios, sidebarFrame } from './harness';

const withPlayground = playgroundScenarios();

/** The text of what has keyboard focus in the sidebar (empty when focus fell to the page). */
function focusedText(sidebar: Frame): Promise<string> {
  return sidebar.evaluate(() =>
    document.activeElement && document.activeElement !== document.body
      ? (document.activeElement.textContent ?? '')
      : '',
  );
}

describe('the open file’s banner (Chromium)', () => {
  it('puts focus on what Read back did, in the banner’s place', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      // Opened again on the built file, the sidebar offers to read it back.
      await markStale(sidebar);
      await page.click('.menu-button:has-text("Extensions")');
      const reopened = await sidebarFrame(page);
      await reopened.click('#banner-read-back');
      await idle(reopened);
      await expect.poll(() => focusedText(reopened)).toContain('Loaded into the form');
    });
  });
});

describe('the Japanese UI’s manners (Chromium)', () => {
  it('counts characters, warns of twin lanes and explains a bad file in Japanese', async () => {
    await withPlayground(
      async ({ sidebar }) => {
        await sidebar.waitForSelector('#step-template:text("テンプレート")');
        await pickTemplate(sidebar, 'aisas');
        await addPersona(sidebar, '佐藤');
        expect(await sidebar.textContent('.persona-form .counter')).toContain('2 / 200');

        await sidebar.fill('#custom-lane-name', 'タッチポイント');
        await sidebar.click('.custom-lane button:text-is("追加")');
        const warning = await sidebar.waitForSelector('#duplicate-lanes');
        expect(await warning.textContent()).toContain('同じ名前のレーンがあります');
        expect(await warning.textContent()).toContain('「タッチポイント」');

        await sidebar.setInputFiles('#import-file', {
          name: 'cut.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"schemaVersion": 1, "title": '),
        });
        const cut = await (await sidebar.waitForSelector('.problems[role="alert"]')).textContent();
        expect(cut).toContain('途中で終わっています');
        expect(cut).not.toContain('Unexpected end of JSON input');

        const made = newJourneyDocument('aisas', [{ id: 'p-sato', name: '佐藤' }], 'ja');
        if (!made.ok) throw new Error('fixture');
        const wrong = { ...made.value, personas: [{ ...made.value.personas[0], challenges: 5 }] };
        await sidebar.setInputFiles('#import-file', {
          name: 'wrong.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(wrong)),
        });
        await sidebar.waitForFunction(() =>
          document.querySelector('.problems')?.textContent?.includes('佐藤'),
        );
        const place = await sidebar.textContent('.problems[role="alert"]');
        expect(place).toContain('1人目のペルソナ「佐藤」 › 課題');
        expect(place).not.toContain('personas[0]');
      },
      { locale: 'ja' },
    );
  });
});
