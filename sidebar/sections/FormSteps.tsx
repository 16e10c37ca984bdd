/**
 * Steps 2 and 3 of the form: the personas (with the personal and file persona libraries) and the
 * lanes.
 */

import type { Result } from '../../src/model/problems';
import type { Persona } from '../../src/model/types';
import type { LibraryScope, PersonaLibraries } from '../../src/server/rpc-sidebar';
import { LaneEditor } from '../components/LaneEditor';
import { PersonaEditor } from '../components/PersonaEditor';
import { callServer } from '../rpc';
import { addPersonaFromLibrary, type Form } from '../state';
import type { AppCore } from '../use-app';

export function PersonasStep({ app }: { app: AppCore }) {
  const { state, dispatch, t, report, run, disabled } = app;
  const { form } = state;

  /** A library change answers with both libraries as they are now. */
  const libraryCall = async (call: () => Promise<Result<PersonaLibraries>>, message: string) => {
    const result = await run('library', 'build', call);
    if (!result) return;
    dispatch({ type: 'libraries', libraries: result });
    if (message) report('build', [], message);
  };

  return (
    <section aria-labelledby="step-personas">
      <h2 id="step-personas">{t('stepPersonas')}</h2>
      <PersonaEditor
        personas={form.personas}
        libraries={state.libraries}
        disabled={disabled}
        onChange={(personas: Persona[]) => dispatch({ type: 'form', form: { ...form, personas } })}
        onAddFromLibrary={(persona) => dispatch({ type: 'form', form: addPersonaFromLibrary(form, persona) })}
        onSaveToLibrary={(persona, scope: LibraryScope) =>
          libraryCall(() => callServer('savePersonaToLibrary', persona, scope), t('savedToLibrary'))
        }
        onRemoveFromLibrary={(id, scope) =>
          libraryCall(() => callServer('removePersonaFromLibrary', id, scope), '')
        }
      />
    </section>
  );
}

export function LanesStep({ app }: { app: AppCore }) {
  const { state, dispatch, t, disabled } = app;
  return (
    <section aria-labelledby="step-lanes">
      <h2 id="step-lanes">{t('stepLanes')}</h2>
      <LaneEditor
        form={state.form}
        disabled={disabled}
        onChange={(form: Form) => dispatch({ type: 'form', form })}
      />
    </section>
  );
}
