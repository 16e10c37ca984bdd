/**
 * Team templates: a named choice of framework, lanes and personas that a team saves to Drive as a
 * `.journey-template.json` and shares like any file. Validated on open, by building the journey
 * it describes, so a template that opens is a template that builds.
 */
import { newJourneyDocument, type PersonaInput } from '../catalog';
import { fail, problem, type Result } from '../model/problems';
import { LANE_KINDS, LANGUAGES, type LaneKind, type Language } from '../model/types';
import { SHARE_MESSAGES as M } from './messages';

export const TEMPLATE_KIND = 'journey-grid-template';
export const TEMPLATE_SCHEMA_VERSION = 1;

export interface TeamTemplate {
  kind: typeof TEMPLATE_KIND;
  schemaVersion: typeof TEMPLATE_SCHEMA_VERSION;
  name: string;
  frameworkId: string;
  language: Language;
  laneIds: string[];
  customLanes: { label: string; kind: LaneKind }[];
  stageLabels?: string[];
  personas: PersonaInput[];
}

const NOT_A_TEMPLATE = problem('', 'not-a-template', M.notATemplate);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateTemplate(input: unknown): Result<TeamTemplate> {
  if (!isObject(input) || input.kind !== TEMPLATE_KIND) return fail([NOT_A_TEMPLATE]);
  const version = input.schemaVersion;
  if (typeof version === 'number' && version > TEMPLATE_SCHEMA_VERSION) {
    return fail([problem('schemaVersion', 'newer-version', M.newerTemplate(version))]);
  }
  if (version !== TEMPLATE_SCHEMA_VERSION) return fail([NOT_A_TEMPLATE]);
  const name = input.name;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    return fail([problem('name', 'required', M.templateName)]);
  }
  if (!LANGUAGES.includes(input.language as Language)) {
    return fail([problem('language', 'language', M.templateLanguage)]);
  }
  const customLanes = Array.isArray(input.customLanes) ? input.customLanes : [];
  if (
    !customLanes.every(
      (l) => isObject(l) && typeof l.label === 'string' && LANE_KINDS.includes(l.kind as LaneKind),
    )
  ) {
    return fail([problem('customLanes', 'type', M.templateLanes)]);
  }
  const personas = Array.isArray(input.personas) ? (input.personas as PersonaInput[]) : [];
  // Building the journey it describes checks the framework, the lanes, the stages and the personas.
  const built = newJourneyDocument(
    String(input.frameworkId),
    personas.length > 0 ? personas : [{ name: '-' }],
    input.language as Language,
    {
      laneIds: Array.isArray(input.laneIds) ? (input.laneIds as string[]) : undefined,
      customLanes: customLanes as TeamTemplate['customLanes'],
      stageLabels: Array.isArray(input.stageLabels) ? (input.stageLabels as string[]) : undefined,
    },
  );
  if (!built.ok) return built;
  const template: TeamTemplate = {
    kind: TEMPLATE_KIND,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    name,
    frameworkId: String(input.frameworkId),
    language: input.language as Language,
    laneIds: Array.isArray(input.laneIds) ? (input.laneIds as string[]) : [],
    customLanes: customLanes as TeamTemplate['customLanes'],
    personas,
  };
  if (Array.isArray(input.stageLabels)) template.stageLabels = input.stageLabels as string[];
  return { ok: true, value: template };
}

export function parseTemplateJson(text: string): Result<TeamTemplate> {
  try {
    return validateTemplate(JSON.parse(text));
  } catch {
    return fail([NOT_A_TEMPLATE]);
  }
}
