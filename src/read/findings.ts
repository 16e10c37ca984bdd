/**
 * Findings: what the reader saw but could not place in the model, each with its address and the
 * text itself, so nothing a user typed is ever dropped silently.
 */
import type { Problem, ProblemCode, Translated } from '../model/problems';
import { READ_MESSAGES as M } from './messages';

export interface Finding extends Problem {
  /** The text that was not placed (cell text, a note), when there is one. */
  text?: string;
  /** The journey (sheet or slide name) it was found in. */
  where?: string;
}

type Maker = (address: string, text: string, extra: string) => Finding;

const make =
  (code: ProblemCode, message: Translated | ((extra: string) => Translated)): Maker =>
  (address, text, extra) => ({
    path: address,
    code,
    message: typeof message === 'function' ? message(extra) : message,
    text,
  });

export const FINDINGS = {
  outsideGrid: make('outside-grid', M.outsideGrid),
  notAScore: make('not-a-score', M.notAScore),
  notANumber: make('not-a-number', M.notANumber),
  note: make('note', M.note),
  separatorText: make('separator-text', M.separatorText),
  newLane: make('new-lane', M.newLane),
  newStage: make('new-stage', M.newStage),
  copiedJourney: make('copied-journey', M.copiedJourney),
  truncated: make('truncated', M.truncated),
  shortenedEdited: make('shortened-edited', M.shortenedEdited),
  labelDiffers: make('label-differs', M.labelDiffers),
  labelsMatched: make('matched-by-label', M.labelsMatched),
} as const;

/** Findings whose text is the user's and sits in the document: a rebuild must put it back. */
export const UNPLACED_CODES: ReadonlySet<string> = new Set([
  'outside-grid',
  'separator-text',
  'not-a-score',
  'not-a-number',
  'not-a-buying-role',
]);
