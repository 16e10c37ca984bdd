/**
 * Validation of a journey document (schemaVersion 1): every problem, each with its JSON path and a
 * message in Japanese and English.
 *
 * Hand-written rather than generated from the JSON Schema because the rules that matter most to
 * users are relational (unique ids, a cell for a stage that does not exist, a loop-back to a later
 * stage), which JSON Schema cannot say, and because ajv would add tens of kilobytes to a bundle
 * that Apps Script reloads on every call. test/model-schema.test.ts keeps the two in agreement.
 */

import { MODEL_MESSAGES as M } from './messages';
import { PERSONA_FIELD_LABELS } from './persona-fields';
import { type Problem, type ProblemCode, problem, type Result, type Translated } from './problems';
import {
  BLUEPRINT_LINES,
  BUYING_ROLES,
  ID_PATTERN,
  type JourneyDocument,
  LANE_KINDS,
  LANGUAGES,
  LIMITS,
  PERSONA_TEXT_FIELDS,
  SCHEMA_VERSION,
} from './types';

/** Past this many problems the list stops growing: nobody reads the 101st, and a huge file must not make a huge answer. */
const MAX_PROBLEMS = 100;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: Json, key: string): unknown {
  // Own keys only (a JSON "__proto__" is data, not a prototype). Object.hasOwn is recent, and
  // Apps Script's V8 is not guaranteed to have it; getOwnPropertyDescriptor is ES5.
  return Object.getOwnPropertyDescriptor(obj, key) ? obj[key] : undefined;
}

class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, code: ProblemCode, message: Translated): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push(problem(path, code, message));
  }
}

const TOP_LEVEL_KEYS = [
  'schemaVersion',
  'title',
  'language',
  'frameworkId',
  'stages',
  'lanes',
  'personas',
  'journeys',
];
const STAGE_KEYS = ['id', 'label', 'loopsBackTo'];
const LANE_KEYS = ['id', 'label', 'kind', 'lineAbove'];
const PERSONA_KEYS = ['id', 'name', 'antiPersona', 'buyingRole', ...PERSONA_TEXT_FIELDS];
const JOURNEY_KEYS = ['personaId', 'cells'];

function checkUnknownKeys(obj: Json, allowed: readonly string[], path: string, list: ProblemList): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      list.add(`${path}${path ? '.' : ''}${key}`, 'unknown-field', M.unknownField(key));
    }
  }
}

function checkText(
  value: unknown,
  path: string,
  list: ProblemList,
  opts: { required: boolean; max: number; what: Translated },
): void {
  if (value === undefined) {
    if (opts.required) list.add(path, 'required', M.textRequired(opts.what));
    return;
  }
  if (typeof value !== 'string') {
    list.add(path, 'type', M.textType(opts.what));
    return;
  }
  if (opts.required && value.trim() === '') {
    list.add(path, 'required', M.textEmpty(opts.what));
  }
  if (value.length > opts.max) {
    list.add(path, 'too-long', M.textTooLong(opts.what, opts.max, value.length));
  }
}

function checkId(value: unknown, path: string, list: ProblemList): value is string {
  // Cells are keyed by lane and stage id in plain JSON objects; an id every object already has
  // (constructor, __proto__, toString…) would read as that built-in and its cells would vanish.
  if (typeof value === 'string' && value in {}) {
    list.add(path, 'reserved-id', M.reservedId(value));
    return false;
  }
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    list.add(path, 'invalid-id', M.invalidId);
    return false;
  }
  return true;
}

/** Checks an array of items with ids; returns the ids that are valid and unique, in order. */
function checkList(
  value: unknown,
  path: string,
  list: ProblemList,
  limits: { min: 1; max: number; what: Translated },
  checkItem: (item: Json, itemPath: string) => void,
): string[] {
  if (!Array.isArray(value)) {
    list.add(path, 'type', M.listMissing(limits.what));
    return [];
  }
  if (value.length < limits.min) {
    list.add(path, 'too-few', M.listEmpty(limits.what));
  }
  if (value.length > limits.max) {
    list.add(path, 'too-many', M.listTooMany(limits.what, limits.max, value.length));
  }
  const ids: string[] = [];
  value.forEach((item: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isObject(item)) {
      list.add(itemPath, 'type', M.entryNotObject);
      return;
    }
    const id = own(item, 'id');
    if (checkId(id, `${itemPath}.id`, list)) {
      if (ids.includes(id)) {
        list.add(`${itemPath}.id`, 'duplicate-id', M.duplicateId(id));
      } else {
        ids.push(id);
      }
    }
    checkItem(item, itemPath);
  });
  return ids;
}

