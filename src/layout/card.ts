/**
 * The persona card's row labels, shared by the Sheets plan that writes them and the reader that
 * must recognise them (and only them) as structure rather than content.
 */
import { ANTI_PERSONA_BADGE, PERSONA_FIELD_LABELS } from '../catalog';
import type { Language } from '../model/types';
import type { CardField } from './keys';

export function cardLabel(field: CardField, antiPersona: boolean, language: Language): string {
  const label = PERSONA_FIELD_LABELS[field][language];
  return field === 'name' && antiPersona ? `${label} · ${ANTI_PERSONA_BADGE[language]}` : label;
}

/** Every label a card row may show, in either language. */
export function cardLabels(field: CardField): Set<string> {
  const labels = new Set<string>();
  for (const language of ['ja', 'en'] as const) {
    for (const anti of [false, true]) labels.add(cardLabel(field, anti, language));
  }
  return labels;
}
