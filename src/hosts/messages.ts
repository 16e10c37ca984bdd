/**
 * Every message the hosts show a user (problems of a build, a read-back, an adoption or a send,
 * and the findings a build adds), in Japanese and English: one entry each, typed so that a message
 * without both languages does not compile. Messages with values are functions.
 */
import type { Messages } from '../model/problems';
import { LIMITS } from '../model/types';

/** What "Send to Slides / Sheets" creates, as the messages name it. */
export type SentKind = 'slides' | 'sheets';
const FILE = {
  slides: { ja: 'プレゼンテーション', en: 'presentation', app: { ja: 'スライド', en: 'Slides' } },
  sheets: { ja: 'スプレッドシート', en: 'spreadsheet', app: { ja: 'スプレッドシート', en: 'Sheets' } },
};

export const HOST_MESSAGES = {
  busy: {
    ja: 'このファイル（または別のウィンドウ）で Journey Grid の作成か保存が実行中です。少し待ってからもう一度お試しください。',
    en: 'Journey Grid is busy with another build or save in this file (or in another of your windows). Wait a moment and try again.',
  },
  unknownPersona: (id: string) => ({
    ja: `ペルソナ「${id}」がモデルにありません。`,
    en: `The model has no persona "${id}".`,
  }),
  noSpreadsheet: {
    ja: 'スプレッドシートを開いてから実行してください。',
    en: 'Open a spreadsheet first.',
  },
  otherJourneySheets: (title: string) => ({
    ja: `このスプレッドシートには別のジャーニー「${title}」があります。新しいスプレッドシートで作成するか、読み込んでから編集してください。`,
    en: `This spreadsheet already holds another journey, "${title}". Build in a new spreadsheet, or read it back and edit that one.`,
  }),
  protectedSheet: (name: string) => ({
    ja: `シート「${name}」は保護されているため変更できません。オーナーに保護の解除を依頼してください。`,
    en: `The sheet "${name}" is protected, so Journey Grid cannot change it. Ask the owner to remove the protection.`,
  }),
  mergeCutByFreeze: (range: string) => ({
    ja: `結合されたセル ${range} が、固定する見出しの行または列の境目をまたいでいます。結合を解除するか移動してから、もう一度作成してください（シートは変更していません）。`,
    en: `The merged cells ${range} cross the edge of the header rows or label column that the journey freezes. Unmerge or move them, then build again (the sheet was not changed).`,
  }),
  cellTooLong: (cell: string) => ({
    ja: `${cell} に書く文字が ${LIMITS.cellTextLength} 文字を超えます。短くしてから、もう一度作成してください（シートは変更していません）。`,
    en: `The text for ${cell} is over ${LIMITS.cellTextLength} characters. Shorten it, then build again (the sheet was not changed).`,
  }),
  sheetWriteFailed: (detail: string) => ({
    ja: `シートへの書き込みに失敗したため、シートを作成前の状態に戻しました。もう一度お試しください。（Google スプレッドシートの応答: ${detail}）`,
    en: `Writing to the sheet failed, so the sheet was put back as it was before. Please try again. (Google Sheets said: ${detail})`,
  }),
  adoptChanged: {
    ja: '読み込んだ後で表が変わったため、取り込めませんでした。もう一度読み込んでから取り込んでください。',
    en: 'The grid changed after it was read, so it was not adopted. Read it back again, then adopt it.',
  },
  adoptTwoOnASheet: (sheet: string) => ({
    ja: `シート「${sheet}」にはジャーニーの表が複数あります。Journey Grid は 1 シートに 1 ジャーニーを置くため、そのままでは取り込めません。「Journey Grid のレイアウトで作り直す」を選んでください（元のシートは残ります）。`,
    en: `The sheet "${sheet}" holds more than one journey table. Journey Grid keeps one journey per sheet, so it cannot adopt them as they are. Choose "Rebuild in Journey Grid's layout" (your sheet stays as it is).`,
  }),
  adoptNotExact: (cells: string) => ({
    ja: `そのまま取り込むと ${cells} のセルが同じ値で読み込めない（絵文字や言葉の感情など）ため、何も変更していません。「Journey Grid のレイアウトで作り直す」を選ぶか、セルを数値に直してください。`,
    en: `Adopted as they are, the cells ${cells} would not read back as the same values (faces or words in an emotion row, say), so nothing was changed. Choose "Rebuild in Journey Grid's layout", or type those cells as numbers.`,
  }),
  adoptAlready: {
    ja: 'このスプレッドシートには Journey Grid のジャーニーがすでにあります。',
    en: 'This spreadsheet already holds Journey Grid journeys.',
  },
  movedOutsideGrid: (finding: { path: string }, to: string) => ({
    ja: `${finding.path} にあった文字をグリッドの外（${to}）に移しました。`,
    en: `Text from ${finding.path} was moved outside the grid, to ${to}.`,
  }),
  notAJourneySheet: {
    ja: 'このシートには Journey Grid のジャーニーがありません。サイドバーから作成してください。',
    en: 'This sheet holds no Journey Grid journey. Build one from the sidebar first.',
  },
  noJourneysSpreadsheet: {
    ja: 'このスプレッドシートには Journey Grid のジャーニーがありません。',
    en: 'This spreadsheet holds no Journey Grid journeys.',
  },
  noPresentation: {
    ja: 'プレゼンテーションを開いてから実行してください。',
    en: 'Open a presentation first.',
  },
  otherJourneySlides: (title: string) => ({
    ja: `このプレゼンテーションには別のジャーニー「${title}」があります。新しいプレゼンテーションで作成するか、読み込んでから編集してください。`,
    en: `This presentation already holds another journey, "${title}". Build in a new presentation, or read it back and edit that one.`,
  }),
  deckStorageFull: {
    ja: 'このファイルの保存領域がいっぱいのため、作成を中止しました（スライドは変更していません）。古いスナップショットやライブラリのペルソナを削除してから、もう一度お試しください。',
    en: "This file's storage is full, so nothing was built and the slides are unchanged. Remove old snapshots or library personas, then try again.",
  },
  overflow: {
    ja: '文字が多いため、最小の文字サイズでも表がスライドからはみ出します。文章を短くするか、シートで編集してください。',
    en: 'There is so much text that the table runs off the slide even at the smallest font. Shorten it, or edit it in Sheets.',
  },
  stripped: {
    ja: 'Google スライドが受け付けない制御文字などを取り除きました。',
    en: 'Characters Google Slides does not accept (control characters and the like) were removed.',
  },
  cardShortened: {
    ja: 'ペルソナカードに収まらないため、スライドには先頭だけを「…」付きで表示しています。全文はペルソナに残っており、そのまま読み込まれます。',
    en: 'This text is too long for the persona card, so the slide shows its beginning followed by "…". The persona keeps the full text, and reading back keeps it too.',
  },
  movedToNoteBox: (from: string) => ({
    ja: `${from} にあった文字を表の下のメモ欄に移しました。`,
    en: `Text from ${from} was moved to a note box under the table.`,
  }),
  buildUndone: (raw: string) => ({
    ja: `作成の途中でエラーが発生したため、変更をすべて取り消しました。プレゼンテーションは元のままです。もう一度お試しください。（Google からのメッセージ: ${raw}）`,
    en: `Building failed part-way, so every change was undone and the presentation is as it was. Please try again. (Google said: ${raw})`,
  }),
  directBuildFailed: (raw: string) => ({
    ja: `Google スライドが新しいスライドの書き込みを拒否しました。プレゼンテーションは変更されていません。もう一度お試しください。（Google からのメッセージ: ${raw}）`,
    en: `Google Slides refused the new slides, so nothing in the presentation changed. Please try again. (Google said: ${raw})`,
  }),
  directBuildAgain: {
    ja: 'ここまでのペルソナのスライドは作成済みです。残りのペルソナは、もう一度「作成」を押すと作成されます。',
    en: 'The slides of the personas before this one are in place. Press Build again to build the rest.',
  },
  buildLeftovers: (raw: string, slides: string) => ({
    ja: `ジャーニーは作り直しましたが、古い要素の一部を削除できませんでした（${slides}）。重複して見える古い表は削除してください。（Google からのメッセージ: ${raw}）`,
    en: `The journey was rebuilt, but some old elements could not be removed (${slides}). Delete the old table that now appears twice. (Google said: ${raw})`,
  }),
  cardLabelRenamed: (ja: string, en: string) => ({
    ja: `ペルソナカードの項目名「${ja}」が変更されています。項目名はモデルに含まれないため、作り直すと元の項目名に戻り、この名前はメモ欄に残します。`,
    en: `The persona card label "${en}" was renamed. Card labels are not part of the model, so a rebuild shows the standard label again and keeps this one in a note box.`,
  }),
  noJourneysDeck: {
    ja: 'このプレゼンテーションには Journey Grid のジャーニーがありません。',
    en: 'This presentation holds no Journey Grid journeys.',
  },
  adoptTableEdges: (where: string) => ({
    ja: `${where} の表は、上の行がステージ・左の列がレーン名の表全体ではないため、そのままでは取り込めません。「Journey Grid のレイアウトで作り直す」を選んでください（元のスライドは残ります）。`,
    en: `The table on ${where} has more than the journey grid in it (stages on its first row, lane names in its first column), so it cannot be adopted as it is. Choose "Rebuild in Journey Grid's layout" (your slide stays as it is).`,
  }),
  driveUnreadable: (raw: string) => ({
    ja: `Drive のファイルを開けませんでした（${raw}）。Journey Grid で作成したファイルか確認してください。`,
    en: `The Drive file could not be opened (${raw}). Check that it was made with Journey Grid.`,
  }),
  cannotCreateFiles: {
    ja: 'Drive に新しいファイルを作成する権限がありません。メニューからアドオンを開き、権限を許可してください。',
    en: 'Journey Grid may not create files in your Drive yet. Open it from the Extensions menu and allow it.',
  },
  createFailed: (what: SentKind, raw: string) => ({
    ja: `新しい${FILE[what].ja}を作成できませんでした（${raw}）。`,
    en: `The new ${FILE[what].en} could not be created (${raw}).`,
  }),
  batchRejected: (what: SentKind, at: string, raw: string, url: string, trashed: boolean) => ({
    ja: `Google ${FILE[what].app.ja}が内容の書き込みを拒否しました（${at}：${raw}）。${
      trashed
        ? `途中まで作成された${FILE[what].ja}はゴミ箱に移動しました：${url}`
        : `途中まで作成された${FILE[what].ja}をゴミ箱に移動できませんでした。不要なら削除してください：${url}`
    }`,
    en: `Google ${FILE[what].app.en} refused the content (${at}: ${raw}). ${
      trashed
        ? `The unfinished ${FILE[what].en} was moved to the trash: ${url}`
        : `The unfinished ${FILE[what].en} could not be moved to the trash; delete it if you do not need it: ${url}`
    }`,
  }),
  // Shared files on Drive (drive/shared-files.ts)
  driveGone: {
    ja: 'このファイルを Drive から開けません。持ち主が削除したか、共有をやめた可能性があります。まだ共有されている場合は、もう一度選んでください。',
    en: 'Drive does not give this file to Journey Grid: its owner may have deleted it or stopped sharing it. If it is still shared with you, choose it again.',
  },
  sharedTooLarge: (name: string, mb: string) => ({
    ja: `「${name}」は大きすぎます（${mb} MB）。Journey Grid のファイルは 5 MB 未満です。`,
    en: `"${name}" is too large (${mb} MB): Journey Grid files are under 5 MB.`,
  }),
  driveReadOnly: (name: string, owner: string) => ({
    ja: `「${name}」は${owner ? ` ${owner} さんから` : ''}閲覧のみで共有されているため、上書きできません。コピーとして保存してください。`,
    en: `"${name}" is shared with you${owner ? ` by ${owner}` : ''} as view-only, so it cannot be saved over. Save it as a copy instead.`,
  }),
  driveConflict: (name: string, who: string, when: string) => ({
    ja: `「${name}」は開いた後に${who ? ` ${who} さんが` : ''}変更しました（${when}）。上書きすると、その変更は失われます（Drive の版の履歴には残ります）。`,
    en: `"${name}" was changed${who ? ` by ${who}` : ''} after you opened it (${when}). Saving over it replaces their changes (Drive's version history keeps them).`,
  }),
  driveChangedByOther: (name: string, who: string, when: string) => ({
    ja: `「${name}」は最後に${who ? ` ${who} さんが` : '別のユーザーが'}変更しています（${when}）。上書きすると、その変更は失われます（Drive の版の履歴には残ります）。`,
    en: `"${name}" was last changed by ${who || 'somebody else'} (${when}). Saving over it replaces their changes (Drive's version history keeps them).`,
  }),
  driveExists: (name: string, when: string) => ({
    ja: `Drive には「${name}」がすでにあります（${when} に保存）。別のジャーニーかもしれません。上書きすると、その内容は置き換わります（Drive の版の履歴には残ります）。`,
    en: `"${name}" is already in your Drive (saved ${when}), and may be another journey. Saving over it replaces it (Drive's version history keeps it).`,
  }),
  driveTrashed: (name: string) => ({
    ja: `「${name}」はゴミ箱に移動されています。上書きすると、保存した内容もゴミ箱に入ったままになります。コピーとして保存してください。`,
    en: `"${name}" is in the trash: saving over it would leave your work in the trash too. Save it as a copy instead.`,
  }),
  notOurs: (name: string) => ({
    ja: `「${name}」は Journey Grid のファイルではありません（.journey.json、.journey-template.json、.personas.json のいずれかを選んでください）。`,
    en: `"${name}" is not a Journey Grid file (choose a .journey.json, .journey-template.json or .personas.json file).`,
  }),
} satisfies Messages;
