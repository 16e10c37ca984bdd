/**
 * Browser scenarios (Chromium) for the playground around the sidebar: the Insert and Edit menus
 * reshape the emulated Sheet and a slide's table (a row becomes a lane, a column a stage in the
 * read-back, a deleted row is gone from it), and the file Send to Slides / Send to Sheets made
 * opens in the playground from the sidebar's link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addPersona, buildAndWait, pickTemplate, readBackJson } from './actions';
import { markStale, playgroundScenarios, sidebarFrame } from './harness';

const withPlayground = playgroundScenarios();

interface ReadDoc {
  stages: { id: string; label: string }[];
  lanes: { id: string; label: string }[];
  journeys: { cells: Record<string, Record<string, unknown>> }[];
}

/** Opens a menu of the menu bar and picks a command, with the mouse. */
async function menu(page: Page, name: 'Insert' | 'Edit', action: string): Promise<void> {
  await page.click(`#menu-${name.toLowerCase()}-button`);
  await page.click(`#menu-${name.toLowerCase()} [data-action="${action}"]`);
}

/** The grid cell showing exactly `text`: its column letter and row number. */
async function cellWith(page: Page, text: string): Promise<{ column: string; row: number }> {
  const a1 = await page.getAttribute(`td.cell:text-is("${text}")`, 'data-a1');
  const match = /^([A-Z]+)(\d+)$/.exec(a1 ?? '');
  if (!match) throw new Error(`No cell shows ${text}`);
  return { column: match[1]!, row: Number(match[2]) };
}

const nextColumn = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);

/** Types into a cell: select it, type in the formula bar, Enter; waits for the grid to show it. */
async function typeAt(page: Page, a1: string, text: string): Promise<void> {
  await page.click(`td[data-a1="${a1}"]`);
  await page.fill('input.formula', text);
  await page.press('input.formula', 'Enter');
  await expect.poll(() => page.textContent(`td[data-a1="${a1}"]`)).toBe(text);
}

describe('the playground’s Insert and Edit menus (Chromium)', () => {
  it('inserts a row and a column in the sheet, which read back as a new lane and stage', async () => {
    await withPlayground(async ({ page, sidebar }) => {
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("Aki")');
      await page.waitForSelector('td.cell:text-is("Touchpoints")');

      // Nothing selected: the commands say why they cannot run.
      await page.click('#menu-insert-button');
      expect(await page.isDisabled('#menu-insert [data-action="insert-row-after"]')).toBe(true);
      expect(await page.textContent('#menu-insert')).toContain('Select a cell first');
      await page.keyboard.press('Escape');

      const touchpoints = await cellWith(page, 'Touchpoints');
      await page.click(`td[data-a1="${touchpoints.column}${touchpoints.row}"]`);
      await menu(page, 'Insert', 'insert-row-after');
      const attention = await cellWith(page, 'Attention');
      const budgetRow = touchpoints.row + 1;
      await typeAt(page, `${touchpoints.column}${budgetRow}`, 'Budget');
      await typeAt(page, `${attention.column}${budgetRow}`, 'Small');

      await page.click(`td[data-a1="${attention.column}${attention.row}"]`);
      await menu(page, 'Insert', 'insert-column-after');
      const added = nextColumn(attention.column);
      await typeAt(page, `${added}${attention.row}`, 'Comparing');
      await typeAt(page, `${added}${touchpoints.row}`, 'Reviews');

      const read = (await readBackJson(sidebar)) as ReadDoc;
      const budget = read.lanes.find((l) => l.label === 'Budget');
      const stageIndex = read.stages.findIndex((s) => s.label === 'Comparing');
      expect(budget).toBeDefined();
      expect(read.stages[stageIndex - 1]?.label).toBe('Attention');
      const cells = read.journeys[0]!.cells;
      expect(cells[budget!.id]).toEqual({ attention: 'Small' });
      expect(cells.touchpoints?.[read.stages[stageIndex]!.id]).toBe('Reviews');

      // Edit → Delete row takes the lane away again.
      await page.click(`td[data-a1="${touchpoints.column}${budgetRow}"]`);
      await menu(page, 'Edit', 'delete-row');
      await page.waitForSelector('td.cell:text-is("Budget")', { state: 'detached' });
      const again = (await readBackJson(sidebar)) as ReadDoc;
      expect(again.lanes.map((l) => l.label)).not.toContain('Budget');
    });
  });

  it('inserts a row in a slide’s table with the keyboard, read back as a new lane', async () => {
    await withPlayground(async ({ page }) => {
      await markStale(await sidebarFrame(page));
      await page.click('.switcher button:text-is("Slides")');
      const sidebar = await sidebarFrame(page, 'presentation');
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await buildAndWait(sidebar, 1);
      const table = '.slide-table-cell[data-table-title$="journey table"]';
      await page.waitForSelector(table);
      const rows = async () =>
        new Set(
          await page.$$eval(table, (cells) => cells.map((c) => c.getAttribute('data-cell')!.split(':')[0])),
        ).size;
      const before = await rows();

      // Row 1 is the first lane; a row below it, then a lane name and a cell typed into it.
      await page.click(`${table}[data-cell="1:0"]`);
      // Selecting a cell puts the caret in the formula bar a moment later: let it land before the
      // keyboard goes to the menu (menus close when focus leaves them).
      await page.waitForFunction(() => document.activeElement?.classList.contains('formula'));
      await page.focus('#menu-insert-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#menu-insert [data-action="insert-row-before"]:focus');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(rows).toBe(before + 1);
      for (const [cell, text] of [
        ['2:0', 'Budget'],
        ['2:1', 'Small'],
      ] as const) {
        await page.click(`${table}[data-cell="${cell}"]`);
        await page.fill('input.formula', text);
        await page.press('input.formula', 'Enter');
        await expect.poll(() => page.textContent(`${table}[data-cell="${cell}"]`)).toBe(text);
      }
      const read = (await readBackJson(sidebar)) as ReadDoc;
      const budget = read.lanes.find((l) => l.label === 'Budget');
      expect(read.lanes.indexOf(budget!)).toBe(1);
      expect(read.journeys[0]!.cells[budget!.id]).toEqual({ attention: 'Small' });

      // A column deleted from the table is a stage the read-back no longer has.
      await page.click(`${table}[data-cell="0:5"]`);
      await menu(page, 'Edit', 'delete-column');
      const after = (await readBackJson(sidebar)) as ReadDoc;
      expect(after.stages.map((s) => s.label)).toEqual(['Attention', 'Interest', 'Search', 'Action']);
    });
  });
});

