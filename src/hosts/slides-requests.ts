/**
 * "Send to Slides": the `presentations.batchUpdate` requests that draw a whole journey document in
 * a new deck, built from the same slide plan the SlidesApp writer draws (src/layout/slide-plan.ts), so
 * a deck made here looks and reads back like one built in the open deck. Pure: no service call.
 *
 * Where the API batches, requests cover ranges (one cell-fill request per rectangle of equal
 * fills); text and its style are per cell, as the API has no ranged text style in tables. Only
 * what differs from a new element's own look is styled, like the SlidesApp writer. A deck made
 * through the API cannot get document properties from the add-on, so each slide carries its keys
 * in a text box parked beside the page (slides/keys.ts, "keys box"), which the reader accepts.
 */

import type { slides_v1 } from '@googleapis/slides';
import {
  ALT,
  BAND_RULE,
  BAND_ZERO,
  type Box,
  PAGE,
  partKeys,
  planSlides,
  type Segment,
  type SlideCell,
  type SlidePart,
  type SlideStyle,
  type TextBox,
  tableDescription,
} from '../layout/slide-plan';
import { planTable } from '../layout/table';
import type { JourneyDocument, Language, Persona } from '../model/types';
import type { Finding } from '../read/findings';
import { skeletonOf } from '../read/raw';
import type { KeysBox } from '../read/stored';
import type { SlidesRequest } from './rest-services';
import { partFindings, STRIPPED, sanitize } from './slide-findings';

export interface DeckRequests {
  /** One group per persona (its slides, in order), then the deletion of the deck's own slides. */
  groups: SlidesRequest[][];
  /** The new slides' object ids, in order. */
  slideIds: string[];
  findings: Finding[];
}

type CellLocation = { rowIndex: number; columnIndex: number };

const CURVE_COLOR = '#1a73e8';
const LOW_SCORE_COLOR = '#d93025';

function pt(magnitude: number) {
  return { magnitude, unit: 'PT' };
}

/** "#1a73e8" → the API's 0–1 channels. */
export function rgb(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

function solid(hex: string) {
  return { solidFill: { color: { rgbColor: rgb(hex) } } };
}

function placed(pageObjectId: string, box: Box, flip = { x: 1, y: 1 }) {
  return {
    pageObjectId,
    size: { width: pt(box.width), height: pt(box.height) },
    transform: { scaleX: flip.x, scaleY: flip.y, translateX: box.left, translateY: box.top, unit: 'PT' },
  };
}

/**
 * Text style and alignment: the size always (a deck's theme decides a new text's size, so a size
 * the layout relies on is set, never assumed), the rest only where it differs from a new text's own.
 */
function styleRequests(objectId: string, style: SlideStyle, cellLocation?: CellLocation): SlidesRequest[] {
  const at = cellLocation ? { objectId, cellLocation } : { objectId };
  const textStyle: slides_v1.Schema$TextStyle = {};
  const fields: string[] = [];
  textStyle.fontSize = pt(style.fontSize);
  fields.push('fontSize');
  if (style.bold) {
    textStyle.bold = true;
    fields.push('bold');
  }
  if (style.italic) {
    textStyle.italic = true;
    fields.push('italic');
  }
  if (style.color) {
    textStyle.foregroundColor = { opaqueColor: { rgbColor: rgb(style.color) } };
    fields.push('foregroundColor');
  }
  const out: SlidesRequest[] = [];
  if (fields.length > 0)
    out.push({
      updateTextStyle: { ...at, style: textStyle, textRange: { type: 'ALL' }, fields: fields.join(',') },
    });
  if (style.align !== 'START')
    out.push({
      updateParagraphStyle: {
        ...at,
        style: { alignment: style.align },
        textRange: { type: 'ALL' },
        fields: 'alignment',
      },
    });
  return out;
}

function altText(objectId: string, title: string, description = ''): SlidesRequest {
  return { updatePageElementAltText: description ? { objectId, title, description } : { objectId, title } };
}

function textBox(
  pageId: string,
  objectId: string,
  planned: TextBox,
  alt: { ja: string; en: string },
  language: Language,
): SlidesRequest[] {
  const out: SlidesRequest[] = [
    { createShape: { objectId, shapeType: 'TEXT_BOX', elementProperties: placed(pageId, planned.box) } },
  ];
  if (planned.text !== '') {
    out.push({ insertText: { objectId, text: planned.text, insertionIndex: 0 } });
    out.push(...styleRequests(objectId, planned.style));
  }
  out.push(altText(objectId, alt[language]));
  return out;
}

/** Rectangles of equal fill: runs along each row, extended down while the rows below repeat them. */
export function fillRectangles(
  cells: readonly (readonly SlideCell[])[],
): { row: number; column: number; rows: number; columns: number; fill: string }[] {
  const taken = cells.map((row) => row.map(() => false));
  const out: { row: number; column: number; rows: number; columns: number; fill: string }[] = [];
  cells.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const fill = row[c]!.style.fill;
      if (!fill || taken[r]![c]) {
        c++;
        continue;
      }
      let width = 1;
      while (c + width < row.length && row[c + width]!.style.fill === fill && !taken[r]![c + width]) width++;
      let height = 1;
      const sameBelow = (rr: number) =>
        rr < cells.length &&
        Array.from({ length: width }, (_, k) => c + k).every(
          (cc) => cells[rr]![cc]!.style.fill === fill && !taken[rr]![cc],
        );
      while (sameBelow(r + height)) height++;
      for (let rr = r; rr < r + height; rr++) for (let cc = c; cc < c + width; cc++) taken[rr]![cc] = true;
      out.push({ row: r, column: c, rows: height, columns: width, fill });
      c += width;
    }
  });
  return out;
}

