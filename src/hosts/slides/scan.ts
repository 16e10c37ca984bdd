/**
 * Finds the journeys on a deck's slides and pulls out their text: each journey table with the
 * persona name, card and journey title beside it (recognised by their alt text, whatever their
 * object ids after a copy), the keys stored for it, and every other text on the slide, which the
 * reader reports rather than drops. Slides ends every non-empty text with a newline: it is cut.
 */

import { type AltRole, altRole } from '../../layout/slide-plan';
import type { KeysBox, StoredPart } from '../../read/stored';
import type { DeckStore } from './keys';
import type { PageElement, Presentation, Slide, SlidesAppService, Table } from './services';

export interface LooseText {
  /** `slide 2: text box` and the like. */
  address: string;
  text: string;
}

export interface ScannedPart {
  slide: Slide;
  slideIndex: number;
  tableId: string;
  /** Cell texts, row by row. */
  cells: string[][];
  docTitle?: string;
  name?: string;
  card?: string[][];
  stored?: StoredPart;
  box?: KeysBox;
  /** Our elements on this slide (ids), for a rebuild to remove. */
  ownIds: string[];
  /** Other text on the slide: kept and reported by the reader. */
  loose: LooseText[];
  /** Keys name another persona than the one asked for: its cells were not read (`cells` is empty). */
  unread?: true;
}

export function textOf(raw: string): string {
  return raw.endsWith('\n') ? raw.slice(0, -1) : raw;
}

export function tableTexts(table: Table): string[][] {
  const rows = table.getNumRows();
  const columns = table.getNumColumns();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => textOf(table.getCell(r, c).getText().asString())),
  );
}

function parseBox(text: string): KeysBox | undefined {
  try {
    const box = JSON.parse(text) as KeysBox;
    return box && box.v === 1 && typeof box.personaId === 'string' ? box : undefined;
  } catch {
    return undefined;
  }
}

interface Element {
  el: PageElement;
  id: string;
  kind: 'table' | 'shape' | 'line' | 'other';
  role: AltRole | undefined;
}

function classify(app: SlidesAppService, el: PageElement): Element {
  const type = el.getPageElementType();
  const kind =
    type === app.PageElementType.TABLE
      ? 'table'
      : type === app.PageElementType.SHAPE
        ? 'shape'
        : type === app.PageElementType.LINE
          ? 'line'
          : 'other';
  return { el, id: el.getObjectId(), kind, role: altRole(el.getTitle()) };
}

/**
 * Every journey table on the slide. `only`: a build looks for one persona's tables and should not
 * pay for reading the cells of tables whose keys name another persona; those are still listed
 * (marked `unread`), so that tables without keys (a copied deck), which only the reader can match
 * to a persona by name or position, are numbered as in a full read. `seen` collects every journey
 * table id met on the way.
 */
export function scanSlide(
  app: SlidesAppService,
  slide: Slide,
  slideIndex: number,
  store: DeckStore,
  only?: string,
  seen?: Set<string>,
): ScannedPart[] {
  const elements = slide.getPageElements().map((el) => classify(app, el));
  const where = `slide ${slideIndex + 1}`;
  const journeyTables = elements.filter(
    (e) => e.kind === 'table' && (store.part(e.id) || e.role === 'table'),
  );
  const parts: ScannedPart[] = [];
  const ownIds: string[] = [];
  const loose: LooseText[] = [];
  let docTitle: string | undefined;
  let name: string | undefined;
  let card: string[][] | undefined;
  let box: KeysBox | undefined;
  let shapes = 0;
  for (const e of elements) {
    if (journeyTables.includes(e)) continue;
    if (e.kind === 'line') {
      if (e.role) ownIds.push(e.id);
      continue;
    }
    if (e.kind === 'table') {
      const texts = tableTexts(e.el.asTable());
      if (e.role === 'card' && card === undefined) {
        card = texts;
        ownIds.push(e.id);
        continue;
      }
      texts.forEach((row, r) => {
        row.forEach((text, c) => {
          if (text.trim() !== '')
            loose.push({ address: `${where}: table ${e.id}, row ${r + 1}, column ${c + 1}`, text });
        });
      });
      continue;
    }
    if (e.kind !== 'shape') continue;
    shapes++;
    const text = textOf(e.el.asShape().getText().asString());
    if (e.role === 'keys' && !box) {
      box = parseBox(text);
      if (box) {
        ownIds.push(e.id);
        continue;
      }
    }
    if (e.role === 'docTitle' && docTitle === undefined) docTitle = text;
    else if (e.role === 'name' && name === undefined) name = text;
    else if (e.role === 'curve') {
      /* the emotion band: a point, or its scale's and lane's names (drawn from the table's scores) */
    } else {
      if (text.trim() !== '') loose.push({ address: `${where}: text box ${shapes}`, text });
      continue;
    }
    ownIds.push(e.id);
  }
  journeyTables.forEach((e, i) => {
    seen?.add(e.id);
    const owner = store.part(e.id)?.personaId ?? (i === 0 ? box?.personaId : undefined);
    const unread = only !== undefined && owner !== undefined && owner !== only;
    const part: ScannedPart = {
      slide,
      slideIndex,
      tableId: e.id,
      cells: unread ? [] : tableTexts(e.el.asTable()),
      ownIds: i === 0 ? [...ownIds, e.id] : [e.id],
      loose: i === 0 ? loose : [],
    };
    if (unread) part.unread = true;
    const stored = store.part(e.id);
    if (stored) part.stored = stored;
    if (i === 0) {
      if (docTitle !== undefined) part.docTitle = docTitle;
      if (name !== undefined) part.name = name;
      if (card) part.card = card;
      if (box) part.box = box;
    }
    parts.push(part);
  });
  return parts;
}

export function scanDeck(
  app: SlidesAppService,
  presentation: Presentation,
  store: DeckStore,
  only?: string,
  seen?: Set<string>,
  slideIds?: ReadonlySet<string>,
): ScannedPart[] {
  return presentation
    .getSlides()
    .flatMap((slide, i) =>
      slideIds && !slideIds.has(slide.getObjectId()) ? [] : scanSlide(app, slide, i, store, only, seen),
    );
}
