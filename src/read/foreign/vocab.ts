/**
 * The words people use in hand-made journey grids, beyond the catalog's own labels: synonyms of
 * stages and lanes (ja / en, question-style lane labels of downloaded templates), corner words,
 * persona labels, and emotion given as faces or words. Kept as `|`-separated strings: the
 * recognizer normalises them once, and the bundle stays small.
 */

/** Extra names per catalog stage id (applied to that id in every framework). */
export const STAGE_SYNONYMS: Readonly<Record<string, string>> = {
  awareness: '知る|気づく|aware|discover',
  aware: 'awareness|知る',
  consideration: '比較検討|比較|consider|evaluation',
  considering: 'consideration|比較検討',
  purchase: '購買|購入|契約|申込|buy',
  decision: '決定|意思決定',
  use: '使用|usage',
  interest: '興味|関心|興味関心',
  interested: 'interest|興味|関心',
  search: '情報収集|research',
  loyalty: 'ロイヤリティ|継続|リピート|retention',
  loyal: 'loyalty|ロイヤルティ',
  advocacy: '推奨|紹介|advocate',
  adoption: 'onboarding',
  onboarding: '導入',
};

/** Extra names per lane-library id (plural "s" aside): how templates and teams label a row. */
export const LANE_SYNONYMS: Readonly<Record<string, string>> = {
  touchpoints: '接点|顧客接点|touch point',
  channels: 'チャンネル|媒体|media',
  actions: 'アクション|顧客行動|doing|what are they doing|behavior|behaviour|activitie',
  thoughts: '考え|考えていること|thinking|what are they thinking',
  emotion: '気持ち|感情曲線|心情|feeling|what are they feeling|how do they feel',
  challenges: '困りごと|悩み|problem|issue',
  'pain-points': 'ペイン|不満|pain|frustration',
  'information-sources': '情報源',
  opportunities: '改善機会|チャンス|idea',
  measures: '打ち手|対策|tactic|initiative',
  'internal-owner': '担当|担当部署|owner',
  kpi: '指標|metric',
  goals: 'ゴール|目的|goal',
  'questions-research': '疑問|質問|question|what questions do they have',
  motivation: 'モチベーション',
};

/** Words a stage-header row may carry in its corner, above the lane labels. */
export const CORNER_WORDS =
  'ステージ|フェーズ|段階|ステップ|項目|ジャーニー|stage|phase|step|journey|customer journey|lane';

/** Persona labels beyond PERSONA_FIELD_LABELS, per persona field. */
export const PERSONA_SYNONYMS: Readonly<Record<string, string>> = {
  name: 'ペルソナ|氏名|persona',
  role: '職種|肩書き|職業|title|role|job title|position|occupation',
  department: '部門|所属|team',
  company: '会社名|企業|企業名|company',
  industry: '業界',
  companySize: '従業員数|規模|size',
  goals: 'ゴール|目的|goal',
  challenges: '悩み|困りごと|challenge',
  notes: '備考|memo',
};

/** Persona facts with no field of their own: kept in the persona's notes as "label: value". */
export const PERSONA_NOTE_LABELS =
  '年齢|性別|居住地|家族構成|年収|趣味|age|gender|location|family|income|hobbie';

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
