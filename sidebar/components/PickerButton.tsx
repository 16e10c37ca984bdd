/**
 * "Choose a teammate's file…": opens Google Picker (a dialog of its own) for one kind of Journey
 * Grid file, waits for the pick, and says what was added (and who shared it, view-only or not)
 * or why a file was refused. The caller refreshes its list afterwards.
 */
import { useState } from 'preact/hooks';
import type { ListedFile } from '../../src/hosts/drive/json-files';
import type { Problem } from '../../src/model/problems';
import type { SharedFileKind } from '../../src/share/files';
import { type TeamTextKey, usePicker, useTeamText } from '../team-sharing';
import { Problems } from './Problems';

const LABEL: Record<SharedFileKind, TeamTextKey> = {
  document: 'pickJourney',
  template: 'pickTemplate',
  personas: 'pickPersonas',
};

export function PickerButton({
  kind,
  disabled,
  onPicked,
}: {
  kind: SharedFileKind;
  disabled: boolean;
  onPicked: (files: ListedFile[]) => void;
}) {
  const tt = useTeamText();
  const { waiting, pick, stop } = usePicker();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<ListedFile[]>([]);
  const start = async () => {
    setProblems([]);
    setAdded([]);
    const result = await pick(kind);
    if (!result.ok) return setProblems(result.problems);
    setProblems(result.value.problems ?? []);
    const files = result.value.files ?? [];
    setAdded(files);
    if (result.value.state === 'picked') onPicked(files);
  };
  return (
    <div class="picker-button">
      <button type="button" class="link" id={`pick-${kind}`} disabled={disabled || waiting} onClick={start}>
        {tt(LABEL[kind])}
      </button>
      {waiting && (
        <p class="secondary small" role="status">
          {tt('waiting')}{' '}
          <button type="button" class="link" onClick={stop}>
            {tt('stopWaiting')}
          </button>
        </p>
      )}
      {added.length > 0 && (
        <p class="notice" role="status" data-testid={`picked-${kind}`}>
          {tt('picked')}:{' '}
          {added
            .map(
              (f) =>
                `${f.name}${f.owner ? ` (${tt('sharedBy')} ${f.owner})` : ''}${f.readOnly ? ` · ${tt('viewOnly')}` : ''}`,
            )
            .join(', ')}
        </p>
      )}
      <Problems problems={problems} onDismiss={() => setProblems([])} />
    </div>
  );
}
