/**
 * The words people use in hand-made journey grids, beyond the catalog's own labels: synonyms of
 * stages and lanes (ja / en, question-style lane labels of downloaded templates), corner words,
 * persona labels, and emotion given as faces or words. Kept as `|`-separated strings: the
 * recognizer normalises them once, and the bundle stays small.
 */

/** Extra names per catalog stage id (applied to that id in every framework). */
export const STAGE_SYNONYMS: Readonly<Record<string, string>> = {
  awareness: '知る|気づく|認識|aware|discover|discovery',
  aware: 'awareness|知る',
  consideration: '比較検討|比較|consider|considering|evaluation|evaluate',
  considering: 'consideration|比較検討',
  examination: 'consider|consideration',
  purchase: '購買|購入|契約|申込|申し込み|buy|buying|purchasing',
  decision: '決定|意思決定|決断|decide',
  use: '使用|利用中|usage|using',
  interest: '興味|関心|興味関心|interested',
  interested: 'interest|興味|関心',
  search: '情報収集|調べる|research',
  loyalty: 'ロイヤリティ|継続|リピート|retention|repeat',
  loyal: 'loyalty|ロイヤルティ',
  engagement: 'エンゲージメント|engage',
  advocacy: '推奨|紹介|advocate|referral',
  share: 'シェア|拡散|sharing',
  realization: '課題認識|need|trigger',
  adoption: '導入検討|adopt|onboarding',
  onboarding: '導入|初期設定',
};

/** Extra names per lane-library id: how templates and teams label the same row. */
export const LANE_SYNONYMS: Readonly<Record<string, string>> = {
  touchpoints: '接点|顧客接点|接触ポイント|タッチポイント|touchpoint|touch points|touch point',
  channels: 'チャンネル|媒体|channel|media',
  actions:
    '行為|アクション|顧客行動|ユーザー行動|やること|action|doing|what are they doing|what is the customer doing|what they do|behavior|behaviour|behaviors|behaviours|activities',
  thoughts:
    '考え|考えていること|思っていること|心の声|thinking|thought|what are they thinking|what do they think',
  emotion:
    '気持ち|感情曲線|感情の起伏|心情|emotions|feeling|feelings|what are they feeling|how do they feel|mood',
  challenges: '困りごと|悩み|challenge|problems|issues|barriers',
  'pain-points': 'ペイン|不満|pain point|pains|frustrations',
  'information-needs': '知りたいこと|必要な情報|information need',
  'information-sources': '情報源|情報ソース|sources|information source',
  opportunities: '改善機会|チャンス|アイデア|opportunity|ideas|improvements',
  measures: '打ち手|対策|アクションプラン|initiatives|tactics|solutions',
  content: 'contents|コンテンツ案',
  'internal-owner': '社内担当|担当部署|担当者|owner|owners',
  kpi: '指標|kpis|metrics|metric',
  goals: 'ゴール|目的|goal|objectives|what do they want',
  'questions-research': '疑問|質問|questions|what questions do they have|what are they asking',
  keywords: 'keyword|検索キーワード',
  motivation: 'モチベーション|motivation',
};

/** Words a stage-header row may carry in its corner, above the lane labels. */
export const CORNER_WORDS =
  'ステージ|フェーズ|段階|ステップ|プロセス|項目|レーン|ジャーニー|カスタマージャーニー|stage|stages|phase|phases|step|steps|journey|customer journey|lane|lanes|process';

/** Persona labels beyond PERSONA_FIELD_LABELS, per persona field. */
export const PERSONA_SYNONYMS: Readonly<Record<string, string>> = {
  name: 'ペルソナ|ペルソナ名|氏名|お名前|persona|persona name|full name',
  role: '役職|職種|肩書き|肩書|職業|title|role|job title|position|occupation|job',
  department: '部門|所属|department|team',
  company: '会社名|企業|企業名|勤務先|company|organization|organisation',
  industry: '業界|industry',
  companySize: '従業員数|規模|company size|size',
  goals: 'ゴール|目的|goal|goals',
  challenges: '悩み|困りごと|challenge|pain points',
  informationSources: '情報収集源|information sources',
  notes: '備考|メモ|notes|memo',
};

/** Persona facts with no field of their own: kept in the persona's notes as "label: value". */
export const PERSONA_NOTE_LABELS =
  '年齢|性別|居住地|住まい|家族|家族構成|年収|趣味|性格|age|gender|location|family|income|hobbies|personality';

/** Faces and their score, strongest first per score. */
export const FACES: readonly [string, number][] = [
  ['😀😄😁😆🤩😍🥰😂', 2],
  ['🙂😊☺😌👍', 1],
  ['😐😶🤔😑', 0],
  ['🙁😕😟☹😣👎', -1],
  ['😞😢😭😡😠😫😩', -2],
];

/** Emotion words (ja / en) and their score; the longest word found in a cell wins. */
export const EMOTION_WORDS: readonly [string, number][] = [
  ['大満足|最高|感動|very positive|delighted|excited|thrilled|love', 2],
  [
    '嬉しい|うれしい|楽しい|満足|ワクワク|わくわく|期待|安心|納得|positive|happy|good|satisfied|pleased|glad|hopeful|confident',
    1,
  ],
  ['普通|ふつう|どちらでもない|neutral|ok|okay|so-so|indifferent', 0],
  [
    '不安|迷い|迷う|面倒|不満|不満足|困惑|戸惑い|心配|negative|unsure|anxious|worried|confused|annoyed|bored|uncertain',
    -1,
  ],
  [
    '期待外れ|怒り|最悪|失望|イライラ|がっかり|very negative|angry|frustrated|terrible|awful|disappointed|hate',
    -2,
  ],
];
