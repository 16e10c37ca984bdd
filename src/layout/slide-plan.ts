/**
 * A journey table plan laid out on the deck's own page (16:9, 4:3 or whatever size an imported
 * deck has): one slide per persona, or several when the map is larger than a slide holds (more
 * stages than fit across, more than 8 lanes, or more text than a slide holds at the journey's one
 * body size), each continuation repeating the stage header and lane labels so it reads on its own and
 * so the reader can stitch the parts back into one journey. Pure: it decides every text, style,
 * position and key; the SlidesApp writer and the REST request builder both draw exactly this.
 */

import { ANTI_PERSONA_BADGE, PERSONA_FIELD_LABELS } from '../catalog';
import { toPercentPoints } from '../model/cells';
import type { JourneyDocument, Language, Persona } from '../model/types';
import { boxHeight, CELL_PADDING, LINE_HEIGHT, lineCount } from './fit';
import { type CardField, type ColumnRole, encodeColumn, encodeRow, type RowRole } from './keys';
import type { PlanCell, TablePlan } from './table';
import { THEME } from './theme';

export interface PageSize {
  width: number;
  height: number;
}

/**
 * Google Slides' default page (16:9, 720 × 405 pt). A deck may be 4:3 (720 × 540) or any size an
 * imported file brings, so the open-deck builder lays out for `Presentation.getPageWidth()` /
 * `getPageHeight()` (Apps Script's Presentation class); a deck the REST API creates is 16:9.
 */
export const PAGE: PageSize = { width: 720, height: 405 };
const MARGIN = 24;
/** Space kept free below the table. */
const FOOT = 10;
/** Space between the header, the emotion band and the table. */
const GAP = 6;
export const MAX_STAGES_PER_SLIDE = 8;
/** Narrowest stage column worth drawing: a narrower page shows fewer stages per slide. */
const MIN_STAGE_WIDTH = 64;
/** The persona name's and title's width on the first slide; the card takes the rest. */
const NAME_WIDTH = 300;
export const MAX_LANES_PER_SLIDE = 8;
/**
 * Body sizes a journey may get, largest first; headers are one point larger. One size serves all
 * of a journey's slides: the largest that needs no more slides than the smallest. A journey that
 * does not fit continues on more slides; it is never shrunk below the smallest, which stays
 * readable when projected.
 */
export const BODY_SIZES = [12, 11, 10, 9] as const;
/** The smallest text anything on a journey slide is drawn in. */
export const MIN_TEXT_SIZE = 9;
const CARD_LABEL_SIZE = 9;
const CARD_VALUE_SIZE = 10;
/** Name sizes tried, largest first, for the name to take at most three lines. */
const NAME_SIZES = [18, 14, 12, 10] as const;
/**
 * The persona card's tallest height: beyond it, long texts are shown cut short, since a taller
 * card pushes the table down and off the slide. The persona itself keeps the full text.
 */
export const CARD_MAX_HEIGHT = 100;
/**
 * The emotion band: a fixed height above the table, where the scale's five steps (−2…+2) are
 * 10 pt apart. Its place is known before anything is drawn, unlike a table row's, which Slides
 * grows to fit its text (SlidesApp reports only a row's minimum height).
 */
export const BAND_HEIGHT = 60;
const BAND_PAD = 10;
const SCALE_SIZE = 9;
export const ELLIPSIS = '…';
export const CARD_ON_SLIDE: readonly CardField[] = ['role', 'company', 'goals', 'challenges'];

export type Align = 'START' | 'CENTER' | 'END';

/** Only what differs from a new table's or text box's own style (see write.ts): null = inherit. */
export interface SlideStyle {
  fontSize: number;
  bold: boolean;
  italic: boolean;
  color: string | null;
  fill: string | null;
  align: Align;
}

