/**
 * One emulated sheet drawn like the Sheets grid: column letters and row numbers, the sheet's
 * column widths and row heights, backgrounds, fonts, alignment, wrapping, borders, merges
 * (rowspan / colspan), conditional-format looks, frozen rows and columns (sticky), and its charts
 * at their anchor cells. Cells are picked with the mouse or arrow keys; editing goes through the
 * formula bar, as a person types into Sheets.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SheetSnapshot } from '../../emulator';
import { columnLetters } from '../../emulator/sheets/a1';
import { ChartView } from './chart';

export const ROW_HEADER_W = 46;
export const COL_HEADER_H = 22;

/** Letters of a 0-based column, from the emulator's A1 helpers (one column-letter helper in dev/). */
export const columnLetter = (index: number): string => columnLetters(index + 1);

export const a1Of = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

const BORDER_STYLES: Record<string, string> = {
  SOLID: '1px solid',
  SOLID_MEDIUM: '2px solid',
  SOLID_THICK: '3px solid',
  DASHED: '1px dashed',
  DOTTED: '1px dotted',
  DOUBLE: '3px double',
};

const H_ALIGN: Record<string, string> = { left: 'left', center: 'center', right: 'right', general: 'left' };
const V_ALIGN: Record<string, string> = { top: 'top', middle: 'middle', bottom: 'bottom' };

function offsets(sizes: readonly number[], start: number): number[] {
  const out: number[] = [];
  let at = start;
  for (const size of sizes) {
    out.push(at);
    at += size;
  }
  out.push(at);
  return out;
}

function cellStyle(sheet: SheetSnapshot, r: number, c: number): JSX.CSSProperties {
  const look = sheet.conditionalFormats[r]?.[c] ?? null;
  const borders = sheet.borders[r]?.[c] ?? null;
  const numeric = typeof sheet.values[r]?.[c] === 'number';
  const align = sheet.horizontalAlignments[r]?.[c] ?? 'general';
  const style: JSX.CSSProperties = {
    background: look?.background ?? sheet.backgrounds[r]?.[c] ?? '#ffffff',
    color: look?.fontColor ?? sheet.fontColors[r]?.[c] ?? '#000000',
    fontWeight: look?.bold ? 'bold' : (sheet.fontWeights[r]?.[c] ?? 'normal'),
    fontStyle: look?.italic ? 'italic' : (sheet.fontStyles[r]?.[c] ?? 'normal'),
    fontSize: `${sheet.fontSizes[r]?.[c] ?? 10}pt`,
    textAlign: (align === 'general' && numeric
      ? 'right'
      : (H_ALIGN[align] ?? 'left')) as JSX.CSSProperties['textAlign'],
    verticalAlign: V_ALIGN[sheet.verticalAlignments[r]?.[c] ?? 'bottom'] ?? 'bottom',
    whiteSpace: sheet.wrapStrategies[r]?.[c] === 'WRAP' ? 'pre-wrap' : 'pre',
  };
  // As in Sheets, unwrapped text spills over empty cells to its right instead of being cut off.
  const wrap = sheet.wrapStrategies[r]?.[c];
  const text = sheet.displayValues[r]?.[c] ?? '';
  if (
    wrap !== 'WRAP' &&
    wrap !== 'CLIP' &&
    text !== '' &&
    !numeric &&
    (sheet.displayValues[r]?.[c + 1] ?? '') === ''
  ) {
    style.overflow = 'visible';
  }
  if (borders) {
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const edge = borders[side];
      if (edge) {
        const key = `border${side[0]!.toUpperCase()}${side.slice(1)}` as 'borderTop';
        style[key] = `${BORDER_STYLES[edge.style] ?? '1px solid'} ${edge.color}`;
      }
    }
  }
  return style;
}

export interface Selection {
  r: number;
  c: number;
}

