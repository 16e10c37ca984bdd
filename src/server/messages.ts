/**
 * Every message the server layer shows a user (its menu and sidebar title, its problems), in Japanese and English: one entry each, typed so
 * that a message without both languages does not compile. Messages with values are functions.
 */
import type { Messages, Translated } from '../model/problems';

export const SERVER_MESSAGES = {
  menuOpen: { ja: 'Journey Grid を開く', en: 'Open Journey Grid' },
  sidebarTitle: { ja: 'Journey Grid', en: 'Journey Grid' },
  protected: {
    ja: 'このシートは保護されているため変更できません。シートのオーナーに保護の解除を依頼してください。',
    en: 'This sheet is protected, so Journey Grid cannot change it. Ask the owner to remove the protection.',
  },
  readOnly: {
    ja: 'このファイルは閲覧のみのため変更できません。編集権限をリクエストしてください。',
    en: 'You can only view this file, so nothing was changed. Ask for edit access.',
  },
  needsAuthorization: {
    ja: 'この操作には、Journey Grid への追加の許可が必要です。「拡張機能」メニューから Journey Grid を開き直し、Google の確認画面でアクセスを許可してから、もう一度お試しください。',
    en: 'This needs more access than Journey Grid has been given. Open Journey Grid again from the Extensions menu, allow access when Google asks, then try again.',
  },
  storageFull: {
    ja: 'このファイル（またはユーザー設定）の保存領域がいっぱいです。古いスナップショットやライブラリのペルソナを削除してください。',
    en: "This file's (or your settings') storage is full. Remove old snapshots or library personas, then try again.",
  },
  unexpected: (raw: string) => ({
    ja: `予期しないエラーが発生しました: ${raw}`,
    en: `Something went wrong: ${raw}`,
  }),
  rebuildRunning: (done: number, total: number, minutes: number) => ({
    ja: `このファイルのジャーニーを作成中です（${total}人中${done}人完了）。完了してから、もう一度読み取ってください。作成が途中で止まった場合は、${minutes}分以内に読み取れるようになります。`,
    en: `The journeys in this file are being built right now (${done} of ${total} personas done). Read back again when the build has finished; if it was stopped half-way, reading works again within ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  }),
  notInSheets: {
    ja: 'この操作は Google スプレッドシートか Google スライドで使えます。',
    en: 'This works in Google Sheets or Google Slides.',
  },
  noDrive: {
    ja: 'Drive に接続できません。アドオンの権限を確認してください。',
    en: 'Drive is not available to the add-on. Check its permissions.',
  },
  noDocument: {
    ja: 'スプレッドシートまたはスライドを開いてから実行してください。',
    en: 'Open a spreadsheet or a presentation first.',
  },
  noDocumentForLibrary: {
    ja: 'ドキュメントを開いてから実行してください。',
    en: 'Open a document first: this library is kept in the document.',
  },
  personaTooLarge: (name: string) => ({
    ja: `ペルソナ「${name}」は保存できる大きさ（9 KB）を超えています。メモなど長い項目を短くしてください。`,
    en: `The persona "${name}" is larger than a library entry may be (9 KB). Shorten its longer fields, such as notes.`,
  }),
  libraryFull: (most: number) => ({
    ja: `ライブラリがいっぱいです（最大 ${most} 人）。使わないペルソナを削除してから保存してください。`,
    en: `The library is full (at most ${most} personas). Remove personas you no longer use, then save again.`,
  }),
  librarySizeFull: (kb: number) => ({
    ja: `ライブラリの保存容量（${kb} KB）がいっぱいです。使わないペルソナを削除するか、長い項目を短くしてください。`,
    en: `The library's storage (${kb} KB) is full. Remove personas you no longer use, or shorten long fields.`,
  }),
  choicesTooLarge: {
    ja: 'フォームの内容が大きすぎて保存できません（100 KB）。長い項目を短くしてください。',
    en: 'The form is too large to remember (100 KB). Shorten its longest fields.',
  },
  badForm: {
    ja: 'フォームの内容を保存できる形ではありません。',
    en: 'The form could not be remembered: it is not a form.',
  },
  badPersona: { ja: 'ペルソナの形式が正しくありません。', en: 'This persona is not valid.' },
  slidesUnavailable: {
    ja: 'Google スライドのサービスを使えません。アドオンの権限（Drive のファイル作成）を確認してください。',
    en: 'The Google Slides service is not available to the add-on. Check its permissions (creating files in Drive).',
  },
  sheetsUnavailable: {
    ja: 'Google スプレッドシートのサービスを使えません。アドオンの権限（Drive のファイル作成）を確認してください。',
    en: 'The Google Sheets service is not available to the add-on. Check its permissions (creating files in Drive).',
  },
  // Team sharing through Google Picker (rpc-picker.ts)
  pickerNotConfigured: (missing: string) => ({
    ja: `Google ピッカーを表示できません。このアドオンの導入担当者が、Apps Script のスクリプト プロパティ ${missing} を設定し、Cloud プロジェクトで Google Picker API を有効にする必要があります。`,
    en: `Google Picker cannot load: whoever deployed this add-on must set the Script Properties ${missing} and enable the Google Picker API in the Cloud project.`,
  }),
  wrongKind: (name: string, kind: 'document' | 'template' | 'personas') => ({
    ja: `「${name}」は${{ document: 'ジャーニー', template: 'チームテンプレート', personas: 'ペルソナライブラリ' }[kind]}のファイルではありません。`,
    en: `"${name}" is not a ${{ document: 'journey', template: 'team template', personas: 'persona library' }[kind]} file.`,
  }),
  pickerDialogTitle: { ja: 'Drive から共有ファイルを選ぶ', en: 'Choose a shared file from Drive' },
  tooManyPicked: (max: number, left: number) => ({
    ja: `一度に追加できるのは ${max} ファイルまでです。${left} ファイルは追加されていません。もう一度選んでください。`,
    en: `At most ${max} files are added at a time: ${left} were not added. Choose them again.`,
  }),
  pickedLeftOut: (count: number) => ({
    ja: `ほかに ${count} 件の結果はここに表示しきれません。追加されたファイルは一覧に表示されます。`,
    en: `${count} more results do not fit here; the files that were added are in the list.`,
  }),
  /** A problem of one picked file, prefixed with the file's name (several files are picked at once). */
  pickedFile: (name: string, message: Translated) => ({
    ja: `「${name}」: ${message.ja}`,
    en: `"${name}": ${message.en}`,
  }),
  driveUnreadable: (id: string, raw: string) => ({
    ja: `Drive のファイルを開けませんでした（${raw}）。`,
    en: `The Drive file ${id} could not be opened (${raw}).`,
  }),
  // The one-time grant of direct access to the open file (direct-grant.ts)
  directDialogTitle: {
    ja: 'このファイルを Journey Grid が直接開けるようにする',
    en: 'Let Journey Grid open this file directly',
  },
  directWrongFile: (picked: string, open: string) => ({
    ja: `「${picked}」は別のファイルです。いま開いている「${open}」を選んでください。`,
    en: `"${picked}" is another file. Choose "${open}", the file open here.`,
  }),
  directNotGranted: {
    ja: 'Google はこのファイルへの直接のアクセスを Journey Grid に許可しませんでした。これまでどおり使えます。このアドオンの導入担当者は、スクリプト プロパティ PICKER_APP_ID が Cloud プロジェクトの番号になっているか確認してください。',
    en: "Google did not let Journey Grid open this file directly; everything works as before. Whoever deployed this add-on should check that the Script Property PICKER_APP_ID is the Cloud project's number.",
  },
} satisfies Messages;
