/**
 * Browser scenario (Chromium): a marketer fills every field of the persona form in the sidebar,
 * builds, and reads the persona card in the playground's sheet: every field is there, labelled,
 * wrapped inside the grid's width and shown whole (nothing cut at the grid's edge or the cell's
 * bottom); the emotion row shows its scale.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYING_ROLE_LABELS, PERSONA_FIELD_LABELS } from '../../src/catalog';
import { addPersona, buildAndWait, pickTemplate } from './actions';
import { launchBrowser, openPlayground, screenshot } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const CHALLENGES = '既存システムとの連携が難しく、部門ごとに別々のツールが使われている。'
  .repeat(7)
  .slice(0, 210);

/** The persona form's text fields as a thorough marketer fills them (Japanese UI). */
const FIELDS: Record<string, string> = {
  role: '情報システム部長',
  department: '情報システム部',
  company: '株式会社サンプル',
  industry: '製造業',
  companySize: '従業員 1,000〜5,000 名',
  goals: '社内の問い合わせ対応を半分にする',
  challenges: CHALLENGES,
  informationSources: '業界紙、展示会、同業他社の情報システム部長',
  notes: '四半期ごとに予算を見直す',
};

async function fillPersona(sidebar: Frame): Promise<void> {
  await sidebar.click('.persona-form .persona-details summary');
  for (const [field, value] of Object.entries(FIELDS))
    await sidebar.fill(`.persona-form [id$="-${field}"]`, value);
  await sidebar.selectOption('.persona-form [id$="-buyingRole"]', 'decision-maker');
}

describe('the persona card in the sheet (Chromium)', () => {
  it('shows every filled persona field, wrapped within the grid and whole', async () => {
    const scenario = await openPlayground(browser, { locale: 'ja' });
    const { page, sidebar } = scenario;
    try {
      await pickTemplate(sidebar, 'btob-6');
      await sidebar.selectOption('#template-language', 'ja');
      await addPersona(sidebar, '田中 部長');
      await fillPersona(sidebar);
      await buildAndWait(sidebar, 1);
      await page.click('.tab:text-is("田中 部長")');
      await page.waitForSelector('td[data-a1="B2"]:text("田中 部長")');

      // The grid's right edge: the last stage header cell's (the header row is the last frozen one).
      const gridRight = await page.evaluate(() => {
        const header = [...document.querySelectorAll<HTMLElement>('td.frozen-row-cell')].filter(
          (td) => getComputedStyle(td).backgroundColor === 'rgb(26, 115, 232)',
        );
        return Math.max(...header.map((td) => td.getBoundingClientRect().right));
      });
      expect(gridRight).toBeGreaterThan(0);

      const expected: [string, string][] = [
        [PERSONA_FIELD_LABELS.name.ja, '田中 部長'],
        ...Object.entries(FIELDS).map(([field, value]): [string, string] => [
          PERSONA_FIELD_LABELS[field as keyof typeof PERSONA_FIELD_LABELS].ja,
          value,
        ]),
        [PERSONA_FIELD_LABELS.buyingRole.ja, BUYING_ROLE_LABELS['decision-maker'].ja],
      ];
      for (const [label, value] of expected) {
        // The card row: its label in column A, its value in column B of the same row.
        const row = await page.evaluate((text) => {
          const cell = [...document.querySelectorAll<HTMLElement>('td[data-a1^="A"]')].find(
            (td) => td.textContent === text,
          );
          return cell?.dataset.a1?.slice(1) ?? '';
        }, label);
        expect(row, label).not.toBe('');
        const box = page.locator(`td[data-a1="B${row}"]`);
        await expect.poll(() => box.textContent(), { timeout: 5_000 }).toBe(value);
        expect(await box.isVisible(), label).toBe(true);
        const look = await box.evaluate((td) => {
          const rect = td.getBoundingClientRect();
          const style = getComputedStyle(td);
          // The text's own extent: a range over the cell's text, line boxes and all.
          const range = document.createRange();
          range.selectNodeContents(td);
          const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
          return {
            whiteSpace: style.whiteSpace,
            right: rect.right,
            left: rect.left,
            textRight: range.getBoundingClientRect().right,
            textBottom: range.getBoundingClientRect().bottom,
            bottom: rect.bottom,
            lineCount: new Set(lines).size,
          };
        });
        // Wrapped, and inside the grid's width: the cell and every line of its text.
        expect(look.whiteSpace, label).toBe('pre-wrap');
        expect(look.right, label).toBeLessThanOrEqual(gridRight + 1);
        expect(look.textRight, label).toBeLessThanOrEqual(look.right + 1);
        // Whole: the last line ends above the cell's bottom edge.
        expect(look.textBottom, label).toBeLessThanOrEqual(look.bottom + 1);
        if (value === CHALLENGES) expect(look.lineCount, 'the long challenge wraps').toBeGreaterThan(1);
      }

      // The emotion row states its scale.
      await page.waitForSelector('td[data-a1^="A"]:text("（−2 〜 +2）")');
      await screenshot(page, 'sheets-persona-card');
    } finally {
      await scenario.close();
    }
  });
});
