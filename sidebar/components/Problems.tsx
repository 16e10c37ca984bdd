/**
 * Translated problems from the server or the model, shown in the user's language with the place
 * they refer to in the user's words (places.ts). Text only: messages may echo user input, and
 * Preact escapes it.
 */
import type { Problem } from '../../src/model/problems';
import { useLanguage, useT } from '../i18n';
import { type PlaceNames, placeInWords } from '../places';

export function Problems({
  problems,
  names,
  onDismiss,
}: {
  problems: readonly Problem[];
  names?: PlaceNames;
  onDismiss?: () => void;
}) {
  const language = useLanguage();
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" tabIndex={-1}>
      <ul>
        {problems.map((p, i) => {
          const place = placeInWords(p.path, language, names);
          return (
            <li key={`${p.code}-${i}`} class="error">
              {/* The model's own path stays at hand, for whoever helps the user. */}
              {place && (
                <span class="path" title={p.path}>
                  {place}:{' '}
                </span>
              )}
              {p.message[language]}
            </li>
          );
        })}
      </ul>
      {onDismiss && (
        <button type="button" class="link" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
