/**
 * Validation of a journey document (schemaVersion 1): every problem, each with its JSON path and a
 * message in Japanese and English.
 *
 * Hand-written rather than generated from the JSON Schema because the rules that matter most to
 * users are relational (unique ids, a cell for a stage that does not exist, a loop-back to a later
 * stage), which JSON Schema cannot say, and because ajv would add tens of kilobytes to a bundle
 * that Apps Script reloads on every call. test/model-schema.test.ts keeps the two in agreement.
 */

import { PERSONA_FIELD_LABELS } from './persona-fields';
import { type Problem, type ProblemCode, problem, type Result } from './problems';
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
  add(path: string, code: ProblemCode, ja: string, en: string): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push(problem(path, code, ja, en));
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
      list.add(
        `${path}${path ? '.' : ''}${key}`,
        'unknown-field',
        `「${key}」は不明な項目です。`,
        `"${key}" is not a known field.`,
      );
    }
  }
}

function checkText(
  value: unknown,
  path: string,
  list: ProblemList,
  opts: { required: boolean; max: number; what: { ja: string; en: string } },
): void {
  if (value === undefined) {
    if (opts.required)
      list.add(path, 'required', `${opts.what.ja}を入力してください。`, `${opts.what.en} is required.`);
    return;
  }
  if (typeof value !== 'string') {
    list.add(path, 'type', `${opts.what.ja}は文字列にしてください。`, `${opts.what.en} must be text.`);
    return;
  }
  if (opts.required && value.trim() === '') {
    list.add(path, 'required', `${opts.what.ja}が空です。`, `${opts.what.en} is empty.`);
  }
  if (value.length > opts.max) {
    list.add(
      path,
      'too-long',
      `${opts.what.ja}は${opts.max}文字以内にしてください（現在${value.length}文字）。`,
      `${opts.what.en} must be at most ${opts.max} characters (it has ${value.length}).`,
    );
  }
}

function checkId(value: unknown, path: string, list: ProblemList): value is string {
  // Cells are keyed by lane and stage id in plain JSON objects; an id every object already has
  // (constructor, __proto__, toString…) would read as that built-in and its cells would vanish.
  if (typeof value === 'string' && value in {}) {
    list.add(
      path,
      'reserved-id',
      `「${value}」はプログラムの予約名のため、IDには使えません。別のIDにしてください。`,
      `"${value}" is a reserved name in the program and cannot be an id. Choose another id.`,
    );
    return false;
  }
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    list.add(
      path,
      'invalid-id',
      'IDは英小文字・数字・「-」「_」で40文字以内にしてください。',
      'An id must be 1–40 lowercase letters, digits, "-" or "_", starting with a letter or digit.',
    );
    return false;
  }
  return true;
}

