/**
 * Stage names for the frameworks whose stages users choose (service blueprint, experience map):
 * rename, add, remove and reorder them. Each stage keeps its id through all of these, so its cells
 * in the document follow it; "back to the defaults" restores the framework's own stages.
 */
import { LIMITS } from '../../src/model/types';
import { useT } from '../i18n';
import { addStage, type Form, move, resetStages, stageList, stagesEditable, withStages } from '../state';
import { LimitedText } from './LimitedText';
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
  const stages = stageList(form);
  const set = (next: typeof stages) => onChange(withStages(form, next));
  return (
    <fieldset class="stages">
      <legend>{t('stagesTitle')}</legend>
      <p class="secondary small">{t('stagesHelp')}</p>
      <ol class="stage-list">
        {stages.map((stage, i) => {
          const shown = stage.label.trim() || `${t('stage')} ${i + 1}`;
          return (
            <li key={stage.id} class="stage-row">
              <LimitedText
                id={`stage-name-${i}`}
                value={stage.label}
                limit={LIMITS.labelLength}
                label={`${t('stageName')} ${i + 1}`}
                disabled={disabled}
                onInput={(value) => set(stages.map((s, j) => (j === i ? { ...s, label: value } : s)))}
              />
              <span class="tools">
                <MoveButtons
                  name={shown}
                  index={i}
                  count={stages.length}
                  disabled={disabled}
                  onMove={(by) => set(move(stages, i, by))}
                />
                <button
                  type="button"
                  class="icon"
                  aria-label={`${t('remove')}: ${shown}`}
                  title={t('remove')}
                  disabled={disabled || stages.length <= 1}
                  onClick={() => set(stages.filter((_, j) => j !== i))}
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
          disabled={disabled || stages.length >= LIMITS.stages}
          onClick={() => {
            onChange(addStage(form, `${t('newStage')} ${stages.length + 1}`));
            setTimeout(() => document.getElementById(`stage-name-${stages.length}`)?.focus(), 0);
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
