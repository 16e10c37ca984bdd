/** Step 6, versions: snapshots of the read-back kept in the file, and their difference. */
import { VersionsPanel } from '../components/VersionsPanel';
import type { AppCore } from '../use-app';
import { AreaFeedback } from './AreaFeedback';

export function VersionsStep({ app }: { app: AppCore }) {
  const { state, t, disabled, hostReady, run } = app;
  return (
    <section aria-labelledby="step-versions">
      <h2 id="step-versions">{t('stepVersions')}</h2>
      <VersionsPanel
        readBack={state.readBack?.document ?? null}
        disabled={disabled || !hostReady}
        busy={state.busy}
        run={run}
      />
      <AreaFeedback app={app} area="versions" />
    </section>
  );
}