/** Checks an array of items with ids; returns the ids that are valid and unique, in order. */
function checkList(
  value: unknown,
  path: string,
  list: ProblemList,
  limits: { min: 1; max: number; what: { ja: string; en: string } },
  checkItem: (item: Json, itemPath: string) => void,
): string[] {
  if (!Array.isArray(value)) {
    list.add(
      path,
      'type',
      `${limits.what.ja}の一覧がありません。`,
      `The list of ${limits.what.en} is missing.`,
    );
    return [];
  }
  if (value.length < limits.min) {
    list.add(
      path,
      'too-few',
      `${limits.what.ja}が1つもありません。`,
      `There are no ${limits.what.en}: add at least one.`,
    );
  }
  if (value.length > limits.max) {
    list.add(
      path,
      'too-many',
      `${limits.what.ja}は${limits.max}個までです（現在${value.length}個）。`,
      `At most ${limits.max} ${limits.what.en} are allowed (there are ${value.length}).`,
    );
  }
  const ids: string[] = [];
  value.forEach((item: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isObject(item)) {
      list.add(itemPath, 'type', '項目がオブジェクトではありません。', 'This entry is not an object.');
      return;
    }
    const id = own(item, 'id');
    if (checkId(id, `${itemPath}.id`, list)) {
      if (ids.includes(id)) {
        list.add(
          `${itemPath}.id`,
          'duplicate-id',
          `ID「${id}」が重複しています。`,
          `The id "${id}" is used more than once.`,
        );
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
    list.add(path, 'type', 'セルの内容がオブジェクトではありません。', 'The cells are not an object.');
    return;
  }
  for (const [laneId, row] of Object.entries(cells)) {
    const rowPath = `${path}.${laneId}`;
    const kind = lanes.get(laneId);
    if (kind === undefined) {
      list.add(
        rowPath,
        'unknown-lane',
        `レーン「${laneId}」は存在しません。`,
        `There is no lane "${laneId}" for these cells.`,
      );
      continue;
    }
    if (!isObject(row)) {
      list.add(
        rowPath,
        'type',
        'レーンのセルがオブジェクトではありません。',
        "The lane's cells are not an object.",
      );
      continue;
    }
    for (const [stageId, value] of Object.entries(row)) {
      const cellPath = `${rowPath}.${stageId}`;
      if (!stageIds.includes(stageId)) {
        list.add(
          cellPath,
          'unknown-stage',
          `ステージ「${stageId}」は存在しません。`,
          `There is no stage "${stageId}" for this cell.`,
        );
        continue;
      }
      checkCellValue(value, kind, cellPath, list);
    }
  }
}

function checkCellValue(value: unknown, kind: string, path: string, list: ProblemList): void {
  if (kind === 'text') {
    if (typeof value !== 'string') {
      list.add(path, 'type', 'テキストのレーンには文字列を入れてください。', 'A text lane holds text.');
    } else if (value.length > LIMITS.cellTextLength) {
      list.add(
        path,
        'too-long',
        `セルは${LIMITS.cellTextLength}文字以内にしてください（現在${value.length}文字）。`,
        `A cell holds at most ${LIMITS.cellTextLength} characters (this one has ${value.length}).`,
      );
    }
  } else if (kind === 'emotion') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -2 || value > 2) {
      list.add(
        path,
        'emotion-range',
        '感情は −2 から +2 の整数で入力してください。',
        'Emotion is a whole number from −2 to +2.',
      );
    }
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    list.add(path, 'type', '指標のレーンには数値を入れてください。', 'A metric lane holds a number.');
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
    list.add('', 'type', 'ジャーニーのデータではありません。', 'This is not a journey document.');
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
    list.add(
      'schemaVersion',
      'schema-version',
      `schemaVersion は ${SCHEMA_VERSION} である必要があります。`,
      `schemaVersion must be ${SCHEMA_VERSION}.`,
    );
  }
  checkText(own(input, 'title'), 'title', list, {
    required: true,
    max: LIMITS.titleLength,
    what: { ja: 'タイトル', en: 'The title' },
  });
  const language = own(input, 'language');
  if (!LANGUAGES.includes(language as never)) {
    list.add(
      'language',
      'language',
      '言語は ja か en にしてください。',
      'The language must be "ja" or "en".',
    );
  }
  const frameworkId = own(input, 'frameworkId');
  if (typeof frameworkId !== 'string' || frameworkId === '') {
    list.add('frameworkId', 'required', 'フレームワークIDがありません。', 'The framework id is missing.');
  }
}

