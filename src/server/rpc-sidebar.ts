/**
 * Sidebar-only RPCs: the sidebar's start-up bundle (one call), the persona library kept per user
 * (user properties) and per document (document properties), and the user's saved form choices.
 *
 * Apps Script limits a property to 9 KB (key + value) and a store to 500 KB, so each persona is
 * its own property (`journeygrid.library.<id>`) with an order list beside it, every value is measured
 * before it is written, and the library is capped: a full library or an oversized persona comes
 * back as a translated problem instead of the service's bare exception.
 */

import type { Properties } from '../hosts/ui';
import { KEY_PREFIX } from '../layout/keys';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import {
  BUYING_ROLES,
  type BuyingRole,
  ID_PATTERN,
  LANE_KINDS,
  LANGUAGES,
  type LaneKind,
  type Language,
  LIMITS,
  PERSONA_TEXT_FIELDS,
  type Persona,
} from '../model/types';
import {
  entryBytes,
  isPieceOf,
  joinValue,
  PROPERTY_MAX_BYTES,
  STORE_MAX_BYTES,
  splitValue,
} from '../share/properties';
import { runRpc } from './errors';
import { withDocumentLock, withUserLock } from './lock';
import { getStartupData, type StartupData } from './rpc';
import { describeFile, type FileJourneys } from './rpc-drive';
import { propertiesService } from './services';

/** A persona as stored in a library: the model's persona, id included. */
export type LibraryPersona = Persona;
export type LibraryScope = 'user' | 'document';

/** The form's choices, remembered per user so that reopening the sidebar resumes the work. */
export interface SidebarChoices {
  frameworkId: string;
  language: Language;
  hints: boolean;
  /** Lanes in display order; library lanes by id, custom lanes by label and kind. */
  lanes: { ref: string; label?: string; kind?: LaneKind; on: boolean }[];
  personas: Persona[];
  /** Stage names the user chose (only for frameworks whose stages are user-chosen). */
  stageLabels?: string[];
  /** Their ids, kept across edits so a rebuild matches each stage's cells to it. */
  stageIds?: string[];
}

export interface PersonaLibraries {
  user: LibraryPersona[];
  /** Null when no document is open (document properties need one). */
  document: LibraryPersona[] | null;
}

export interface SidebarBoot extends StartupData {
  libraries: PersonaLibraries;
  choices: SidebarChoices | null;
  /** The journeys the open file already holds (describeFile), or null for a plain file. */
  file: FileJourneys | null;
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
  noDocument: problem(
    '',
    'no-document',
    'ドキュメントを開いてから実行してください。',
    'Open a document first: this library is kept in the document.',
  ),
  personaTooLarge: (name: string): Problem =>
    problem(
      'persona',
      'persona-too-large',
      `ペルソナ「${name}」は保存できる大きさ（9 KB）を超えています。メモなど長い項目を短くしてください。`,
      `The persona "${name}" is larger than a library entry may be (9 KB). Shorten its longer fields, such as notes.`,
    ),
  libraryFull: problem(
    'library',
    'library-full',
    `ライブラリがいっぱいです（最大 ${LIBRARY_MAX_PERSONAS} 人）。使わないペルソナを削除してから保存してください。`,
    `The library is full (at most ${LIBRARY_MAX_PERSONAS} personas). Remove personas you no longer use, then save again.`,
  ),
  librarySizeFull: (scope: LibraryScope): Problem =>
    problem(
      'library',
      'library-full',
      `ライブラリの保存容量（${LIBRARY_MAX_BYTES[scope] / 1024} KB）がいっぱいです。使わないペルソナを削除するか、長い項目を短くしてください。`,
      `The library's storage (${LIBRARY_MAX_BYTES[scope] / 1024} KB) is full. Remove personas you no longer use, or shorten long fields.`,
    ),
  choicesTooLarge: problem(
    '',
    'choices-too-large',
    'フォームの内容が大きすぎて保存できません（100 KB）。長い項目を短くしてください。',
    'The form is too large to remember (100 KB). Shorten its longest fields.',
  ),
  badPersona: problem(
    'persona',
    'invalid-persona',
    'ペルソナの形式が正しくありません。',
    'This persona is not valid.',
  ),
};

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // The model's limits count UTF-16 units; a cut must not split an emoji's surrogate pair (the
  // lone half would be stored as U+FFFD).
  const cut = trimmed.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Keeps only the model's persona fields, trimmed and within the model's limits. */
