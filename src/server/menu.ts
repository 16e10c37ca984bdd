/**
 * Simple triggers: the add-on menu. onOpen may run in AuthMode.NONE (installed but not yet used
 * in this document), where it may only build the menu: it touches no document, no properties.
 */

import { SERVER_MESSAGES } from './messages';
import { editorUi, session } from './services';
import { uiLanguage } from './strings';

type OpenEvent = { authMode?: unknown } | undefined;

function safeLocale(): string | undefined {
  try {
    return session().getActiveUserLocale();
  } catch {
    return undefined;
  }
}

export function onOpen(_event?: OpenEvent): void {
  const language = uiLanguage(safeLocale());
  editorUi().ui.createAddonMenu().addItem(SERVER_MESSAGES.menuOpen[language], 'showSidebar').addToUi();
}

/** Runs in FULL mode right after installation, while the document is already open. */
export function onInstall(event?: OpenEvent): void {
  onOpen(event);
}
