/**
 * The emotion lane's scale, shown after its label in Sheets ("感情（−2 〜 +2）") so a reader of
 * the sheet, its print or the chart's legend sees what the numbers mean without hovering for the
 * note. The scale is layout, not the lane's name: the reader takes it off again.
 */
import type { Language } from '../model/types';

/** Appended to the label: full-width brackets in Japanese, a space and brackets in English. */
export const EMOTION_SCALE = { ja: '（−2 〜 +2）', en: ' (−2 to +2)' } as const;

/** The label cell's text: the lane's label, then its scale. */
export function withEmotionScale(label: string, language: Language): string {
  return `${label}${EMOTION_SCALE[language]}`;
}

/** A label cell's text without the scale the builder added (in either language). */
export function stripEmotionScale(text: string): string {
  for (const scale of [EMOTION_SCALE.ja, EMOTION_SCALE.en]) {
    const at = text.length - scale.length;
    if (at >= 0 && text.lastIndexOf(scale) === at) return text.slice(0, at);
  }
  return text;
}
