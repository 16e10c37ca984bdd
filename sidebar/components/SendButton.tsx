/**
 * "Send to Slides" in a spreadsheet, "Send to Sheets" in a deck: a new file with the journey, in
 * the user's Drive, with the new file's link on success. Not offered outside a Sheet or a deck.
 */
import { useState } from 'preact/hooks';
import type { JourneyDocument } from '../../src/model/types';
import { useT } from '../i18n';
import { callServer } from '../rpc';
import type { BusyKey, RunTask } from '../tasks';

export function sendFunctionFor(host: 'sheets' | 'slides' | 'none'): 'sendToSlides' | 'sendToSheets' | null {
  if (host === 'sheets') return 'sendToSlides';
  if (host === 'slides') return 'sendToSheets';
  return null;
}

export function SendButton({
  host,
  disabled,
  busy,
  run,
  getDocument,
  hints,
}: {
  host: 'sheets' | 'slides' | 'none';
  disabled: boolean;
  busy: BusyKey | null;
  run: RunTask;
  getDocument: () => JourneyDocument | undefined;
  /** The form's "grey examples" choice, as for a build. */
  hints: boolean;
}) {
  const t = useT();
  const [url, setUrl] = useState('');
  const name = sendFunctionFor(host);
  if (!name) return null;

  const send = async () => {
    setUrl('');
    const doc = getDocument();
    if (!doc) return;
    const result = await run('send', 'build', () => callServer(name, doc, { hints }));
    if (result) setUrl(result.url);
  };

  return (
    <>
      <div class="buttons">
        <button type="button" id="send" disabled={disabled} onClick={send}>
          {busy === 'send' ? t('sending') : t(name)}
        </button>
      </div>
      {url && (
        <p class="notice" role="status" data-testid="sent">
          {t('sent')}:{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('openResult')}
          </a>
        </p>
      )}
    </>
  );
}
