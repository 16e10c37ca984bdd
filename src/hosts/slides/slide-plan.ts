/**
 * A journey table plan laid out on the deck's own page (16:9, 4:3 or whatever size an imported
 * deck has): one slide per persona, or several when the map is larger than a slide holds (more
 * stages than fit across, more than 8 lanes, or text too long for the smallest font), each continuation repeating the stage header and lane labels so it reads on its own and
 * so the reader can stitch the parts back into one journey. Pure: it decides every text, style,
 * position and key; the SlidesApp writer and the REST request builder both draw exactly this.
 */
import { ANTI_PERSONA_BADGE, PERSONA_FIELD_LABELS } from '../../catalog';
import { type CardField, type ColumnRole, encodeColumn, encodeRow, type RowRole } from '../../layout/keys';
import type { PlanCell, TablePlan } from '../../layout/table';
import { THEME } from '../../layout/theme';
import type { BlueprintLine, JourneyDocument, Language, Persona } from '../../model/types';
import { boxHeight } from './fit';

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
export const MAX_STAGES_PER_SLIDE = 8;
/** Narrowest stage column worth drawing: a narrower page shows fewer stages per slide. */
const MIN_STAGE_WIDTH = 64;
/** The persona name's and title's width on the first slide; the card takes the rest. */
const NAME_WIDTH = 300;
export const MAX_LANES_PER_SLIDE = 8;
/** Body font sizes tried, largest first; headers are one point larger. */
const BODY_SIZES = [10, 9, 8, 7, 6] as const;
const CARD_SIZE = 7;
/**
 * The persona card's tallest height: beyond it, long texts are shown cut short, since a taller
 * card pushes the table down and off the slide. The persona itself keeps the full text.
 */
export const CARD_MAX_HEIGHT = 100;
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
  cells: SlideCell[][];
  rows: RowRole[];
  columns: ColumnRole[];
  /** Estimated heights (fit.ts), for the curve and separators drawn over the table. */
  rowHeights: number[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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
    cells: SlideCell[][];
    /** Fields shown cut short (with an ellipsis) to keep the card within CARD_MAX_HEIGHT. */
    shortened: CardField[];
  } | null;
  table: SlideTable;
  separators: { line: BlueprintLine; segment: Segment }[];
  /** Emotion curves: the points of each emotion row and the lines joining them. */
  curves: { points: { x: number; y: number; score: number }[]; segments: Segment[] }[];
  /** The table's text would not fit even at the smallest font: the slide shows it overflowing. */
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

