/** Opens the Journey Grid sidebar (the menu's "Open" item). */
import { editorUi, htmlService, session } from './services';
import { SERVER_STRINGS, uiLanguage } from './strings';

export function showSidebar(): void {
  const language = uiLanguage(session().getActiveUserLocale());
  const html = htmlService()
    .createHtmlOutputFromFile('Sidebar')
    .setTitle(SERVER_STRINGS.sidebarTitle[language]);
  editorUi().ui.showSidebar(html);
}