export interface SlideCell {
  text: string;
  style: SlideStyle;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TextBox {
  text: string;
  box: Box;
  style: SlideStyle;
}

export interface SlideTable {
  box: Box;
  /**
   * The height to insert the table with: a low minimum per row, so Slides grows each row to its
   * own text (a row is drawn "at a height equal to or greater than" its minimum "in order to show
   * all the text", the API's TableRowProperties; inserted rows share the height evenly as their
   * minimum: an assumption, dev/emulator/README.md).
   */
  insertHeight: number;
  cells: SlideCell[][];
  rows: RowRole[];
  columns: ColumnRole[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * One emotion lane drawn as a curve in a band of fixed height between the header and the table,
 * its points over the stage columns' centres (the table's columns share its width evenly). The
 * scores stay in the table's emotion row as text: that is what is read back.
 */
export interface EmotionBand {
  /** The plot area, over the stage columns. */
  box: Box;
  /** The lane's label and the scale's numbers, in the label column's width. */
  labels: TextBox[];
  /** Light rules at +2, 0 and −2. */
  rules: { score: number; segment: Segment }[];
}

export interface SlidePart {
  index: number;
  count: number;
  /** The journey's title (first part only): read back as the document title. */
  docTitle: TextBox | null;
  /** The persona's name, or "name (2/3)" on a continuation. */
  name: TextBox;
  /** Card fields across, labels above values (first part only). */
  card: {
    fields: CardField[];
    box: Box;
    /** Inserted this high: each row then grows to its own text (see SlideTable.insertHeight). */
    insertHeight: number;
    cells: SlideCell[][];
    /** Fields shown cut short (with an ellipsis) to keep the card within CARD_MAX_HEIGHT. */
    shortened: CardField[];
  } | null;
  table: SlideTable;
  /** One band per emotion row with scores on this part, stacked above the table. */
  bands: EmotionBand[];
  /** Emotion curves, one per band: the points of each emotion row and the lines joining them. */
  curves: { points: { x: number; y: number; score: number }[]; segments: Segment[] }[];
  /** A lane's text would not fit on a slide even alone: the slide shows it overflowing. */
  overflows: boolean;
}

/** Alt-text titles: what a person sees in "Alt text", and how the reader knows our elements. */
export const ALT = {
  docTitle: { ja: 'Journey Grid：ジャーニーのタイトル', en: 'Journey Grid: journey title' },
  name: { ja: 'Journey Grid：ペルソナ名', en: 'Journey Grid: persona name' },
  card: { ja: 'Journey Grid：ペルソナカード', en: 'Journey Grid: persona card' },
  table: { ja: 'Journey Grid：ジャーニー表', en: 'Journey Grid: journey table' },
  curve: { ja: 'Journey Grid：感情曲線', en: 'Journey Grid: emotion curve' },
  separator: { ja: 'Journey Grid：サービスブループリントの線', en: 'Journey Grid: service-blueprint line' },
  keys: { ja: 'Journey Grid：読み込み用データ', en: 'Journey Grid: data for reading back' },
} as const;
export type AltRole = keyof typeof ALT;

export function altRole(title: string): AltRole | undefined {
  const t = title.trim();
  for (const [role, label] of Object.entries(ALT))
    if (t === label.ja || t === label.en) return role as AltRole;
  return undefined;
}

export function tableDescription(persona: string, stages: number, lanes: number, language: Language): string {
  return language === 'ja'
    ? `ペルソナ「${persona}」のカスタマージャーニー：横にステージ ${stages} 個、縦にレーン ${lanes} 本。`
    : `Customer journey of ${persona}: ${stages} stages across, ${lanes} lanes down.`;
}

/** "name (2/3)": the title of a continuation slide. */
export function continuationTitle(name: string, index: number, count: number): string {
  return `${name} (${index + 1}/${count})`;
}
export const CONTINUATION = /^(.*) \((\d+)\/(\d+)\)$/s;

function chunks<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [[]];
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Hints are marked by their "例：" / "e.g." prefix, in a grey dark enough to read on a projector
 * and upright (slanted Japanese is synthesised and hard to read). Text typed over a hint takes the
 * hint's grey (Slides types in the style of the text it replaces) but has no prefix, so it is
 * visibly not a hint; the reader takes it as content and the next rebuild draws it as body text.
 */
export const HINT_COLOR = '#70757a';
/** Service-blueprint line rows: a grey band across the table, in the row itself. */
export const SEPARATOR_FILL = '#e8eaed';
/** The emotion band's rules: the zero line a little darker than the ±2 ones. */
export const BAND_RULE = '#dadce0';
export const BAND_ZERO = '#9aa0a6';

function slideStyle(cell: PlanCell, fontSize: number): SlideStyle {
  const s = cell.style;
  const hint = cell.role === 'hint';
  return {
    fontSize,
    bold: s.bold,
    italic: s.italic && !hint,
    // Body text keeps the table's own near-black instead of costing a call per cell.
    color: hint ? HINT_COLOR : s.fontColor === THEME.text ? null : s.fontColor,
    fill: cell.role === 'separator' ? SEPARATOR_FILL : s.background === '#ffffff' ? null : s.background,
    align: s.align === 'center' ? 'CENTER' : s.align === 'right' ? 'END' : 'START',
  };
}

/** A lane with the separator row drawn above it: they always go to the same slide together. */
interface LaneBlock {
  planRows: number[];
}

function laneBlocks(table: TablePlan): { fixed: number[]; blocks: LaneBlock[] } {
  const fixed: number[] = [];
  const blocks: LaneBlock[] = [];
  let pending: number[] = [];
  table.rows.forEach((role, r) => {
    if (role.kind === 'stage-header' || role.kind === 'loop') fixed.push(r);
    else if (role.kind === 'separator') pending.push(r);
    else if (role.kind === 'lane') {
      blocks.push({ planRows: [...pending, r] });
      pending = [];
    }
  });
  return { fixed, blocks };
}

/**
 * A slide keeps only text, so a rate is shown with every digit it has ("12.345%"), never rounded
 * as Sheets' 0.0% format shows it: what is read back is exactly what was written.
 */
/** A rate as the slide shows it, in percent points (0.4 → "40%"), exactly as the reader takes it back. */
export function metricText(value: number): string {
  return `${toPercentPoints(value)}%`;
}

function emotionFill(value: unknown): string | null {
  if (typeof value !== 'number' || value === 0) return null;
  return THEME.emotion[String(value)] ?? null;
}

/** Per metric row, the stage (plan column) with the lowest rate: the biggest drop-off. */
function dropOffColumns(table: TablePlan): Map<number, number> {
  const found = new Map<number, number>();
  for (const r of table.metricRows) {
    const numbers = table.cells[r]!.flatMap((cell, c) =>
      c > 0 && typeof cell.value === 'number' ? [{ c, v: cell.value }] : [],
    );
    if (numbers.length < 2) continue;
    found.set(r, numbers.reduce((a, b) => (b.v < a.v ? b : a)).c);
  }
  return found;
}

interface Sized {
  fontSize: number;
  rowHeights: number[];
  height: number;
}

function sizeTable(
  table: TablePlan,
  planColumns: number[],
  width: number,
): (planRows: number[], size: number) => Sized {
  const columnWidth = width / planColumns.length;
  // Row heights are asked for again and again while lanes are packed: measure each row once per size.
  const memo = new Map<string, number>();
  const rowHeight = (r: number, size: number): number => {
    const key = `${r}:${size}`;
    let h = memo.get(key);
    if (h === undefined) {
      h = boxHeight(
        planColumns.map((c) => ({
          text: table.cells[r]![c]!.shown,
          fontSize: table.rows[r]!.kind === 'stage-header' && c > 0 ? size + 1 : size,
          width: columnWidth,
        })),
      );
      memo.set(key, h);
    }
    return h;
  };
  return (planRows, size) => {
    const rowHeights = planRows.map((r) => rowHeight(r, size));
    return { fontSize: size, rowHeights, height: rowHeights.reduce((a, b) => a + b, 0) };
  };
}

const plain = (fontSize: number, color: string | null = null): SlideStyle => ({
  fontSize,
  bold: false,
  italic: false,
  color,
  fill: null,
  align: 'START',
});

/** A text box as tall as its text needs at `fontSize` in `width`. */
function sizedBox(text: string, left: number, top: number, width: number, style: SlideStyle): TextBox {
  const height = boxHeight([{ text, fontSize: style.fontSize, width }]);
  return { text, box: { left, top, width, height }, style };
}

/** A name that wraps to at most three lines at the largest size it can, never cut. */
function nameBox(text: string, top: number, width: number, sizes: readonly number[], color: string | null) {
  const size = sizes.find((fontSize) => lineCount(text, fontSize, width) <= 3) ?? sizes[sizes.length - 1]!;
  return sizedBox(text, MARGIN, top, width, { ...plain(size, color), bold: true });
}

function bottomOf(box: Box): number {
  return box.top + box.height;
}

/** Whether plan row `r` is an emotion row with a score in one of `planColumns`. */
function scored(table: TablePlan, r: number, planColumns: readonly number[]): boolean {
  return (
    table.emotionRows.includes(r) &&
    planColumns.some((c) => c > 0 && typeof table.cells[r]![c]!.value === 'number')
  );
}

interface Draft {
  planRows: number[];
  planColumns: number[];
  /** Where the header ends: the bands, then the table, start here. */
  headerBottom: number;
  bands: number;
  sized: Sized;
  overflows: boolean;
}

export function planSlides(
  doc: JourneyDocument,
  persona: Persona,
  table: TablePlan,
  page: PageSize = PAGE,
): SlidePart[] {
  const language = doc.language;
  const { fixed, blocks } = laneBlocks(table);
  const stageColumns = table.columns.flatMap((role, c) => (role.kind === 'stage' ? [c] : []));
  const width = Math.max(1, page.width - 2 * MARGIN);
  const bottom = page.height - FOOT;
  const nameWidth = Math.min(NAME_WIDTH, Math.round(width * 0.45));
  const stagesPerSlide = Math.max(1, Math.min(MAX_STAGES_PER_SLIDE, Math.floor(width / MIN_STAGE_WIDTH) - 1));
  const nameColor = persona.antiPersona ? THEME.antiPersona : null;

  // The first slide's header: title, then the name wrapping under it, the card beside them.
  const docTitle = sizedBox(doc.title, MARGIN, 4, nameWidth, plain(MIN_TEXT_SIZE, THEME.separatorText));
  const firstName = nameBox(persona.name, bottomOf(docTitle.box), nameWidth, NAME_SIZES, nameColor);
  const card = planCard(persona, language, width, nameWidth);
  const firstBottom = Math.max(bottomOf(firstName.box), bottomOf(card.box)) + GAP;
  // A continuation's title is measured with the longest part counter it can get.
  const laterName = (text: string) => nameBox(text, 8, width, [14, 12, 10], nameColor);
  const laterBottom = bottomOf(laterName(continuationTitle(persona.name, 98, 99)).box) + GAP;

  const pack = (size: number): Draft[] => {
    const drafts: Draft[] = [];
    for (const stageChunk of chunks(stageColumns, stagesPerSlide)) {
      const planColumns = [0, ...stageChunk];
      const loops = stageChunk.some((c) =>
        table.cells.some((row, r) => table.rows[r]!.kind === 'loop' && row[c]!.shown !== ''),
      );
      const header = fixed.filter((r) => table.rows[r]!.kind === 'stage-header' || loops);
      const measure = sizeTable(table, planColumns, width);
      let current: number[] = [];
      let lanes = 0;
      const layout = (planRows: number[]) => {
        const headerBottom = drafts.length === 0 ? firstBottom : laterBottom;
        const bands = planRows.filter((r) => scored(table, r, planColumns)).length;
        const sized = measure(planRows, size);
        const tableBottom = headerBottom + bands * (BAND_HEIGHT + GAP) + sized.height;
        return { headerBottom, bands, sized, overflows: tableBottom > bottom };
      };
      const flush = () => {
        const planRows = [...header, ...current];
        drafts.push({ planRows, planColumns, ...layout(planRows) });
        current = [];
        lanes = 0;
      };
      for (const block of blocks) {
        if (
          lanes > 0 &&
          (lanes >= MAX_LANES_PER_SLIDE || layout([...header, ...current, ...block.planRows]).overflows)
        )
          flush();
        current.push(...block.planRows);
        lanes++;
      }
      if (lanes > 0 || drafts.length === 0 || blocks.length === 0) flush();
    }
    return drafts;
  };
  // One size for the whole journey: the largest that needs no more slides than the smallest.
  const tried = BODY_SIZES.map(pack);
  const fewest = Math.min(...tried.map((d) => d.length));
  const drafts = tried.find((d) => d.length === fewest)!;

  const dropOff = dropOffColumns(table);
  return drafts.map((draft, index): SlidePart => {
    const { planRows, planColumns, sized } = draft;
    const columnWidth = width / planColumns.length;
    const cells = planRows.map((r) =>
      planColumns.map((c): SlideCell => {
        const cell = table.cells[r]![c]!;
        const header = table.rows[r]!.kind === 'stage-header' && c > 0;
        const style = slideStyle(cell, header ? sized.fontSize + 1 : sized.fontSize);
        if (c > 0 && table.emotionRows.includes(r)) style.fill = emotionFill(cell.value);
        if (c > 0 && dropOff.get(r) === c) {
          style.fill = THEME.dropOffFill;
          style.color = THEME.dropOffText;
          style.bold = true;
        }
        const text =
          c > 0 && table.metricRows.includes(r) && typeof cell.value === 'number'
            ? metricText(cell.value)
            : cell.shown;
        return { text, style };
      }),
    );
    const bandRows = planRows.filter((r) => scored(table, r, planColumns));
    const bandsAndCurves = bandRows.map((r, k) =>
      emotionBand(table, r, planColumns, draft.headerBottom + k * (BAND_HEIGHT + GAP), columnWidth, width),
    );
    const top = draft.headerBottom + bandRows.length * (BAND_HEIGHT + GAP);
    const rows = planRows.length;
    const first = index === 0;
    return {
      index,
      count: drafts.length,
      docTitle: first ? docTitle : null,
      name: first ? firstName : laterName(continuationTitle(persona.name, index, drafts.length)),
      card: first ? card : null,
      table: {
        box: { left: MARGIN, top, width, height: sized.height },
        insertHeight: Math.min(sized.height, rows * (sized.fontSize * LINE_HEIGHT + 2 * CELL_PADDING)),
        cells,
        rows: planRows.map((r) => table.rows[r]!),
        columns: planColumns.map((c) => table.columns[c]!),
      },
      bands: bandsAndCurves.map((b) => b.band),
      curves: bandsAndCurves.map((b) => b.curve),
      overflows: draft.overflows,
    };
  });
}

/** The y of a score in a band whose top is `top`: +2 at the top step, −2 at the bottom one. */
export function scoreY(top: number, score: number): number {
  const clamped = Math.max(-2, Math.min(2, score));
  return top + BAND_PAD + ((2 - clamped) / 4) * (BAND_HEIGHT - 2 * BAND_PAD);
}

function emotionBand(
  table: TablePlan,
  r: number,
  planColumns: readonly number[],
  top: number,
  columnWidth: number,
  width: number,
): { band: EmotionBand; curve: SlidePart['curves'][number] } {
  const plotLeft = MARGIN + columnWidth;
  const box: Box = { left: plotLeft, top, width: width - columnWidth, height: BAND_HEIGHT };
  const scaleWidth = Math.min(28, columnWidth / 2);
  const labelStyle: SlideStyle = { ...plain(MIN_TEXT_SIZE + 1, THEME.laneLabelText), bold: true };
  const lane: TextBox = {
    text: table.cells[r]![0]!.shown,
    box: { left: MARGIN, top, width: columnWidth - scaleWidth, height: BAND_HEIGHT },
    style: labelStyle,
  };
  const scaleHeight = SCALE_SIZE * LINE_HEIGHT + 4;
  const scale = [2, 0, -2].map(
    (score): TextBox => ({
      text: score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0',
      box: {
        left: plotLeft - scaleWidth,
        top: scoreY(top, score) - scaleHeight / 2,
        width: scaleWidth,
        height: scaleHeight,
      },
      style: { ...plain(SCALE_SIZE, THEME.separatorText), align: 'END' },
    }),
  );
  const rules = [2, 0, -2].map((score) => {
    const y = scoreY(top, score);
    return { score, segment: { x1: plotLeft, y1: y, x2: MARGIN + width, y2: y } };
  });
  const points = planColumns.flatMap((c, j) => {
    const value = table.cells[r]![c]!.value;
    if (j === 0 || typeof value !== 'number') return [];
    return [{ x: MARGIN + columnWidth * (j + 0.5), y: scoreY(top, value), score: value }];
  });
  const segments = points.slice(1).map((p, k) => ({ x1: points[k]!.x, y1: points[k]!.y, x2: p.x, y2: p.y }));
  return { band: { box, labels: [lane, ...scale], rules }, curve: { points, segments } };
}

/** A low minimum row height to insert a card or table with: rows then grow to their own text. */
const INSERT_ROW = 12;

function planCard(
  persona: Persona,
  language: Language,
  width: number,
  nameWidth: number,
): NonNullable<SlidePart['card']> {
  const fields = [...CARD_ON_SLIDE];
  const left = MARGIN + nameWidth + 12;
  const cardWidth = Math.max(1, width - nameWidth - 12);
  const labelStyle = plain(CARD_LABEL_SIZE, THEME.cardLabel);
  const valueStyle = plain(CARD_VALUE_SIZE);
  const labels = fields.map((field, i): SlideCell => {
    const label = PERSONA_FIELD_LABELS[field][language];
    if (i === 0 && persona.antiPersona)
      return {
        text: `${ANTI_PERSONA_BADGE[language]} · ${label}`,
        style: { ...labelStyle, color: THEME.antiPersona, bold: true },
      };
    return { text: label, style: labelStyle };
  });
  const columnWidth = cardWidth / fields.length;
  const rowHeight = (texts: readonly string[], fontSize: number) =>
    boxHeight(texts.map((text) => ({ text, fontSize, width: columnWidth })));
  const labelsHeight = rowHeight(
    labels.map((c) => c.text),
    CARD_LABEL_SIZE,
  );
  const valuesHeight = (texts: readonly string[]) => rowHeight(texts, CARD_VALUE_SIZE);
  const full = fields.map((field) => persona[field] ?? '');
  let shown = full;
  if (labelsHeight + valuesHeight(full) > CARD_MAX_HEIGHT) {
    // The most characters every value may keep with the card still fitting (a binary search).
    let low = 0;
    let high = Math.max(...full.map((text) => [...text].length));
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (labelsHeight + valuesHeight(full.map((text) => shorten(text, mid))) <= CARD_MAX_HEIGHT) low = mid;
      else high = mid - 1;
    }
    shown = full.map((text) => shorten(text, low));
  }
  const values = shown.map((text): SlideCell => ({ text, style: valueStyle }));
  return {
    fields,
    box: { left, top: 6, width: cardWidth, height: labelsHeight + valuesHeight(shown) },
    insertHeight: 2 * INSERT_ROW,
    cells: [labels, values],
    shortened: fields.filter((_, i) => shown[i] !== full[i]),
  };
}

/** The first `length` characters and an ellipsis (read.ts recognises it as not an edit). */
function shorten(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length).join('').trimEnd()}${ELLIPSIS}`;
}

/** The keys a part's table carries: each row's and column's role, with the label it had. */
export interface PartKeys {
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
}

export function partKeys(part: SlidePart): PartKeys {
  const t = part.table;
  return {
    rows: t.rows.map((role, r) => ({ key: encodeRow(role), label: t.cells[r]![0]!.text })),
    columns: t.columns.map((role, c) => ({ key: encodeColumn(role), label: t.cells[0]?.[c]?.text ?? '' })),
  };
}
