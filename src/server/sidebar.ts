/**
 * Opens the Journey Grid sidebar (the menu's "Open" item). The sidebar's start-up data (who and
 * where, libraries, saved choices, the file's journeys, whether the add-on may open the file directly:
 * rpc-sidebar.ts loadSidebar) is computed here and printed into the page
 * through an HtmlService template, so opening the sidebar costs one execution instead of two
 * (every google.script.run call is a round trip that reloads the whole script).
 */

import { SERVER_MESSAGES } from './messages';
import { loadSidebar } from './rpc-sidebar';
import { editorUi, htmlService, session } from './services';
import { uiLanguage } from './strings';

/**
 * JSON that is safe inside an inline <script>: `<` is escaped so no `</script>` or `<!--` can end
 * or change the element, and U+2028/U+2029 so older parsers read it as one line.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function showSidebar(): void {
  const language = uiLanguage(session().getActiveUserLocale());
  const template = htmlService().createTemplateFromFile('Sidebar');
  template.boot = scriptSafeJson(loadSidebar());
  const html = template.evaluate().setTitle(SERVER_MESSAGES.sidebarTitle[language]);
  editorUi().ui.showSidebar(html);
}
