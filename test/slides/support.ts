/**
 * The add-on as a Slides user meets it: the built bundle on a fresh emulator with a deck open,
 * calls going through the JSON bridge, and helpers to find a persona's slides and tables.
 */
import {
  createEmulator,
  type ElementSnapshot,
  type Emulator,
  type PresentationSnapshot,
} from '../../dev/emulator';
import type { Presentation } from '../../dev/user-surface/slides';
import { type RunningBundle, runBundle } from '../support/addon';

export interface SlidesAddon extends RunningBundle {
  emu: Emulator;
  deck: Presentation;
  view(): PresentationSnapshot;
}

export function startSlidesAddon(
  options: { pageSize?: { width: number; height: number } } = {},
): SlidesAddon {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' } });
  const deck = emu.createPresentation('Journey deck', options);
  return { emu, deck, ...runBundle(emu), view: () => emu.inspectPresentation(deck)! };
}

export function journeyTables(view: PresentationSnapshot): { slide: number; table: ElementSnapshot }[] {
  return view.slides.flatMap((s, slide) =>
    s.elements
      .filter((e) => e.kind === 'table' && /journey table|ジャーニー表/.test(e.title))
      .map((table) => ({ slide, table })),
  );
}

export function texts(table: ElementSnapshot): string[][] {
  return table.cells!.map((row) => row.map((c) => c.text));
}

/** Every element's text, as a person would find it on the slides (no properties, no snapshots' extras). */
export function deckTexts(view: PresentationSnapshot): string[] {
  return view.slides.flatMap((s) =>
    s.elements.flatMap((e) => [
      ...(e.text ? [e.text.text] : []),
      ...(e.cells?.flat().map((c) => c.text) ?? []),
    ]),
  );
}

/** The element with this alt-text title on a slide (English titles). */
export function element(view: PresentationSnapshot, slide: number, title: string): ElementSnapshot {
  const found = view.slides[slide]?.elements.find((e) => e.title === title);
  if (!found) throw new Error(`No "${title}" on slide ${slide + 1}`);
  return found;
}
