/**
 * Problems both hosts' adoption of a hand-made grid reports in the same words (sheets/adopt.ts,
 * slides/adopt.ts): the grid changed since it was read, it does not read back exactly, the file
 * already holds journeys. Shared host code, like build-problems.ts.
 */
import { problem } from '../model/problems';
import { HOST_MESSAGES as M } from './messages';

export const ADOPT_PROBLEMS = {
  changed: problem('', 'adopt-changed', M.adoptChanged),
  twoOnOneSheet: (sheet: string) => problem('', 'adopt-two-on-a-sheet', M.adoptTwoOnASheet(sheet)),
  notExact: (cells: string) => problem('', 'adopt-not-exact', M.adoptNotExact(cells)),
  already: problem('', 'adopt-already', M.adoptAlready),
};
