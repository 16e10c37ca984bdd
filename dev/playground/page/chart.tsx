/**
 * An embedded Sheets chart drawn as SVG from the snapshot: the ranges it reads (transposed rows
 * or columns; the first is the domain, the first cell of each is its header), its title and its
 * vertical axis limits. Enough for the emotion curve; other chart types are drawn as lines too.
 */
import type { ChartSnapshot, JsonValue, SheetSnapshot } from '../../emulator';

function cellsOf(
  sheet: SheetSnapshot,
  range: ChartSnapshot['ranges'][number],
  transpose: boolean,
): JsonValue[][] {
  const out: JsonValue[][] = [];
  const lines = transpose ? range.numRows : range.numColumns;
  const length = transpose ? range.numColumns : range.numRows;
  for (let i = 0; i < lines; i++) {
    const line: JsonValue[] = [];
    for (let j = 0; j < length; j++) {
      const r = range.row - 1 + (transpose ? i : j);
      const c = range.column - 1 + (transpose ? j : i);
      line.push(sheet.values[r]?.[c] ?? '');
    }
    out.push(line);
  }
  return out;
}

export function ChartView({ chart, sheet }: { chart: ChartSnapshot; sheet: SheetSnapshot }) {
  const width = Number(chart.options.width ?? 500);
  const height = Number(chart.options.height ?? 300);
  const title = String(chart.options.title ?? '');
  const lines = chart.ranges.flatMap((range) => cellsOf(sheet, range, chart.transpose));
  const headers = chart.numHeaders > 0;
  const [domain, ...series] = lines;
  const categories = (domain ?? []).slice(headers ? 1 : 0).map(String);
  const min = Number(chart.options['vAxis.minValue'] ?? -2);
  const max = Number(chart.options['vAxis.maxValue'] ?? 2);
  const pad = { left: 36, right: 16, top: 34, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) =>
    pad.left + (categories.length <= 1 ? plotW / 2 : (i * plotW) / (categories.length - 1));
  const y = (v: number) => pad.top + ((max - v) / (max - min || 1)) * plotH;
  const ticks = Array.from({ length: Math.floor(max - min) + 1 }, (_, i) => min + i);
  return (
    <svg
      class="chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
    >
      <rect width={width} height={height} fill="#fff" stroke="#dadce0" />
      <text x={width / 2} y={20} text-anchor="middle" font-size="14" fill="#202124">
        {title}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={pad.left}
            x2={width - pad.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? '#9aa0a6' : '#e8eaed'}
          />
          <text x={pad.left - 6} y={y(tick) + 4} text-anchor="end" font-size="11" fill="#5f6368">
            {tick > 0 ? `+${tick}` : tick}
          </text>
        </g>
      ))}
      {categories.map((label, i) => (
        <text
          key={`${label}-${i}`}
          x={x(i)}
          y={height - pad.bottom + 16}
          text-anchor="middle"
          font-size="11"
          fill="#5f6368"
        >
          {label}
        </text>
      ))}
      {series.map((line, s) => {
        const points = line
          .slice(headers ? 1 : 0)
          .map((v, i) => ({ i, v: typeof v === 'number' ? v : Number.NaN }))
          .filter((p) => Number.isFinite(p.v));
        return (
          <g key={String(line[0] ?? s)}>
            <polyline
              fill="none"
              stroke="#1a73e8"
              stroke-width="2"
              points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
            />
            {points.map((p) => (
              <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r="4" fill="#1a73e8" />
            ))}
            {headers && (
              <text x={width / 2} y={height - 12} text-anchor="middle" font-size="11" fill="#3c4043">
                — {String(line[0] ?? '')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
