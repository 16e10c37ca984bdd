/**
 * The language the server's own UI (menu, sidebar title: ./messages.ts) is shown in. The sidebar
 * carries its own strings.
 */
import type { Language } from '../model/types';

/** The user's language for the add-on's own UI: Japanese for any `ja*` locale, English otherwise. */
export function uiLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
