/**
 * Migration entry point: brings a journey document of any known schemaVersion up to the current
 * one, then validates it. Every way a model enters the add-on (an import, a Drive file, the copy
 * embedded in a document) goes through `loadDocument` or `parseDocumentJson`.
 *
 * Each step upgrades one version (n → n + 1) so old files replay the whole history. There are no
 * steps yet: schemaVersion 1 is the first. A file from a newer add-on is refused with a message
 * rather than half-read.
 */

import { MODEL_MESSAGES as M } from './messages';
import { fail, problem, type Result } from './problems';
import { type JourneyDocument, SCHEMA_VERSION } from './types';
import { validateDocument } from './validate';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a schemaVersion-n document to n + 1. */
const MIGRATIONS: Record<number, Migration> = {};

export function loadDocument(input: unknown): Result<JourneyDocument> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return validateDocument(input);
  }
  let doc = input as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([problem('schemaVersion', 'schema-version', M.schemaVersion)]);
  }
  if (version > SCHEMA_VERSION) {
    return fail([problem('schemaVersion', 'newer-version', M.newerVersion(version))]);
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      return fail([problem('schemaVersion', 'no-migration', M.noMigration(v))]);
    }
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return validateDocument(doc);
}

/** Parses the text of a `.json` file into a current, valid document. */
export function parseDocumentJson(text: string): Result<JourneyDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([problem('', 'malformed-json', M.malformedJson(detail))]);
  }
  return loadDocument(parsed);
}
