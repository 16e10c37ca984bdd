/**
 * The journey document: the JSON model every layer speaks (schemaVersion 1).
 *
 * It is plain JSON on purpose: it crosses google.script.run (no Dates, Maps or classes), is
 * embedded in the documents the add-on builds, and is exported and imported as a file. Ids are
 * stable and never derived from labels, so a renamed stage or lane keeps its identity.
 */

export const SCHEMA_VERSION = 1 as const;

export type Language = 'ja' | 'en';
export const LANGUAGES: readonly Language[] = ['ja', 'en'];

/** What a lane holds per stage: free text, an emotion score −2..+2, or a number (e.g. a rate). */
export type LaneKind = 'text' | 'emotion' | 'metric';
export const LANE_KINDS: readonly LaneKind[] = ['text', 'emotion', 'metric'];

/** Service-blueprint lines, drawn as separators above the lane that carries them. */
export type BlueprintLine = 'interaction' | 'visibility' | 'internal-interaction';
export const BLUEPRINT_LINES: readonly BlueprintLine[] = [
  'interaction',
  'visibility',
  'internal-interaction',
];

/** Roles in a B2B buying group (6–10 people take part in a B2B purchase). */
export type BuyingRole = 'decision-maker' | 'champion' | 'researcher' | 'end-user' | 'influencer' | 'other';
export const BUYING_ROLES: readonly BuyingRole[] = [
  'decision-maker',
  'champion',
  'researcher',
  'end-user',
  'influencer',
  'other',
];

export interface Stage {
  /** Stable id: `[a-z0-9][a-z0-9_-]*`, 1–40 characters. */
  id: string;
  label: string;
  /** Id of an earlier (or the same) stage this one loops back to (the "butterfly circuit"). */
  loopsBackTo?: string;
}

export interface Lane {
  id: string;
  label: string;
  kind: LaneKind;
  /** A service-blueprint line drawn just above this lane. */
  lineAbove?: BlueprintLine;
}

export interface Persona {
  id: string;
  name: string;
  /** Title / role (役職). */
  role?: string;
  department?: string;
  company?: string;
  industry?: string;
  companySize?: string;
  goals?: string;
  challenges?: string;
  informationSources?: string;
  buyingRole?: BuyingRole;
  notes?: string;
  /** Who we do NOT target (アンチペルソナ). */
  antiPersona: boolean;
}

/** The persona fields that hold free text, in display order. */
export const PERSONA_TEXT_FIELDS = [
  'role',
  'department',
  'company',
  'industry',
  'companySize',
  'goals',
  'challenges',
  'informationSources',
  'notes',
] as const satisfies readonly (keyof Persona)[];
export type PersonaTextField = (typeof PERSONA_TEXT_FIELDS)[number];

/**
 * One cell's content. Text lanes hold strings; emotion lanes an integer −2..+2; metric lanes a
 * finite number (rates are fractions: 0.25 is shown as 25 %). Empty cells are simply absent.
 */
export type CellValue = string | number;

/** Cell values of one persona, keyed by lane id, then stage id. */
export type JourneyCells = Record<string, Record<string, CellValue>>;

export interface Journey {
  personaId: string;
  cells: JourneyCells;
}

export interface JourneyDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  language: Language;
  /** Catalog framework id, or 'custom' for a user-assembled grid. */
  frameworkId: string;
  stages: Stage[];
  lanes: Lane[];
  personas: Persona[];
  /** One journey per persona, in persona order. */
  journeys: Journey[];
}

/** Length limits shared by validation, the hosts and the sidebar. */
export const LIMITS = {
  idLength: 40,
  titleLength: 200,
  labelLength: 200,
  personaFieldLength: 2000,
  /** Google Sheets' limit for one cell. */
  cellTextLength: 50_000,
  stages: 30,
  lanes: 40,
  personas: 20,
} as const;

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
