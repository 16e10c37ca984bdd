/**
 * Messages of the model layer, in Japanese and English: one entry each, typed so that a message
 * without both languages does not compile. Messages with values are functions.
 */
import type { Messages } from './problems';

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
} satisfies Messages;
