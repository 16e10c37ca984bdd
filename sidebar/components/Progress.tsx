/** A determinate progress bar: real steps (the personas built so far, a batch per server call), never a fake spinner. */
export function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={label}
      >
        <div class="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p class="secondary progress-label">{label}</p>
    </div>
  );
}
