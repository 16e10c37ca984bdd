/**
 * What a planned slide cannot show as planned, in the words both Slides builders use (the
 * SlidesApp writer in slides/ and Send to Slides in rest/): text that overflows even at the
 * smallest size, a shortened persona card, characters Slides strips, text moved to a note box.
 * Shared host code: pure, but it speaks for the Slides host, so it sits beside build-problems.ts.
 */
import { PERSONA_FIELD_LABELS } from '../catalog';
import type { SlidePart } from '../layout/slide-plan';
import type { Language } from '../model/types';
import type { Finding } from '../read/findings';
import { HOST_MESSAGES as M } from './messages';

/** Characters Slides strips from inserted text (Google's insertText documentation). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters Slides drops.
export const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

export const FINDINGS_SLIDES = {
  overflow: (where: string): Finding => ({
    path: where,
    code: 'overflow',
    message: M.overflow,
  }),
  stripped: (where: string, text: string): Finding => ({
    path: where,
    code: 'stripped-characters',
    text,
    message: M.stripped,
  }),
  cardShortened: (where: string): Finding => ({
    path: where,
    code: 'card-shortened',
    message: M.cardShortened,
  }),
  moved: (where: string, text: string, from: string): Finding => ({
    path: where,
    code: 'moved-text',
    text,
    message: M.movedToNoteBox(from),
  }),
};

/** What a planned part's slide cannot show as planned: the open-deck and REST builders report it. */
export function partFindings(part: SlidePart, slideNumber: number, language: Language): Finding[] {
  const findings: Finding[] = [];
  if (part.overflows) findings.push(FINDINGS_SLIDES.overflow(`slide ${slideNumber}`));
  for (const field of part.card?.shortened ?? [])
    findings.push(
      FINDINGS_SLIDES.cardShortened(
        `slide ${slideNumber}: persona card, ${PERSONA_FIELD_LABELS[field][language]}`,
      ),
    );
  return findings;
}

/** Removes what Slides would strip from inserted text, saying so: the REST builder uses it too. */
export function sanitize(parts: SlidePart[], findings: Finding[]): void {
  const clean = (text: string, where: string): string => {
    const cleaned = text.replace(STRIPPED, '');
    if (cleaned !== text) findings.push(FINDINGS_SLIDES.stripped(where, text));
    return cleaned;
  };
  for (const part of parts) {
    const where = `slide part ${part.index + 1}`;
    if (part.docTitle) part.docTitle.text = clean(part.docTitle.text, where);
    part.name.text = clean(part.name.text, where);
    for (const row of [...(part.card?.cells ?? []), ...part.table.cells])
      for (const cell of row) cell.text = clean(cell.text, where);
  }
}
