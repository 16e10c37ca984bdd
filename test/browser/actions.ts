/**
 * What a user does in the playground, shared by the browser scenarios: pick a template, add a
 * persona, build and wait, type into a cell of the grid, read back; and, on the emulated Drive,
 * what somebody else does (place a file the add-on then finds in its list).
 */
import type { Frame, Page } from 'playwright-core';
import type { Playground } from '../../dev/playground/server';
import { APP_PROPERTY_KIND, APP_PROPERTY_SOURCE } from '../../src/share/files';

export async function pickTemplate(sidebar: Frame, id: string): Promise<void> {
  await sidebar.click(`.card[data-framework="${id}"]`);
  await sidebar.waitForSelector(`.gallery-folded .card[data-framework="${id}"]`);
}

export async function addPersona(sidebar: Frame, name: string): Promise<void> {
  await sidebar.click('#add-persona');
  const inputs = await sidebar.$$('.persona-form input[id$="-name"]');
  const input = inputs[inputs.length - 1];
  if (!input) throw new Error('No persona name field appeared');
  await input.fill(name);
}

/** Waits until no action is running in the sidebar. */
export async function idle(sidebar: Frame): Promise<void> {
  await sidebar.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'));
}

export async function buildAndWait(sidebar: Frame, personas: number): Promise<void> {
  await sidebar.click('#build');
  await sidebar.waitForFunction(
    (n) =>
      document.querySelectorAll('.results li').length === n &&
      !document.querySelector('main[aria-busy="true"]'),
    personas,
  );
}

export async function readBackJson(sidebar: Frame): Promise<unknown> {
  await sidebar.click('#read-back');
  await idle(sidebar);
  const pre = await sidebar.waitForSelector('[data-testid="readback-json"]');
  return JSON.parse((await pre.textContent()) ?? 'null');
}

/** Types into a cell of the playground grid the way a user does: click the cell, type, Enter. */
export async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await page.click(`td[data-a1="${a1}"]`);
  await page.fill('input.formula', text);
  await page.press('input.formula', 'Enter');
  await page.waitForFunction(
    ([cell, value]) => document.querySelector(`td[data-a1="${cell}"]`)?.textContent === value,
    [a1, text] as const,
  );
}

export async function gridText(page: Page, a1: string): Promise<string> {
  return (await page.textContent(`td[data-a1="${a1}"]`)) ?? '';
}

/**
 * A JSON file in the user's Drive carrying Journey Grid's marks, as if the add-on had saved it and
 * someone had then changed it by hand: it is listed by "Open from Drive" and readable.
 */
export function placeDriveJourney(playground: Playground, name: string, content: string): string {
  const { blobs } = playground.session().emu;
  const file = blobs.addForeign(name, content);
  file.appProperties = { [APP_PROPERTY_KIND]: 'document', [APP_PROPERTY_SOURCE]: `hand-edited:${file.id}` };
  blobs.grantAccess(file.id);
  return file.id;
}

/**
 * The persona names of the form the server remembers for the user (what a reopened sidebar shows):
 * the sidebar saves the form a moment after the last change, so scenarios wait on this instead of
 * a pause.
 */
export function rememberedPersonaNames(playground: Playground): string[] {
  const answer = playground.session().rpc('loadSidebar', []) as {
    ok: boolean;
    value?: { choices: { personas: { name: string }[] } | null };
  };
  return answer.value?.choices?.personas.map((p) => p.name) ?? [];
}
