/**
 * A text field with a length limit the user can see: a counter under it, and, past the limit, a
 * message that says by how much. Nothing is cut (no `maxLength`): a browser would silently drop
 * the end of a long paste, so the text stays whole and the model refuses it, naming the field,
 * until it is shortened. Lengths are UTF-16 units, as the model counts them.
 */
import type { Language } from '../../src/model/types';
import { useLanguage, useT } from '../i18n';

function number(n: number, language: Language): string {
  return n.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-US');
}

export function LimitedText({
  id,
  value,
  limit,
  multiline = false,
  disabled,
  label,
  onInput,
}: {
  id: string;
  value: string;
  limit: number;
  multiline?: boolean;
  disabled: boolean;
  /** An accessible name when no visible <label for> names the field. */
  label?: string;
  onInput: (value: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const over = value.length - limit;
  const common = {
    id,
    value,
    disabled,
    'aria-label': label,
    'aria-invalid': over > 0,
    'aria-describedby': `${id}-limit`,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onInput(e.currentTarget.value),
  };
  return (
    <>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {/* The running count is for the eye only: read aloud at every key it would drown the form. */}
      <div class={`counter small ${over > 0 ? 'error' : 'secondary'}`}>
        <span aria-hidden="true">
          {number(value.length, language)} / {number(limit, language)}
        </span>
        <span id={`${id}-limit`} class="visually-hidden">
          {`${t('atMost')} ${number(limit, language)} ${t('characters')}`}
        </span>
        {over > 0 && (
          <span class="too-long" role="status">
            {' '}
            {t('tooLong')
              .replace('{over}', number(over, language))
              .replace('{limit}', number(limit, language))}
          </span>
        )}
      </div>
    </>
  );
}