function checkCells(
  cells: unknown,
  path: string,
  list: ProblemList,
  lanes: Map<string, string>,
  stageIds: readonly string[],
): void {
  if (!isObject(cells)) {
    list.add(path, 'type', M.cellsNotObject);
    return;
  }
  for (const [laneId, row] of Object.entries(cells)) {
    const rowPath = `${path}.${laneId}`;
    const kind = lanes.get(laneId);
    if (kind === undefined) {
      list.add(rowPath, 'unknown-lane', M.unknownLaneCells(laneId));
      continue;
    }
    if (!isObject(row)) {
      list.add(rowPath, 'type', M.laneCellsNotObject);
      continue;
    }
    for (const [stageId, value] of Object.entries(row)) {
      const cellPath = `${rowPath}.${stageId}`;
      if (!stageIds.includes(stageId)) {
        list.add(cellPath, 'unknown-stage', M.unknownStageCell(stageId));
        continue;
      }
      checkCellValue(value, kind, cellPath, list);
    }
  }
}

function checkCellValue(value: unknown, kind: string, path: string, list: ProblemList): void {
  if (kind === 'text') {
    if (typeof value !== 'string') {
      list.add(path, 'type', M.textLaneType);
    } else if (value.length > LIMITS.cellTextLength) {
      list.add(path, 'too-long', M.cellTooLong(value.length));
    }
  } else if (kind === 'emotion') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -2 || value > 2) {
      list.add(path, 'emotion-range', M.emotionRange);
    }
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    list.add(path, 'type', M.metricType);
  }
}

/**
 * Validates a parsed JSON value as a schemaVersion-1 journey document, part by part in the order
 * problems are listed: the document's own fields, stages, lanes, personas, then the journeys
 * (which refer to all three).
 */
export function validateDocument(input: unknown): Result<JourneyDocument> {
  const list = new ProblemList();
  if (!isObject(input)) {
    list.add('', 'type', M.notADocument);
    return { ok: false, problems: list.items };
  }
  checkDocumentFields(input, list);
  const stageIds = checkStages(input, list);
  const lanes = checkLanes(input, list);
  const personaIds = checkPersonas(input, list);
  checkJourneys(input, list, { stageIds, lanes, personaIds });
  return list.items.length > 0
    ? { ok: false, problems: list.items }
    : { ok: true, value: input as unknown as JourneyDocument };
}

/** The document's own fields: no unknown ones, the schema version, title, language, framework. */
function checkDocumentFields(input: Json, list: ProblemList): void {
  checkUnknownKeys(input, TOP_LEVEL_KEYS, '', list);
  if (own(input, 'schemaVersion') !== SCHEMA_VERSION) {
    list.add('schemaVersion', 'schema-version', M.schemaVersionMust);
  }
  checkText(own(input, 'title'), 'title', list, {
    required: true,
    max: LIMITS.titleLength,
    what: M.whatTitle,
  });
  const language = own(input, 'language');
  if (!LANGUAGES.includes(language as never)) {
    list.add('language', 'language', M.language);
  }
  const frameworkId = own(input, 'frameworkId');
  if (typeof frameworkId !== 'string' || frameworkId === '') {
    list.add('frameworkId', 'required', M.frameworkIdMissing);
  }
}

/** The stages, then their loop-backs (checked once every stage id is known); returns the valid ids. */
function checkStages(input: Json, list: ProblemList): string[] {
  const rawStages = own(input, 'stages');
  const stageIds = checkList(
    rawStages,
    'stages',
    list,
    { min: 1, max: LIMITS.stages, what: M.whatStages },
    (stage, path) => {
      checkUnknownKeys(stage, STAGE_KEYS, path, list);
      checkText(own(stage, 'label'), `${path}.label`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: M.whatStageName,
      });
    },
  );
  // Loop-backs are checked once every stage id is known: a loop may only point back.
  if (Array.isArray(rawStages)) {
    rawStages.forEach((stage: unknown, index) => {
      if (!isObject(stage)) return;
      const target = own(stage, 'loopsBackTo');
      if (target === undefined) return;
      const targetIndex = rawStages.findIndex((s: unknown) => isObject(s) && own(s, 'id') === target);
      if (targetIndex < 0 || targetIndex > index) {
        list.add(`stages[${index}].loopsBackTo`, 'invalid-loop', M.invalidLoop);
      }
    });
  }
  return stageIds;
}

