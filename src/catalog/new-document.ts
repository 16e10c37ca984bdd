/**
 * Builds a new, empty journey document from a catalog framework and the personas the user
 * entered: the one entry point the "new journey" form calls. Input comes from the sidebar as
 * plain JSON, so every field is checked and each mistake comes back as a problem that names the
 * form field, in Japanese and English; the finished document then passes model validation.
 */

import { fail, type Problem, problem, type Result } from '../model/problems';
import {
  ID_PATTERN,
  type JourneyDocument,
  LANE_KINDS,
  LANGUAGES,
  type Lane,
  type LaneKind,
  type Language,
  LIMITS,
  PERSONA_TEXT_FIELDS,
  type Persona,
  SCHEMA_VERSION,
  type Stage,
} from '../model/types';
import { validateDocument } from '../model/validate';
import { frameworkDef } from './frameworks';
import { laneDef } from './lanes';
import { CATALOG_MESSAGES as M } from './messages';
import type { FrameworkDef } from './types';

/** A persona as the form sends it: ids and the anti-persona flag are filled in when missing. */
export type PersonaInput = Omit<Persona, 'id' | 'antiPersona'> & { id?: string; antiPersona?: boolean };

export interface NewDocumentOptions {
  title?: string;
  /** Replaces the framework's default lanes; ids from the lane library. */
  laneIds?: string[];
  /** Appended after the library lanes, with generated ids `custom-1`, `custom-2`… */
  customLanes?: { label: string; kind: LaneKind }[];
  /** Only for frameworks whose stages users choose: replaces the default stages (ids `stage-1`…). */
  stageLabels?: string[];
}

/** Echoes user input in a message without letting a huge value make a huge message. */
function shown(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The first `prefix-n` not yet used; records it as used. */
function nextId(prefix: string, used: Set<string>): string {
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  const id = `${prefix}-${n}`;
  used.add(id);
  return id;
}

/** A required label: trimmed, or a problem when empty or too long. */
function checkLabel(
  value: unknown,
  path: string,
  what: { ja: string; en: string },
  problems: Problem[],
): string {
  const label = typeof value === 'string' ? value.trim() : '';
  if (label === '') {
    problems.push(problem(path, 'required', M.nameRequired(what)));
  } else if (label.length > LIMITS.labelLength) {
    problems.push(problem(path, 'too-long', M.nameTooLong(what)));
  }
  return label;
}

function buildStages(
  framework: FrameworkDef,
  stageLabels: unknown,
  language: Language,
  problems: Problem[],
): Stage[] {
  // JSON from the sidebar may carry null for a field left out.
  if (stageLabels === undefined || stageLabels === null) {
    return framework.stages.map((s) => ({
      id: s.id,
      label: s.label[language],
      ...(s.loopsBackTo ? { loopsBackTo: s.loopsBackTo } : {}),
    }));
  }
  if (!framework.stagesAreUserChosen) {
    problems.push(problem('stageLabels', 'stages-fixed', M.stagesFixed(framework)));
    return [];
  }
  if (!Array.isArray(stageLabels) || stageLabels.length === 0) {
    problems.push(problem('stageLabels', 'required', M.stagesRequired));
    return [];
  }
  return stageLabels.map((value: unknown, i) => ({
    id: `stage-${i + 1}`,
    label: checkLabel(
      value,
      `stageLabels[${i}]`,
      { ja: `${i + 1}つ目のステージ`, en: `Stage ${i + 1}` },
      problems,
    ),
  }));
}

function buildLanes(
  framework: FrameworkDef | undefined,
  options: NewDocumentOptions,
  language: Language,
  problems: Problem[],
): Lane[] {
  const lanes: Lane[] = [];
  const before = problems.length;
  (options.laneIds ?? framework?.laneIds ?? []).forEach((id, i) => {
    const def = laneDef(id);
    if (!def) {
      problems.push(problem(`laneIds[${i}]`, 'unknown-lane', M.unknownLane(shown(id))));
    } else if (lanes.some((lane) => lane.id === id)) {
      problems.push(problem(`laneIds[${i}]`, 'duplicate-lane', M.duplicateLane(def)));
    } else {
      lanes.push({
        id,
        label: def.label[language],
        kind: def.kind,
        ...(def.lineAbove ? { lineAbove: def.lineAbove } : {}),
      });
    }
  });
  const used = new Set(lanes.map((lane) => lane.id));
  (options.customLanes ?? []).forEach((custom, i) => {
    const what = { ja: `${i + 1}つ目の追加レーン`, en: `Added lane ${i + 1}` };
    const label = checkLabel(custom?.label, `customLanes[${i}].label`, what, problems);
    if (!LANE_KINDS.includes(custom?.kind)) {
      problems.push(problem(`customLanes[${i}].kind`, 'unknown-kind', M.unknownKind(what)));
    }
    lanes.push({ id: nextId('custom', used), label, kind: custom?.kind });
  });
  if (framework && lanes.length === 0 && problems.length === before) {
    problems.push(problem('laneIds', 'required', M.lanesRequired));
  }
  return lanes;
}

function buildPersonas(inputs: readonly PersonaInput[], problems: Problem[]): Persona[] {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    problems.push(problem('personas', 'required', M.personasRequired));
    return [];
  }
  // A valid, unique given id is kept so that re-creating a document keeps its persona links.
  const used = new Set<string>();
  const givenIds = inputs.map((input) => {
    const id = input?.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || used.has(id)) return undefined;
    used.add(id);
    return id;
  });
  return inputs.map((input, i) => {
    const name = typeof input?.name === 'string' ? input.name.trim() : '';
    if (name === '') {
      problems.push(problem(`personas[${i}].name`, 'required', M.personaNameRequired(i)));
    }
    const persona: Persona = { id: givenIds[i] ?? nextId('persona', used), name, antiPersona: false };
    for (const field of PERSONA_TEXT_FIELDS) {
      const value: unknown = input?.[field];
      // Non-text values are passed on so that model validation reports them at this same path.
      if (typeof value !== 'string') {
        if (value !== undefined) Object.assign(persona, { [field]: value });
      } else if (value.trim() !== '') {
        persona[field] = value.trim();
      }
    }
    if (input?.buyingRole !== undefined) persona.buyingRole = input.buyingRole;
    if (input?.antiPersona !== undefined) persona.antiPersona = input.antiPersona;
    return persona;
  });
}

