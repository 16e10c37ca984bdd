/**
 * Step 5, share through Drive: the journey as a file, a journey opened back into the form, the
 * form as a team template, personas added from a team persona library.
 */
import { SharePanel } from '../components/SharePanel';
import type { TeamFeature } from '../features/team';
import { addPersonaFromLibrary } from '../state';
import type { AppCore } from '../use-app';
import { AreaFeedback } from './AreaFeedback';

export function ShareStep({ app, team }: { app: AppCore; team: TeamFeature }) {
  const { state, dispatch, t, report, disabled, run, documentFor } = app;
  return (
    <section aria-labelledby="step-share">
      <h2 id="step-share">{t('stepShare')}</h2>
      <SharePanel
        form={state.form}
        disabled={disabled}
        busy={state.busy}
        run={run}
        getDocument={() => documentFor('share')}
        driveFile={state.driveFile}
        journey={state.journey}
        onOpened={(doc, file, opened) => {
          dispatch({ type: 'read-back', readBack: null });
          dispatch({ type: 'adopt', doc, file: opened });
          report('share', [], `${t('opened')}: ${file.name}`);
        }}
        onSaved={(file, journey) => dispatch({ type: 'drive-saved', file, journey })}
        onTemplateSaved={team.forgetTeam}
        onAddPersona={(persona) =>
          dispatch({ type: 'form', form: addPersonaFromLibrary(state.form, persona) })
        }
      />
      <AreaFeedback app={app} area="share" />
    </section>
  );
}
