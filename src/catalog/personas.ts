/**
 * Persona labels in Japanese and English: the fields of the persona form and grid header, the
 * roles of a B2B buying group (6–10 people in B2B purchases) and the badge that marks an anti-persona,
 * the people we deliberately do not target (アンチペルソナ).
 */

import type { BuyingRole } from '../model/types';
import type { Label } from './types';

export const BUYING_ROLE_LABELS: Readonly<Record<BuyingRole, Label>> = {
  'decision-maker': { ja: '決裁者', en: 'Decision maker' },
  champion: { ja: '推進者（チャンピオン）', en: 'Champion' },
  researcher: { ja: '情報収集担当者', en: 'Researcher' },
  'end-user': { ja: '現場利用者', en: 'End user' },
  influencer: { ja: '影響者', en: 'Influencer' },
  other: { ja: 'その他', en: 'Other' },
};

export { PERSONA_FIELD_LABELS, type PersonaField } from '../model/persona-fields';

export const ANTI_PERSONA_BADGE: Label = {
  ja: 'アンチペルソナ（対象外）',
  en: 'Anti-persona (not a target)',
};
