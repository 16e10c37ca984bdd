/**
 * The difference between two snapshots, per persona and stage: how many cells were added,
 * changed and removed, and the cells themselves (lane, before → after). Cell texts are whatever
 * people typed into the sheet, so they are rendered as text only.
 */
import type { CellChange, JourneyDiff, StageDiff } from '../../src/share/diff';
import { type TextKey, useT } from '../i18n';
import { cellText } from '../versions';

type Kind = 'added' | 'changed' | 'removed';
const KINDS: Kind[] = ['added', 'changed', 'removed'];
const MARK: Record<Kind, string> = { added: '+', changed: '~', removed: '−' };

function Counts({ added, changed, removed }: Record<Kind, number>) {
  const t = useT();
  const counts = { added, changed, removed };
  return (
    <span class="diff-counts">
      {KINDS.map((k) => (
        <span key={k} class={`diff-count ${k}`}>
          {counts[k]} {t(k as TextKey)}
        </span>
      ))}
    </span>
  );
}

function Change({ kind, change }: { kind: Kind; change: CellChange }) {
  const t = useT();
  const before = cellText(change.before);
  const after = cellText(change.after);
  return (
    <li class={`diff-cell ${kind}`} data-kind={kind}>
      <span class="diff-mark" aria-hidden="true">
        {MARK[kind]}
      </span>
      <span class="visually-hidden">{t(kind)}</span> <span class="diff-lane">{change.laneLabel}</span>:{' '}
      {kind !== 'added' && <del class="diff-before">{before || t('emptyCell')}</del>}
      {kind === 'changed' && ' → '}
      {kind !== 'removed' && <ins class="diff-after">{after || t('emptyCell')}</ins>}
    </li>
  );
}

function Stage({ stage }: { stage: StageDiff }) {
  return (
    <li class="diff-stage" data-stage={stage.stageId}>
      <strong>{stage.stageLabel}</strong>{' '}
      <Counts added={stage.added.length} changed={stage.changed.length} removed={stage.removed.length} />
      <ul class="diff-cells">
        {KINDS.flatMap((kind) =>
          stage[kind].map((change) => (
            <Change key={`${kind}:${change.laneId}`} kind={kind} change={change} />
          )),
        )}
      </ul>
    </li>
  );
}

export function SnapshotDiff({ diff }: { diff: JourneyDiff }) {
  const t = useT();
  const { totals } = diff;
  if (totals.added + totals.changed + totals.removed === 0 && diff.personas.length === 0) {
    return (
      <p class="notice" role="status" data-testid="diff-none">
        {t('noDifference')}
      </p>
    );
  }
  return (
    <div class="diff" data-testid="diff">
      <h3>
        {t('diffTitle')} <Counts {...totals} />
      </h3>
      {diff.personas.map((persona) => (
        <section key={persona.personaId} class="diff-persona" aria-label={persona.personaName}>
          <h4>
            {persona.personaName}
            {persona.status !== 'both' && (
              <span class="secondary small">
                {' '}
                ({t(persona.status === 'added' ? 'personaAdded' : 'personaRemoved')})
              </span>
            )}
          </h4>
          <ul class="diff-stages">
            {persona.stages.map((stage) => (
              <Stage key={stage.stageId} stage={stage} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
