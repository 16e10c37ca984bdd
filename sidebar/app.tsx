/**
 * The sidebar application: starts from the data the server printed into the page (the open
 * file's journeys included; one server call only on a retry), then walks a beginner through
 * template → personas → lanes → build, and offers read-back, JSON export / import, sharing through
 * Drive, snapshots with their difference, and sending the journey to the other editor. Each user
 * action is one server call (a build is one per batch of personas, which is what moves the
 * progress bar); every control is disabled while work is under way, and every failure is shown as
 * translated problems in the section it belongs to.
 *
 * The shared state and its reducer are in app-state.ts (with the helpers in use-app.ts), each
 * feature's own state and actions in features/, and each step of the page in sections/.
 */
import { useBuild } from './features/build';
import { useDirectGrant } from './features/direct-grant';
import { useReadBack } from './features/read-back';
import { useStart } from './features/start';
import { useTeam } from './features/team';
import { LanguageContext } from './i18n';
import { BuildStep } from './sections/BuildStep';
import { LanesStep, PersonasStep } from './sections/FormSteps';
import { ShareStep } from './sections/ShareStep';
import { StartArea } from './sections/StartArea';
import { TemplateStep } from './sections/TemplateStep';
import { VersionsStep } from './sections/VersionsStep';
import { useApp } from './use-app';

export function App() {
  const app = useApp();
  const start = useStart(app);
  const building = useBuild(app);
  const reading = useReadBack(app, building.build);
  const team = useTeam(app);
  const direct = useDirectGrant(app, building.builds);

  return (
    <LanguageContext.Provider value={app.state.ui}>
      <main aria-busy={app.state.busy !== null}>
        <h1>{app.t('appTitle')}</h1>
        <StartArea app={app} onRetry={start} readBack={reading} />
        <TemplateStep app={app} team={team} />
        <PersonasStep app={app} />
        <LanesStep app={app} />
        <BuildStep app={app} building={building} reading={reading} direct={direct} />
        <ShareStep app={app} team={team} />
        <VersionsStep app={app} />
      </main>
    </LanguageContext.Provider>
  );
}
