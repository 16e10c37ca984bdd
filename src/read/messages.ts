/**
 * Every message of the reading layer (the findings a read-back reports, and why a grid could not
 * be read), in Japanese and English: one entry each, typed so that a message without both
 * languages does not compile. Messages with values are functions.
 */
import type { Messages } from '../model/problems';
import { LIMITS } from '../model/types';

export const READ_MESSAGES = {
  outsideGrid: {
    ja: 'グリッドの外にあるため、モデルに含めていません。',
    en: 'This text is outside the journey grid, so it is not in the model.',
  },
  notAScore: {
    ja: '感情は −2〜+2 の整数で入力してください。この値はモデルに含めていません。',
    en: 'Emotion is a whole number from −2 to +2; this value is not in the model.',
  },
  notANumber: {
    ja: '数値ではないため、モデルに含めていません。',
    en: 'This is not a number, so it is not in the model.',
  },
  note: {
    ja: 'セルのメモはモデルに含まれません。',
    en: 'Cell notes are not part of the model.',
  },
  separatorText: {
    ja: '区切り線の行に入力された文字はモデルに含めていません。',
    en: 'Text typed on a separator line is not in the model.',
  },
  newLane: (label: string) => ({
    ja: `新しいレーン「${label}」として読み込みました。`,
    en: `Read as a new lane, "${label}".`,
  }),
  newStage: (label: string) => ({
    ja: `新しいステージ「${label}」として読み込みました。`,
    en: `Read as a new stage, "${label}".`,
  }),
  copiedJourney: (name: string) => ({
    ja: `このシートは「${name}」のコピーのため、別のジャーニーとして読み込みました。`,
    en: `This is a copy of "${name}", so it was read as a separate journey.`,
  }),
  truncated: (max: string) => ({
    ja: `${max}文字を超えた部分はモデルに含めていません（全文はこの指摘に残しています）。`,
    en: `The part beyond ${max} characters is not in the model (the full text is kept here).`,
  }),
  shortenedEdited: {
    ja: 'スライドで省略表示（…）されていた値が編集されたため、続きの位置を決められませんでした。編集前の全文をこの指摘に残しています。',
    en: 'This value was shown shortened (…) on the slide and edited there, so where the rest continues is unclear: the full text before the edit is kept here.',
  },
  labelDiffers: (kept: string) => ({
    ja: `他のジャーニーでは「${kept}」という名前です。モデルには「${kept}」を残しました。`,
    en: `Another journey calls it "${kept}"; the model keeps "${kept}".`,
  }),
  labelsMatched: {
    ja: 'ID情報が見つからないため、見出しの名前から読み取りました。',
    en: 'The hidden keys are gone, so the grid was read by matching its header labels.',
  },
  journeySkipped: (where: string) => ({
    ja: `1つのファイルで読み込めるジャーニーは${LIMITS.personas}件までのため、「${where}」は読み込んでいません。不要なコピーを削除するか、別のファイルに移してください。`,
    en: `A file can hold ${LIMITS.personas} journeys at most, so "${where}" was not read. Delete copies you no longer need, or move them to another file.`,
  }),
  gridMangled: (where: string) => ({
    ja: `「${where}」のグリッドにステージまたはレーンが残っていません。削除を元に戻すか、作り直してください。`,
    en: `The grid on "${where}" has no stage columns or no lane rows left. Undo the deletion, or build it again.`,
  }),
  numberTable: {
    ja: 'ファイル内の表は数値の表で、ジャーニーの表（上の行にステージ、左の列にレーン名）ではないため、何も読み込んでいません。',
    en: 'The tables in this file are number tables, not journey tables (stages across the top, lane names down the left), so nothing was read.',
  },
  notAJourneyTable: {
    ja: 'ジャーニーの表（上の行にステージ、左の列にレーン名）も見つからないため、何も読み込んでいません。',
    en: 'No journey table (stages across the top, lane names down the left) was found either, so nothing was read.',
  },
  readAsEmotion: (shown: string) => ({
    ja: `この表記を感情 ${shown} として読みました（元の表記はここに残しています）。`,
    en: `Read as emotion ${shown} (the text as written is kept here).`,
  }),
  stageGroup: {
    ja: 'ステージをまとめる見出しです。モデルにはステージのまとまりがないため、ここに残しました。',
    en: 'A heading over several stages. The model has no stage groups, so it is kept here.',
  },
  overLimit: {
    ja: `ステージ${LIMITS.stages}・レーン${LIMITS.lanes}・ペルソナ${LIMITS.personas}の上限を超えるため、モデルに含めていません。`,
    en: `Past the limit of ${LIMITS.stages} stages, ${LIMITS.lanes} lanes or ${LIMITS.personas} personas, so it is not in the model.`,
  },
  noJourneyTable: {
    ja: 'ジャーニーの表が見つからないため、ここは読み込んでいません。',
    en: 'No journey table here, so this was not read.',
  },
  renamedGuess: (was: string) => ({
    ja: `行や列の並べ替えの後で「${was}」の名前を変えたものと推定して読み込みました。違う場合は見出しを直してください。`,
    en: `Read as "${was}", renamed after rows or columns were reordered. This is a guess: if it is wrong, fix the header.`,
  }),
} satisfies Messages;
