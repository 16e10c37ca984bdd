/**
 * How Sheets interprets text entered into a cell, both typed by a person and written by a script:
 * Apps Script's setValue/setValues parse strings the same way the UI does, which is why "=1+1"
 * becomes a formula, "25%" becomes 0.25 with a percent format and "007" becomes 7. A leading
 * apostrophe keeps the text as text (the apostrophe is not part of the value). A cell formatted
 * as plain text (`@`) takes every entry literally, a leading apostrophe included (our reading of
 * "plain text": nothing is interpreted). Dates are recognised only in ISO form (yyyy-mm-dd); other
 * locale-specific date and currency forms stay text here.
 */
import type { Scalar } from './cell';
import { isGeneralFormat, scalesToPercent } from './format';

export interface ParsedInput {
  /** Undefined for an empty entry (the cell is cleared). */
  value?: Scalar;
  formula?: string;
  /** The number format Sheets applies automatically (a percent entry: see parseInput). */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseInput(text: string, numberFormat: string | undefined): ParsedInput {
  if (text === '') return {};
  // A plain-text cell keeps even "=…" as text, in the UI and for scripts alike.
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const general = isGeneralFormat(numberFormat);
  const t = text.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) {
    return {
      value: Number(t.replace(/,/g, '')),
      ...(general ? { autoFormat: t.includes('.') ? '#,##0.00' : '#,##0' } : {}),
    };
  }
  const pct = PERCENT.exec(t);
  if (pct?.[1]) {
    const value = Number(pct[1]) / 100;
    // ASSUMPTION (conformance scenario sheets-typed-percent): an entry with "%" shows as a
    // percentage, so a cell whose own format would not show one (0.0"%", 0.00) takes a percent
    // format too; a format that already scales by 100 stays.
    const keeps = !general && numberFormat !== undefined && scalesToPercent(numberFormat);
    return { value, ...(keeps ? {} : { autoFormat: pct[1].includes('.') ? '0.00%' : '0%' }) };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(y, m - 1, d);
    if (date.getMonth() === m - 1 && date.getDate() === d) {
      return { value: date, ...(general ? { autoFormat: 'yyyy-mm-dd' } : {}) };
    }
  }
  return { value: text };
}
