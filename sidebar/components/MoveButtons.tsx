/**
 * The up / down pair that reorders an item of a list (personas, lanes, stages), labelled with the
 * item's name for screen readers and disabled at either end of the list.
 */
import { useT } from '../i18n';

export function MoveButtons({
  name,
  index,
  count,
  disabled,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        class="icon"
        aria-label={`${t('moveUp')}: ${name}`}
        title={t('moveUp')}
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        aria-label={`${t('moveDown')}: ${name}`}
        title={t('moveDown')}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
