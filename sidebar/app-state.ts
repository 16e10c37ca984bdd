/**
 * The state the sidebar's sections share, and the one reducer that changes it: the start-up data,
 * the UI language, the form, the document it was loaded from, which action is running, what the
 * last action said, and the latest read-back. What only one feature needs (build progress, the
 * read scope, the team template list…) stays in that feature's hook. Kept free of Preact so the
 * transitions can be read (and tested) apart from the page.
 */
import type { SaveBase } from '../src/hosts/drive/json-files';
import type { JourneyDocument, Language } from '../src/model/types';
import type { ReadBack } from '../src/server/rpc';
import type { PersonaLibraries, SidebarBoot } from '../src/server/rpc-sidebar';
import { chooseFramework, type Form, formFromDocument } from './state';
import type { BusyKey, Feedback } from './tasks';

export const NO_FEEDBACK: Feedback = { area: 'start', problems: [], notice: '' };

export interface AppState {
  /** What the server printed into the page (or sent on a retry); null until then. */
  boot: SidebarBoot | null;
  ui: Language;
  form: Form;
  /** Whether the template gallery starts unfolded (a first visit, nothing remembered). */
  startOpen: boolean;
  libraries: PersonaLibraries;
  /** The document the form came from (an import, a sample, a read-back), built as it is while the form matches it. */
  loaded: JourneyDocument | null;
  busy: BusyKey | null;
  feedback: Feedback;
  readBack: ReadBack | null;
  /**
   * The Drive file of the journey in the form: the one it was opened from or last saved to. A save
   * goes over this file only; any other journey started (an import, a sample, a template, the empty
   * form, another framework, another file) forgets it, so its first save makes a file of its own.
   */
  driveFile: DriveJourneyFile | null;
  /** Counts the journeys started in this sidebar: a save finishing after another began binds nothing. */
  journey: number;
  /** The journey last built into the document (its count), or null: what a read-back reads. */
  built: number | null;
}

export interface DriveJourneyFile extends SaveBase {
  /** The file's name when it is shared with the user as view-only (saves go to a copy). */
  readOnly?: string;
}

export type AppAction =
  /** Start-up data arrived; `folded` when a form was remembered, so the gallery starts folded. */
  | { type: 'booted'; boot: SidebarBoot; form: Form; folded: boolean }
  /** An edit of the journey in the form; `fresh` when it starts another one (a framework chosen). */
  | { type: 'form'; form: Form; fresh?: boolean }
  /** A document taken into the form: a sample, an import, a read-back, a file opened from Drive (`file`). */
  | { type: 'adopt'; doc: JourneyDocument; file?: DriveJourneyFile }
  /** The journey `journey` (as counted when its save began) was saved to this Drive file. */
  | { type: 'drive-saved'; file: DriveJourneyFile; journey: number }
  /** The journey counted `journey` was built into the document. */
  | { type: 'built'; journey: number }
  /** A team template's form, with nothing loaded behind it. */
  | { type: 'template'; form: Form }
  /** Back to the chosen framework's empty template. */
  | { type: 'start-empty' }
  | { type: 'libraries'; libraries: PersonaLibraries }
  | { type: 'busy'; busy: BusyKey | null }
  | { type: 'feedback'; feedback: Feedback }
  | { type: 'read-back'; readBack: ReadBack | null };

export function initialAppState(ui: Language, form: Form): AppState {
  return {
    boot: null,
    ui,
    form,
    startOpen: true,
    libraries: { user: [], document: null },
    loaded: null,
    busy: null,
    feedback: NO_FEEDBACK,
    readBack: null,
    driveFile: null,
    journey: 0,
    built: null,
  };
}

/** Another journey starts: the Drive file of the one before is not its file. */
function another(state: AppState): AppState {
  return { ...state, driveFile: null, journey: state.journey + 1 };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'booted':
      return {
        ...state,
        boot: action.boot,
        ui: action.boot.uiLanguage,
        libraries: action.boot.libraries,
        form: action.form,
        startOpen: action.folded ? false : state.startOpen,
      };
    case 'form':
      return action.fresh ? { ...another(state), form: action.form } : { ...state, form: action.form };
    case 'drive-saved':
      return action.journey === state.journey ? { ...state, driveFile: action.file } : state;
    case 'adopt':
      return {
        ...another(state),
        driveFile: action.file ?? null,
        loaded: action.doc,
        form: formFromDocument(action.doc, state.form.hints),
        startOpen: false,
      };
    case 'template':
      return { ...another(state), loaded: null, form: action.form, startOpen: false };
    case 'start-empty':
      return {
        ...another(state),
        loaded: null,
        form: chooseFramework({ ...state.form, personas: [] }, state.form.frameworkId),
      };
    case 'libraries':
      return { ...state, libraries: action.libraries };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'feedback':
      return { ...state, feedback: action.feedback };
    case 'built':
      return { ...state, built: action.journey };
    case 'read-back':
      // Read back before this journey was built, the document holds another one: the file opened
      // for this journey is not that one's (a save of it goes to its own file, or asks).
      return action.readBack && state.driveFile && state.built !== state.journey
        ? { ...another(state), readBack: action.readBack }
        : { ...state, readBack: action.readBack };
  }
}
