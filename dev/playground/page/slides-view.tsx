/**
 * The emulated presentation drawn as SVG, one slide under the other, from the emulator's
 * presentation snapshot. The snapshot's shape belongs to the Slides emulator, so it is read
 * defensively: slides with page elements placed in points, shapes with text and a fill, tables
 * as rows of cells. Anything it cannot place is still listed as text, never dropped.
 */
import type { JSX } from 'preact';

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Text as a plain string, or as a styled text object `{ text, color, bold, fontSize }`. */
function textOf(e: Json): string {
  const t = e.text;
  return typeof t === 'string' ? t : str(asObject(t)?.text ?? '');
}

function textStyle(e: Json): JSX.CSSProperties {
  const t = asObject(e.text) ?? e;
  return {
    color: str(t.color ?? t.fontColor) || undefined,
    fontWeight: t.bold ? 'bold' : undefined,
    fontStyle: t.italic ? 'italic' : undefined,
    fontSize: typeof t.fontSize === 'number' ? `${t.fontSize}px` : undefined,
    textAlign: (str(t.align).toLowerCase() || undefined) as JSX.CSSProperties['textAlign'],
  };
}

function fillOf(e: Json): string | undefined {
  const fill = e.fill ?? e.background ?? e.backgroundColor ?? asObject(e.shape)?.fill;
  return typeof fill === 'string' ? fill : undefined;
}

function Box({ e, x, y, w, h }: { e: Json; x: number; y: number; w: number; h: number }) {
  const text = textOf(e);
  const fill = fillOf(e);
  return (
    <g>
      {fill && <rect x={x} y={y} width={w} height={h} fill={fill} />}
      {text && (
        <foreignObject x={x} y={y} width={Math.max(w, 1)} height={Math.max(h, 1)}>
          <div class="slide-text" style={textStyle(e)}>
            {text}
          </div>
        </foreignObject>
      )}
    </g>
  );
}

export interface SlideCellRef {
  table: string;
  row: number;
  column: number;
  text: string;
}

type Pick = { selected: SlideCellRef | null; onSelect: (cell: SlideCellRef) => void };

function TableEl({
  e,
  x,
  y,
  w,
  h,
  selected,
  onSelect,
}: { e: Json; x: number; y: number; w: number; h: number } & Pick) {
  const tableId = str(e.id ?? e.objectId);
  const table = asObject(e.table) ?? e;
  const rows = asArray(table.cells ?? table.rows).map(asArray);
  const nRows = Math.max(rows.length, 1);
  const nCols = Math.max(1, ...rows.map((r) => r.length));
  const widths = asArray(table.columnWidths).map((v) => num(v, w / nCols));
  const heights = asArray(table.rowHeights).map((v) => num(v, h / nRows));
  const colX = (c: number) =>
    x + widths.slice(0, c).reduce((a, b) => a + b, 0) + (widths.length ? 0 : (c * w) / nCols);
  const rowY = (r: number) =>
    y + heights.slice(0, r).reduce((a, b) => a + b, 0) + (heights.length ? 0 : (r * h) / nRows);
  const out: JSX.Element[] = [];
  rows.forEach((row, r) => {
    row.forEach((cellValue, c) => {
      const cell = asObject(cellValue) ?? { text: str(cellValue) };
      const cw = widths[c] ?? w / nCols;
      const ch = heights[r] ?? h / nRows;
      out.push(
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; the role makes it one.
        <g
          key={`${r}:${c}`}
          class="slide-table-cell"
          data-table={tableId}
          data-table-title={str(e.title)}
          data-cell={`${r}:${c}`}
          role="button"
          tabIndex={0}
          aria-label={`${r + 1}:${c + 1} ${textOf(cell)}`}
          onClick={() => onSelect({ table: tableId, row: r, column: c, text: textOf(cell) })}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter') onSelect({ table: tableId, row: r, column: c, text: textOf(cell) });
          }}
        >
          <rect
            x={colX(c)}
            y={rowY(r)}
            width={cw}
            height={ch}
            fill={fillOf(cell) ?? '#fff'}
            stroke={
              selected?.table === tableId && selected.row === r && selected.column === c
                ? '#1a73e8'
                : '#dadce0'
            }
            stroke-width={selected?.table === tableId && selected.row === r && selected.column === c ? 2 : 1}
          />
          <foreignObject x={colX(c)} y={rowY(r)} width={cw} height={ch}>
            <div class="slide-cell" style={textStyle(cell)}>
              {textOf(cell)}
            </div>
          </foreignObject>
        </g>,
      );
    });
  });
  return <g>{out}</g>;
}

export function SlidesView({ presentation, selected, onSelect }: { presentation: unknown } & Pick) {
  const p = asObject(presentation);
  const slides = asArray(p?.slides);
  const pageW = num(p?.pageWidth, 720);
  const pageH = num(p?.pageHeight, 405);
  if (!p || slides.length === 0) {
    return <p class="empty-doc">No slides yet: build a journey from the sidebar.</p>;
  }
  return (
    <div class="slides-pane">
      {slides.map((slideValue, i) => {
        const slide = asObject(slideValue) ?? {};
        const elements = asArray(slide.elements ?? slide.pageElements).map((e) => asObject(e) ?? {});
        return (
          <figure class="slide" key={str(slide.id ?? slide.objectId) || i} data-slide={i + 1}>
            <svg viewBox={`0 0 ${pageW} ${pageH}`} role="img" aria-label={`Slide ${i + 1}`}>
              <rect width={pageW} height={pageH} fill={fillOf(slide) ?? '#fff'} />
              {elements.map((e, j) => {
                const x = num(e.left, 0);
                const y = num(e.top, 0);
                const w = num(e.width, pageW);
                const h = num(e.height, 20);
                const isTable =
                  Array.isArray(e.cells) || asObject(e.table) !== null || str(e.kind) === 'table';
                if (str(e.kind) === 'line') {
                  return (
                    <line
                      key={str(e.id) || j}
                      x1={x}
                      y1={e.rising ? y + num(e.height, 0) : y}
                      x2={x + w}
                      y2={e.rising ? y : y + num(e.height, 0)}
                      stroke={str(e.color) || '#5f6368'}
                      stroke-dasharray={str(e.dash) && str(e.dash) !== 'SOLID' ? '4 3' : undefined}
                    />
                  );
                }
                return isTable ? (
                  <TableEl
                    key={str(e.id ?? e.objectId) || j}
                    e={e}
                    x={x}
                    y={y}
                    w={w}
                    h={h}
                    selected={selected}
                    onSelect={onSelect}
                  />
                ) : (
                  <Box key={str(e.id ?? e.objectId) || j} e={e} x={x} y={y} w={w} h={h} />
                );
              })}
            </svg>
            <figcaption>{i + 1}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}