describe('files the add-on sends (Chromium)', () => {
  it('opens the deck Send to Slides made, and from it the spreadsheet Send to Sheets made', async () => {
    await withPlayground(async ({ page, sidebar, playground }) => {
      /** The emulated Drive's name for the file a sidebar link points to. */
      const fileNamed = async (link: { getAttribute(name: string): Promise<string | null> }) => {
        const id = /\/d\/([^/]+)/.exec((await link.getAttribute('href')) ?? '')?.[1] ?? '';
        return playground.session().emu.drive.get(decodeURIComponent(id))?.name;
      };
      await pickTemplate(sidebar, 'aisas');
      await addPersona(sidebar, 'Aki');
      await sidebar.click('#send');
      const link = await sidebar.waitForSelector('[data-testid="sent"] a');
      expect(await page.textContent('[data-testid="doc-name"]')).toBe('Journey playground');
      const deckName = await fileNamed(link);
      expect(deckName).toBeTruthy();
      await markStale(sidebar);
      await link.click();

      // The new deck is on screen, with the journey on its slides, and the sidebar opens on it.
      await page.waitForSelector('.doc-icon.slides');
      expect(await page.textContent('[data-testid="doc-name"]')).toBe(deckName);
      await page.waitForSelector('.slide-table-cell');
      expect(await page.textContent('.slides-pane')).toContain('Attention');
      expect(await page.textContent('.slides-pane')).toContain('Aki');
      const onDeck = await sidebarFrame(page, 'presentation');

      await onDeck.click('#send');
      const back = await onDeck.waitForSelector('[data-testid="sent"] a');
      const sheetName = await fileNamed(back);
      await markStale(onDeck);
      await back.click();
      await page.waitForSelector('.doc-icon.sheets');
      await page.waitForSelector('.tab:text-is("Aki")');
      expect(await page.textContent('[data-testid="doc-name"]')).toBe(sheetName);
      await sidebarFrame(page, 'spreadsheet');
    });
  });
});
