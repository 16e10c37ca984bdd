/**
 * A persona from outside the model's own checks (a library entry, a remembered form) reduced to
 * the model's fields, trimmed and within the model's limits, or undefined when it has no usable id
 * or name. The server's persona libraries and the sidebar's remembered form both keep personas so.
 */
import {
  BUYING_ROLES,
  type BuyingRole,
  ID_PATTERN,
  LIMITS,
  PERSONA_TEXT_FIELDS,
  type Persona,
} from './types';

/** Trimmed text cut to `max` UTF-16 units, or undefined for anything but non-empty text. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // The model's limits count UTF-16 units; a cut must not split an emoji's surrogate pair (the
  // lone half would be stored as U+FFFD).
  const cut = trimmed.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function cleanPersona(input: unknown): Persona | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const raw = input as Record<string, unknown>;
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  const name = cleanText(raw.name, LIMITS.labelLength);
  if (!id || !name) return undefined;
  const persona: Persona = { id, name, antiPersona: raw.antiPersona === true };
  for (const field of PERSONA_TEXT_FIELDS) {
    const value = cleanText(raw[field], LIMITS.personaFieldLength);
    if (value) persona[field] = value;
  }
  if (BUYING_ROLES.includes(raw.buyingRole as BuyingRole)) persona.buyingRole = raw.buyingRole as BuyingRole;
  return persona;
}
