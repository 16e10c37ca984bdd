/**
 * The persona card: its row labels, the text each field shows, and the way a text typed in the
 * card goes back into the persona. Shared by the Sheets plan that writes the card and the reader
 * that must recognise its labels (and only them) as structure rather than content.
 */
import { ANTI_PERSONA_BADGE, BUYING_ROLE_LABELS, PERSONA_FIELD_LABELS } from '../catalog';
import type { Problem } from '../model/problems';
import { BUYING_ROLES, type BuyingRole, type Language, type Persona } from '../model/types';
import type { CardField } from './keys';
import { LAYOUT_MESSAGES as M } from './messages';

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

/** A field's value as the model holds it ('' when empty); a buying role is its id. */
export function cardValue(persona: Persona, field: CardField): string {
  return (field === 'name' ? persona.name : persona[field]) ?? '';
}

/** What the card shows for a field: the buying role in words, the rest as typed. */
export function cardText(persona: Persona, field: CardField, language: Language): string {
  const role = field === 'buyingRole' ? persona.buyingRole : undefined;
  return role ? BUYING_ROLE_LABELS[role][language] : cardValue(persona, field);
}

/**
 * A text read from the card as the model's value: a buying role typed in either language (or as
 * its id) becomes its id; undefined when it names no role, so the reader reports it instead.
 */
export function cardValueOf(field: CardField, text: string): string | undefined {
  if (field !== 'buyingRole' || text.trim() === '') return text;
  const typed = text.trim();
  return BUYING_ROLES.find((role) => {
    const { ja, en } = BUYING_ROLE_LABELS[role];
    return typed === role || typed === ja || typed.toLowerCase() === en.toLowerCase();
  });
}

/** Puts a value read from the card into the persona: '' empties a field, never the name. */
export function setCardValue(persona: Persona, field: CardField, value: string): void {
  if (field === 'name') {
    if (value.trim() !== '') persona.name = value;
  } else if (value === '') {
    delete persona[field];
  } else if (field === 'buyingRole') {
    if ((BUYING_ROLES as readonly string[]).indexOf(value) >= 0) persona.buyingRole = value as BuyingRole;
  } else {
    persona[field] = value;
  }
}

/** The finding for a buying role the list does not have: the text is reported, not dropped. */
export function unknownBuyingRole(address: string, text: string): Problem & { text: string } {
  const names = (language: Language) => BUYING_ROLES.map((r) => BUYING_ROLE_LABELS[r][language]);
  return {
    path: address,
    code: 'not-a-buying-role',
    text,
    message: M.notABuyingRole(names('ja'), names('en')),
  };
}

/**
 * The height (pixels) a card row needs to show its whole text wrapped in `width` pixels. Sheets
 * has no call that measures text, and a merged cell's wrapped text does not reliably grow its
 * row, so the height is estimated on the generous side: a full-width (CJK) character counts one
 * em, any other 0.6 em; a tenth of each line is left for word wrapping; a line is 1.3 em high;
 * 21 px is Sheets' default row height.
 */
export function cardRowHeight(text: string, width: number, fontSizePt: number): number {
  const em = (fontSizePt * 4) / 3;
  const usable = Math.max(em, width - 8);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let advance = 0;
    for (const ch of paragraph) advance += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? em : em * 0.6;
    lines += Math.max(1, Math.ceil(advance / (usable * 0.9)));
  }
  return Math.max(21, Math.ceil(lines * em * 1.3 + 6));
}
