/**
 * Messages of the catalog layer (a new document's form checked before it is built), in Japanese and
 * English: one entry each, typed so that a message without both languages does not compile.
 * Messages with values are functions. (Frameworks, lanes and hints are content, in their own files.)
 */
import type { Messages } from '../model/problems';
import { LIMITS } from '../model/types';

export const CATALOG_MESSAGES = {
  nameRequired: (what: { ja: string; en: string }) => ({
    ja: `${what.ja}に名前を入力してください。`,
    en: `${what.en} needs a name.`,
  }),
  nameTooLong: (what: { ja: string; en: string }) => ({
    ja: `${what.ja}の名前は${LIMITS.labelLength}文字以内にしてください。`,
    en: `The name of ${what.en.toLowerCase()} must be at most ${LIMITS.labelLength} characters.`,
  }),
  stagesFixed: (framework: { name: { ja: string; en: string } }) => ({
    ja: `「${framework.name.ja}」のステージは決まっているため、置き換えられません。`,
    en: `The stages of "${framework.name.en}" are fixed and cannot be replaced.`,
  }),
  stagesRequired: {
    ja: 'ステージを1つ以上入力してください。',
    en: 'Enter at least one stage.',
  },
  unknownLane: (shown: string) => ({
    ja: `レーン「${shown}」はレーン一覧にありません。`,
    en: `There is no lane "${shown}" in the lane library.`,
  }),
  duplicateLane: (def: { label: { ja: string; en: string } }) => ({
    ja: `レーン「${def.label.ja}」が2回選ばれています。`,
    en: `The lane "${def.label.en}" is chosen twice.`,
  }),
  unknownKind: (what: { ja: string; en: string }) => ({
    ja: `${what.ja}の種類は、テキスト・感情・数値（text・emotion・metric）のいずれかにしてください。`,
    en: `${what.en} must hold text, an emotion score or a number (kind text, emotion or metric).`,
  }),
  lanesRequired: {
    ja: 'レーンを1つ以上選んでください。',
    en: 'Choose at least one lane.',
  },
  personasRequired: {
    ja: 'ペルソナを1人以上追加してください。',
    en: 'Add at least one persona.',
  },
  personaNameRequired: (i: number) => ({
    ja: `${i + 1}人目のペルソナに名前を入力してください。`,
    en: `Persona ${i + 1} needs a name.`,
  }),
  unknownLanguage: (shown: string) => ({
    ja: `言語は ja（日本語）か en（英語）にしてください（「${shown}」は使えません）。`,
    en: `The language must be "ja" (Japanese) or "en" (English), not "${shown}".`,
  }),
  unknownFramework: (shown: string) => ({
    ja: `フレームワーク「${shown}」はありません。テンプレートの一覧から選んでください。`,
    en: `There is no framework "${shown}". Choose one from the template list.`,
  }),
} satisfies Messages;