/** The lanes; returns the kind of each valid lane id (what its cells may hold). */
function checkLanes(input: Json, list: ProblemList): Map<string, string> {
  const lanes = new Map<string, string>();
  checkList(
    own(input, 'lanes'),
    'lanes',
    list,
    { min: 1, max: LIMITS.lanes, what: M.whatLanes },
    (lane, path) => {
      checkUnknownKeys(lane, LANE_KEYS, path, list);
      checkText(own(lane, 'label'), `${path}.label`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: M.whatLaneName,
      });
      const kind = own(lane, 'kind');
      if (!LANE_KINDS.includes(kind as never)) {
        list.add(`${path}.kind`, 'unknown-kind', M.unknownKind);
      } else if (typeof own(lane, 'id') === 'string' && !lanes.has(own(lane, 'id') as string)) {
        lanes.set(own(lane, 'id') as string, kind as string);
      }
      const line = own(lane, 'lineAbove');
      if (line !== undefined && !BLUEPRINT_LINES.includes(line as never)) {
        list.add(`${path}.lineAbove`, 'unknown-line', M.unknownLine);
      }
    },
  );
  return lanes;
}

/** The personas and their card fields; returns the valid ids. */
function checkPersonas(input: Json, list: ProblemList): string[] {
  const personaIds = checkList(
    own(input, 'personas'),
    'personas',
    list,
    { min: 1, max: LIMITS.personas, what: M.whatPersonas },
    (persona, path) => {
      checkUnknownKeys(persona, PERSONA_KEYS, path, list);
      checkText(own(persona, 'name'), `${path}.name`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: M.whatPersonaName,
      });
      for (const field of PERSONA_TEXT_FIELDS) {
        checkText(own(persona, field), `${path}.${field}`, list, {
          required: false,
          max: LIMITS.personaFieldLength,
          what: M.whatPersonaField(PERSONA_FIELD_LABELS[field]),
        });
      }
      const role = own(persona, 'buyingRole');
      if (role !== undefined && !BUYING_ROLES.includes(role as never)) {
        list.add(`${path}.buyingRole`, 'unknown-role', M.unknownRole);
      }
      if (typeof own(persona, 'antiPersona') !== 'boolean') {
        list.add(`${path}.antiPersona`, 'type', M.antiPersonaType);
      }
    },
  );
  return personaIds;
}

/** One journey per persona, each with cells only for lanes and stages that exist, of their kind. */
function checkJourneys(
  input: Json,
  list: ProblemList,
  known: { stageIds: readonly string[]; lanes: Map<string, string>; personaIds: readonly string[] },
): void {
  const { stageIds, lanes, personaIds } = known;
  const journeys = own(input, 'journeys');
  if (!Array.isArray(journeys)) {
    list.add('journeys', 'type', M.journeysMissing);
    return;
  }
  const seen = new Set<string>();
  journeys.forEach((journey: unknown, index) => {
    const path = `journeys[${index}]`;
    if (!isObject(journey)) {
      list.add(path, 'type', M.journeyNotObject);
      return;
    }
    checkUnknownKeys(journey, JOURNEY_KEYS, path, list);
    const personaId = own(journey, 'personaId');
    if (typeof personaId !== 'string' || !personaIds.includes(personaId)) {
      list.add(`${path}.personaId`, 'unknown-persona', M.unknownPersona);
    } else if (seen.has(personaId)) {
      list.add(`${path}.personaId`, 'duplicate-journey', M.duplicateJourney);
    } else {
      seen.add(personaId);
    }
    checkCells(own(journey, 'cells'), `${path}.cells`, list, lanes, stageIds);
  });
  personaIds.forEach((id, index) => {
    if (!seen.has(id)) {
      list.add(`personas[${index}]`, 'missing-journey', M.missingJourney);
    }
  });
}
