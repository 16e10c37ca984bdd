/**
 * Versions: keep the current read-back as a snapshot in the file's own storage (with how much of
 * that storage is used and the rule that the oldest go first), list the snapshots, choose two and
 * compare them. The list is loaded on demand, so opening the sidebar stays one server call.
 */
import { useState } from 'preact/hooks';
import type { JourneyDocument } from '../../src/model/types';
import type { JourneyDiff } from '../../src/share/diff';
import type { SnapshotList } from '../../src/share/snapshots';
import { useLanguage, useT } from '../i18n';
import { callServer } from '../rpc';
import { cellCount } from '../share';
import type { BusyKey, RunTask } from '../tasks';
import { comparePair, keepExisting, snapshotTime, toggleChoice, usageText } from '../versions';
import { SnapshotDiff } from './SnapshotDiff';

export function VersionsPanel({
  readBack,
  disabled,
  busy,
  run,
}: {
  /** The journey last read back from the file: what a snapshot keeps. */
  readBack: JourneyDocument | null;
  disabled: boolean;
  busy: BusyKey | null;
  run: RunTask;
}) {
  const t = useT();
  const language = useLanguage();
  const [list, setList] = useState<SnapshotList | null>(null);
  /** After "Keep a snapshot": how many older snapshots made room for it. */
  const [kept, setKept] = useState<{ dropped: number } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [diff, setDiff] = useState<JourneyDiff | null>(null);

  const showList = (next: SnapshotList) => {
    setList(next);
    setChosen((c) => keepExisting(c, next.snapshots));
  };

  const keep = async () => {
    if (!readBack) return;
    setKept(null);
    const result = await run('snapshot', 'versions', () => callServer('takeSnapshot', readBack));
    if (!result) return;
    showList(result);
    setKept({ dropped: result.dropped.length });
  };

  const load = async () => {
    setKept(null);
    const result = await run('list-snapshots', 'versions', () => callServer('listJourneySnapshots'));
    if (result) showList(result);
  };

  const pair = list ? comparePair(chosen, list.snapshots) : null;
  const compare = async () => {
    if (!pair) return;
    setDiff(null);
    const [older, newer] = pair;
    const result = await run('compare', 'versions', () => callServer('compareSnapshots', older.id, newer.id));
    if (result) setDiff(result);
  };

  return (
    <div class="versions">
      <p class="secondary small">{t('versionsHelp')}</p>
      <div class="buttons">
        <button type="button" id="keep-snapshot" disabled={disabled || !readBack} onClick={keep}>
          {busy === 'snapshot' ? t('saving') : t('keepSnapshot')}
        </button>
        <button type="button" id="list-snapshots" disabled={disabled} onClick={load}>
          {busy === 'list-snapshots' ? t('listing') : t('showSnapshots')}
        </button>
      </div>
      {!readBack && <p class="secondary small">{t('readFirst')}</p>}
      {list && (
        <>
          <p class="usage" data-testid="snapshot-usage">
            {usageText(list, language)}
          </p>
          {kept && (
            <p class="notice" role="status">
              {t('snapshotKept')}
              {kept.dropped > 0 && ` · ${t('droppedOld')}: ${kept.dropped}`}
            </p>
          )}
          {list.snapshots.length === 0 && <p class="secondary">{t('noSnapshots')}</p>}
          {list.snapshots.length > 0 && (
            <fieldset class="snapshots">
              <legend>{t('chooseTwo')}</legend>
              <ul class="snapshot-list">
                {[...list.snapshots].reverse().map((s) => (
                  <li key={s.id} class="check" data-snapshot={s.id}>
                    <input
                      id={`snapshot-${s.id}`}
                      type="checkbox"
                      checked={chosen.includes(s.id)}
                      disabled={disabled}
                      onChange={() => {
                        setChosen(toggleChoice(chosen, s.id));
                        setDiff(null);
                      }}
                    />
                    <label for={`snapshot-${s.id}`}>
                      {snapshotTime(s.at, language)} · {s.title}{' '}
                      <span class="secondary small">({cellCount(s.filledCells, language)})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {list.snapshots.length < 2 ? (
            <p class="secondary" role="status" data-testid="nothing-to-compare">
              {t('needTwo')}
            </p>
          ) : (
            <div class="buttons">
              <button type="button" id="compare" disabled={disabled || !pair} onClick={compare}>
                {busy === 'compare' ? t('comparing') : t('compare')}
              </button>
            </div>
          )}
          {diff && <SnapshotDiff diff={diff} />}
        </>
      )}
    </div>
  );
}
