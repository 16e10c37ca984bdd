/**
 * The names of a persona's fields as people read them, in Japanese and English: the persona form
 * and card show them, and the model's own messages use them instead of internal field names.
 */
import type { Persona } from './types';

export type PersonaField = Exclude<keyof Persona, 'id'>;

/** In the order the persona form shows them. */
export const PERSONA_FIELD_LABELS: Readonly<Record<PersonaField, { ja: string; en: string }>> = {
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
