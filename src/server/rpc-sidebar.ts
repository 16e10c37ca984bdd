/**
 * Sidebar-only RPCs: the sidebar's start-up bundle (one call), the persona library kept per user
 * (user properties) and per document (document properties), and the user's saved form choices
 * (kept as the sidebar sends them: the sidebar owns the form, sidebar/choices.ts).
 *
 * Apps Script limits a property to 9 KB (key + value) and a store to 500 KB, so each persona is
 * its own property (`journeygrid.library.<id>`) with an order list beside it, every value is measured
 * before it is written, and the library is capped: a full library or an oversized persona comes
 * back as a translated problem instead of the service's bare exception.
 */

import type { Properties } from '../hosts/ui';
import { KEY_PREFIX } from '../layout/keys';
import { cleanPersona } from '../model/clean-persona';
import type { JsonObject } from '../model/json';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import type { Persona } from '../model/types';
import {
  entryBytes,
  isPieceOf,
  joinValue,
  PROPERTY_MAX_BYTES,
  STORE_MAX_BYTES,
  splitValue,
} from '../share/properties';
import { type DirectStart, directStart } from './direct-grant';
import { runRpc } from './errors';
import { withDocumentLock, withUserLock } from './lock';
import { SERVER_MESSAGES as M } from './messages';
import { getStartupData, type StartupData } from './rpc';
import { describeFile, type FileJourneys } from './rpc-drive';
import { propertiesService } from './services';

/** A persona as stored in a library: the model's persona, id included. */
export type LibraryPersona = Persona;
export type LibraryScope = 'user' | 'document';

/**
 * The sidebar's form as the sidebar sent it: JSON the server keeps without looking inside (the
 * sidebar owns its shape and cleaning, sidebar/choices.ts), only checking that it is a JSON object
 * and not too large to store. What earlier versions stored comes back the same way.
 */
export type StoredForm = JsonObject;

export interface PersonaLibraries {
  user: LibraryPersona[];
  /** Null when no document is open (document properties need one). */
  document: LibraryPersona[] | null;
}

export interface SidebarBoot extends StartupData {
  libraries: PersonaLibraries;
  /** The form saved last time (StoredForm), or null. */
  choices: StoredForm | null;
  /** The journeys the open file already holds (describeFile), or null for a plain file. */
  file: FileJourneys | null;
  /** The open file and whether direct access to it is remembered (direct-grant.ts), or null. */
  direct: DirectStart | null;
}

const PREFIX = `${KEY_PREFIX}library.`;
const ORDER_KEY = `${KEY_PREFIX}libraryOrder`;
const CHOICES_KEY = `${KEY_PREFIX}choices`;
/**
 * Keys of earlier versions, still read so that nothing a team saved is lost: a library entry or
 * order list under the old key is used until the library is next changed, which writes the new
 * key and removes the old one; the remembered form likewise.
 */
const LEGACY = { prefix: 'jg.persona.', order: 'jg.personaOrder', choices: 'jg.choices' };
/** 100 KB of form: far beyond a real form, and a fifth of the user's 500 KB store. */
const CHOICES_MAX_PARTS = 12;
/** A library far below the store limit leaves room for everything else kept there. */
const LIBRARY_MAX_PERSONAS = 50;
/**
 * A library's share of its store (500 KB per store). The file's store also keeps snapshots
 * (src/share/snapshots.ts, 250 KB) and a deck's keys, so the file's library gets less than yours.
 */
const LIBRARY_MAX_BYTES: Record<LibraryScope, number> = { user: 300 * 1024, document: 150 * 1024 };

const PROBLEMS = {
  noDocument: problem('', 'no-document', M.noDocumentForLibrary),
  personaTooLarge: (name: string): Problem =>
    problem('persona', 'persona-too-large', M.personaTooLarge(name)),
  libraryFull: problem('library', 'library-full', M.libraryFull(LIBRARY_MAX_PERSONAS)),
  librarySizeFull: (scope: LibraryScope): Problem =>
    problem('library', 'library-full', M.librarySizeFull(LIBRARY_MAX_BYTES[scope] / 1024)),
  choicesTooLarge: problem('', 'choices-too-large', M.choicesTooLarge),
  badForm: problem('', 'invalid-choices', M.badForm),
  badPersona: problem('persona', 'invalid-persona', M.badPersona),
};

