/**
 * Browser scenarios (Chromium): a team types into the grid, then removes a custom lane or the
 * first of its own stages in the sidebar and rebuilds with confirmation. What the user sees: the
 * removal dialog names what they removed, and the rest of their text stays in its lane and stage.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addPersona, buildAndWait, idle, pickTemplate, readBackJson, typeInCell } from './actions';
import { playgroundScenarios } from './harness';

const withPlayground = playgroundScenarios();

interface ReadDoc {
  stages: { id: string; label: string }[];
  lanes: { id: string; label: string }[];
  journeys: { cells: Record<string, Record<string, string>> }[];
}

/** The A1 address of the grid cell in the row labelled `lane`, `column` columns right of it. */
async function cellOf(page: Page, lane: string, column: string): Promise<string> {
  const row = await page.evaluate((label) => {
    const cell = [...document.querySelectorAll('td[data-a1^="A"]')].find((td) => td.textContent === label);
    return cell?.getAttribute('data-a1')?.slice(1) ?? null;
  }, lane);
  if (!row) throw new Error(`No row labelled ${lane} in the grid`);
  return `${column}${row}`;
}

async function addCustomLane(sidebar: Frame, name: string): Promise<void> {
  await sidebar.fill('#custom-lane-name', name);
  await sidebar.click('.custom-lane button:text-is("Add")');
  await sidebar.waitForSelector(`.lane-label:text-is("${name}")`);
}

/** Build; the sidebar lists the removal and waits for "Remove and rebuild". */
async function rebuildConfirming(sidebar: Frame): Promise<string> {
  await sidebar.click('#build');
  const dialog = await sidebar.waitForSelector('.pending');
  const text = (await dialog.textContent()) ?? '';
  await sidebar.click('.pending button:text-is("Remove and rebuild")');
  await sidebar.waitForSelector('.pending', { state: 'detached' });
  await idle(sidebar);
  return text;
}

describe('removing a custom lane or a stage in the sidebar (Chromium)', () => {
  it('keeps lane B’s text in B and names lane A in the removal dialog', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await addCustomLane(sidebar, 'Budget A');
      await addCustomLane(sidebar, 'Budget B');
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("Aki")');
      await page.waitForSelector('td[data-a1^="A"]:text-is("Budget B")');
      await typeInCell(page, await cellOf(page, 'Budget A', 'B'), 'Approved by finance');
      await typeInCell(page, await cellOf(page, 'Budget B', 'C'), 'Waiting for the CFO');

      await sidebar.click('button[aria-label="Remove: Budget A"]');
      expect(await sidebar.locator('.lane-label').allTextContents()).not.toContain('Budget A');
      const dialog = await rebuildConfirming(sidebar);
      expect(dialog).toContain('Budget A');
      expect(dialog).not.toContain('Budget B');

      await expect.poll(() => cellOf(page, 'Budget A', 'B').catch(() => 'gone')).toBe('gone');
      const grid = await page.textContent('.grid');
      expect(grid).toContain('Waiting for the CFO');
      expect(grid).not.toContain('Approved by finance');
      const doc = (await readBackJson(sidebar)) as ReadDoc;
      const b = doc.lanes.find((l) => l.label === 'Budget B');
      const interest = doc.stages.find((s) => s.label === 'Interest');
      expect(b && interest && doc.journeys[0]?.cells[b.id]).toEqual({
        [interest!.id]: 'Waiting for the CFO',
      });
    });
  });

  it('keeps every stage’s text in its column when the first user-chosen stage is removed', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'service-blueprint');
      await addPersona(sidebar, 'Aki');
      const names = ['Find', 'Try', 'Buy'];
      while ((await sidebar.$$('.stage-row')).length > names.length)
        await sidebar.click('.stage-row:last-child button[aria-label^="Remove:"]');
      for (const [i, name] of names.entries()) await sidebar.fill(`#stage-name-${i}`, name);
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("Aki")');
      await page.waitForSelector('td:text-is("Buy")');
      const texts = ['Searches reviews', 'Starts a trial', 'Signs the order'];
      for (const [i, text] of texts.entries())
        await typeInCell(page, await cellOf(page, 'Customer actions', 'BCD'[i]!), text);

      await sidebar.click('button[aria-label="Remove: Find"]');
      const dialog = await rebuildConfirming(sidebar);
      expect(dialog).toContain('Find');
      expect(dialog).not.toMatch(/Try|Buy/);

      // On the sheet: Try and Buy now head columns B and C, each above its own text (the page
      // draws the rebuilt grid a moment after the sidebar is done, so this waits for it).
      const header = () =>
        page.evaluate(() =>
          ['B', 'C', 'D'].map((c) => {
            const cells = [...document.querySelectorAll(`td[data-a1^="${c}"]`)];
            return cells.map((td) => td.textContent ?? '').filter((t) => /^(Find|Try|Buy)$/.test(t));
          }),
        );
      await expect.poll(header).toEqual([['Try'], ['Buy'], []]);
      expect(await page.textContent(`td[data-a1="${await cellOf(page, 'Customer actions', 'B')}"]`)).toBe(
        'Starts a trial',
      );
      expect(await page.textContent(`td[data-a1="${await cellOf(page, 'Customer actions', 'C')}"]`)).toBe(
        'Signs the order',
      );
      const doc = (await readBackJson(sidebar)) as ReadDoc;
      const lane = doc.lanes.find((l) => l.label === 'Customer actions')!;
      const cells = doc.journeys[0]?.cells[lane.id] ?? {};
      expect(Object.fromEntries(doc.stages.map((s) => [s.label, cells[s.id]]))).toEqual({
        Try: 'Starts a trial',
        Buy: 'Signs the order',
      });
    });
  });
});
