/**
 * Step 1, the template: the gallery (frameworks and team templates) with the preview of what the
 * form makes, the template's language, a filled-in sample or back to the empty template, and the
 * stage names of frameworks whose stages the user chooses.
 */
import { SAMPLE_PERSONA_ID, sampleJourney } from '../../src/catalog';
import type { Language } from '../../src/model/types';
import { JourneyPreview } from '../components/JourneyPreview';
import { StageEditor } from '../components/StageEditor';
import { TemplateGallery } from '../components/TemplateGallery';
import type { TeamFeature } from '../features/team';
import { chooseFramework, type Form, formMatchesDocument } from '../state';
import type { AppCore } from '../use-app';
import { AreaFeedback } from './AreaFeedback';

export function TemplateStep({ app, team }: { app: AppCore; team: TeamFeature }) {
  const { state, dispatch, t, report, clearFeedback, disabled, adoptDocument } = app;
  const { form, loaded, startOpen, busy } = state;
  const setForm = (next: Form) => dispatch({ type: 'form', form: next });
  const matching = loaded && formMatchesDocument(form, loaded) ? loaded : null;

  /** A finished example of the chosen framework, in the form: Build shows what a filled map looks like. */
  const trySample = () => {
    clearFeedback();
    const sample = sampleJourney(form.frameworkId, form.language);
    if (!sample.ok) {
      report('template', sample.problems);
      return;
    }
    adoptDocument(sample.value);
    report('template', [], t('sampleLoaded'));
  };

  /** Back to the chosen framework's empty template, without the sample's persona and text. */
  const startEmpty = () => {
    clearFeedback();
    dispatch({ type: 'start-empty' });
  };

  return (
    <section aria-labelledby="step-template">
      <h2 id="step-template">{t('stepTemplate')}</h2>
      {matching && (
        <p class="notice">
          {t('usingImported')}: <strong>{matching.title}</strong>
        </p>
      )}
      <TemplateGallery
        key={startOpen ? 'open' : 'folded'}
        frameworkId={form.frameworkId}
        disabled={disabled}
        startOpen={startOpen}
        onChoose={(id) => dispatch({ type: 'form', form: chooseFramework(form, id), fresh: true })}
        team={team.team}
        teamLoading={busy === 'team'}
        onShowTeam={team.showTeam}
        onPickTeam={team.pickTeam}
        preview={<JourneyPreview form={form} doc={matching} />}
      />
      <AreaFeedback app={app} area="template" />
      <label for="template-language">{t('templateLanguage')}</label>
      <select
        id="template-language"
        value={form.language}
        disabled={disabled}
        onChange={(e) => setForm({ ...form, language: e.currentTarget.value as Language })}
      >
        <option value="ja">日本語</option>
        <option value="en">English</option>
      </select>
      <div class="buttons">
        {matching?.personas.some((p) => p.id === SAMPLE_PERSONA_ID) ? (
          <button type="button" id="start-empty" disabled={disabled} onClick={startEmpty}>
            {t('startEmpty')}
          </button>
        ) : (
          <button type="button" id="try-sample" disabled={disabled} onClick={trySample}>
            {t('trySample')}
          </button>
        )}
      </div>
      <StageEditor form={form} disabled={disabled} onChange={setForm} />
    </section>
  );
}
