/**
 * The read-back: filled cells per stage and persona (where the map is still empty), the findings
 * the reader could not place (with their cell address and text), and the JSON model itself.
 */
import type { Finding } from '../../src/read/findings';
import type { ReadBack } from '../../src/server/rpc';
import { useLanguage, useT } from '../i18n';

function Findings({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const language = useLanguage();
  if (findings.length === 0) return <p class="secondary">{t('noFindings')}</p>;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`}>
          <span class="path">{[f.where, f.path].filter(Boolean).join(' ')}</span> {f.message[language]}
          {f.text && <q class="finding-text">{f.text}</q>}
        </li>
      ))}
    </ul>
  );
}

export function ReadBackView({ readBack, onUse }: { readBack: ReadBack; onUse: () => void }) {
  const t = useT();
  const { summary, document, findings } = readBack;
  return (
    <div class="readback">
      {/* Focused when a read-back finishes, so it is announced and Tab goes on from here. */}
      <h3 id="readback-title" tabIndex={-1}>
        {t('summary')}
      </h3>
      <div class="table-wrap">
        <table class="summary">
          <thead>
            <tr>
              <th scope="col">{t('stage')}</th>
              {summary.personas.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.stages.map((stage, s) => (
              <tr key={stage.id}>
                <th scope="row">{stage.label}</th>
                {summary.personas.map((p) => (
                  <td key={p.id}>
                    {p.filledPerStage[s] ?? 0}/{summary.lanesPerStage}
                  </td>
                ))}
              </tr>
            ))}
            <tr class="total">
              <th scope="row">{t('total')}</th>
              {summary.personas.map((p) => (
                <td key={p.id}>{p.total}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h3>{t('findings')}</h3>
      <Findings findings={findings} />
      <details open>
        <summary>{t('jsonModel')}</summary>
        <pre class="json" data-testid="readback-json">
          {JSON.stringify(document, null, 2)}
        </pre>
      </details>
      <button type="button" onClick={onUse}>
        {t('useReadBack')}
      </button>
    </div>
  );
}
