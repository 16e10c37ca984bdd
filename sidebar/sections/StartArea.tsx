/**
 * The top of the sidebar: "loading" until the start-up data is there (with Retry when it could
 * not be had), the note when no Sheet or deck is open, and the banner of a file Journey Grid built.
 */
import { FileBanner } from '../components/FileBanner';
import type { ReadBackFeature } from '../features/read-back';
import type { AppCore } from '../use-app';
import { AreaFeedback } from './AreaFeedback';

export function StartArea({
  app,
  onRetry,
  readBack,
}: {
  app: AppCore;
  onRetry: () => void;
  readBack: ReadBackFeature;
}) {
  const { state, t, disabled, hostReady } = app;
  const { boot, feedback, busy } = state;
  return (
    <>
      {!boot && feedback.problems.length === 0 && <p class="secondary">{t('loading')}</p>}
      {!boot && feedback.area === 'start' && feedback.problems.length > 0 && (
        <div class="buttons">
          <button type="button" class="action" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      )}
      {boot && !hostReady && <p class="error">{t('noHost')}</p>}
      <FileBanner
        file={boot?.file ?? null}
        disabled={disabled || !hostReady}
        busy={busy}
        onReadBack={readBack.readFile}
        onRebuild={readBack.rebuildFile}
      />
      <AreaFeedback app={app} area="start" />
    </>
  );
}
