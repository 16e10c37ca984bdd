/**
 * Browser scenario (Chromium): a beginner picks a framework, loads its filled-in sample, builds
 * it and sees a finished map in the sheet; then goes back to the empty template.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJourney } from '../../src/catalog';
import { buildAndWait, pickTemplate, readBackJson } from './actions';
import { launchBrowser, openPlayground } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the filled-in sample (Chromium)', () => {
  it('builds a finished AIDMA map from the sample, then starts again from the empty template', async () => {
    const scenario = await openPlayground(browser, { locale: 'ja' });
    const { page, sidebar } = scenario;
    try {
      await pickTemplate(sidebar, 'aidma');
      await sidebar.selectOption('#template-language', 'ja');
      await sidebar.click('#try-sample');
      await sidebar.waitForSelector('#start-empty');
      await buildAndWait(sidebar, 1);

      const sample = sampleJourney('aidma', 'ja');
      if (!sample.ok) throw new Error('no sample');
      const persona = sample.value.personas[0]!;
      // The sheet shows the sample persona's journey, every stage filled.
      await page.waitForSelector(`.tab:has-text("${persona.name}")`);
      const read = (await readBackJson(sidebar)) as {
        journeys: { cells: Record<string, Record<string, unknown>> }[];
      };
      expect(read.journeys[0]!.cells).toEqual(sample.value.journeys[0]!.cells);

      await sidebar.click('#start-empty');
      await sidebar.waitForSelector('#try-sample');
      expect(await sidebar.$$('.persona-form')).toHaveLength(0);
    } finally {
      await scenario.close();
    }
  });
});
