/**
 * Findings: what the reader saw but could not place in the model, each with its address and the
 * text itself, so nothing a user typed is ever dropped silently.
 */
import type { Problem, ProblemCode } from '../model/problems';

export interface Finding extends Problem {
  /** The text that was not placed (cell text, a note), when there is one. */
  text?: string;
  /** The journey (sheet or slide name) it was found in. */
  where?: string;
}

type Maker = (address: string, text: string, extra: string) => Finding;

const make =
  (code: ProblemCode, ja: (extra: string) => string, en: (extra: string) => string): Maker =>
  (address, text, extra) => ({ path: address, code, message: { ja: ja(extra), en: en(extra) }, text });

export const FINDINGS = {
  outsideGrid: make(
    'outside-grid',
    () => 'グリッドの外にあるため、モデルに含めていません。',
    () => 'This text is outside the journey grid, so it is not in the model.',
  ),
  notAScore: make(
    'not-a-score',
    () => '感情は −2〜+2 の整数で入力してください。この値はモデルに含めていません。',
    () => 'Emotion is a whole number from −2 to +2; this value is not in the model.',
  ),
  notANumber: make(
    'not-a-number',
    () => '数値ではないため、モデルに含めていません。',
    () => 'This is not a number, so it is not in the model.',
  ),
  note: make(
    'note',
    () => 'セルのメモはモデルに含まれません。',
    () => 'Cell notes are not part of the model.',
  ),
  separatorText: make(
    'separator-text',
    () => '区切り線の行に入力された文字はモデルに含めていません。',
    () => 'Text typed on a separator line is not in the model.',
  ),
  newLane: make(
    'new-lane',
    (label) => `新しいレーン「${label}」として読み込みました。`,
    (label) => `Read as a new lane, "${label}".`,
  ),
  newStage: make(
    'new-stage',
    (label) => `新しいステージ「${label}」として読み込みました。`,
    (label) => `Read as a new stage, "${label}".`,
  ),
  copiedJourney: make(
    'copied-journey',
    (name) => `このシートは「${name}」のコピーのため、別のジャーニーとして読み込みました。`,
    (name) => `This is a copy of "${name}", so it was read as a separate journey.`,
  ),
  truncated: make(
    'truncated',
    (max) => `${max}文字を超えた部分はモデルに含めていません（全文はこの指摘に残しています）。`,
    (max) => `The part beyond ${max} characters is not in the model (the full text is kept here).`,
  ),
  shortenedEdited: make(
    'shortened-edited',
    () =>
      'スライドで省略表示（…）されていた値が編集されたため、続きの位置を決められませんでした。編集前の全文をこの指摘に残しています。',
    () =>
      'This value was shown shortened (…) on the slide and edited there, so where the rest continues is unclear: the full text before the edit is kept here.',
  ),
  labelDiffers: make(
    'label-differs',
    (kept) => `他のジャーニーでは「${kept}」という名前です。モデルには「${kept}」を残しました。`,
    (kept) => `Another journey calls it "${kept}"; the model keeps "${kept}".`,
  ),
  labelsMatched: make(
    'matched-by-label',
    () => 'ID情報が見つからないため、見出しの名前から読み取りました。',
    () => 'The hidden keys are gone, so the grid was read by matching its header labels.',
  ),
} as const;

/** Findings whose text is the user's and sits in the document: a rebuild must put it back. */
export const UNPLACED_CODES: ReadonlySet<string> = new Set([
  'outside-grid',
  'separator-text',
  'not-a-score',
  'not-a-number',
  'not-a-buying-role',
]);
