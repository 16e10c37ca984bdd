/**
 * Model → host-neutral plan of one persona's journey table: stage headers across, lane labels
 * down, a loop-back row when a stage loops, service-blueprint separator rows, and per cell its
 * text (or number), role and style. The Sheets and Slides hosts both draw this same plan, and the
 * reader reads either back through the same roles, which is what keeps the two in step.
 */
import { blueprintLineLabel, hintFor } from '../catalog';
import type { CellValue, Journey, JourneyDocument, Lane, Language, Stage } from '../model/types';
import type { ColumnRole, RowRole } from './keys';
import { NUMBER_FORMATS, THEME } from './theme';

export type CellRole = 'corner' | 'stage-header' | 'lane-label' | 'content' | 'hint' | 'loop' | 'separator';

export interface CellStyle {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  align: 'left' | 'center' | 'right';
  /** Sheets number format; Slides shows the formatted text instead. */
  numberFormat: string;
}

export interface PlanCell {
  /** What to write: text, a number (emotion and metric lanes), or nothing. */
  value: CellValue | null;
  /** The text a reader sees for `value` (formatted numbers); equal to `value` for text. */
  shown: string;
  role: CellRole;
  style: CellStyle;
  /** A short explanation shown on hover (Sheets notes). */
  note?: string;
}

export interface TablePlan {
  rows: RowRole[];
  columns: ColumnRole[];
  cells: PlanCell[][];
  /** Separator rows span the whole table. */
  mergedRows: number[];
  /** Rows (plan indices) of emotion lanes, for the curve and the −2..+2 validation. */
  emotionRows: number[];
  metricRows: number[];
  /** Row index of the stage header: frozen with everything above it in Sheets. */
  headerRow: number;
}

export interface TableOptions {
  /** Show grey example text in empty text cells (never read back as content). */
  hints: boolean;
}

const UI = {
  corner: { ja: 'ステージ → / レーン ↓', en: 'Stage → / Lane ↓' },
  loop: { ja: (to: string) => `↺ 「${to}」に戻る`, en: (to: string) => `↺ Loops back to “${to}”` },
  emotionNote: {
    ja: '−2（とても不満）〜 +2（とても満足）の数値を入力すると、下の感情曲線に反映されます。',
    en: 'Enter −2 (very unhappy) to +2 (very happy); the emotion curve below follows.',
  },
  metricNote: {
    ja: '割合をパーセントで入力します（25 と入力すると 25%）。最も低いステージ（最大の離脱）が赤く表示されます。',
    en: 'Enter a rate in percent (typing 25 means 25%). The lowest stage, the biggest drop-off, is shown in red.',
  },
} as const;

function style(overrides: Partial<CellStyle>): CellStyle {
  return {
    background: '#ffffff',
    fontColor: THEME.text,
    bold: false,
    italic: false,
    fontSize: THEME.bodySize,
    align: 'left',
    numberFormat: NUMBER_FORMATS.text,
    ...overrides,
  };
}

/** How a number is shown, the same way Sheets' formats above show it. */
export function formatNumber(value: number, kind: Lane['kind']): string {
  if (kind === 'emotion') return value > 0 ? `+${value}` : String(value);
  if (kind === 'metric') return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
  return String(value);
}

function contentCell(
  doc: JourneyDocument,
  lane: Lane,
  stage: Stage,
  value: CellValue | undefined,
  options: TableOptions,
): PlanCell {
  if (lane.kind === 'text') {
    if (typeof value === 'string' && value !== '') {
      return { value, shown: value, role: 'content', style: style({}) };
    }
    const hint = options.hints ? hintFor(doc.frameworkId, lane.id, stage.id, doc.language) : undefined;
    if (hint)
      return {
        value: hint,
        shown: hint,
        role: 'hint',
        style: style({ fontColor: THEME.hint, italic: true }),
      };
    return { value: null, shown: '', role: 'content', style: style({}) };
  }
  const numberFormat = lane.kind === 'emotion' ? NUMBER_FORMATS.emotion : NUMBER_FORMATS.metric;
  const cellStyle = style({ align: 'center', numberFormat });
  if (typeof value !== 'number') return { value: null, shown: '', role: 'content', style: cellStyle };
  return { value, shown: formatNumber(value, lane.kind), role: 'content', style: cellStyle };
}