/** The stages, then their loop-backs (checked once every stage id is known); returns the valid ids. */
function checkStages(input: Json, list: ProblemList): string[] {
  const rawStages = own(input, 'stages');
  const stageIds = checkList(
    rawStages,
    'stages',
    list,
    { min: 1, max: LIMITS.stages, what: { ja: 'ステージ', en: 'stages' } },
    (stage, path) => {
      checkUnknownKeys(stage, STAGE_KEYS, path, list);
      checkText(own(stage, 'label'), `${path}.label`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: { ja: 'ステージ名', en: 'The stage name' },
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
        list.add(
          `stages[${index}].loopsBackTo`,
          'invalid-loop',
          '戻り先は、このステージか前のステージにしてください。',
          'A loop can only go back to this stage or an earlier one.',
        );
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
    { min: 1, max: LIMITS.lanes, what: { ja: 'レーン', en: 'lanes' } },
    (lane, path) => {
      checkUnknownKeys(lane, LANE_KEYS, path, list);
      checkText(own(lane, 'label'), `${path}.label`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: { ja: 'レーン名', en: 'The lane name' },
      });
      const kind = own(lane, 'kind');
      if (!LANE_KINDS.includes(kind as never)) {
        list.add(
          `${path}.kind`,
          'unknown-kind',
          'レーンの種類は text・emotion・metric のいずれかです。',
          'A lane kind is one of text, emotion or metric.',
        );
      } else if (typeof own(lane, 'id') === 'string' && !lanes.has(own(lane, 'id') as string)) {
        lanes.set(own(lane, 'id') as string, kind as string);
      }
      const line = own(lane, 'lineAbove');
      if (line !== undefined && !BLUEPRINT_LINES.includes(line as never)) {
        list.add(
          `${path}.lineAbove`,
          'unknown-line',
          '区切り線の種類が不明です。',
          'The separator line is not one of interaction, visibility or internal-interaction.',
        );
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
    { min: 1, max: LIMITS.personas, what: { ja: 'ペルソナ', en: 'personas' } },
    (persona, path) => {
      checkUnknownKeys(persona, PERSONA_KEYS, path, list);
      checkText(own(persona, 'name'), `${path}.name`, list, {
        required: true,
        max: LIMITS.labelLength,
        what: { ja: 'ペルソナの名前', en: "The persona's name" },
      });
      for (const field of PERSONA_TEXT_FIELDS) {
        checkText(own(persona, field), `${path}.${field}`, list, {
          required: false,
          max: LIMITS.personaFieldLength,
          what: { ja: `「${PERSONA_FIELD_LABELS[field].ja}」`, en: `"${PERSONA_FIELD_LABELS[field].en}"` },
        });
      }
      const role = own(persona, 'buyingRole');
      if (role !== undefined && !BUYING_ROLES.includes(role as never)) {
        list.add(
          `${path}.buyingRole`,
          'unknown-role',
          '購買での役割が不明です。',
          `The buying role must be one of ${BUYING_ROLES.join(', ')}.`,
        );
      }
      if (typeof own(persona, 'antiPersona') !== 'boolean') {
        list.add(
          `${path}.antiPersona`,
          'type',
          'アンチペルソナかどうか（true / false）が必要です。',
          'antiPersona must be true or false.',
        );
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
    list.add('journeys', 'type', 'ジャーニーの一覧がありません。', 'The list of journeys is missing.');
    return;
  }
  const seen = new Set<string>();
  journeys.forEach((journey: unknown, index) => {
    const path = `journeys[${index}]`;
    if (!isObject(journey)) {
      list.add(path, 'type', 'ジャーニーがオブジェクトではありません。', 'This journey is not an object.');
      return;
    }
    checkUnknownKeys(journey, JOURNEY_KEYS, path, list);
    const personaId = own(journey, 'personaId');
    if (typeof personaId !== 'string' || !personaIds.includes(personaId)) {
      list.add(
        `${path}.personaId`,
        'unknown-persona',
        'このジャーニーのペルソナが見つかりません。',
        "This journey's persona does not exist.",
      );
    } else if (seen.has(personaId)) {
      list.add(
        `${path}.personaId`,
        'duplicate-journey',
        'このペルソナのジャーニーが2つあります。',
        'This persona has two journeys.',
      );
    } else {
      seen.add(personaId);
    }
    checkCells(own(journey, 'cells'), `${path}.cells`, list, lanes, stageIds);
  });
  personaIds.forEach((id, index) => {
    if (!seen.has(id)) {
      list.add(
        `personas[${index}]`,
        'missing-journey',
        'このペルソナのジャーニーがありません。',
        'This persona has no journey.',
      );
    }
  });
}
