/**
 * Reading the document back: the build section's Read back (all journeys or the open sheet's), a
 * recognised hand-made grid taken as it is or rebuilt, and the file banner's read-back (every
 * journey, straight into the form) and rebuild in place.
 */
import { useState } from 'preact/hooks';
import type { JourneyDocument } from '../../src/model/types';
import { callServer } from '../rpc';
import type { AppCore } from '../use-app';
import type { Build } from './build';
import { BUILD_PROBLEMS, focusOutcome, START_OUTCOME } from './focus';

export type ReadScope = 'all' | 'active';

export interface ReadBackFeature {
  readScope: ReadScope;
  setReadScope: (scope: ReadScope) => void;
  read: () => Promise<void>;
  /** A recognised hand-made grid: keyed as it is, or rebuilt in Journey Grid's layout. */
  adoptGrid: (doc: JourneyDocument, how: 'keys' | 'layout') => Promise<void>;
  /** The banner's read-back: every journey of the file, straight into the form. */
  readFile: () => Promise<JourneyDocument | undefined>;
  rebuildFile: () => Promise<void>;
}

export function useReadBack(app: AppCore, build: Build): ReadBackFeature {
  const { dispatch, t, report, run, adoptDocument } = app;
  const [readScope, setReadScope] = useState<ReadScope>('all');

  const read = async () => {
    const result = await run('read', 'build', () => callServer('readJourneys', readScope));
    if (result) dispatch({ type: 'read-back', readBack: result });
    focusOutcome(result ? '#readback-title' : BUILD_PROBLEMS);
  };

  const adoptGrid = async (doc: JourneyDocument, how: 'keys' | 'layout') => {
    const result = await run('read', 'build', () => callServer('adoptJourneys', doc, how, readScope));
    if (result) {
      dispatch({ type: 'read-back', readBack: result });
      report('build', [], t('adopted'));
    }
    focusOutcome(result ? '#readback-title' : BUILD_PROBLEMS);
  };

  const readFile = async (): Promise<JourneyDocument | undefined> => {
    const result = await run('banner', 'start', () => callServer('readJourneys', 'all'));
    // A rebuild that follows moves focus on to the build's own outcome.
    focusOutcome(START_OUTCOME);
    if (!result) return undefined;
    dispatch({ type: 'read-back', readBack: result });
    adoptDocument(result.document);
    report('start', [], t('readBackDone'));
    return result.document;
  };

  const rebuildFile = async () => {
    const doc = await readFile();
    if (doc) await build(false, undefined, doc);
  };

  return { readScope, setReadScope, read, adoptGrid, readFile, rebuildFile };
}
