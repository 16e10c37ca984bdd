/**
 * Translated problems from the server or the model, shown in the user's language with the place
 * they refer to. Text only: messages may echo user input, and Preact escapes it.
 */
import type { Problem } from '../../src/model/problems';
import { useLanguage, useT } from '../i18n';

export function Problems({ problems, onDismiss }: { problems: readonly Problem[]; onDismiss?: () => void }) {
  const language = useLanguage();
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert">
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${i}`} class="error">
            {p.path ? <span class="path">{p.path}: </span> : null}
            {p.message[language]}
          </li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" class="link" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
