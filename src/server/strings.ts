/**
 * Server-side UI text (menu, sidebar title, generic errors) in Japanese and English. The sidebar
 * carries its own strings; only what the server shows directly lives here.
 */
import type { Translated } from '../model/problems';
import type { Language } from '../model/types';

export const SERVER_STRINGS = {
  menuOpen: { ja: 'Journey Grid を開く', en: 'Open Journey Grid' },
  sidebarTitle: { ja: 'Journey Grid', en: 'Journey Grid' },
} satisfies Record<string, Translated>;

/** The user's language for the add-on's own UI: Japanese for any `ja*` locale, English otherwise. */
export function uiLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
