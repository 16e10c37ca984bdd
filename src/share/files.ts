/**
 * Journey Grid's own files in Drive: their names, the marks that let the add-on find its files
 * again (Drive appProperties, private to the add-on), and the size rule checked before any upload.
 */
import { type Problem, problem } from '../model/problems';
import { SHARE_MESSAGES as M } from './messages';
import { utf8Length } from './utf8';

export type SharedFileKind = 'document' | 'template' | 'personas';

export const FILE_SUFFIX: Record<SharedFileKind, string> = {
  document: '.journey.json',
  template: '.journey-template.json',
  personas: '.personas.json',
};

export const SHARED_FILE_KINDS = Object.keys(FILE_SUFFIX) as SharedFileKind[];

/** A kind of ours, told from text that came from a user or a file (no prototype keys). */
export function isSharedKind(value: unknown): value is SharedFileKind {
  return SHARED_FILE_KINDS.indexOf(value as SharedFileKind) >= 0;
}

/** appProperties keys: which kind of file, and what it was saved from (so a second save updates it). */
export const APP_PROPERTY_KIND = 'journeyGridKind';
export const APP_PROPERTY_SOURCE = 'journeyGridSource';

/**
 * Drive's simple upload (one request with the content) takes at most 5 MB; a journey larger than
 * that is far beyond what a team fills in, so it is refused before anything is sent.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed from names.
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\]+/g;

export function sharedFileName(title: string, kind: SharedFileKind): string {
  const base = title.replace(UNSAFE_NAME, ' ').replace(/\s+/g, ' ').trim() || 'journey';
  return `${[...base].slice(0, 120).join('')}${FILE_SUFFIX[kind]}`;
}

export function checkFileSize(json: string): Problem | undefined {
  const bytes = utf8Length(json);
  if (bytes < MAX_FILE_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return problem('', 'too-large', M.fileTooLarge(mb));
}
