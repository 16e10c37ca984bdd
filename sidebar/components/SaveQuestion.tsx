/**
 * The question a Drive save asks instead of overwriting: a teammate changed the file since it was
 * opened, or a new journey's first save found a file of its name (save over it, or as a copy), or
 * it is shared view-only (a copy only).
 */
import type { SaveMode } from '../../src/hosts/drive/json-files';
import { useLanguage } from '../i18n';
import type { SaveQuestion as Question } from '../team-sharing';
import { useTeamText } from '../team-sharing';

export function SaveQuestion({
  question,
  disabled,
  onAnswer,
  onCancel,
}: {
  question: Question;
  disabled: boolean;
  onAnswer: (mode: SaveMode) => void;
  onCancel: () => void;
}) {
  const tt = useTeamText();
  const language = useLanguage();
  return (
    <div class="save-question" role="alertdialog" aria-live="assertive" data-code={question.problem.code}>
      <p class="error">{question.problem.message[language]}</p>
      <div class="buttons">
        {question.canOverwrite && (
          <button type="button" class="overwrite" disabled={disabled} onClick={() => onAnswer('overwrite')}>
            {tt('overwrite')}
          </button>
        )}
        <button type="button" class="save-copy action" disabled={disabled} onClick={() => onAnswer('copy')}>
          {tt('saveCopy')}
        </button>
        <button type="button" class="cancel" disabled={disabled} onClick={onCancel}>
          {tt('cancel')}
        </button>
      </div>
    </div>
  );
}
