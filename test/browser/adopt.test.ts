/**
 * Browser scenario for adopting a hand-made grid (Chromium): a grid typed into the playground's
 * sheet by hand, Read back shows what it was recognised as, the persona is named and the grid
 * adopted as it is (its cells unchanged), Read back then reads it as a built journey, and Send to
 * Slides makes a deck that holds the journey.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridText, idle, readBackJson, typeInCell } from './actions';
import { launchBrowser, openPlayground, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GRID: [string, string][] = [
  ['B1', 'Awareness'],
  ['C1', 'Consideration'],
  ['D1', 'Purchase'],
  ['A2', 'Touchpoints'],
  ['B2', 'Trade show'],
  ['C2', 'Website'],
  ['D2', 'Sales call'],
  ['A3', 'Emotion'],
  ['B3', '1'],
  ['C3', '-1'],
  ['D3', '2'],
];

describe('adopting a hand-made grid in the sidebar (Chromium)', () => {
  it('recognises a grid typed by hand, adopts it without changing a cell, and sends it to Slides', async () => {
    const { playground, page, sidebar, close } = await openPlayground(browser);
    try {
      for (const [a1, text] of GRID) await typeInCell(page, a1, text);
      await sidebar.click('#read-back');
      await idle(sidebar);
      const panel = await sidebar.waitForSelector('#adopt-title');
      expect(await panel.textContent()).toBe('What was recognised');
      expect(await sidebar.textContent('[data-testid="adopt-framework"]')).toContain(
        'Basic journey (medium confidence, 3/5)',
      );
      expect(await sidebar.inputValue('#adopt-kind-emotion')).toBe('emotion');
      expect(await sidebar.textContent('label[for="adopt-kind-touchpoints"] + .secondary')).toContain('→');
      // The user names the persona the grid did not name, from the keyboard.
      await sidebar.focus('#adopt-name-p1');
      await sidebar.fill('#adopt-name-p1', 'Ken <b>Sato</b>');
      await screenshot(page, 'sidebar-adopt');
      await sidebar.click('#adopt-keys');
      await idle(sidebar);
      await sidebar.waitForSelector('.notice:has-text("Adopted")');
      expect(await sidebar.$('#adopt-title')).toBeNull();
      for (const [a1, text] of GRID) expect(await gridText(page, a1)).toBe(text);

      const doc = (await readBackJson(sidebar)) as {
        personas: { name: string }[];
        journeys: { cells: Record<string, Record<string, unknown>> }[];
      };
      expect(await sidebar.$('#adopt-title')).toBeNull();
      expect(doc.personas.map((p) => p.name)).toEqual(['Ken <b>Sato</b>']);
      expect(doc.journeys[0]!.cells).toEqual({
        touchpoints: { awareness: 'Trade show', consideration: 'Website', purchase: 'Sales call' },
        emotion: { awareness: 1, consideration: -1, purchase: 2 },
      });

      await sidebar.click('#send');
      const sent = await sidebar.waitForSelector('[data-testid="sent"] a');
      const href = (await sent.getAttribute('href')) ?? '';
      const id = /\/presentation\/d\/([^/]+)/.exec(href)?.[1] ?? '';
      const opened = await fetch(new URL('api/open-file', playground.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      expect(await opened.json()).toEqual({ ok: true });
      const deck = JSON.stringify(await (await fetch(new URL('api/view', playground.url))).json());
      for (const text of ['Ken <b>Sato</b>', 'Awareness', 'Trade show', 'Sales call'])
        expect(deck).toContain(text);
    } finally {
      await close();
    }
  });
});
