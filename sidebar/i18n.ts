/**
 * The sidebar's own UI text in Japanese and English. Catalog texts (framework names, lanes, persona
 * fields) come from src/catalog; everything the sidebar says about itself lives here, so a missing
 * translation is a type error rather than a blank button.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translated } from '../src/model/problems';
import type { Language } from '../src/model/types';

export const TEXT = {
  appTitle: { ja: 'カスタマージャーニーを作成', en: 'Create a customer journey' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  stepTemplate: { ja: '1. テンプレート', en: '1. Template' },
  stepPersonas: { ja: '2. ペルソナ', en: '2. Personas' },
  stepLanes: { ja: '3. レーン（行）', en: '3. Lanes (rows)' },
  stepBuild: { ja: '4. 作成と読み戻し', en: '4. Build and read back' },
  filterAll: { ja: 'すべて', en: 'All' },
  filterB2b: { ja: 'BtoB', en: 'B2B' },
  filterB2c: { ja: 'BtoC', en: 'B2C' },
  filterUx: { ja: 'UX', en: 'UX' },
  filterLabel: { ja: '対象で絞り込み', en: 'Filter by audience' },
  search: { ja: 'テンプレートを検索', en: 'Search templates' },
  noMatch: { ja: '該当するテンプレートがありません。', en: 'No template matches.' },
  selected: { ja: '選択中', en: 'Selected' },
  change: { ja: '変更', en: 'Change' },
  stagesCount: { ja: 'ステージ', en: 'stages' },
  lanesCount: { ja: 'レーン', en: 'lanes' },
  preview: { ja: 'プレビュー', en: 'Preview' },
  lanesTitle: { ja: 'レーン（行）', en: 'Lanes (rows)' },
  backTo: { ja: 'へ戻る', en: 'back to' },
  templateLanguage: { ja: 'テンプレートの言語', en: 'Template language' },
  hints: { ja: '空欄に記入例をグレーで表示', en: 'Show grey examples in empty cells' },
  addPersona: { ja: 'ペルソナを追加', en: 'Add persona' },
  noPersonas: {
    ja: 'ペルソナを1人以上追加してください。ペルソナごとに1枚のジャーニーを作成します。',
    en: 'Add at least one persona. Each persona gets its own journey.',
  },
  edit: { ja: '編集', en: 'Edit' },
  done: { ja: '完了', en: 'Done' },
  remove: { ja: '削除', en: 'Remove' },
  moveUp: { ja: '上へ', en: 'Move up' },
  moveDown: { ja: '下へ', en: 'Move down' },
  unnamed: { ja: '（名前未入力）', en: '(no name yet)' },
  personaDetails: {
    ja: '詳しい情報（役職・会社・目標・課題など、任意）',
    en: 'More details (role, company, goals, challenges…; optional)',
  },
  filledFields: { ja: '項目入力済み', en: 'filled' },
  fieldsTooLong: { ja: '項目が長すぎます', en: 'too long' },
  atMost: { ja: '最大', en: 'At most' },
  characters: { ja: '文字', en: 'characters' },
  tooLong: {
    ja: '上限（{limit} 文字）を {over} 文字超えています。切り取らずに残してあるので、短くしてから作成してください。',
    en: '{over} characters over the limit of {limit}. Nothing was cut: shorten it before building.',
  },
  noRole: { ja: '指定なし', en: 'Not set' },
  antiHelp: {
    ja: 'ターゲットにしない人物像として記録します。',
    en: 'Records who we deliberately do not target.',
  },
  saveToMyLibrary: { ja: 'マイライブラリに保存', en: 'Save to my library' },
  saveToDocLibrary: { ja: 'このファイルに保存', en: 'Save to this file' },
  fromLibrary: { ja: 'ライブラリから追加', en: 'Add from a library' },
  myLibrary: { ja: 'マイライブラリ', en: 'My library' },
  docLibrary: { ja: 'このファイルのライブラリ', en: "This file's library" },
  choose: { ja: '選択してください', en: 'Choose…' },
  add: { ja: '追加', en: 'Add' },
  removeFromLibrary: { ja: 'ライブラリから削除', en: 'Remove from library' },
  savedToLibrary: { ja: 'ライブラリに保存しました。', en: 'Saved to the library.' },
  addLane: { ja: 'レーン一覧から追加', en: 'Add from the lane library' },
  customLane: { ja: '独自のレーン', en: 'Custom lane' },
  customLaneName: { ja: 'レーン名', en: 'Lane name' },
  laneKind: { ja: '種類', en: 'Kind' },
  duplicateLanes: {
    ja: '同じ名前のレーンがあります。表の上で見分けられないため、どちらかの名前を変えるか外してください：',
    en: 'Some lanes share a name, so they cannot be told apart in the grid. Rename or untick one of:',
  },
  kindText: { ja: 'テキスト', en: 'Text' },
  kindEmotion: { ja: '感情（−2〜+2）', en: 'Emotion (−2 to +2)' },
  kindMetric: { ja: '数値', en: 'Number' },
  scoreRange: { ja: '−2〜+2', en: '−2 to +2' },
  include: { ja: '含める', en: 'Include' },
  build: { ja: 'ジャーニーを作成', en: 'Build journey' },
  buildInSheets: { ja: 'スプレッドシートに作成', en: 'Build in this spreadsheet' },
  buildInSlides: { ja: 'スライドに作成', en: 'Build in this presentation' },
  building: { ja: '作成中', en: 'Building' },
  of: { ja: '/', en: 'of' },
  built: { ja: '作成しました', en: 'Built' },
  sheetCreated: { ja: '新規', en: 'new' },
  sheetUpdated: { ja: '更新', en: 'updated' },
  keptCells: { ja: 'シート上の入力を保持したセル', en: 'cells kept from the document' },
  printPdf: { ja: '印刷 / PDF（横向き・幅に合わせる）', en: 'Print / PDF (landscape, fit to width)' },
  pendingTitle: { ja: '削除の確認', en: 'Confirm removal' },
  pendingIntro: {
    ja: '新しい構成にないため、次の項目がドキュメントに残っています。削除しますか？',
    en: 'These are still in the document but not in the new layout. Remove them?',
  },
  stage: { ja: 'ステージ', en: 'Stage' },
  lane: { ja: 'レーン', en: 'Lane' },
  filledCells: { ja: '入力済みセル', en: 'filled cells' },
  confirmRemove: { ja: '削除して再作成', en: 'Remove and rebuild' },
  keepThem: { ja: '残す', en: 'Keep them' },
  readBack: { ja: '読み戻す', en: 'Read back' },
  readScope: { ja: '読み戻す範囲', en: 'Read' },
  scopeAll: { ja: 'すべてのジャーニー', en: 'All journeys' },
  scopeActive: { ja: '開いているジャーニー', en: 'The open journey' },
  reading: { ja: '読み戻し中…', en: 'Reading…' },
  summary: { ja: '入力済みセル数（ステージ × ペルソナ）', en: 'Filled cells per stage and persona' },
  persona: { ja: 'ペルソナ', en: 'Persona' },
  total: { ja: '計', en: 'Total' },
  findings: { ja: '確認事項', en: 'Findings' },
  noFindings: { ja: '確認事項はありません。', en: 'Nothing to report.' },
  jsonModel: { ja: 'JSON モデル', en: 'JSON model' },
  useReadBack: { ja: 'この内容を編集に使う', en: 'Use this in the form' },
  adoptTitle: { ja: '読み取った表', en: 'What was recognised' },
  adoptIntro: {
    ja: 'このファイルは Journey Grid で作成されていません。読み取った内容を確かめて、直してから取り込んでください。',
    en: 'Journey Grid did not build this file. Check what was recognised, correct it, then adopt it.',
  },
  adoptFramework: { ja: 'フレームワークの推定', en: 'Framework guess' },
  adoptCustom: { ja: '独自のステージ', en: 'Your own stages' },
  adoptHigh: { ja: '確度 高', en: 'high confidence' },
  adoptMedium: { ja: '確度 中', en: 'medium confidence' },
  adoptLow: { ja: '確度 低', en: 'low confidence' },
  adoptStages: { ja: 'ステージ', en: 'Stages' },
  adoptOwn: { ja: '独自', en: 'your own' },
  adoptLane: { ja: 'レーン（ライブラリとの対応）', en: 'Lane (library match)' },
  adoptKind: { ja: '種類', en: 'Kind' },
  adoptText: { ja: 'テキスト', en: 'Text' },
  adoptEmotion: { ja: '感情（−2〜+2）', en: 'Emotion (−2 to +2)' },
  adoptMetric: { ja: '数値', en: 'Metric' },
  adoptPersona: { ja: 'ペルソナ名', en: 'Persona name' },
  adoptNoPersona: { ja: 'ペルソナの情報は見つかりませんでした。', en: 'No persona details were found.' },
  adoptKeys: { ja: 'この表をそのまま取り込む', en: 'Adopt this grid' },
  adoptLayout: { ja: 'Journey Grid のレイアウトで作り直す', en: "Rebuild in Journey Grid's layout" },
  adopted: {
    ja: '取り込みました。これからは作成・読み戻し・スライドへの送信がこの表で使えます。',
    en: 'Adopted. Rebuild, read back and Send to Slides now work on this grid.',
  },
  exportJson: { ja: 'JSON を書き出す', en: 'Export JSON' },
  importJson: { ja: 'JSON を読み込む', en: 'Import JSON' },
  imported: { ja: '読み込みました', en: 'Imported' },
  sendToSlides: { ja: 'スライドに送る', en: 'Send to Slides' },
  sendToSheets: { ja: 'スプレッドシートに送る', en: 'Send to Sheets' },
  sending: { ja: '送信中…', en: 'Sending…' },
  openResult: { ja: '作成したファイルを開く', en: 'Open the new file' },
  noHost: {
    ja: 'スプレッドシートまたはスライドから開いてください。',
    en: 'Open Journey Grid from a spreadsheet or a presentation.',
  },
  platformError: {
    ja: 'サーバーに接続できませんでした。しばらくしてからもう一度お試しください。',
    en: 'Could not reach the server. Try again in a moment.',
  },
  dismiss: { ja: '閉じる', en: 'Dismiss' },
  retry: { ja: '再試行', en: 'Try again' },
  platformTimeout: {
    ja: '処理に時間がかかりすぎたため中断されました。ペルソナを減らすか、もう一度お試しください。',
    en: 'This took too long and was stopped. Try again, or with fewer personas.',
  },
  platformAuth: {
    ja: 'Journey Grid の承認が必要です。メニューからもう一度開いて、権限を許可してください。',
    en: 'Journey Grid needs your authorization. Open it again from the menu and allow access.',
  },
  platformQuota: {
    ja: 'Google の利用上限に達しました。しばらく待ってからお試しください。',
    en: "Google's usage limit was reached. Wait a while, then try again.",
  },
  working: { ja: '処理中…', en: 'Working…' },
  trySample: { ja: '記入済みのサンプルを見る', en: 'Try a filled-in sample' },
  sampleLoaded: {
    ja: 'サンプルを読み込みました。「作成」で完成したマップを確認できます。',
    en: 'Sample loaded: Build it to see a finished map.',
  },
  startEmpty: { ja: '空のテンプレートに戻す', en: 'Start from the empty template' },
  usingImported: { ja: '読み込んだジャーニーを使用中', en: 'Using the imported journey' },
  // The file banner.
  fileBannerHelp: {
    ja: '「読み戻す」で内容をフォームに読み込み、「再作成」で同じシートを作り直します。',
    en: '"Read back" loads them into the form; "Rebuild" rebuilds the same sheets in place.',
  },
  rebuild: { ja: '再作成', en: 'Rebuild' },
  readBackDone: {
    ja: 'ファイルの内容をフォームに読み込みました。「作成」で同じシートを更新します。',
    en: 'Loaded into the form. Build now updates the same sheets.',
  },
  // Stages of user-chosen frameworks.
  stagesTitle: { ja: 'ステージ（列）', en: 'Stages (columns)' },
  stagesHelp: {
    ja: 'このフレームワークのステージは自由に変更できます。',
    en: 'This framework lets you name, add, remove and reorder its stages.',
  },
  stageName: { ja: 'ステージ名', en: 'Stage name' },
  addStage: { ja: 'ステージを追加', en: 'Add stage' },
  resetStages: { ja: '既定のステージに戻す', en: 'Back to the default stages' },
  newStage: { ja: '新しいステージ', en: 'New stage' },
  // Sharing through Drive.
  stepShare: { ja: '5. 共有（Drive）', en: '5. Share (Drive)' },
  shareHelp: {
    ja: 'ジャーニーを JSON ファイルとして自分の Drive に保存し、Drive のファイルと同じように共有できます。',
    en: 'Save the journey as a JSON file in your Drive and share it like any Drive file.',
  },
  saveToDrive: { ja: 'Drive に保存', en: 'Save to Drive' },
  saving: { ja: '保存中…', en: 'Saving…' },
  savedNew: { ja: 'Drive に保存しました', en: 'Saved to Drive' },
  savedUpdated: { ja: '更新しました（版', en: 'Updated (revision' },
  savedUpdatedEnd: { ja: '）', en: ')' },
  openFromDrive: { ja: 'Drive から開く', en: 'Open from Drive' },
  listing: { ja: '一覧を取得中…', en: 'Listing…' },
  driveFiles: { ja: 'Drive のジャーニー（新しい順）', en: 'Journeys in Drive (newest first)' },
  noDriveFiles: {
    ja: 'Journey Grid で保存したジャーニーはまだありません。',
    en: 'No journeys saved by Journey Grid yet.',
  },
  open: { ja: '開く', en: 'Open' },
  opened: { ja: 'Drive から開きました', en: 'Opened from Drive' },
  modified: { ja: '更新', en: 'modified' },
  templateName: { ja: 'チームテンプレート名', en: 'Team template name' },
  saveTemplate: { ja: 'チームテンプレートとして保存', en: 'Save as team template' },
  templateSaved: { ja: 'チームテンプレートを保存しました', en: 'Team template saved' },
  templateHelp: {
    ja: 'フレームワーク・レーン・ペルソナの組み合わせを Drive に保存します。共有されたテンプレートはギャラリーの「チーム」に表示されます。',
    en: 'Saves the framework, lanes and personas to Drive. Templates shared with you appear under "Team" in the gallery.',
  },
  // Team templates in the gallery.
  filterTeam: { ja: 'チーム', en: 'Team' },
  teamTemplates: { ja: 'チームテンプレート', en: 'Team templates' },
  noTeamTemplates: {
    ja: 'チームテンプレートはまだありません。「共有」から保存できます。',
    en: 'No team templates yet. Save one under "Share".',
  },
  teamTemplateUsed: { ja: 'チームテンプレートを使用', en: 'Using the team template' },
  // Versions.
  stepVersions: { ja: '6. バージョン', en: '6. Versions' },
  versionsHelp: {
    ja: '読み戻した内容をスナップショットとしてこのファイルに保存し、2つを比べられます。',
    en: 'Keep each read-back as a snapshot in this file, then compare two of them.',
  },
  keepSnapshot: { ja: 'スナップショットを保存', en: 'Keep a snapshot' },
  readFirst: {
    ja: '先に「読み戻す」を実行してください。',
    en: 'Read back first: a snapshot keeps what was read.',
  },
  snapshotKept: { ja: 'スナップショットを保存しました', en: 'Snapshot kept' },
  droppedOld: { ja: '古いスナップショットを削除しました', en: 'Older snapshots removed to make room' },
  showSnapshots: { ja: 'スナップショット一覧', en: 'List snapshots' },
  noSnapshots: { ja: 'スナップショットはまだありません。', en: 'No snapshots yet.' },
  chooseTwo: { ja: '比べる2つを選んでください。', en: 'Choose two snapshots to compare.' },
  needTwo: {
    ja: '比べるにはスナップショットが2つ以上必要です。',
    en: 'There is nothing to compare yet: keep at least two snapshots.',
  },
  compare: { ja: '比較', en: 'Compare' },
  comparing: { ja: '比較中…', en: 'Comparing…' },
  noDifference: {
    ja: '2つのスナップショットに違いはありません。',
    en: 'The two snapshots hold the same cells.',
  },
  diffTitle: { ja: '変更点', en: 'What changed' },
  added: { ja: '追加', en: 'added' },
  changed: { ja: '変更', en: 'changed' },
  removed: { ja: '削除', en: 'removed' },
  personaAdded: { ja: '新しいペルソナ', en: 'new persona' },
  personaRemoved: { ja: '削除されたペルソナ', en: 'persona removed' },
  emptyCell: { ja: '（空）', en: '(empty)' },
  // Sending to the other editor.
  sent: { ja: '作成しました', en: 'Created' },
  // The one-time grant of direct access to the open file (components/DirectGrant.tsx).
  directTitle: { ja: 'このファイルでの作業を速くする', en: 'Work faster in this file' },
  directSlides: {
    ja: 'Journey Grid がこのファイルを直接開けるようにすると、スライドの作成と読み取りが数倍速くなることがあります。',
    en: 'Building slides and reading them back can be several times faster if Journey Grid may open this file directly.',
  },
  directSheets: {
    ja: 'Journey Grid がこのファイルを直接開けるようにすると、読み取りが数倍速くなることがあります。',
    en: 'Reading back can be several times faster if Journey Grid may open this file directly.',
  },
  directOnce: {
    ja: 'Google が一度だけ確認します。表示される Google ピッカーでこのファイルを選んでください。',
    en: 'Google asks once: choose this file in the Google Picker that opens.',
  },
  directAllow: { ja: 'このファイルを選ぶ…', en: 'Choose this file…' },
  directNotNow: { ja: '今はしない', en: 'Not now' },
  directDone: {
    ja: 'Journey Grid はこのファイルを直接開けるようになりました。',
    en: 'Done: Journey Grid may now open this file directly.',
  },
} satisfies Record<string, Translated>;

export type TextKey = keyof typeof TEXT;

export const LanguageContext = createContext<Language>('en');

/** The translator for the current UI language. */
export function useT(): (key: TextKey) => string {
  const language = useContext(LanguageContext);
  return (key) => TEXT[key][language];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The UI language before the server answers: the browser's, which follows the Google account. */
export function guessLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
