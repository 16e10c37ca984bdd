/**
 * Where a problem is, in the user's words: "Persona 1 (“Aki”) › Challenges" instead of the model's
 * path `personas[0].challenges`, with the names the user gave where they are known. A path this
 * does not know is shown as it is, so nothing a message points at is lost.
 */
import { PERSONA_FIELD_LABELS } from '../src/catalog';
import type { Language } from '../src/model/types';
import { type Form, isCustomLane, laneLabel, stageNames } from './state';

/** The names the user gave, by position as the paths count them. */
export interface PlaceNames {
  personas?: readonly string[];
  stages?: readonly string[];
  lanes?: readonly string[];
  /** The form's added lanes, in the order the model numbers them (`customLanes[i]`). */
  customLanes?: readonly string[];
}

type Words = { ja: string; en: string };

const TOP: Record<string, Words> = {
  title: { ja: 'タイトル', en: 'Title' },
  language: { ja: '言語', en: 'Language' },
  frameworkId: { ja: 'フレームワーク', en: 'Framework' },
  schemaVersion: { ja: 'ファイルの形式の版', en: 'File format version' },
  personas: { ja: 'ペルソナ', en: 'Personas' },
  stages: { ja: 'ステージ', en: 'Stages' },
  stageLabels: { ja: 'ステージ', en: 'Stages' },
  lanes: { ja: 'レーン', en: 'Lanes' },
  laneIds: { ja: 'レーン', en: 'Lanes' },
  customLanes: { ja: '独自のレーン', en: 'Custom lanes' },
  journeys: { ja: 'ジャーニー', en: 'Journeys' },
};

/** One item of a list: its kind, how it is counted, and the field words of its parts. */
const ITEMS: Record<string, { item: (n: number) => Words; fields: Record<string, Words> }> = {
  personas: {
    item: (n) => ({ ja: `${n}人目のペルソナ`, en: `Persona ${n}` }),
    fields: { ...PERSONA_FIELD_LABELS, id: { ja: 'ID', en: 'ID' } },
  },
  stages: {
    item: (n) => ({ ja: `${n}番目のステージ`, en: `Stage ${n}` }),
    fields: {
      label: { ja: '名前', en: 'Name' },
      id: { ja: 'ID', en: 'ID' },
      loopsBackTo: { ja: '戻り先', en: 'Loops back to' },
    },
  },
  lanes: {
    item: (n) => ({ ja: `${n}番目のレーン`, en: `Lane ${n}` }),
    fields: {
      label: { ja: '名前', en: 'Name' },
      id: { ja: 'ID', en: 'ID' },
      kind: { ja: '種類', en: 'Kind' },
      lineAbove: { ja: '区切り線', en: 'Separator line' },
    },
  },
  customLanes: {
    item: (n) => ({ ja: `${n}つ目の独自のレーン`, en: `Custom lane ${n}` }),
    fields: { label: { ja: '名前', en: 'Name' }, kind: { ja: '種類', en: 'Kind' } },
  },
  journeys: {
    item: (n) => ({ ja: `${n}つ目のジャーニー`, en: `Journey ${n}` }),
    fields: {
      personaId: { ja: 'ペルソナ', en: 'Persona' },
      cells: { ja: 'セル', en: 'Cells' },
    },
  },
};
ITEMS.stageLabels = ITEMS.stages!;
ITEMS.laneIds = ITEMS.lanes!;

const SEPARATOR = ' › ';

function quoted(name: string | undefined, language: Language): string {
  if (!name?.trim()) return '';
  const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return language === 'ja' ? `「${short}」` : ` (“${short}”)`;
}

function namesFor(list: string, names: PlaceNames): readonly string[] | undefined {
  if (list === 'personas') return names.personas;
  if (list === 'stages' || list === 'stageLabels') return names.stages;
  if (list === 'lanes' || list === 'laneIds') return names.lanes;
  if (list === 'customLanes') return names.customLanes;
  return undefined;
}

/**
 * The place a problem's path names, in `language`; null when the path names no place worth
 * showing (empty, or a server's bare word such as `persona`, which its message already covers).
 */
export function placeInWords(path: string, language: Language, names: PlaceNames = {}): string | null {
  if (path === '') return null;
  if (/^[A-Z]{1,3}\d+$/.test(path)) return language === 'ja' ? `セル ${path}` : `Cell ${path}`;
  if (/^slide \d/.test(path)) return path;
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.*))?$/.exec(path);
  const [, list = '', index, rest] = match ?? [];
  const top = TOP[list];
  if (!match || !top) return /[[.]/.test(path) ? path : null;
  const items = ITEMS[list];
  if (index === undefined || !items) {
    return rest === undefined ? top[language] : `${top[language]}${SEPARATOR}${rest}`;
  }
  const n = Number(index) + 1;
  const parts = [`${items.item(n)[language]}${quoted(namesFor(list, names)?.[n - 1], language)}`];
  if (rest !== undefined) {
    const [field = '', ...deeper] = rest.split('.');
    const words = items.fields[field];
    parts.push(words ? words[language] : field);
    // A cell of a journey: `cells.<lane id>.<stage id>` names the lane and the stage by id.
    if (deeper.length > 0) parts.push(deeper.join(' × '));
  }
  return parts.join(SEPARATOR);
}

/** The names a form gives its personas, stages and ticked lanes, as the document is built. */
export function formPlaceNames(form: Form): PlaceNames {
  const chosen = form.lanes.filter((l) => l.on);
  return {
    personas: form.personas.map((p) => p.name),
    stages: stageNames(form),
    lanes: chosen.map((l) => laneLabel(l, form.language)),
    customLanes: chosen.filter(isCustomLane).map((l) => l.label ?? ''),
  };
}

/** The names in a file being imported, read as leniently as its shape allows. */
export function filePlaceNames(json: unknown): PlaceNames {
  const list = (key: string, field: string): string[] | undefined => {
    const value =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(value)) return undefined;
    return value.map((item: unknown) => {
      const name =
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
      return typeof name === 'string' ? name : '';
    });
  };
  return {
    personas: list('personas', 'name'),
    stages: list('stages', 'label'),
    lanes: list('lanes', 'label'),
  };
}
