/**
 * Every message of the sharing layer (files, team templates, snapshots), in Japanese and English:
 * one entry each, typed so that a message without both languages does not compile.
 */
import type { Messages } from '../model/problems';

export const SHARE_MESSAGES = {
  notATemplate: {
    ja: 'Journey Grid のチームテンプレートではありません。',
    en: 'This is not a Journey Grid team template.',
  },
  newerTemplate: (version: number) => ({
    ja: `このテンプレートは新しいバージョンの Journey Grid で作成されています（schemaVersion ${version}）。アドオンを更新してから開いてください。`,
    en: `This template was made by a newer version of Journey Grid (schemaVersion ${version}). Update the add-on to open it.`,
  }),
  templateName: {
    ja: 'テンプレート名を100文字以内で入力してください。',
    en: 'Give the template a name of at most 100 characters.',
  },
  templateLanguage: { ja: '言語は ja か en にしてください。', en: 'The language must be "ja" or "en".' },
  templateLanes: { ja: '独自レーンの形式が正しくありません。', en: 'The custom lanes are malformed.' },
  fileTooLarge: (mb: string) => ({
    ja: `ファイルが大きすぎます（${mb} MB）。Drive に保存できるのは 5 MB 未満です。長いセルを短くするか、ペルソナを分けて保存してください。`,
    en: `The file is too large (${mb} MB). Files saved to Drive must be under 5 MB: shorten long cells or save fewer personas.`,
  }),
  snapshotNoRoom: (kb: number) => ({
    ja: `このファイルの保存領域（500 KB）に空きがないため、スナップショット（${kb} KB）を保存できません。既存のスナップショットはそのまま残っています。ライブラリのペルソナを削除するか、「Drive に保存」を使ってください。`,
    en: `This file's storage (500 KB) has no room for this snapshot (${kb} KB). Your earlier snapshots are kept as they were. Remove library personas from this file, or use "Save to Drive" instead.`,
  }),
  snapshotTooLarge: (kb: number, budgetKb: number) => ({
    ja: `このジャーニーは ${kb} KB あり、ファイル内に保存できるスナップショットの上限（${budgetKb} KB）を超えています。「Drive に保存」を使ってください。`,
    en: `This journey is ${kb} KB, more than the ${budgetKb} KB a file can keep for snapshots. Use "Save to Drive" instead.`,
  }),
  unknownSnapshot: { ja: 'このスナップショットは見つかりません。', en: 'This snapshot no longer exists.' },
  snapshotDamaged: {
    ja: 'このスナップショットは一部が失われているため開けません。次にスナップショットを保存すると一覧から消えます。',
    en: 'Part of this snapshot is missing, so it cannot be opened. It leaves the list when you next take a snapshot.',
  },
  // Team persona libraries (persona-library.ts)
  notAPersonaLibrary: {
    ja: 'Journey Grid のペルソナライブラリではありません。',
    en: 'This is not a Journey Grid persona library.',
  },
  newerPersonaLibrary: (version: number) => ({
    ja: `このペルソナライブラリは新しいバージョンの Journey Grid で作成されています（schemaVersion ${version}）。アドオンを更新してから開いてください。`,
    en: `This persona library was made by a newer version of Journey Grid (schemaVersion ${version}). Update the add-on to open it.`,
  }),
  libraryName: {
    ja: 'ライブラリ名を100文字以内で入力してください。',
    en: 'Give the library a name of at most 100 characters.',
  },
  libraryTooMany: (max: number, count: number) => ({
    ja: `ペルソナライブラリに入れられるのは ${max} 人までです（${count} 人）。`,
    en: `A persona library holds at most ${max} personas (this one has ${count}).`,
  }),
  libraryMalformed: {
    ja: 'JSON として読み込めません。ファイルが壊れていないか確認してください。',
    en: 'This file is not valid JSON. Check that it is not damaged.',
  },
} satisfies Messages;