function tableRequests(
  pageId: string,
  objectId: string,
  box: Box,
  cells: readonly SlideCell[][],
): SlidesRequest[] {
  const out: SlidesRequest[] = [
    {
      createTable: {
        objectId,
        elementProperties: placed(pageId, box),
        rows: cells.length,
        columns: cells[0]!.length,
      },
    },
  ];
  for (const rect of fillRectangles(cells)) {
    out.push({
      updateTableCellProperties: {
        objectId,
        tableRange: {
          location: { rowIndex: rect.row, columnIndex: rect.column },
          rowSpan: rect.rows,
          columnSpan: rect.columns,
        },
        tableCellProperties: { tableCellBackgroundFill: solid(rect.fill) },
        fields: 'tableCellBackgroundFill.solidFill.color',
      },
    });
  }
  cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.text === '') return;
      const cellLocation = { rowIndex: r, columnIndex: c };
      out.push({ insertText: { objectId, cellLocation, text: cell.text, insertionIndex: 0 } });
      out.push(...styleRequests(objectId, cell.style, cellLocation));
    });
  });
  return out;
}

/** A straight line from (x1, y1) to (x2, y2): the API draws from the box's corner, flipped as needed. */
function lineRequests(
  pageId: string,
  objectId: string,
  s: Segment,
  look: { weight: number; dash: 'SOLID' | 'DASH'; color: string },
  title: string,
): SlidesRequest[] {
  const box = { left: s.x1, top: s.y1, width: Math.abs(s.x2 - s.x1), height: Math.abs(s.y2 - s.y1) };
  const flip = { x: s.x2 < s.x1 ? -1 : 1, y: s.y2 < s.y1 ? -1 : 1 };
  return [
    { createLine: { objectId, category: 'STRAIGHT', elementProperties: placed(pageId, box, flip) } },
    {
      updateLineProperties: {
        objectId,
        lineProperties: { weight: pt(look.weight), dashStyle: look.dash, lineFill: solid(look.color) },
        fields: 'weight,dashStyle,lineFill.solidFill.color',
      },
    },
    altText(objectId, title),
  ];
}

/** Points: the keys box is data beside the page, not for reading. */
const KEYS_FONT_SIZE = 6;

const KEYS_NOTE = {
  ja: 'Journey Grid がこのスライドを読み込むためのデータです。スライドの横に置いたままにしてください。',
  en: 'What Journey Grid needs to read this slide back. Leave it beside the slide.',
} as const;

/** Where a part's element ids come from: `<slideId>_<name>`, as partRequests names them. */
export function partObjectId(slideId: string, name: string): string {
  return `${slideId}_${name}`;
}

/**
 * One slide's requests. In a new deck (`open` absent) the slide is appended and its keys go in a
 * box beside the page; in the open deck (`open`, slides/direct-build.ts) it is inserted at
 * `insertionIndex` and the keys go in document properties, as the SlidesApp writer keeps them.
 * With `open.ids` the part goes on the existing slide `slideId` (a rebuild, slides/direct-rebuild.ts):
 * no slide is created, and the elements' ids start with `ids`, which that slide cannot hold yet.
 */
