/**
 * Lanes (the rows of the grid): the framework's defaults ticked, lanes added from the library or
 * typed in as custom lanes, each movable up and down; unticked lanes stay listed but are left out.
 */
import { useState } from 'preact/hooks';
import { LANE_LIBRARY } from '../../src/catalog';
import { LANE_KINDS, type LaneKind, LIMITS } from '../../src/model/types';
import { type TextKey, useLanguage, useT } from '../i18n';
import {
  addCustomLane,
  addLibraryLane,
  duplicateLaneNames,
  type Form,
  isCustomLane,
  laneKind,
  laneLabel,
  move,
} from '../state';
import { LimitedText } from './LimitedText';
import { MoveButtons } from './MoveButtons';

const KIND_TEXT: Record<LaneKind, TextKey> = {
  text: 'kindText',
  emotion: 'kindEmotion',
  metric: 'kindMetric',
};

export function LaneEditor({
  form,
  disabled,
  onChange,
}: {
  form: Form;
  disabled: boolean;
  onChange: (form: Form) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [libraryPick, setLibraryPick] = useState('');
  const [customName, setCustomName] = useState('');
  const [customKind, setCustomKind] = useState<LaneKind>('text');
  const available = LANE_LIBRARY.filter((l) => !form.lanes.some((c) => c.ref === l.id));
  const setLanes = (lanes: Form['lanes']) => onChange({ ...form, lanes });
  const duplicates = duplicateLaneNames(form);
  const quote = (name: string) => (language === 'ja' ? `「${name}」` : `“${name}”`);

  return (
    <div class="lanes">
      <ul class="lane-list">
        {form.lanes.map((lane, i) => {
          const label = laneLabel(lane, language);
          // Custom lane ids come from files too ("library" is one), so they get a prefix of their own.
          const id = `lane-${isCustomLane(lane) ? 'own-' : ''}${lane.ref.replace(/[^a-z0-9-]/gi, '-')}`;
          return (
            <li key={lane.ref} class="lane">
              <input
                id={id}
                type="checkbox"
                checked={lane.on}
                disabled={disabled}
                onChange={(e) =>
                  setLanes(form.lanes.map((l, j) => (j === i ? { ...l, on: e.currentTarget.checked } : l)))
                }
              />
              <label for={id} class="lane-label">
                {label}
                {laneKind(lane) !== 'text' && (
                  <span class="secondary small">
                    {' '}
                    ({t(laneKind(lane) === 'emotion' ? 'scoreRange' : KIND_TEXT[laneKind(lane)])})
                  </span>
                )}
              </label>
              <span class="tools">
                <MoveButtons
                  name={label}
                  index={i}
                  count={form.lanes.length}
                  disabled={disabled}
                  onMove={(by) => setLanes(move(form.lanes, i, by))}
                />
                {isCustomLane(lane) && (
                  <button
                    type="button"
                    class="icon"
                    aria-label={`${t('remove')}: ${label}`}
                    title={t('remove')}
                    disabled={disabled}
                    onClick={() => setLanes(form.lanes.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {duplicates.length > 0 && (
        <p class="warning" role="status" id="duplicate-lanes">
          {t('duplicateLanes')} {duplicates.map(quote).join(language === 'ja' ? '' : ', ')}
        </p>
      )}
      {available.length > 0 && (
        <>
          <label for="lane-library">{t('addLane')}</label>
          <div class="row">
            <select
              id="lane-library"
              value={libraryPick}
              disabled={disabled}
              onChange={(e) => setLibraryPick(e.currentTarget.value)}
            >
              <option value="">{t('choose')}</option>
              {available.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label[language]}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={disabled || libraryPick === ''}
              onClick={() => {
                onChange(addLibraryLane(form, libraryPick));
                setLibraryPick('');
              }}
            >
              {t('add')}
            </button>
          </div>
        </>
      )}
      <fieldset class="custom-lane">
        <legend>{t('customLane')}</legend>
        <label for="custom-lane-name">{t('customLaneName')}</label>
        <LimitedText
          id="custom-lane-name"
          value={customName}
          limit={LIMITS.labelLength}
          disabled={disabled}
          onInput={setCustomName}
        />
        <label for="custom-lane-kind">{t('laneKind')}</label>
        <div class="row">
          <select
            id="custom-lane-kind"
            value={customKind}
            disabled={disabled}
            onChange={(e) => setCustomKind(e.currentTarget.value as LaneKind)}
          >
            {LANE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_TEXT[k])}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={disabled || customName.trim() === '' || customName.trim().length > LIMITS.labelLength}
            onClick={() => {
              onChange(addCustomLane(form, customName, customKind));
              setCustomName('');
            }}
          >
            {t('add')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
