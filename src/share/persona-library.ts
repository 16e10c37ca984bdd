/**
 * Team persona libraries: a named set of personas a team keeps in Drive as `<name>.personas.json`
 * and shares like any file, so every map of the team starts from the same 決裁者 or 現場利用者.
 * Same rules as team templates: a `kind` mark, a schemaVersion with upgrades from older versions
 * (none yet: version 1 is the first), and validation on open by the model's own persona rules.
 * The file format: schema/persona-library.schema.json.
 */
import { newJourneyDocument, type PersonaInput } from '../catalog';
import { fail, problem, type Result } from '../model/problems';
import { LIMITS, type Persona } from '../model/types';
import { SHARE_MESSAGES as M } from './messages';

export const PERSONA_LIBRARY_KIND = 'journey-grid-personas';
export const PERSONA_LIBRARY_SCHEMA_VERSION = 1;
/** As many personas as one journey holds: a library is built into journeys (schema/persona-library.schema.json). */
export const PERSONA_LIBRARY_MAX = LIMITS.personas;

export interface PersonaLibraryFile {
  kind: typeof PERSONA_LIBRARY_KIND;
  schemaVersion: typeof PERSONA_LIBRARY_SCHEMA_VERSION;
  name: string;
  personas: Persona[];
}

type Migration = (input: Record<string, unknown>) => Record<string, unknown>;
/** MIGRATIONS[n] upgrades a schemaVersion-n library to n + 1 (as the journey document's do). */
const MIGRATIONS: Record<number, Migration> = {};

const NOT_A_LIBRARY = problem('', 'not-a-persona-library', M.notAPersonaLibrary);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validatePersonaLibrary(input: unknown): Result<PersonaLibraryFile> {
  if (!isObject(input) || input.kind !== PERSONA_LIBRARY_KIND) return fail([NOT_A_LIBRARY]);
  let doc = input;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail([NOT_A_LIBRARY]);
  if (version > PERSONA_LIBRARY_SCHEMA_VERSION) {
    return fail([problem('schemaVersion', 'newer-version', M.newerPersonaLibrary(version))]);
  }
  for (let v = version; v < PERSONA_LIBRARY_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail([NOT_A_LIBRARY]);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  const name = doc.name;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    return fail([problem('name', 'required', M.libraryName)]);
  }
  const personas = Array.isArray(doc.personas) ? (doc.personas as PersonaInput[]) : [];
  if (personas.length > PERSONA_LIBRARY_MAX) {
    return fail([problem('personas', 'too-many', M.libraryTooMany(PERSONA_LIBRARY_MAX, personas.length))]);
  }
  // The model's own rules (names, lengths, buying roles, unique ids) by building a journey of them.
  const built = newJourneyDocument('aisas', personas, 'en');
  if (!built.ok) return built;
  return {
    ok: true,
    value: {
      kind: PERSONA_LIBRARY_KIND,
      schemaVersion: PERSONA_LIBRARY_SCHEMA_VERSION,
      name: name.trim(),
      personas: built.value.personas,
    },
  };
}

export function parsePersonaLibraryJson(text: string): Result<PersonaLibraryFile> {
  try {
    return validatePersonaLibrary(JSON.parse(text));
  } catch {
    return fail([problem('', 'malformed-json', M.libraryMalformed)]);
  }
}
