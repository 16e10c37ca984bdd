/**
 * Persona labels in Japanese and English: the fields of the persona form and grid header, the
 * roles of a B2B buying group (6–10 people in B2B purchases) and the badge that marks an anti-persona,
 * the people we deliberately do not target (アンチペルソナ).
 */

import type { BuyingRole, Persona } from '../model/types';
import type { Label } from './types';

export const BUYING_ROLE_LABELS: Readonly<Record<BuyingRole, Label>> = {
  'decision-maker': { ja: '決裁者', en: 'Decision maker' },
  champion: { ja: '推進者（チャンピオン）', en: 'Champion' },
  researcher: { ja: '情報収集担当者', en: 'Researcher' },
  'end-user': { ja: '現場利用者', en: 'End user' },
  influencer: { ja: '影響者', en: 'Influencer' },
  other: { ja: 'その他', en: 'Other' },
};

export type PersonaField = Exclude<keyof Persona, 'id'>;

/** In the order the persona form shows them. */
export const PERSONA_FIELD_LABELS: Readonly<Record<PersonaField, Label>> = {
  name: { ja: '名前', en: 'Name' },
  role: { ja: '役職', en: 'Title / role' },
  department: { ja: '部署', en: 'Department' },
  company: { ja: '会社', en: 'Company' },
  industry: { ja: '業種', en: 'Industry' },
  companySize: { ja: '企業規模', en: 'Company size' },
  goals: { ja: '目標', en: 'Goals' },
  challenges: { ja: '課題', en: 'Challenges' },
  informationSources: { ja: '情報源', en: 'Information sources' },
  buyingRole: { ja: '購買での役割', en: 'Buying role' },
  notes: { ja: 'メモ', en: 'Notes' },
  antiPersona: { ja: 'アンチペルソナ', en: 'Anti-persona' },
};

export const ANTI_PERSONA_BADGE: Label = {
  ja: 'アンチペルソナ（対象外）',
  en: 'Anti-persona (not a target)',
};