export function SheetView({
  sheet,
  selected,
  onSelect,
  onEdit,
}: {
  sheet: SheetSnapshot;
  selected: Selection | null;
  onSelect: (s: Selection) => void;
  onEdit: (initial?: string) => void;
}) {
  const anchors = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    anchors.set(`${m.row - 1}:${m.column - 1}`, { rows: m.numRows, cols: m.numColumns });
    for (let r = m.row - 1; r < m.row - 1 + m.numRows; r++)
      for (let c = m.column - 1; c < m.column - 1 + m.numColumns; c++)
        if (r !== m.row - 1 || c !== m.column - 1) covered.add(`${r}:${c}`);
  }
  const left = offsets(sheet.columnWidths, ROW_HEADER_W);
  const top = offsets(sheet.rowHeights, COL_HEADER_H);
  const width = left[left.length - 1] ?? 0;
  // Wrapped text makes rows taller than their set height, as in Sheets, so charts are placed at
  // their anchor row's drawn position rather than at the sum of the set heights.
  const table = useRef<HTMLTableElement>(null);
  const [rowTops, setRowTops] = useState<number[]>([]);
  useLayoutEffect(() => {
    const rows = table.current?.querySelectorAll<HTMLTableRowElement>('tbody tr');
    const tops = rows ? [...rows].map((row) => row.offsetTop) : [];
    if (tops.join() !== rowTops.join()) setRowTops(tops);
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (!selected) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const delta = moves[e.key];
    if (delta) {
      e.preventDefault();
      onSelect({
        r: Math.min(Math.max(selected.r + delta[0], 0), sheet.rows - 1),
        c: Math.min(Math.max(selected.c + delta[1], 0), sheet.columns - 1),
      });
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onEdit(e.key);
    }
  };

  return (
    <div class="grid-scroll">
      <div class="grid-canvas" style={{ width: `${width}px` }}>
        <table
          ref={table}
          class={`grid${sheet.hiddenGridlines ? ' no-gridlines' : ''}`}
          style={{ width: `${width}px` }}
          aria-label={sheet.name}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_W}px` }} />
            {sheet.columnWidths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: `${COL_HEADER_H}px` }}>
              <th class="corner" />
              {sheet.columnWidths.map((_, c) => (
                <th
                  key={c}
                  scope="col"
                  class={`col-head${c < sheet.frozenColumns ? ' frozen-col' : ''}${c === sheet.frozenColumns - 1 ? ' freeze-edge-col' : ''}`}
                  style={c < sheet.frozenColumns ? { left: `${left[c]}px` } : undefined}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rowHeights.map((h, r) => {
              const frozenRow = r < sheet.frozenRows;
              return (
                <tr
                  key={r}
                  style={{ height: `${h}px` }}
                  class={`${frozenRow ? 'frozen-row' : ''}${r === sheet.frozenRows - 1 ? ' freeze-edge-row' : ''}`}
                >
                  <th
                    scope="row"
                    class="row-head"
                    style={frozenRow ? { top: `${top[r]}px`, zIndex: 4 } : undefined}
                  >
                    {r + 1}
                  </th>
                  {sheet.columnWidths.map((_, c) => {
                    const key = `${r}:${c}`;
                    if (covered.has(key)) return null;
                    const span = anchors.get(key);
                    const frozenCol = c < sheet.frozenColumns;
                    const isSelected = selected?.r === r && selected.c === c;
                    const style = cellStyle(sheet, r, c);
                    if (frozenRow) style.top = `${top[r]}px`;
                    if (frozenCol) style.left = `${left[c]}px`;
                    if (frozenRow || frozenCol) style.zIndex = frozenRow && frozenCol ? 3 : 2;
                    // Text spilling over its empty neighbours is drawn above them.
                    if (style.overflow === 'visible') style.zIndex = Number(style.zIndex ?? 0) + 1;
                    return (
                      <td
                        key={key}
                        data-a1={a1Of(r, c)}
                        rowSpan={span?.rows}
                        colSpan={span?.cols}
                        tabIndex={isSelected ? 0 : -1}
                        class={`cell${frozenRow ? ' frozen-row-cell' : ''}${frozenCol ? ' frozen-col-cell' : ''}${isSelected ? ' selected' : ''}${(sheet.notes[r]?.[c] ?? '') !== '' ? ' has-note' : ''}`}
                        style={style}
                        title={sheet.notes[r]?.[c] || undefined}
                        onClick={() => onSelect({ r, c })}
                        onDblClick={() => {
                          onSelect({ r, c });
                          onEdit();
                        }}
                        onKeyDown={onKeyDown}
                      >
                        {sheet.displayValues[r]?.[c] ?? ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {sheet.charts.map((chart) => (
          <div
            key={chart.chartId}
            class="chart-box"
            style={{
              left: `${(left[chart.position.column - 1] ?? 0) + chart.position.offsetX}px`,
              top: `${(rowTops[chart.position.row - 1] ?? top[chart.position.row - 1] ?? 0) + chart.position.offsetY}px`,
            }}
          >
            <ChartView chart={chart} sheet={sheet} />
          </div>
        ))}
      </div>
    </div>
  );
}
