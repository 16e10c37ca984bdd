/**
 * Label matching for hand-made grids: one normal form for a label (width, case, punctuation and
 * numbering such as "1. 認知", "STEP1 認知", "①認知" set aside), and lookups from that form to
 * catalog stages, library lanes, persona fields and emotion scores.
 */
import { FRAMEWORKS } from '../../catalog/frameworks';
import { LANE_LIBRARY } from '../../catalog/lanes';
import type { StageDef } from '../../catalog/types';
import { PERSONA_FIELD_LABELS } from '../../model/persona-fields';
import type { PersonaTextField } from '../../model/types';
import {
  CORNER_WORDS,
  EMOTION_WORDS,
  FACES,
  LANE_SYNONYMS,
  PERSONA_NOTE_LABELS,
  PERSONA_SYNONYMS,
  STAGE_SYNONYMS,
} from './vocab';

/** Numbering before a label: "1.", "STEP 1:", "Stage 2 -", "(3)", "①" (NFKC makes it "1"). */
const NUMBERING =
  /^(?:(?:step|stage|phase|ステップ|フェーズ|ステージ)\s*)?[(（]?\d{1,2}[)）]?\s*[.．:：、)）\-–—]?\s*/i;

/** Width, case and punctuation folded: "Touch-points?" and "touchpoints" are one form. */
export function fold(text: string): string {
  return depluralize(bare(text));
}

/** "touchpoints" and "touchpoint" are one lane (ASCII words of four letters or more). */
const depluralize = (f: string): string => f.replace(/([a-z]{3})s$/, '$1');

function bare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・･/&、,.:;?!()「」『』【】[\]'"’‘“”→>＞＿_~-]+/g, '');
}

/** A label without its numbering; the numbering alone ("STEP1") stays as it is. */
export function unnumbered(text: string): string {
  const t = text.normalize('NFKC').trim();
  const rest = t.replace(NUMBERING, '');
  return rest && rest !== t ? rest : t;
}

/** The form a stage header is compared in: unnumbered, folded, without a "段階" / "stage" suffix. */
export function stageForm(label: string): string {
  const f = bare(unnumbered(label));
  return depluralize(f.replace(/(?:段階|フェーズ|stage|phase)$/, '') || f);
}

/** Built once per execution: a sheet has thousands of cells, each looked up several times. */
const memo = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
};
const forms = (list: string | undefined): string[] => (list ? list.split('|').map(fold) : []);

/** Every form of a catalog stage: its labels and the synonyms of its id. */
const stageForms = (stage: StageDef): string[] =>
  once(`s:${stage.id}:${stage.label.en}`, () => [
    stageForm(stage.label.ja),
    stageForm(stage.label.en),
    ...forms(STAGE_SYNONYMS[stage.id]),
  ]);

/**
 * The forms a header is matched by: the whole label, and its first line without a bracketed
 * gloss, since templates write "認知\n(Awareness)" or "認知（Awareness）" for one stage.
 */
function headerForms(label: string): string[] {
  const first = label.split('\n').find((line) => line.trim()) ?? label;
  const head = first.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
  return head && head !== label ? [stageForm(label), stageForm(head)] : [stageForm(label)];
}

export function stageMatches(label: string, stage: StageDef): boolean {
  return headerForms(label).some((f) => stageForms(stage).includes(f));
}

/** Does the label name a stage of any catalog framework? */
export function isKnownStage(label: string): boolean {
  const known = once('known', () => new Set(FRAMEWORKS.flatMap((f) => f.stages.flatMap(stageForms))));
  return headerForms(label).some((f) => known.has(f));
}

/** The library lane a row label names, if any. */
export function libraryLaneOf(label: string): string | undefined {
  const index = once('lanes', () => {
    const map = new Map<string, string>();
    // The library's own labels first: "顧客の行動" is customer-actions before 行動 is actions.
    for (const lane of LANE_LIBRARY)
      for (const f of [fold(lane.label.ja), fold(lane.label.en)]) if (!map.has(f)) map.set(f, lane.id);
    for (const [id, list] of Object.entries(LANE_SYNONYMS))
      for (const f of forms(list)) if (!map.has(f)) map.set(f, id);
    return map;
  });
  return index.get(fold(unnumbered(label)));
}

export function isCornerWord(text: string): boolean {
  return once('corner', () => new Set(forms(CORNER_WORDS))).has(fold(text));
}

export type PersonaKey = 'name' | PersonaTextField | 'note';

/** "名前：田中 太郎" / "Role: CMO": a persona label and its value on one line. */
export const PAIR = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*(.+)$/;

/** The persona field a label names ("会社名", "Job title"); `note` for facts kept in notes. */
export function personaFieldOf(label: string): PersonaKey | undefined {
  const index = once('persona', () => {
    const map = new Map<string, PersonaKey>();
    for (const [field, list] of Object.entries(PERSONA_SYNONYMS)) {
      const own = PERSONA_FIELD_LABELS[field as keyof typeof PERSONA_FIELD_LABELS];
      for (const f of [fold(own.ja), fold(own.en), ...forms(list)])
        if (!map.has(f)) map.set(f, field as PersonaKey);
    }
    for (const f of forms(PERSONA_NOTE_LABELS)) if (!map.has(f)) map.set(f, 'note');
    return map;
  });
  return index.get(fold(label));
}

/** "+1", "−2", "2.0": an integer score as a number, else undefined. */
export function plainNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/^[−–]/, '-');
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A score from a face or an emotion word in the text (the longest word wins). */
export function scoreFromText(text: string): number | undefined {
  for (const ch of Array.from(text)) {
    for (const [faces, score] of FACES) if (faces.includes(ch.replace('\ufe0f', ''))) return score;
  }
  const lower = text.normalize('NFKC').toLowerCase();
  let best: { length: number; score: number } | undefined;
  for (const [list, score] of EMOTION_WORDS) {
    for (const word of list.split('|')) {
      const found = /^[\x20-\x7e]+$/.test(word)
        ? new RegExp(`(^|[^a-z])${word.replace(/[-]/g, '\\-')}($|[^a-z])`).test(lower)
        : lower.includes(word);
      if (found && (!best || word.length > best.length)) best = { length: word.length, score };
    }
  }
  return best?.score;
}

/** Japanese script anywhere: the grid is read as a Japanese document. */
export function looksJapanese(texts: readonly string[]): boolean {
  return texts.some((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t));
}
