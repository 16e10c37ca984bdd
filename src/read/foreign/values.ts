/**
 * Cell values of a hand-made grid in the model's terms: an emotion row given as numbers, faces or
 * words becomes −2…+2 (a 1–5 rating is moved onto that scale), a metric row a number. When the
 * score came from text, the text is kept in a finding, so the user's words are never lost.
 */
import type { Finding } from '../findings';
import { plainNumber, scoreFromText } from './words';

export type Parsed = { value: number; finding?: 'from-text' | 'scaled' } | undefined;

/** Is this lane's numbers a 1–5 rating (every number 1..5, at least one above 2)? */
export function isFivePointScale(texts: readonly string[]): boolean {
  const numbers = texts.map(plainNumber).filter((n): n is number => n !== undefined);
  return (
    numbers.length > 0 &&
    numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 5) &&
    numbers.some((n) => n > 2)
  );
}

export function parseEmotion(text: string, fivePoint: boolean): Parsed {
  const n = plainNumber(text);
  if (n !== undefined) {
    if (fivePoint && Number.isInteger(n) && n >= 1 && n <= 5) return { value: n - 3, finding: 'scaled' };
    return Number.isInteger(n) && n >= -2 && n <= 2 ? { value: n } : undefined;
  }
  const score = scoreFromText(text);
  return score === undefined ? undefined : { value: score, finding: 'from-text' };
}

/** "1,200" → 1200, "25%" → 0.25 (the model keeps rates as fractions). */
export function parseMetric(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  const percent = t.endsWith('%');
  const n = plainNumber(percent ? t.slice(0, -1) : t);
  return n === undefined ? undefined : percent ? n / 100 : n;
}

export function emotionFinding(
  address: string,
  text: string,
  value: number,
  how: 'from-text' | 'scaled',
): Finding {
  const shown = value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
  return {
    path: address,
    code: how === 'scaled' ? 'emotion-scaled' : 'emotion-from-text',
    text,
    message:
      how === 'scaled'
        ? {
            ja: `1〜5 の評価を感情 ${shown}（−2〜+2）として読みました。`,
            en: `Read this 1–5 rating as emotion ${shown} (on −2 to +2).`,
          }
        : {
            ja: `この表記を感情 ${shown} として読みました（元の表記はここに残しています）。`,
            en: `Read as emotion ${shown} (the text as written is kept here).`,
          },
  };
}
