/**
 * The shared state and the helpers every feature of the sidebar uses: showing an action's
 * problems or notice in its section, running a server call as a user action (busy key, problems),
 * taking a document into the form, and the document an action works on. Feature hooks receive
 * this core, so none of them owns state another one changes.
 */
import { type Dispatch, useReducer } from 'preact/hooks';
import type { Problem, Result } from '../src/model/problems';
import type { JourneyDocument } from '../src/model/types';
import { type AppAction, type AppState, appReducer, initialAppState, NO_FEEDBACK } from './app-state';
import { guessLanguage, TEXT } from './i18n';
import { localChoices } from './persist';
import { formPlaceNames, type PlaceNames } from './places';
import { composeDocument, defaultForm, formMatchesDocument, normalizeForm } from './state';
import { type Area, attempt, type RunTask } from './tasks';

export interface AppCore {
  state: AppState;
  dispatch: Dispatch<AppAction>;
  t: (key: keyof typeof TEXT) => string;
  /** Problems are told with the form's names unless the caller knows better (an imported file). */
  report: (area: Area, problems: Problem[], notice?: string, names?: PlaceNames) => void;
  clearFeedback: () => void;
  /** Controls are off while an action runs and until the start-up data is there. */
  disabled: boolean;
  /** The open document is a Sheet or a deck (not a standalone run). */
  hostReady: boolean;
  run: RunTask;
  /** The loaded document while the form still matches it, else the one the form describes. */
  currentDocument: () => Result<JourneyDocument>;
  /** What export, Drive and sending work on: the read-back when there is one, else the form. */
  documentFor: (area: Area) => JourneyDocument | undefined;
  adoptDocument: (doc: JourneyDocument) => void;
}

function initialState(): AppState {
  const local = localChoices();
  return initialAppState(guessLanguage(), local ? normalizeForm(local) : defaultForm(guessLanguage()));
}

export function useApp(): AppCore {
  const [state, dispatch] = useReducer(appReducer, undefined, initialState);
  const { form, loaded, readBack, busy, boot } = state;
  const t = (key: keyof typeof TEXT) => TEXT[key][state.ui];

  const report: AppCore['report'] = (area, problems, notice = '', names = formPlaceNames(form)) =>
    dispatch({ type: 'feedback', feedback: { area, problems, notice, names } });
  const clearFeedback = () => dispatch({ type: 'feedback', feedback: NO_FEEDBACK });

  const run: RunTask = async (key, area, call) => {
    dispatch({ type: 'busy', busy: key });
    clearFeedback();
    const result = await attempt(call);
    dispatch({ type: 'busy', busy: null });
    if (result.ok) return result.value;
    report(area, result.problems);
    return undefined;
  };

  const currentDocument = (): Result<JourneyDocument> =>
    loaded && formMatchesDocument(form, loaded) ? { ok: true, value: loaded } : composeDocument(form);

  const documentFor = (area: Area): JourneyDocument | undefined => {
    const doc = readBack ? { ok: true as const, value: readBack.document } : currentDocument();
    if (doc.ok) return doc.value;
    report(area, doc.problems);
    return undefined;
  };

  return {
    state,
    dispatch,
    t,
    report,
    clearFeedback,
    disabled: busy !== null || boot === null,
    hostReady: boot !== null && boot.host !== 'none',
    run,
    currentDocument,
    documentFor,
    adoptDocument: (doc) => dispatch({ type: 'adopt', doc }),
  };
}
