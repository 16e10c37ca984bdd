/**
 * Stage names for the frameworks whose stages users choose (service blueprint, experience map):
 * rename, add, remove and reorder them. The names go to the model as `stageLabels`; "back to the
 * defaults" restores the framework's own stages.
 */
import { LIMITS } from '../../src/model/types';
import { useT } from '../i18n';
import { type Form, move, resetStages, stageNames, stagesEditable, withStageNames } from '../state';
import { MoveButtons } from './MoveButtons';

export function StageEditor({
  form,
  disabled,
  onChange,
}: {
  form: Form;
  disabled: boolean;
  onChange: (form: Form) => void;
}) {
  const t = useT();
  if (!stagesEditable(form)) return null;
  const names = stageNames(form);
  const set = (next: string[]) => onChange(withStageNames(form, next));
  return (
    <fieldset class="stages">
      <legend>{t('stagesTitle')}</legend>
      <p class="secondary small">{t('stagesHelp')}</p>
      <ol class="stage-list">
        {names.map((name, i) => {
          const shown = name.trim() || `${t('stage')} ${i + 1}`;
          return (
            // Keyed by position: stages have no id until the model is built, and the inputs are
            // controlled, so after a move each row simply shows its new name.
            <li key={`stage-${i}`} class="stage-row">
              <input
                id={`stage-name-${i}`}
                type="text"
                maxLength={200}
                value={name}
                aria-label={`${t('stageName')} ${i + 1}`}
                disabled={disabled}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  set(names.map((n, j) => (j === i ? value : n)));
                }}
              />
              <span class="tools">
                <MoveButtons
                  name={shown}
                  index={i}
                  count={names.length}
                  disabled={disabled}
                  onMove={(by) => set(move(names, i, by))}
                />
                <button
                  type="button"
                  class="icon"
                  aria-label={`${t('remove')}: ${shown}`}
                  title={t('remove')}
                  disabled={disabled || names.length <= 1}
                  onClick={() => set(names.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div class="buttons">
        <button
          type="button"
          id="add-stage"
          disabled={disabled || names.length >= LIMITS.stages}
          onClick={() => {
            set([...names, `${t('newStage')} ${names.length + 1}`]);
            setTimeout(() => document.getElementById(`stage-name-${names.length}`)?.focus(), 0);
          }}
        >
          {t('addStage')}
        </button>
        {form.stageLabels && (
          <button type="button" class="link" disabled={disabled} onClick={() => onChange(resetStages(form))}>
            {t('resetStages')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
