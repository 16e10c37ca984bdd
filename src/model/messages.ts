/**
 * Messages of the model layer, in Japanese and English: one entry each, typed so that a message
 * without both languages does not compile. Messages with values are functions.
 */
import type { Messages, Translated } from './problems';
import { BUYING_ROLES, LIMITS, SCHEMA_VERSION } from './types';

export const MODEL_MESSAGES = {
  schemaVersion: {
    ja: 'schemaVersion がないか不正です。Journey Grid のファイルではない可能性があります。',
    en: 'schemaVersion is missing or invalid: this may not be a Journey Grid file.',
  },
  newerVersion: (version: number) => ({
    ja: `このデータは新しいバージョンの Journey Grid で作成されています（schemaVersion ${version}）。アドオンを更新してから開いてください。`,
    en: `This was made by a newer version of Journey Grid (schemaVersion ${version}). Update the add-on to open it.`,
  }),
  noMigration: (v: number) => ({
    ja: `schemaVersion ${v} からの変換がありません。`,
    en: `There is no upgrade from schemaVersion ${v}.`,
  }),
  malformedJson: (detail: string) => ({
    ja: `JSON として読み込めません（${detail}）。ファイルが壊れていないか確認してください。`,
    en: `This file is not valid JSON (${detail}). Check that it is not damaged.`,
  }),
  // Validation of a document (validate.ts). `what` names the field or list, in both languages.
  whatTitle: { ja: 'タイトル', en: 'The title' },
  whatStages: { ja: 'ステージ', en: 'stages' },
  whatStageName: { ja: 'ステージ名', en: 'The stage name' },
  whatLanes: { ja: 'レーン', en: 'lanes' },
  whatLaneName: { ja: 'レーン名', en: 'The lane name' },
  whatPersonas: { ja: 'ペルソナ', en: 'personas' },
  whatPersonaName: { ja: 'ペルソナの名前', en: "The persona's name" },
  whatPersonaField: (label: Translated) => ({ ja: `「${label.ja}」`, en: `"${label.en}"` }),
  unknownField: (key: string) => ({
    ja: `「${key}」は不明な項目です。`,
    en: `"${key}" is not a known field.`,
  }),
  textRequired: (what: Translated) => ({
    ja: `${what.ja}を入力してください。`,
    en: `${what.en} is required.`,
  }),
  textType: (what: Translated) => ({
    ja: `${what.ja}は文字列にしてください。`,
    en: `${what.en} must be text.`,
  }),
  textEmpty: (what: Translated) => ({ ja: `${what.ja}が空です。`, en: `${what.en} is empty.` }),
  textTooLong: (what: Translated, max: number, length: number) => ({
    ja: `${what.ja}は${max}文字以内にしてください（現在${length}文字）。`,
    en: `${what.en} must be at most ${max} characters (it has ${length}).`,
  }),
  reservedId: (value: string) => ({
    ja: `「${value}」はプログラムの予約名のため、IDには使えません。別のIDにしてください。`,
    en: `"${value}" is a reserved name in the program and cannot be an id. Choose another id.`,
  }),
  invalidId: {
    ja: 'IDは英小文字・数字・「-」「_」で40文字以内にしてください。',
    en: 'An id must be 1–40 lowercase letters, digits, "-" or "_", starting with a letter or digit.',
  },
  listMissing: (what: Translated) => ({
    ja: `${what.ja}の一覧がありません。`,
    en: `The list of ${what.en} is missing.`,
  }),
  listEmpty: (what: Translated) => ({
    ja: `${what.ja}が1つもありません。`,
    en: `There are no ${what.en}: add at least one.`,
  }),
  listTooMany: (what: Translated, max: number, length: number) => ({
    ja: `${what.ja}は${max}個までです（現在${length}個）。`,
    en: `At most ${max} ${what.en} are allowed (there are ${length}).`,
  }),
  entryNotObject: { ja: '項目がオブジェクトではありません。', en: 'This entry is not an object.' },
  duplicateId: (id: string) => ({
    ja: `ID「${id}」が重複しています。`,
    en: `The id "${id}" is used more than once.`,
  }),
  cellsNotObject: { ja: 'セルの内容がオブジェクトではありません。', en: 'The cells are not an object.' },
  unknownLaneCells: (laneId: string) => ({
    ja: `レーン「${laneId}」は存在しません。`,
    en: `There is no lane "${laneId}" for these cells.`,
  }),
  laneCellsNotObject: {
    ja: 'レーンのセルがオブジェクトではありません。',
    en: "The lane's cells are not an object.",
  },
  unknownStageCell: (stageId: string) => ({
    ja: `ステージ「${stageId}」は存在しません。`,
    en: `There is no stage "${stageId}" for this cell.`,
  }),
  textLaneType: { ja: 'テキストのレーンには文字列を入れてください。', en: 'A text lane holds text.' },
  cellTooLong: (length: number) => ({
    ja: `セルは${LIMITS.cellTextLength}文字以内にしてください（現在${length}文字）。`,
    en: `A cell holds at most ${LIMITS.cellTextLength} characters (this one has ${length}).`,
  }),
  emotionRange: {
    ja: '感情は −2 から +2 の整数で入力してください。',
    en: 'Emotion is a whole number from −2 to +2.',
  },
  metricType: { ja: '指標のレーンには数値を入れてください。', en: 'A metric lane holds a number.' },
  notADocument: { ja: 'ジャーニーのデータではありません。', en: 'This is not a journey document.' },
  schemaVersionMust: {
    ja: `schemaVersion は ${SCHEMA_VERSION} である必要があります。`,
    en: `schemaVersion must be ${SCHEMA_VERSION}.`,
  },
  language: { ja: '言語は ja か en にしてください。', en: 'The language must be "ja" or "en".' },
  frameworkIdMissing: { ja: 'フレームワークIDがありません。', en: 'The framework id is missing.' },
  invalidLoop: {
    ja: '戻り先は、このステージか前のステージにしてください。',
    en: 'A loop can only go back to this stage or an earlier one.',
  },
  unknownKind: {
    ja: 'レーンの種類は text・emotion・metric のいずれかです。',
    en: 'A lane kind is one of text, emotion or metric.',
  },
  unknownLine: {
    ja: '区切り線の種類が不明です。',
    en: 'The separator line is not one of interaction, visibility or internal-interaction.',
  },
  unknownRole: {
    ja: '購買での役割が不明です。',
    en: `The buying role must be one of ${BUYING_ROLES.join(', ')}.`,
  },
  antiPersonaType: {
    ja: 'アンチペルソナかどうか（true / false）が必要です。',
    en: 'antiPersona must be true or false.',
  },
  journeysMissing: { ja: 'ジャーニーの一覧がありません。', en: 'The list of journeys is missing.' },
  journeyNotObject: { ja: 'ジャーニーがオブジェクトではありません。', en: 'This journey is not an object.' },
  unknownPersona: {
    ja: 'このジャーニーのペルソナが見つかりません。',
    en: "This journey's persona does not exist.",
  },
  duplicateJourney: { ja: 'このペルソナのジャーニーが2つあります。', en: 'This persona has two journeys.' },
  missingJourney: { ja: 'このペルソナのジャーニーがありません。', en: 'This persona has no journey.' },
} satisfies Messages;