function labelOf(stages: readonly Stage[], id: string): string {
  return stages.find((s) => s.id === id)?.label ?? id;
}

/** The corner cell's text in either language: structure, never content. */
export function cornerTexts(): Set<string> {
  return new Set([UI.corner.ja, UI.corner.en]);
}

export function loopText(targetLabel: string, language: Language): string {
  return UI.loop[language](targetLabel);
}

export function planTable(doc: JourneyDocument, journey: Journey, options: TableOptions): TablePlan {
  const language = doc.language;
  const rows: RowRole[] = [];
  const cells: PlanCell[][] = [];
  const mergedRows: number[] = [];
  const emotionRows: number[] = [];
  const metricRows: number[] = [];
  const columns: ColumnRole[] = [
    { kind: 'labels' },
    ...doc.stages.map((s): ColumnRole => ({ kind: 'stage', stageId: s.id })),
  ];
  const width = columns.length;

  rows.push({ kind: 'stage-header' });
  const headerStyle = style({
    background: THEME.stageBand,
    fontColor: THEME.stageBandText,
    bold: true,
    fontSize: THEME.headerSize,
    align: 'center',
  });
  cells.push([
    {
      value: UI.corner[language],
      shown: UI.corner[language],
      role: 'corner',
      style: { ...headerStyle, fontSize: THEME.bodySize },
    },
    ...doc.stages.map(
      (s): PlanCell => ({ value: s.label, shown: s.label, role: 'stage-header', style: headerStyle }),
    ),
  ]);

  if (doc.stages.some((s) => s.loopsBackTo)) {
    rows.push({ kind: 'loop' });
    const loopStyle = style({ fontColor: THEME.loopText, italic: true, align: 'center' });
    cells.push([
      { value: null, shown: '', role: 'loop', style: style({ background: THEME.laneLabel }) },
      ...doc.stages.map((s): PlanCell => {
        const text = s.loopsBackTo ? loopText(labelOf(doc.stages, s.loopsBackTo), language) : '';
        return { value: text || null, shown: text, role: 'loop', style: loopStyle };
      }),
    ]);
  }

  for (const lane of doc.lanes) {
    if (lane.lineAbove) {
      mergedRows.push(rows.length);
      rows.push({ kind: 'separator', line: lane.lineAbove });
      const text = blueprintLineLabel(lane.lineAbove, language);
      const separatorStyle = style({ fontColor: THEME.separatorText, italic: true, align: 'center' });
      cells.push(
        Array.from(
          { length: width },
          (_, i): PlanCell => ({
            value: i === 0 ? text : null,
            shown: i === 0 ? text : '',
            role: 'separator',
            style: separatorStyle,
          }),
        ),
      );
    }
    if (lane.kind === 'emotion') emotionRows.push(rows.length);
    if (lane.kind === 'metric') metricRows.push(rows.length);
    rows.push({ kind: 'lane', laneId: lane.id });
    const labelCell: PlanCell = {
      value: lane.label,
      shown: lane.label,
      role: 'lane-label',
      style: style({ background: THEME.laneLabel, fontColor: THEME.laneLabelText, bold: true }),
    };
    if (lane.kind === 'emotion') labelCell.note = UI.emotionNote[language];
    if (lane.kind === 'metric') labelCell.note = UI.metricNote[language];
    const laneCells = journey.cells[lane.id] ?? {};
    cells.push([
      labelCell,
      ...doc.stages.map((stage) => contentCell(doc, lane, stage, laneCells[stage.id], options)),
    ]);
  }

  return { rows, columns, cells, mergedRows, emotionRows, metricRows, headerRow: 0 };
}
