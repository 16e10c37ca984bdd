/**
 * A thumbnail of a framework drawn from its definition: stages across as the blue header, lanes
 * down as rows, the emotion lane as a small curve and a loop-back stage as an arc. Purely
 * decorative (the card's text says the same), so it is hidden from screen readers.
 */

import type { FrameworkDef } from '../../src/catalog';
import { laneDef } from '../../src/catalog';

const W = 96;
const H = 56;
const LABEL_W = 16;
const HEADER_H = 9;

export function FrameworkPreview({ framework }: { framework: FrameworkDef }) {
  const stages = framework.stages.length;
  const lanes = framework.laneIds.length;
  const colW = (W - LABEL_W) / stages;
  const rowH = (H - HEADER_H) / Math.max(lanes, 1);
  const emotionRow = framework.laneIds.findIndex((id) => laneDef(id)?.kind === 'emotion');
  const loops = framework.stages
    .map((s, i) => ({ from: i, to: framework.stages.findIndex((t) => t.id === s.loopsBackTo) }))
    .filter((l) => l.to >= 0);
  return (
    <svg class="preview" viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={W} height={H} fill="#fff" stroke="#dadce0" />
      {framework.stages.map((s, i) => (
        <rect
          key={s.id}
          x={LABEL_W + i * colW + 0.5}
          y="0.5"
          width={colW - 1}
          height={HEADER_H - 1}
          fill="#1a73e8"
        />
      ))}
      {framework.laneIds.map((id, r) => (
        <g key={id}>
          <rect x="0.5" y={HEADER_H + r * rowH + 0.5} width={LABEL_W - 1} height={rowH - 1} fill="#f1f3f4" />
          <line
            x1="0"
            x2={W}
            y1={HEADER_H + (r + 1) * rowH}
            y2={HEADER_H + (r + 1) * rowH}
            stroke="#e8eaed"
            stroke-width="0.6"
          />
        </g>
      ))}
      {emotionRow >= 0 && (
        <polyline
          fill="none"
          stroke="#e37400"
          stroke-width="1.2"
          points={framework.stages
            .map((_, i) => {
              const x = LABEL_W + (i + 0.5) * colW;
              const y = HEADER_H + emotionRow * rowH + rowH / 2 + Math.sin(i * 1.7) * (rowH / 3);
              return `${x.toFixed(1)},${y.toFixed(1)}`;
            })
            .join(' ')}
        />
      )}
      {loops.map((l) => {
        const x1 = LABEL_W + (l.from + 0.5) * colW;
        const x2 = LABEL_W + (l.to + 0.5) * colW;
        return (
          <path
            key={`${l.from}-${l.to}`}
            d={`M${x1},${HEADER_H - 1} Q${(x1 + x2) / 2},${HEADER_H + 10} ${x2},${HEADER_H - 1}`}
            fill="none"
            stroke="#188038"
            stroke-width="1.2"
          />
        );
      })}
    </svg>
  );
}