export function partRequests(
  doc: JourneyDocument,
  persona: Persona,
  part: SlidePart,
  slideId: string,
  hints: boolean,
  open?: { insertionIndex: number } | { ids: string },
): SlidesRequest[] {
  const language = doc.language;
  const onSlide = open && 'ids' in open ? open.ids : undefined;
  const id = (name: string) => partObjectId(onSlide ?? slideId, name);
  const out: SlidesRequest[] = [];
  if (onSlide === undefined)
    out.push({
      createSlide: {
        objectId: slideId,
        ...(open && 'insertionIndex' in open ? { insertionIndex: open.insertionIndex } : {}),
        slideLayoutReference: { predefinedLayout: 'BLANK' },
      },
    });
  if (part.docTitle) out.push(...textBox(slideId, id('title'), part.docTitle, ALT.docTitle, language));
  out.push(...textBox(slideId, id('name'), part.name, ALT.name, language));
  if (part.card) {
    const box = { ...part.card.box, height: part.card.insertHeight };
    out.push(...tableRequests(slideId, id('card'), box, part.card.cells));
    out.push(altText(id('card'), ALT.card[language]));
  }
  const t = part.table;
  const tableId = id('table');
  out.push(...tableRequests(slideId, tableId, { ...t.box, height: t.insertHeight }, t.cells));
  const lanes = t.rows.filter((r) => r.kind === 'lane').length;
  out.push(
    altText(
      tableId,
      ALT.table[language],
      tableDescription(persona.name, t.cells[0]!.length - 1, lanes, language),
    ),
  );
  part.bands.forEach((band, b) => {
    for (const { score, segment } of band.rules) {
      const look = {
        weight: score === 0 ? 1 : 0.5,
        dash: 'SOLID' as const,
        color: score === 0 ? BAND_ZERO : BAND_RULE,
      };
      out.push(...lineRequests(slideId, id(`band${b}_rule${score + 2}`), segment, look, ALT.curve[language]));
    }
    band.labels.forEach((label, i) => {
      out.push(...textBox(slideId, id(`band${b}_label${i}`), label, ALT.curve, language));
    });
  });
  part.curves.forEach((curve, c) => {
    curve.segments.forEach((s, i) => {
      out.push(
        ...lineRequests(
          slideId,
          id(`curve${c}_${i}`),
          s,
          { weight: 2, dash: 'SOLID', color: CURVE_COLOR },
          ALT.curve[language],
        ),
      );
    });
    curve.points.forEach((p, i) => {
      const dot = id(`dot${c}_${i}`);
      out.push(
        {
          createShape: {
            objectId: dot,
            shapeType: 'ELLIPSE',
            elementProperties: placed(slideId, { left: p.x - 3, top: p.y - 3, width: 6, height: 6 }),
          },
        },
        {
          updateShapeProperties: {
            objectId: dot,
            shapeProperties: { shapeBackgroundFill: solid(p.score < 0 ? LOW_SCORE_COLOR : CURVE_COLOR) },
            fields: 'shapeBackgroundFill.solidFill.color',
          },
        },
        altText(dot, ALT.curve[language]),
      );
    });
  });
  if (open) return out;
  const keys: KeysBox = {
    v: 1,
    personaId: persona.id,
    part: part.index,
    parts: part.count,
    hints,
    ...partKeys(part),
    skeleton: skeletonOf(doc),
    persona,
  };
  const keysId = id('keys');
  out.push(
    {
      createShape: {
        objectId: keysId,
        shapeType: 'TEXT_BOX',
        // Beside the page: not shown in the presentation, still there for the reader.
        elementProperties: placed(slideId, { left: PAGE.width + 20, top: 0, width: 200, height: 100 }),
      },
    },
    { insertText: { objectId: keysId, text: keysText(keys), insertionIndex: 0 } },
    // Small and sized, like every text drawn: the theme's size would make the box spill far.
    {
      updateTextStyle: {
        objectId: keysId,
        style: { fontSize: pt(KEYS_FONT_SIZE) },
        textRange: { type: 'ALL' },
        fields: 'fontSize',
      },
    },
    altText(keysId, ALT.keys[language], KEYS_NOTE[language]),
  );
  return out;
}

/**
 * The keys box's JSON, safe from what Slides strips from inserted text: JSON already escapes
 * control characters, and the other stripped ones (private-use characters a persona name or label
 * may hold) are escaped the same way, so the keys read back exactly as written.
 */
export function keysText(keys: KeysBox): string {
  return JSON.stringify(keys).replace(
    STRIPPED,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Every persona's slides, appended in persona order, then the new deck's own first slide deleted
 * (last, so a deck never runs out of slides between batches).
 * Object ids are deterministic and valid for the API: `jg<n>_slide`, `jg<n>_slide_table`, ….
 */
export function deckRequests(
  doc: JourneyDocument,
  options: { hints: boolean },
  slidesToDelete: readonly string[],
): DeckRequests {
  const groups: SlidesRequest[][] = [];
  const slideIds: string[] = [];
  const findings: Finding[] = [];
  for (const persona of doc.personas) {
    const requests: SlidesRequest[] = [];
    groups.push(requests);
    const journey = doc.journeys.find((j) => j.personaId === persona.id) ?? {
      personaId: persona.id,
      cells: {},
    };
    const parts = planSlides(doc, persona, planTable(doc, journey, { hints: options.hints }));
    sanitize(parts, findings);
    for (const part of parts) {
      const slideId = `jg${slideIds.length + 1}_slide`;
      slideIds.push(slideId);
      requests.push(...partRequests(doc, persona, part, slideId, options.hints));
      findings.push(...partFindings(part, slideIds.length, doc.language));
    }
  }
  groups.push(slidesToDelete.map((objectId) => ({ deleteObject: { objectId } })));
  return { groups, slideIds, findings };
}