/** Names that already say "journey" (or are a map or blueprint) are used as they are. */
const TITLE_SUFFIX = {
  ja: {
    pattern: /ジャーニー|マップ|ブループリント|ステージ|ライフサイクル/,
    suffix: ' カスタマージャーニー',
  },
  en: { pattern: /journey|map|blueprint|stages|lifecycle/i, suffix: ' customer journey' },
} as const;

function defaultTitle(framework: FrameworkDef, language: Language): string {
  const name = framework.name[language];
  const { pattern, suffix } = TITLE_SUFFIX[language];
  return pattern.test(name) ? name : `${name}${suffix}`;
}

export function newJourneyDocument(
  frameworkId: string,
  personas: PersonaInput[],
  language: Language,
  options?: NewDocumentOptions | null,
): Result<JourneyDocument> {
  const opts = options ?? {};
  const problems: Problem[] = [];
  const knownLanguage = LANGUAGES.includes(language);
  if (!knownLanguage) {
    problems.push(problem('language', 'unknown-language', M.unknownLanguage(shown(language))));
  }
  // Keep going with English so that one answer lists every mistake in the form.
  const lang: Language = knownLanguage ? language : 'en';
  const framework = frameworkDef(frameworkId);
  if (!framework) {
    problems.push(problem('frameworkId', 'unknown-framework', M.unknownFramework(shown(frameworkId))));
  }
  const stages = framework ? buildStages(framework, opts.stageLabels, lang, problems) : [];
  const lanes = buildLanes(framework, opts, lang, problems);
  const people = buildPersonas(personas, problems);
  if (!framework || problems.length > 0) return fail(problems);

  const title = typeof opts.title === 'string' ? opts.title.trim() : '';
  return validateDocument({
    schemaVersion: SCHEMA_VERSION,
    title: title || defaultTitle(framework, lang),
    language: lang,
    frameworkId: framework.id,
    stages,
    lanes,
    personas: people,
    journeys: people.map((persona) => ({ personaId: persona.id, cells: {} })),
  });
}
