/**
 * Cell values of a hand-made grid in the model's terms: an emotion row given as numbers, faces or
 * words becomes −2…+2, a metric row a number. When the score came from text, the text is kept in
 * a finding, so the user's words are never lost.
 */
import type { Finding } from '../findings';
import { READ_MESSAGES as M } from '../messages';
import { plainNumber, scoreFromText } from './words';

/** The score, and whether it was read from a face or words rather than a number. */
export function parseEmotion(text: string): { value: number; fromText?: true } | undefined {
  const n = plainNumber(text);
  if (n !== undefined) return Number.isInteger(n) && n >= -2 && n <= 2 ? { value: n } : undefined;
  const value = scoreFromText(text);
  return value === undefined ? undefined : { value, fromText: true };
}

/** "1,200" → 1200, "25%" → 0.25 (the model keeps rates as fractions). */
export function parseMetric(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  const n = plainNumber(t.replace(/%$/, ''));
  return n === undefined || !t.endsWith('%') ? n : n / 100;
}

export function emotionFinding(address: string, text: string, value: number): Finding {
  const shown = value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
  return {
    path: address,
    code: 'emotion-from-text',
    text,
    message: M.readAsEmotion(shown),
  };
}
