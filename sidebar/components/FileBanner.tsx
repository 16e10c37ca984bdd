/**
 * "This file holds 3 journeys: Tanaka, Sato, Suzuki": shown when the open file was built by
 * Journey Grid, so whoever it is shared with can read the journeys back into the form, or rebuild
 * the same sheets in place, without knowing how the file was made.
 */
import type { FileJourneys } from '../../src/server/rpc-drive';
import { useLanguage, useT } from '../i18n';
import { fileSummary } from '../share';
import type { BusyKey } from '../tasks';

export function FileBanner({
  file,
  disabled,
  busy,
  onReadBack,
  onRebuild,
}: {
  file: FileJourneys | null;
  disabled: boolean;
  busy: BusyKey | null;
  onReadBack: () => void;
  onRebuild: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  if (!file || file.journeys.length === 0) return null;
  return (
    <section class="file-banner" aria-labelledby="file-banner-text">
      <p id="file-banner-text" class="file-banner-text">
        <strong>{fileSummary(file, language)}</strong>
      </p>
      {file.title && <p class="secondary small">{file.title}</p>}
      <p class="secondary small">{t('fileBannerHelp')}</p>
      <div class="buttons">
        <button type="button" id="banner-read-back" disabled={disabled} onClick={onReadBack}>
          {busy === 'banner' ? t('reading') : t('readBack')}
        </button>
        <button type="button" id="banner-rebuild" disabled={disabled} onClick={onRebuild}>
          {busy === 'build' ? t('working') : t('rebuild')}
        </button>
      </div>
    </section>
  );
}
