/**
 * The sidebar's form as it is remembered between openings: its shape, and the cleaning of whatever
 * comes back (the server keeps it as an opaque JSON value, and a form saved by an earlier version
 * or edited elsewhere must not break the sidebar): unknown fields are dropped, texts are cut to
 * the model's limits, personas keep only the model's fields.
 */
import { cleanPersona } from '../src/model/clean-persona';
import {
  ID_PATTERN,
  LANE_KINDS,
  LANGUAGES,
  type LaneKind,
  type Language,
  LIMITS,
  type Persona,
} from '../src/model/types';

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

/** The remembered form, or null when what is stored is not one. */
export function cleanChoices(input: unknown): SidebarChoices | null {
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
      .map(cleanPersona)
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
