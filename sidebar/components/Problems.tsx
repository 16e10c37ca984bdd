/**
 * Translated problems from the server or the model, shown in the user's language with the place
 * they refer to. Text only: messages may echo user input, and Preact escapes it.
 */
import type { Problem } from '../../src/model/problems';
import { useLanguage, useT } from '../i18n';

/**
 * Places worth showing: a cell or slide address, or a path into an imported file
 * (`personas[1].name`). Bare field names (`persona`, `fileId`) are the server's own words.
 */
export function shownPath(path: string): string | null {
  if (/^[A-Z]{1,3}\d+$/.test(path) || /[[.]/.test(path) || /^slide \d/.test(path)) return path;
  return null;
}

export function Problems({ problems, onDismiss }: { problems: readonly Problem[]; onDismiss?: () => void }) {
  const language = useLanguage();
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" tabIndex={-1}>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${i}`} class="error">
            {shownPath(p.path) ? <span class="path">{p.path}: </span> : null}
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