function cleanPersona_(input: unknown): Persona | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const raw = input as Record<string, unknown>;
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  const name = text(raw.name, LIMITS.labelLength);
  if (!id || !name) return undefined;
  const persona: Persona = { id, name, antiPersona: raw.antiPersona === true };
  for (const field of PERSONA_TEXT_FIELDS) {
    const value = text(raw[field], LIMITS.personaFieldLength);
    if (value) persona[field] = value;
  }
  if (BUYING_ROLES.includes(raw.buyingRole as BuyingRole)) persona.buyingRole = raw.buyingRole as BuyingRole;
  return persona;
}

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
    .map((id) => cleanPersona_(parseJson(all[PREFIX + id] ?? all[LEGACY.prefix + id] ?? null)))
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

function cleanChoices(input: unknown): SidebarChoices | null {
  if (typeof input !== 'object' || input === null) return null;
  const raw = input as Partial<Record<keyof SidebarChoices, unknown>>;
  if (typeof raw.frameworkId !== 'string' || !LANGUAGES.includes(raw.language as Language)) return null;
  const lanes = Array.isArray(raw.lanes) ? raw.lanes : [];
  const personas = Array.isArray(raw.personas) ? raw.personas : [];
  return {
    frameworkId: raw.frameworkId.slice(0, LIMITS.idLength),
    language: raw.language as Language,
    hints: raw.hints !== false,
    lanes: lanes
      .filter((l): l is Record<string, unknown> => typeof l === 'object' && l !== null)
      .filter((l) => typeof l.ref === 'string')
      .slice(0, LIMITS.lanes)
      .map((l) => ({
        ref: String(l.ref).slice(0, LIMITS.idLength),
        on: l.on !== false,
        ...(typeof l.label === 'string' ? { label: l.label.slice(0, LIMITS.labelLength) } : {}),
        ...(LANE_KINDS.includes(l.kind as LaneKind) ? { kind: l.kind as LaneKind } : {}),
      })),
    personas: personas
      .map(cleanPersona_)
      .filter((p): p is Persona => p !== undefined)
      .slice(0, LIMITS.personas),
    ...(Array.isArray(raw.stageLabels)
      ? {
          stageLabels: raw.stageLabels
            .filter((l): l is string => typeof l === 'string')
            .slice(0, LIMITS.stages)
            .map((l) => l.slice(0, LIMITS.labelLength)),
        }
      : {}),
    ...(Array.isArray(raw.stageIds)
      ? {
          // An unusable id stays as '' so the others keep their positions; the sidebar replaces it.
          stageIds: raw.stageIds
            .slice(0, LIMITS.stages)
            .map((id) => (typeof id === 'string' && ID_PATTERN.test(id) ? id : '')),
        }
      : {}),
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
    const choices = cleanChoices(readChoices());
    const described = describeFile();
    const file = described.ok ? described.value : null;
    return { ok: true, value: { ...startup.value, libraries: readLibraries(), choices, file } };
  });
}

/**
 * Remembers the form. A form too large for one property keeps its framework, language and lanes
 * and drops the persona drafts' long fields: the choices are a convenience, never an error.
 */
/** The form's choices, in pieces under the 9 KB value limit so long persona fields are kept whole. */
export function saveSidebarChoices(choices: SidebarChoices): Result<boolean> {
  return runRpc(() => {
    const clean = cleanChoices(choices);
    if (!clean) throw new JourneyGridError([PROBLEMS.badPersona]);
    const values = splitValue(CHOICES_KEY, JSON.stringify(clean));
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

function readChoices(): unknown {
  const all = propertiesService().getUserProperties().getProperties();
  // Choices saved before they were split are one plain JSON value: joinValue answers it whole.
  const json = joinValue(all, CHOICES_KEY) ?? joinValue(all, LEGACY.choices);
  return json === undefined ? null : parseJson(json);
}

/** Adds a persona to a library, or replaces the one with the same id; answers both libraries. */
export function savePersonaToLibrary(persona: Persona, scope: LibraryScope): Result<PersonaLibraries> {
  return runRpc(() => {
    const clean = cleanPersona_(persona);
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
