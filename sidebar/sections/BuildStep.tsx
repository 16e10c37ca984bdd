/**
 * Step 4, build and read back: the grey-examples choice, Build with its progress (and the offer to
 * let Journey Grid open the file directly, when it may not yet), each persona's
 * result and the question about team text a rebuild would remove; Read back (all journeys or the
 * open sheet's), JSON export and import, sending to the other editor, a recognised hand-made
 * grid to adopt, and the read-back itself.
 */
import { useRef } from 'preact/hooks';
import { AdoptPanel } from '../components/AdoptPanel';
import { BuildResults, PendingRemovals } from '../components/BuildResults';
import { DirectGrant } from '../components/DirectGrant';
import { Progress } from '../components/Progress';
import { ReadBackView } from '../components/ReadBackView';
import { SendButton } from '../components/SendButton';
import type { BuildFeature } from '../features/build';
import type { DirectGrantFeature } from '../features/direct-grant';
import { useJsonFile } from '../features/json-file';
import type { ReadBackFeature } from '../features/read-back';
import type { AppCore } from '../use-app';
import { AreaFeedback } from './AreaFeedback';

export function BuildStep({
  app,
  building,
  reading,
  direct,
}: {
  app: AppCore;
  building: BuildFeature;
  reading: ReadBackFeature;
  direct: DirectGrantFeature;
}) {
  const { state, dispatch, t, disabled, hostReady, run, documentFor, adoptDocument } = app;
  const { form, boot, busy, readBack } = state;
  const { build, progress, builds, pending } = building;
  const { exportJson, importJson } = useJsonFile(app);
  const fileInput = useRef<HTMLInputElement>(null);
  const buildLabel = boot?.host === 'slides' ? t('buildInSlides') : t('buildInSheets');

  return (
    <section aria-labelledby="step-build">
      <h2 id="step-build">{t('stepBuild')}</h2>
      <div class="check">
        <input
          id="hints"
          type="checkbox"
          checked={form.hints}
          disabled={disabled}
          onChange={(e) => dispatch({ type: 'form', form: { ...form, hints: e.currentTarget.checked } })}
        />
        <label for="hints">{t('hints')}</label>
      </div>
      <div class="buttons">
        <button
          type="button"
          class="action"
          id="build"
          disabled={disabled || !hostReady || form.personas.length === 0}
          onClick={() => build(false)}
        >
          {busy === 'build' ? t('working') : buildLabel}
        </button>
      </div>
      {progress && <Progress {...progress} />}
      <AreaFeedback app={app} area="build" />
      <BuildResults builds={builds} />
      {/* After the build's own outcome, so its problems stay the first the build focuses (features/focus.ts). */}
      <DirectGrant feature={direct} host={boot?.host ?? 'none'} disabled={disabled} />
      {pending && (
        <PendingRemovals
          removals={pending.removals}
          disabled={disabled}
          onConfirm={() => build(true, pending.personaIds)}
          onKeep={building.keepPending}
        />
      )}

      <div class="read-row">
        <label for="read-scope">{t('readScope')}</label>
        <select
          id="read-scope"
          value={reading.readScope}
          disabled={disabled}
          onChange={(e) => reading.setReadScope(e.currentTarget.value === 'active' ? 'active' : 'all')}
        >
          <option value="all">{t('scopeAll')}</option>
          <option value="active">{t('scopeActive')}</option>
        </select>
      </div>
      <div class="buttons">
        <button type="button" id="read-back" disabled={disabled || !hostReady} onClick={reading.read}>
          {busy === 'read' ? t('reading') : t('readBack')}
        </button>
        <button type="button" id="export-json" disabled={disabled} onClick={exportJson}>
          {t('exportJson')}
        </button>
        <button type="button" id="import-json" disabled={disabled} onClick={() => fileInput.current?.click()}>
          {t('importJson')}
        </button>
        <input
          ref={fileInput}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-label={t('importJson')}
          onChange={(e) => {
            const input = e.currentTarget;
            importJson(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      <SendButton
        host={boot?.host ?? 'none'}
        disabled={disabled}
        busy={busy}
        run={run}
        getDocument={() => documentFor('build')}
        hints={form.hints}
      />
      {readBack?.recognition && (
        <AdoptPanel
          key={readBack.document.title}
          readBack={readBack}
          disabled={disabled}
          onAdopt={reading.adoptGrid}
        />
      )}
      {readBack && (
        <ReadBackView
          readBack={readBack}
          onUse={() => {
            adoptDocument(readBack.document);
          }}
        />
      )}
    </section>
  );
}
