/**
 * Opening the sidebar: the start-up data the server printed into the page (one server call only
 * on a retry) brings the UI language, the persona libraries, the open file's journeys and the
 * remembered form; from then on every change of the form is remembered.
 */
import { useEffect } from 'preact/hooks';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';
import { takePrintedBoot } from '../boot';
import { localChoices, saveChoices, startingChoices } from '../persist';
import { callServer } from '../rpc';
import { defaultForm, normalizeForm } from '../state';
import { attempt } from '../tasks';
import type { AppCore } from '../use-app';

/** Runs the start-up once and returns it, for the Retry button. */
export function useStart(app: AppCore): () => void {
  const { state, dispatch, report, clearFeedback } = app;

  const start = () => {
    clearFeedback();
    const printed = takePrintedBoot();
    attempt<SidebarBoot>(() => (printed ? Promise.resolve(printed) : callServer('loadSidebar'))).then(
      (result) => {
        if (!result.ok) {
          report('start', result.problems);
          return;
        }
        const value = result.value;
        // Forms remembered before custom lanes and stages had ids get the ids their builds used.
        const form = normalizeForm(startingChoices(value.choices, defaultForm(value.uiLanguage)));
        dispatch({ type: 'booted', boot: value, form, folded: Boolean(value.choices || localChoices()) });
      },
    );
  };
  // The start-up call runs once, on opening.
  useEffect(start, []);

  // The page's language is the UI's, so Japanese text is drawn with Japanese glyph forms.
  useEffect(() => {
    document.documentElement.lang = state.ui;
  }, [state.ui]);

  useEffect(() => {
    if (state.boot) saveChoices(state.form);
  }, [state.form, state.boot]);

  return start;
}
