/**
 * The `.journey.json` files Journey Grid saved in Drive, newest first, each with an Open button.
 * Names come from Drive (anyone the file is shared with may have renamed it): text only. A
 * teammate's file says who shared it, and whether it is view-only.
 */
import type { ListedFile } from '../../src/hosts/drive/json-files';
import { useLanguage, useT } from '../i18n';
import { newestFirst } from '../share';
import { useTeamText } from '../team-sharing';
import { snapshotTime } from '../versions';

export function DriveFiles({
  files,
  disabled,
  onOpen,
}: {
  files: readonly ListedFile[];
  disabled: boolean;
  onOpen: (file: ListedFile) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const tt = useTeamText();
  if (files.length === 0) return <p class="secondary">{t('noDriveFiles')}</p>;
  return (
    <div>
      <h3 id="drive-files-title">{t('driveFiles')}</h3>
      <ul class="drive-files" aria-labelledby="drive-files-title">
        {newestFirst(files).map((file) => (
          <li key={file.fileId} data-file-id={file.fileId}>
            <span class="file-name">{file.name}</span>
            {file.owner && (
              <span class="secondary small file-owner">
                {' '}
                · {tt('sharedBy')} {file.owner}
              </span>
            )}
            {file.readOnly && <span class="secondary small"> · {tt('viewOnly')}</span>}
            {file.modifiedTime && (
              <span class="secondary small">
                {' '}
                · {t('modified')} {snapshotTime(file.modifiedTime, language)}
              </span>
            )}
            <button
              type="button"
              class="small-button"
              aria-label={`${t('open')}: ${file.name}`}
              disabled={disabled}
              onClick={() => onOpen(file)}
            >
              {t('open')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
