/**
 * What Build will make of the chosen framework, before building: its stage names in order (a loop
 * back named where the framework has one) and the ticked lanes, in the UI's language, with names
 * the user typed (own stages, custom lanes, a team template's) as they are. While the form is an
 * opened document (an import, a read-back, a sample), Build uses that document's own names, so
 * the preview shows those. A <details> open by default, so a keyboard user can fold it out of the
 * way in the 300 px sidebar.
 */
import { frameworkDef } from '../../src/catalog';
import type { JourneyDocument, LaneKind } from '../../src/model/types';
import { useLanguage, useT } from '../i18n';
import { type Form, laneKind, laneLabel, stageList, stagesEditable } from '../state';

type Named = { id: string; label: string; back?: string; kind?: LaneKind };

/** The stages as the user sees them: their own names, or the catalog's in the UI language. */
function previewStages(form: Form, ui: 'ja' | 'en', doc: JourneyDocument | null): Named[] {
  if (doc)
    return doc.stages.map((s) => ({ ...s, back: doc.stages.find((b) => b.id === s.loopsBackTo)?.label }));
  const framework = frameworkDef(form.frameworkId);
  if ((stagesEditable(form) && form.stageLabels) || !framework) return stageList(form);
  return framework.stages.map((s) => ({
    id: s.id,
    label: s.label[ui],
    back: framework.stages.find((b) => b.id === s.loopsBackTo)?.label[ui],
  }));
}

export function JourneyPreview({ form, doc }: { form: Form; doc: JourneyDocument | null }) {
  const t = useT();
  const ui = useLanguage();
  const stages = previewStages(form, ui, doc);
  const lanes: Named[] =
    doc?.lanes ??
    form.lanes.filter((l) => l.on).map((l) => ({ id: l.ref, label: laneLabel(l, ui), kind: laneKind(l) }));
  return (
    <details class="journey-preview" open>
      <summary>
        {t('preview')} ({stages.length} {t('stagesCount')} × {lanes.length} {t('lanesCount')})
      </summary>
      <p class="secondary small" id="preview-stages">
        {t('stagesTitle')}
      </p>
      <ol class="preview-stages" aria-labelledby="preview-stages">
        {stages.map((s) => (
          <li key={s.id}>
            <span class="stage-name">{s.label}</span>
            {s.back && (
              <span class="small">
                {' '}
                ↩ {ui === 'ja' ? `${s.back}${t('backTo')}` : `${t('backTo')} ${s.back}`}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p class="secondary small" id="preview-lanes">
        {t('lanesTitle')}
      </p>
      <ul class="preview-lanes" aria-labelledby="preview-lanes">
        {lanes.map((lane) => (
          <li key={lane.id}>
            <span class="lane-name">{lane.label}</span>
            {lane.kind === 'emotion' && <span class="secondary small"> {t('scoreRange')}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
