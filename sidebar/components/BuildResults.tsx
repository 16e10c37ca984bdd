/**
 * What a build did, per persona: the sheet or slide it wrote, whether it was new, how many cells
 * kept the document's own text, and the print link; then the removals waiting for a yes or no.
 */
import type { BuildResult } from '../../src/hosts/build-types';
import type { PendingRemoval } from '../../src/read/rebuild';
import { useT } from '../i18n';

export interface PersonaBuild {
  personaId: string;
  personaName: string;
  result: BuildResult;
}

export function BuildResults({ builds }: { builds: readonly PersonaBuild[] }) {
  const t = useT();
  if (builds.length === 0) return null;
  return (
    <ul class="results" aria-label={t('built')} tabIndex={-1}>
      {builds.map(({ personaId, personaName, result }) => (
        <li key={personaId}>
          <span class="current">✓ </span>
          {t('built')}: <strong>{result.sheetName}</strong>{' '}
          <span class="secondary">
            ({result.created ? t('sheetCreated') : t('sheetUpdated')}
            {result.keptCells > 0 ? ` · ${result.keptCells} ${t('keptCells')}` : ''})
          </span>
          {personaName !== result.sheetName && <span class="secondary small"> · {personaName}</span>}
          {result.printUrl && (
            <div>
              <a href={result.printUrl} target="_blank" rel="noopener noreferrer">
                {t('printPdf')}
              </a>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Identical removals from several personas' sheets are listed once, with their cells summed. */
export function mergeRemovals(lists: readonly PendingRemoval[][]): PendingRemoval[] {
  const merged = new Map<string, PendingRemoval>();
  for (const removal of lists.flat()) {
    const key = `${removal.kind}:${removal.id}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, filledCells: seen.filledCells + removal.filledCells } : { ...removal });
  }
  return [...merged.values()];
}

export function PendingRemovals({
  removals,
  disabled,
  onConfirm,
  onKeep,
}: {
  removals: readonly PendingRemoval[];
  disabled: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const t = useT();
  if (removals.length === 0) return null;
  return (
    <section class="pending" aria-labelledby="pending-title">
      <h3 id="pending-title" tabIndex={-1}>
        {t('pendingTitle')}
      </h3>
      <p>{t('pendingIntro')}</p>
      <ul>
        {removals.map((r) => (
          <li key={`${r.kind}:${r.id}`}>
            {t(r.kind === 'stage' ? 'stage' : 'lane')}: <strong>{r.label}</strong>
            {r.filledCells > 0 && (
              <span class="error">
                {' '}
                ({r.filledCells} {t('filledCells')})
              </span>
            )}
          </li>
        ))}
      </ul>
      <div class="buttons">
        <button type="button" class="action" disabled={disabled} onClick={onConfirm}>
          {t('confirmRemove')}
        </button>
        <button type="button" disabled={disabled} onClick={onKeep}>
          {t('keepThem')}
        </button>
      </div>
    </section>
  );
}