function parseJson(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function readLibrary(store: Properties): LibraryPersona[] {
  const all = store.getProperties();
  const order = parseJson(all[ORDER_KEY] ?? all[LEGACY.order] ?? null);
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  return ids
    .map((id) => cleanPersona(parseJson(all[PREFIX + id] ?? all[LEGACY.prefix + id] ?? null)))
    .filter((p): p is Persona => p !== undefined);
}

function storeFor(scope: LibraryScope): Properties {
  if (scope === 'user') return propertiesService().getUserProperties();
  const store = propertiesService().getDocumentProperties();
  if (!store) throw new JourneyGridError([PROBLEMS.noDocument]);
  return store;
}

function librarySize(store: Properties, skipId: string): number {
  let total = 0;
  const all = store.getProperties();
  for (const key of Object.keys(all)) {
    const id = key.startsWith(PREFIX)
      ? key.slice(PREFIX.length)
      : key.startsWith(LEGACY.prefix)
        ? key.slice(LEGACY.prefix.length)
        : undefined;
    if (id !== undefined && id !== skipId) total += entryBytes(key, all[key] ?? '');
  }
  return total;
}

function readLibraries(): PersonaLibraries {
  const documentStore = propertiesService().getDocumentProperties();
  return {
    user: readLibrary(propertiesService().getUserProperties()),
    document: documentStore ? readLibrary(documentStore) : null,
  };
}

/**
 * Everything the sidebar needs to start, in one call: who and where (getStartupData), both
 * persona libraries, the choices saved last time and the journeys the open file holds
 * (describeFile; a file it cannot describe starts like a plain one rather than failing).
 */
export function loadSidebar(): Result<SidebarBoot> {
  return runRpc(() => {
    const startup = getStartupData();
    if (!startup.ok) return startup;
    const choices = readChoices();
    const described = describeFile();
    const file = described.ok ? described.value : null;
    const value = {
      ...startup.value,
      libraries: readLibraries(),
      choices,
      file,
      direct: optional(directStart),
    };
    return { ok: true, value };
  });
}

/** A part of the start-up the sidebar can do without: its failure leaves it out, not the start. */
function optional<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Remembers the form, in pieces under the 9 KB value limit so long persona fields are kept whole.
 * A form of more than CHOICES_MAX_PARTS pieces is not shortened: it is refused with a translated
 * problem, the last one saved stays, and the sidebar keeps the newer form in the browser.
 */
export function saveSidebarChoices(form: StoredForm): Result<boolean> {
  return runRpc(() => {
    if (typeof form !== 'object' || form === null || Array.isArray(form))
      throw new JourneyGridError([PROBLEMS.badForm]);
    const values = splitValue(CHOICES_KEY, JSON.stringify(form));
    if (Object.keys(values).length > CHOICES_MAX_PARTS)
      throw new JourneyGridError([PROBLEMS.choicesTooLarge]);
    withUserLock(() => {
      const store = propertiesService().getUserProperties();
      store.setProperties(values);
      // Pieces of a longer earlier save would be read as part of this one, and an earlier
      // version's keys would be read if these were gone: remove them.
      for (const key of store.getKeys())
        if ((isPieceOf(key, CHOICES_KEY) && !(key in values)) || isPieceOf(key, LEGACY.choices))
          store.deleteProperty(key);
    });
    return { ok: true, value: true };
  });
}

function readChoices(): StoredForm | null {
  const all = propertiesService().getUserProperties().getProperties();
  // Choices saved before they were split are one plain JSON value: joinValue answers it whole.
  const json = joinValue(all, CHOICES_KEY) ?? joinValue(all, LEGACY.choices);
  const form = json === undefined ? undefined : parseJson(json);
  // Only a JSON object was ever stored (saveSidebarChoices refuses anything else).
  return typeof form === 'object' && form !== null && !Array.isArray(form) ? (form as JsonObject) : null;
}

/** Adds a persona to a library, or replaces the one with the same id; answers both libraries. */
export function savePersonaToLibrary(persona: Persona, scope: LibraryScope): Result<PersonaLibraries> {
  return runRpc(() => {
    const clean = cleanPersona(persona);
    if (!clean) throw new JourneyGridError([PROBLEMS.badPersona]);
    return lockFor(scope)(() => saveToLibrary(clean, scope));
  });
}

/** A library is read, changed and written back: under the lock of the store it lives in. */
function lockFor(scope: LibraryScope): <T>(body: () => T) => T {
  return scope === 'user' ? withUserLock : withDocumentLock;
}

/** Writes one library entry within the library's limits (the caller holds the store's lock). */
function saveToLibrary(clean: Persona, scope: LibraryScope): Result<PersonaLibraries> {
  const store = storeFor(scope);
  const key = PREFIX + clean.id;
  const value = JSON.stringify(clean);
  const bytes = entryBytes(key, value);
  if (bytes > PROPERTY_MAX_BYTES) throw new JourneyGridError([PROBLEMS.personaTooLarge(clean.name)]);
  const ids = readLibrary(store).map((p) => p.id);
  const isNew = !ids.includes(clean.id);
  if (isNew && ids.length >= LIBRARY_MAX_PERSONAS) throw new JourneyGridError([PROBLEMS.libraryFull]);
  if (librarySize(store, clean.id) + bytes > Math.min(LIBRARY_MAX_BYTES[scope], STORE_MAX_BYTES)) {
    throw new JourneyGridError([PROBLEMS.librarySizeFull(scope)]);
  }
  store.setProperties({ [key]: value, [ORDER_KEY]: JSON.stringify(isNew ? [...ids, clean.id] : ids) });
  dropLegacy(store, clean.id);
  return { ok: true, value: readLibraries() };
}

/** Once the new keys are written: the entry's and the order list's keys of earlier versions. */
function dropLegacy(store: Properties, id: string): void {
  const all = store.getProperties();
  for (const key of [LEGACY.prefix + id, LEGACY.order]) if (all[key] !== undefined) store.deleteProperty(key);
}

/** Removes a persona from a library; answers both libraries. */
export function removePersonaFromLibrary(personaId: string, scope: LibraryScope): Result<PersonaLibraries> {
  return runRpc(() =>
    lockFor(scope)(() => {
      const store = storeFor(scope);
      const ids = readLibrary(store)
        .map((p) => p.id)
        .filter((id) => id !== personaId);
      store.setProperty(ORDER_KEY, JSON.stringify(ids));
      store.deleteProperty(PREFIX + String(personaId));
      dropLegacy(store, String(personaId));
      return { ok: true, value: readLibraries() };
    }),
  );
}
