/**
 * The offer to let Journey Grid open this file directly (features/direct-grant.ts), under Build:
 * what it gains, that Google asks once, and a button that opens Google Picker on this file; "Not
 * now" puts it away for this file. Once granted, one short line says so.
 */
import type { DirectGrantFeature } from '../features/direct-grant';
import { useLanguage, useT } from '../i18n';
import { useTeamText } from '../team-sharing';
import { Problems } from './Problems';

export function DirectGrant({
  feature,
  host,
  disabled,
}: {
  feature: DirectGrantFeature;
  host: 'sheets' | 'slides' | 'none';
  disabled: boolean;
}) {
  const t = useT();
  const tt = useTeamText();
  // Japanese sentences follow each other without a space.
  const gap = useLanguage() === 'ja' ? '' : ' ';
  if (feature.granted) {
    return (
      <p class="notice small" id="direct-done" role="status" tabIndex={-1}>
        {t('directDone')}
      </p>
    );
  }
  if (!feature.offered) return null;
  return (
    <section class="notice direct-grant" id="direct-grant" aria-labelledby="direct-title">
      <h3 id="direct-title">{t('directTitle')}</h3>
      <p>
        {t(host === 'slides' ? 'directSlides' : 'directSheets')}
        {gap}
        {t('directOnce')}
      </p>
      <div class="buttons">
        <button
          type="button"
          id="direct-allow"
          disabled={disabled || feature.waiting}
          onClick={() => void feature.grant()}
        >
          {t('directAllow')}
        </button>
        <button type="button" class="link" id="direct-not-now" onClick={feature.notNow}>
          {t('directNotNow')}
        </button>
      </div>
      {feature.waiting && (
        <p class="secondary small" role="status">
          {tt('waiting')}{' '}
          <button type="button" class="link" onClick={feature.stopWaiting}>
            {tt('stopWaiting')}
          </button>
        </p>
      )}
      <Problems problems={feature.problems} />
    </section>
  );
}
