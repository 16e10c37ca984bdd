/**
 * Sharing through Drive: save the journey as `<title>.journey.json` (a second save is a new
 * revision of the same file), open one of the journeys saved earlier, and save the form's choices
 * as a named team template. Problems go to the section's feedback; successes stay here, with
 * the file's link.
 */
import { useState } from 'preact/hooks';
import type { ListedFile, SavedFile } from '../../src/hosts/drive/json-files';
import type { JourneyDocument } from '../../src/model/types';
import { useT } from '../i18n';
import { callServer } from '../rpc';
import { type Form, templateFromForm } from '../state';
import type { BusyKey, RunTask } from '../tasks';
import { DriveFiles } from './DriveFiles';

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
  onOpened,
  onTemplateSaved,
}: {
  form: Form;
  disabled: boolean;
  busy: BusyKey | null;
  run: RunTask;
  /** The journey to save (the read-back when there is one), or undefined once its problems are shown. */
  getDocument: () => JourneyDocument | undefined;
  onOpened: (doc: JourneyDocument, file: ListedFile) => void;
  onTemplateSaved: () => void;
}) {
  const t = useT();
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [files, setFiles] = useState<ListedFile[] | null>(null);
  const [templateName, setTemplateName] = useState('');
  const [savedTemplate, setSavedTemplate] = useState<SavedFile | null>(null);

  const save = async () => {
    setSaved(null);
    const doc = getDocument();
    if (!doc) return;
    const result = await run('save-drive', 'share', () => callServer('saveToDrive', doc));
    if (result) setSaved(result);
  };

  const list = async () => {
    const result = await run('list-drive', 'share', () => callServer('listDriveJourneys'));
    if (result) setFiles(result);
  };

  const open = async (file: ListedFile) => {
    const doc = await run('open-drive', 'share', () => callServer('openFromDrive', file.fileId));
    if (doc) onOpened(doc, file);
  };

  const saveTemplate = async () => {
    setSavedTemplate(null);
    const template = templateFromForm(form, templateName);
    const result = await run('save-template', 'share', () => callServer('saveTeamTemplate', template));
    if (result) {
      setSavedTemplate(result);
      onTemplateSaved();
    }
  };

  return (
    <div class="share">
      <p class="secondary small">{t('shareHelp')}</p>
      <div class="buttons">
        <button type="button" id="save-drive" disabled={disabled} onClick={save}>
          {busy === 'save-drive' ? t('saving') : t('saveToDrive')}
        </button>
        <button type="button" id="open-drive" disabled={disabled} onClick={list}>
          {busy === 'list-drive' ? t('listing') : t('openFromDrive')}
        </button>
      </div>
      {saved && <SavedLink saved={saved} template={false} />}
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
          onClick={saveTemplate}
        >
          {busy === 'save-template' ? t('saving') : t('saveTemplate')}
        </button>
      </div>
      {savedTemplate && <SavedLink saved={savedTemplate} template />}
    </div>
  );
}
