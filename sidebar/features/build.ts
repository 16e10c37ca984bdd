/**
 * Building the journey in the open document: one server call per batch of personas (which is what
 * moves the progress bar), each persona's result as it arrives, and the question about team text
 * a rebuild would remove, asked once for all personas and answered by building those again.
 */
import { useState } from 'preact/hooks';
import { buildBatches } from '../../src/hosts/sheets/batches';
import type { PendingRemoval } from '../../src/hosts/sheets/build';
import type { JourneyDocument } from '../../src/model/types';
import { mergeRemovals, type PersonaBuild } from '../components/BuildResults';
import { callServer } from '../rpc';
import { attempt } from '../tasks';
import type { AppCore } from '../use-app';
import { BUILD_PROBLEMS, focusOutcome } from './focus';

export interface BuildProgress {
  done: number;
  total: number;
  label: string;
}

export interface PendingQuestion {
  removals: PendingRemoval[];
  personaIds: string[];
}

/**
 * Builds `given` (else the form's document), every persona or only `onlyPersonaIds`;
 * `confirmRemovals` answers the removal question with yes.
 */
export type Build = (
  confirmRemovals: boolean,
  onlyPersonaIds?: string[],
  given?: JourneyDocument,
) => Promise<void>;

export interface BuildFeature {
  build: Build;
  progress: BuildProgress | null;
  builds: PersonaBuild[];
  pending: PendingQuestion | null;
  /** "Keep the text": the question goes away, nothing is built. */
  keepPending: () => void;
}

export function useBuild(app: AppCore): BuildFeature {
  const { dispatch, t, report, clearFeedback, currentDocument } = app;
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [builds, setBuilds] = useState<PersonaBuild[]>([]);
  const [pending, setPending] = useState<PendingQuestion | null>(null);

  const build: Build = async (confirmRemovals, onlyPersonaIds, given) => {
    let doc = given;
    if (!doc) {
      const docResult = currentDocument();
      if (!docResult.ok) {
        report('build', docResult.problems);
        focusOutcome(BUILD_PROBLEMS);
        return;
      }
      doc = docResult.value;
    }
    const journey = doc;
    const counted = app.state.journey;
    const targets = journey.personas.filter((p) => !onlyPersonaIds || onlyPersonaIds.includes(p.id));
    dispatch({ type: 'busy', busy: 'build' });
    clearFeedback();
    setPending(null);
    if (!onlyPersonaIds) setBuilds([]);
    const done: PersonaBuild[] = [];
    const removals: PendingRemoval[][] = [];
    const pendingIds: string[] = [];
    // One run across the calls: a read-back elsewhere answers "busy" until the last one is done.
    const runId = `${Date.now()}.${Math.random()}`;
    // Several personas per server call (one round trip each), the first alone so the bar moves at once.
    const batches = buildBatches(targets);
    for (let call = 0; call < batches.length; call++) {
      const batch = batches[call]!;
      const first = done.length + 1;
      const last = done.length + batch.length;
      setProgress({
        done: done.length,
        total: targets.length,
        label: `${t('building')} ${first === last ? first : `${first}–${last}`} ${t('of')} ${targets.length}: ${batch.map((p) => p.name).join(', ')}`,
      });
      const result = await attempt(() =>
        callServer(
          'buildJourneys',
          journey,
          batch.map((p) => p.id),
          { hints: app.state.form.hints, confirmRemovals },
          { id: runId, done: done.length, total: targets.length },
        ),
      );
      if (!result.ok) {
        report('build', result.problems);
        break;
      }
      for (const { personaId, result: built } of result.value.built) {
        const persona = batch.find((p) => p.id === personaId)!;
        done.push({ personaId, personaName: persona.name, result: built });
        setBuilds((previous) => [
          ...previous.filter((b) => b.personaId !== personaId),
          done[done.length - 1]!,
        ]);
        if (built.pendingRemovals.length > 0) {
          removals.push(built.pendingRemovals);
          pendingIds.push(personaId);
        }
      }
      if (result.value.problems) {
        // A call that drew slides through the Slides API cannot go on through SlidesApp in the same
        // execution (src/hosts/slides/build.ts): it stops with 'build-again' after building some,
        // and the rest simply go in the next call.
        const built = new Set(result.value.built.map((b) => b.personaId));
        const rest = batch.filter((p) => !built.has(p.id));
        const onlyAgain = result.value.problems.every((p) => p.code === 'build-again');
        if (onlyAgain && built.size > 0 && rest.length > 0) {
          batches.splice(call + 1, 0, rest);
          continue;
        }
        report('build', result.value.problems);
        break;
      }
    }
    setProgress({
      done: done.length,
      total: targets.length,
      label: `${t('built')}: ${done.length}/${targets.length}`,
    });
    if (pendingIds.length > 0) setPending({ removals: mergeRemovals(removals), personaIds: pendingIds });
    if (done.length > 0) dispatch({ type: 'built', journey: counted });
    dispatch({ type: 'busy', busy: null });
    focusOutcome(BUILD_PROBLEMS, '#pending-title', '.results');
  };

  return { build, progress, builds, pending, keepPending: () => setPending(null) };
}
