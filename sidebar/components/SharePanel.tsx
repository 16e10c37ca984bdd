/**
 * Sharing through Drive: save the journey as `<title>.journey.json` (a second save is a new
 * revision of the same file), open one of the journeys saved earlier, and save the form's choices
 * as a named team template. Problems go to the section's feedback; successes stay here, with
 * the file's link. A save goes over the journey's own file (opened or last saved while the user
 * edits that journey), and asks first when a teammate changed it since (or it is view-only);
 * "Choose a shared journey…" adds a teammate's file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListedFile, SavedFile, SaveMode } from '../../src/hosts/drive/json-files';
import type { JourneyDocument, Persona } from '../../src/model/types';
import type { TeamTemplate } from '../../src/share/template';
import type { DriveJourneyFile } from '../app-state';
import { useT } from '../i18n';
import { callServer } from '../rpc';
import { type Form, templateFromForm } from '../state';
import type { BusyKey, RunTask } from '../tasks';
import { useSafeSave, useTeamText } from '../team-sharing';
import { DriveFiles } from './DriveFiles';
import { PersonaLibrary } from './PersonaLibrary';
import { PickerButton } from './PickerButton';
import { SaveQuestion } from './SaveQuestion';

function SavedLink({ saved, template }: { saved: SavedFile; template: boolean }) {
  const t = useT();
  const what = template
    ? t('templateSaved')
    : saved.created
      ? t('savedNew')
      : `${t('savedUpdated')} ${saved.revision}${t('savedUpdatedEnd')}`;
  return (
    <p class="notice" role="status" data-testid={template ? 'template-saved' : 'drive-saved'}>
      {what}:{' '}
      <a href={saved.url} target="_blank" rel="noopener noreferrer">
        {saved.name}
      </a>
    </p>
  );
}

export function SharePanel({
  form,
  disabled,
  busy,
  run,
  getDocument,
  driveFile,
  journey,
  onOpened,
  onSaved,
  onTemplateSaved,
  onAddPersona,
}: {
  form: Form;
  disabled: boolean;
  busy: BusyKey | null;
  run: RunTask;
  /** The journey to save (the read-back when there is one), or undefined once its problems are shown. */
  getDocument: () => JourneyDocument | undefined;
  /** The journey's own file (opened or last saved), which a save goes over. */
  driveFile: DriveJourneyFile | null;
  /** Which journey the form holds (app-state.ts): a question about the one before is dropped. */
  journey: number;
  onOpened: (doc: JourneyDocument, file: ListedFile, opened: DriveJourneyFile) => void;
  onSaved: (file: DriveJourneyFile, journey: number) => void;
  onTemplateSaved: () => void;
  /** A persona from a team library in Drive joins the journey's personas. */
  onAddPersona: (persona: Persona) => void;
}) {
  const t = useT();
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [files, setFiles] = useState<ListedFile[] | null>(null);
  const [templateName, setTemplateName] = useState('');
  const [savedTemplate, setSavedTemplate] = useState<SavedFile | null>(null);
  const tt = useTeamText();
  // The journey being saved, kept while the user answers a question about it.
  const pending = useRef<JourneyDocument | null>(null);
  // Over the journey's own file only (app-state.ts driveFile): a journey started since has none,
  // so its first save makes a new file, or asks when one of its name is there.
  const base = driveFile && { fileId: driveFile.fileId, revision: driveFile.revision };
  const safe = useSafeSave((_base, mode) =>
    callServer('saveJourneyFile', pending.current as JourneyDocument, base, mode),
  );
  // A question asked about a journey is not answered for the next one.
  useEffect(() => safe.dismiss(), [journey]);
  // A template is saved by its name, never over the file last saved (another name is another
  // template): the server finds it and asks when a teammate saved it last.
  const pendingTemplate = useRef<TeamTemplate | null>(null);
  const safeTemplate = useSafeSave((_base, mode) =>
    callServer('saveTemplateFile', pendingTemplate.current as TeamTemplate, null, mode),
  );

  const save = async (mode?: SaveMode) => {
    setSaved(null);
    const doc = mode && pending.current ? pending.current : getDocument();
    if (!doc) return;
    pending.current = doc;
    const started = journey;
    const result = await run('save-drive', 'share', () => safe.run(mode));
    if (result) {
      setSaved(result);
      onSaved({ fileId: result.fileId, revision: result.revision }, started);
    }
  };

  const list = async () => {
    const result = await run('list-drive', 'share', () => callServer('listDriveJourneys'));
    if (result) setFiles(result);
  };

  const open = async (file: ListedFile) => {
    const opened = await run('open-drive', 'share', () =>
      callServer('openSharedFile', 'document', file.fileId),
    );
    if (!opened) return;
    const { fileId, revision, readOnly, name } = opened.file;
    onOpened(opened.value as JourneyDocument, file, {
      fileId,
      revision,
      ...(readOnly ? { readOnly: name } : {}),
    });
  };

  const saveTemplate = async (mode?: SaveMode) => {
    setSavedTemplate(null);
    if (!mode || !pendingTemplate.current) pendingTemplate.current = templateFromForm(form, templateName);
    const result = await run('save-template', 'share', () => safeTemplate.run(mode));
    if (result) {
      setSavedTemplate(result);
      onTemplateSaved();
    }
  };

  return (
    <div class="share">
      <p class="secondary small">{t('shareHelp')}</p>
      <div class="buttons">
        <button type="button" id="save-drive" disabled={disabled} onClick={() => save()}>
          {busy === 'save-drive' ? t('saving') : t('saveToDrive')}
        </button>
        <button type="button" id="open-drive" disabled={disabled} onClick={list}>
          {busy === 'list-drive' ? t('listing') : t('openFromDrive')}
        </button>
      </div>
      {safe.question && (
        <SaveQuestion question={safe.question} disabled={disabled} onAnswer={save} onCancel={safe.dismiss} />
      )}
      {saved && <SavedLink saved={saved} template={false} />}
      {driveFile?.readOnly && (
        <p class="secondary small" data-testid="journey-read-only">
          {driveFile.readOnly} {tt('openedReadOnly')}
        </p>
      )}
      <PickerButton kind="document" disabled={disabled} onPicked={list} />
      {files && <DriveFiles files={files} disabled={disabled} onOpen={open} />}

      <h3>{t('saveTemplate')}</h3>
      <p class="secondary small">{t('templateHelp')}</p>
      <label for="template-name">{t('templateName')}</label>
      <input
        id="template-name"
        type="text"
        maxLength={100}
        value={templateName}
        disabled={disabled}
        onInput={(e) => setTemplateName(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && templateName.trim() !== '') saveTemplate();
        }}
      />
      <div class="buttons">
        <button
          type="button"
          id="save-template"
          disabled={disabled || templateName.trim() === ''}
          onClick={() => saveTemplate()}
        >
          {busy === 'save-template' ? t('saving') : t('saveTemplate')}
        </button>
      </div>
      {safeTemplate.question && (
        <SaveQuestion
          question={safeTemplate.question}
          disabled={disabled}
          onAnswer={saveTemplate}
          onCancel={safeTemplate.dismiss}
        />
      )}
      {savedTemplate && <SavedLink saved={savedTemplate} template />}
      {/* Under Share, not beside the persona form: Drive work stays out of the way to Build. */}
      <PersonaLibrary personas={form.personas} disabled={disabled} onAdd={onAddPersona} />
    </div>
  );
}
