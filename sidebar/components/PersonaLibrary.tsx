/**
 * Team persona libraries in Drive (`<name>.personas.json`), beside the user's and the file's own
 * libraries: save the journey's personas to one (a new revision when saved again, a question when
 * a teammate changed it meanwhile), list the ones saved or picked, choose a teammate's with Google
 * Picker, open one and add its personas to the journey.
 */
import { useRef, useState } from 'preact/hooks';
import type { ListedFile, SavedFile, SaveMode } from '../../src/hosts/drive/json-files';
import type { OpenedFile } from '../../src/hosts/drive/shared-files';
import type { Problem } from '../../src/model/problems';
import type { Persona } from '../../src/model/types';
import type { PersonaLibraryFile } from '../../src/share/persona-library';
import { callServer } from '../rpc';
import { attempt } from '../tasks';
import { inJourney, mergeIntoLibrary, useSafeSave, useTeamText } from '../team-sharing';
import { PickerButton } from './PickerButton';
import { Problems } from './Problems';
import { SaveQuestion } from './SaveQuestion';

export function PersonaLibrary({
  personas,
  disabled,
  onAdd,
}: {
  personas: readonly Persona[];
  disabled: boolean;
  onAdd: (persona: Persona) => void;
}) {
  const tt = useTeamText();
  const [name, setName] = useState('');
  const [files, setFiles] = useState<ListedFile[] | null>(null);
  const [opened, setOpened] = useState<{ file: OpenedFile; library: PersonaLibraryFile } | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  // What the last save sent: an opened library then holds it (the next save adds to that).
  const sent = useRef<Persona[]>([]);
  const safe = useSafeSave((base, mode) => {
    sent.current =
      opened && name.trim() === opened.library.name
        ? mergeIntoLibrary(opened.library.personas, personas)
        : [...personas];
    return callServer('savePersonaLibrary', { name, personas: sent.current }, base, mode);
  });
  const off = disabled || busy;

  const task = async (body: () => Promise<void>) => {
    setBusy(true);
    setProblems([]);
    try {
      await body();
    } finally {
      setBusy(false);
    }
  };

  const list = () =>
    task(async () => {
      const result = await attempt(() => callServer('listSharedFiles', 'personas'));
      if (result.ok) setFiles(result.value);
      else setProblems(result.problems);
    });

  const open = (fileId: string) =>
    task(async () => {
      const result = await attempt(() => callServer('openSharedFile', 'personas', fileId));
      if (!result.ok) return setProblems(result.problems);
      const library = result.value.value as PersonaLibraryFile;
      setOpened({ file: result.value.file, library });
      setName(library.name);
      safe.opened(result.value.file);
    });

  const save = (mode?: SaveMode) =>
    task(async () => {
      setSaved(null);
      const result = await safe.run(mode);
      if (!result.ok) return setProblems(result.problems);
      if (result.value) {
        setSaved(result.value);
        if (opened && name.trim() === opened.library.name && result.value.fileId === opened.file.fileId)
          setOpened({ ...opened, library: { ...opened.library, personas: sent.current } });
        if (files) await list();
      }
    });

  return (
    <section class="team-library" aria-labelledby="team-library-title">
      <h3 id="team-library-title">{tt('libraryTitle')}</h3>
      <p class="secondary small">{tt('libraryHelp')}</p>
      <label for="team-library-name">{tt('libraryName')}</label>
      <input
        id="team-library-name"
        type="text"
        maxLength={100}
        value={name}
        disabled={off}
        onInput={(e) => {
          setName(e.currentTarget.value);
          // Another name is another library: the file opened before is no longer the one to save over.
          if (e.currentTarget.value.trim() !== opened?.library.name) safe.forget();
        }}
      />
      <div class="buttons">
        <button
          type="button"
          id="save-team-library"
          disabled={off || name.trim() === '' || personas.length === 0}
          onClick={() => save()}
        >
          {tt('saveLibrary')}
        </button>
        <button type="button" id="show-team-libraries" disabled={off} onClick={list}>
          {tt('showLibraries')}
        </button>
      </div>
      {safe.question && (
        <SaveQuestion question={safe.question} disabled={off} onAnswer={save} onCancel={safe.dismiss} />
      )}
      {saved && (
        <p class="notice" role="status" data-testid="team-library-saved">
          {tt('librarySaved')}: {saved.name} ({tt('revision')} {saved.revision})
        </p>
      )}
      <PickerButton
        kind="personas"
        disabled={off}
        onPicked={async (picked) => {
          await list();
          if (picked[0]) await open(picked[0].fileId);
        }}
      />
      {files &&
        (files.length === 0 ? (
          <p class="secondary">{tt('noLibraries')}</p>
        ) : (
          <ul class="drive-files team-libraries">
            {files.map((f) => (
              <li key={f.fileId} data-file-id={f.fileId}>
                <span class="file-name">{f.name}</span>
                {f.owner && (
                  <span class="secondary small">
                    {' '}
                    · {tt('sharedBy')} {f.owner}
                  </span>
                )}
                {f.readOnly && <span class="secondary small"> · {tt('viewOnly')}</span>}
                <button
                  type="button"
                  class="small-button"
                  aria-label={`${tt('open')}: ${f.name}`}
                  disabled={off}
                  onClick={() => open(f.fileId)}
                >
                  {tt('open')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {opened && (
        <div class="opened-library" data-file-id={opened.file.fileId}>
          <h4>{opened.library.name}</h4>
          {opened.file.readOnly && (
            <p class="secondary small" data-testid="library-read-only">
              {opened.file.name} {tt('openedReadOnly')}
            </p>
          )}
          <ul>
            {opened.library.personas.map((p) => (
              <li key={p.id} data-persona-id={p.id}>
                <span class="name-text">{p.name}</span>{' '}
                <button
                  type="button"
                  class="small-button"
                  aria-label={`${tt('add')}: ${p.name}`}
                  disabled={off || inJourney(personas, p)}
                  onClick={() => onAdd(p)}
                >
                  {inJourney(personas, p) ? tt('added') : tt('add')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Problems problems={problems} onDismiss={() => setProblems([])} />
    </section>
  );
}