function slideStyle(cell: PlanCell, fontSize: number): SlideStyle {
  const s = cell.style;
  return {
    fontSize,
    bold: s.bold,
    italic: s.italic,
    // Body text keeps the table's own near-black instead of costing a call per cell.
    color: s.fontColor === THEME.text ? null : s.fontColor,
    fill: s.background === '#ffffff' ? null : s.background,
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
export function metricText(value: number): string {
  const percent = Number((value * 100).toPrecision(12));
  return Math.abs(value) <= 1 && percent / 100 === value ? `${percent}%` : String(value);
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
  const BOTTOM = page.height - FOOT;
  const nameWidth = Math.min(NAME_WIDTH, Math.round(width * 0.45));
  const stagesPerSlide = Math.max(1, Math.min(MAX_STAGES_PER_SLIDE, Math.floor(width / MIN_STAGE_WIDTH) - 1));
  const card = planCard(persona, language, width, nameWidth);
  const firstTop = Math.max(56, card.box.top + card.box.height + 6);
  const laterTop = 52;
  const minSize = BODY_SIZES[BODY_SIZES.length - 1]!;

  interface Draft {
    planRows: number[];
    planColumns: number[];
    top: number;
    sized: Sized;
    overflows: boolean;
  }
  const drafts: Draft[] = [];
  for (const stageChunk of chunks(stageColumns, stagesPerSlide)) {
    const planColumns = [0, ...stageChunk];
    const loops = stageChunk.some((c) =>
      table.cells.some((row, r) => table.rows[r]!.kind === 'loop' && row[c]!.shown !== ''),
    );
    const header = fixed.filter((r) => table.rows[r]!.kind === 'stage-header' || loops);
    let current: number[] = [];
    let lanes = 0;
    const measure = sizeTable(table, planColumns, width);
    const flush = () => {
      const top = drafts.length === 0 ? firstTop : laterTop;
      const planRows = [...header, ...current];
      const fitting = BODY_SIZES.map((size) => measure(planRows, size)).find((s) => top + s.height <= BOTTOM);
      drafts.push({
        planRows,
        planColumns,
        top,
        sized: fitting ?? measure(planRows, minSize),
        overflows: !fitting,
      });
      current = [];
      lanes = 0;
    };
    for (const block of blocks) {
      const top = drafts.length === 0 ? firstTop : laterTop;
      const trial = measure([...header, ...current, ...block.planRows], minSize);
      if (lanes > 0 && (lanes >= MAX_LANES_PER_SLIDE || top + trial.height > BOTTOM)) flush();
      current.push(...block.planRows);
      lanes++;
    }
    if (lanes > 0 || drafts.length === 0 || blocks.length === 0) flush();
  }

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
    const box: Box = { left: MARGIN, top: draft.top, width, height: sized.height };
    const rowTops: number[] = [];
    sized.rowHeights.reduce((top, h) => {
      rowTops.push(top);
      return top + h;
    }, draft.top);
    const separators = planRows.flatMap((r, i) => {
      const role = table.rows[r]!;
      if (role.kind !== 'separator') return [];
      const y = rowTops[i]! + sized.rowHeights[i]! / 2;
      return [{ line: role.line, segment: { x1: MARGIN + columnWidth, y1: y, x2: MARGIN + width, y2: y } }];
    });
    const curves = planRows.flatMap((r, i) => {
      if (!table.emotionRows.includes(r)) return [];
      const h = sized.rowHeights[i]!;
      const points = planColumns.flatMap((c, j) => {
        const value = table.cells[r]![c]!.value;
        if (j === 0 || typeof value !== 'number') return [];
        return [
          {
            x: MARGIN + columnWidth * (j + 0.5),
            y: rowTops[i]! + h / 2 - (value / 2) * (h * 0.35),
            score: value,
          },
        ];
      });
      const segments = points
        .slice(1)
        .map((p, k) => ({ x1: points[k]!.x, y1: points[k]!.y, x2: p.x, y2: p.y }));
      return points.length > 0 ? [{ points, segments }] : [];
    });
    const first = index === 0;
    const nameStyle: SlideStyle = {
      fontSize: first ? 18 : 14,
      bold: true,
      italic: false,
      color: persona.antiPersona ? THEME.antiPersona : null,
      fill: null,
      align: 'START',
    };
    return {
      index,
      count: drafts.length,
      docTitle: first
        ? {
            text: doc.title,
            box: { left: MARGIN, top: 4, width: nameWidth, height: 18 },
            style: {
              fontSize: 9,
              bold: false,
              italic: false,
              color: THEME.separatorText,
              fill: null,
              align: 'START',
            },
          }
        : null,
      name: {
        text: first ? persona.name : continuationTitle(persona.name, index, drafts.length),
        box: { left: MARGIN, top: first ? 20 : 12, width: first ? nameWidth : width, height: 32 },
        style: nameStyle,
      },
      card: first ? card : null,
      table: {
        box,
        cells,
        rows: planRows.map((r) => table.rows[r]!),
        columns: planColumns.map((c) => table.columns[c]!),
        rowHeights: sized.rowHeights,
      },
      separators,
      curves,
      overflows: draft.overflows,
    };
  });
}

function planCard(
  persona: Persona,
  language: Language,
  width: number,
  nameWidth: number,
): NonNullable<SlidePart['card']> {
  const fields = [...CARD_ON_SLIDE];
  const left = MARGIN + nameWidth + 12;
  const cardWidth = Math.max(1, width - nameWidth - 12);
  const labelStyle: SlideStyle = {
    fontSize: CARD_SIZE,
    bold: false,
    italic: false,
    color: THEME.cardLabel,
    fill: null,
    align: 'START',
  };
  const valueStyle: SlideStyle = { ...labelStyle, color: null };
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
  const rowHeight = (texts: readonly string[]) =>
    boxHeight(texts.map((text) => ({ text, fontSize: CARD_SIZE, width: columnWidth })));
  const labelsHeight = rowHeight(labels.map((c) => c.text));
  const full = fields.map((field) => persona[field] ?? '');
  let shown = full;
  if (labelsHeight + rowHeight(full) > CARD_MAX_HEIGHT) {
    // The most characters every value may keep with the card still fitting (a binary search).
    let low = 0;
    let high = Math.max(...full.map((text) => [...text].length));
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (labelsHeight + rowHeight(full.map((text) => shorten(text, mid))) <= CARD_MAX_HEIGHT) low = mid;
      else high = mid - 1;
    }
    shown = full.map((text) => shorten(text, low));
  }
  const values = shown.map((text): SlideCell => ({ text, style: valueStyle }));
  const height = labelsHeight + rowHeight(shown);
  return {
    fields,
    box: { left, top: 6, width: cardWidth, height },
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
