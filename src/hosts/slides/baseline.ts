/**
 * What "edited" means on a rebuild, for the labels, title and persona card a deck shows: a
 * three-way comparison of the deck now, what the last build drew there, and what the form held at
 * that build (kept as short digests with the first slide's keys). Text changed on the slides wins;
 * else a form changed since the last build wins; else nothing changed in the form, and the slides'
 * text stays, so pressing Build twice with the same form never reverts an edit made on a slide.
 *
 * The shared merge (read/rebuild.ts) compares the deck with one baseline: the base handed to it
 * says "drawn" where the form changed and, where it did not, a value no slide can show, so the
 * deck's text is the one kept.
 */
import { CARD_FIELDS, type CardField } from '../../layout/keys';
import type { JourneyDocument, Persona } from '../../model/types';
import type { DocumentSkeleton } from '../../read/raw';
import type { TableReading } from '../../read/read-table';
import type { RebuildBase } from '../../read/rebuild';
import type { FormDigests } from '../../read/stored';

/** Slides strips U+0000 from every text (Google's insertText documentation): no slide shows it. */
const NEVER_SHOWN = '\u0000';

/** FNV-1a over UTF-16 units, with the length: tells "the same as then" from "changed", no more. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}.${hash.toString(36)}`;
}

function cardValue(persona: Persona, field: CardField): string {
  return (field === 'name' ? persona.name : persona[field]) ?? '';
}

/** The title drawn came from the deck (typed there, kept by a rebuild), not from the form. */
export function titleKept(title: string, form: FormDigests | undefined): boolean {
  return form !== undefined && digest(title) !== form.title;
}

export function formDigests(doc: JourneyDocument, persona: Persona): FormDigests {
  const card: Partial<Record<CardField, string>> = {};
  for (const field of CARD_FIELDS) card[field] = digest(cardValue(persona, field));
  const labels = (items: readonly { id: string; label: string }[]) => {
    const out: Record<string, string> = Object.create(null);
    for (const item of items) out[item.id] = digest(item.label);
    return out;
  };
  return { title: digest(doc.title), card, stages: labels(doc.stages), lanes: labels(doc.lanes) };
}

/**
 * The base to merge with. `drawn` is what the last build drew (labels, title, persona); `form` the
 * digests of that build's form (absent for decks built before they were kept: the form then wins
 * over any text the slides still show as drawn).
 */
export function mergeBase(
  drawn: { skeleton: DocumentSkeleton; persona: Persona },
  form: FormDigests | undefined,
  doc: JourneyDocument,
  persona: Persona,
  reading: TableReading,
): RebuildBase {
  /** The baseline for one value: "drawn" unless the form kept its value and the slide's differs. */
  const base = (
    drawnValue: string,
    formNow: string,
    before: string | undefined,
    inDeck: string | undefined,
  ) =>
    form && inDeck !== undefined && inDeck !== formNow && before === digest(formNow)
      ? NEVER_SHOWN
      : drawnValue;
  const relabel = <T extends { id: string; label: string }>(
    items: readonly T[],
    now: readonly T[],
    before: Record<string, string> | undefined,
    read: readonly T[],
  ): T[] =>
    items.map((item) => {
      const formNow = now.find((n) => n.id === item.id)?.label;
      if (formNow === undefined) return item;
      const inDeck = read.find((r) => r.id === item.id)?.label;
      return { ...item, label: base(item.label, formNow, before?.[item.id], inDeck) };
    });
  const basePersona: Persona = { ...drawn.persona };
  for (const field of CARD_FIELDS) {
    const value = base(
      cardValue(drawn.persona, field),
      cardValue(persona, field),
      form?.card[field],
      reading.card[field],
    );
    if (field === 'name') basePersona.name = value;
    // Object.assign: a buying role's base is its id, a string of the role type.
    else Object.assign(basePersona, { [field]: value });
  }
  const skeleton = drawn.skeleton;
  return {
    persona: basePersona,
    skeleton: {
      ...skeleton,
      title: base(skeleton.title, doc.title, form?.title, reading.title),
      stages: relabel(skeleton.stages, doc.stages, form?.stages, reading.stages),
      lanes: relabel(skeleton.lanes, doc.lanes, form?.lanes, reading.lanes),
    },
  };
}
