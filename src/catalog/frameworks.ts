/**
 * The 15 journey frameworks of the template menu (the product's framework reference): their stages in order, default
 * lanes, beginner hints and credit lines, in Japanese and English. Stage and framework ids are
 * stable: documents store them, so a relabelled stage here must keep its id.
 */

import type { FrameworkDef, Label, StageDef } from './types';

const COMMON_PRACTICE: Label = {
  ja: 'Journey Grid 編（一般的な実務にもとづく）',
  en: 'Journey Grid, based on common practice',
};

const HUBSPOT: Label = {
  ja: 'HubSpot（HubSpot, Inc.）のテンプレートにもとづく',
  en: 'Based on templates by HubSpot, Inc.',
};

/** basic-5's stages; also the starting point of the frameworks whose stages users choose. */
const BASIC_STAGES: StageDef[] = [
  { id: 'awareness', label: { ja: '認知', en: 'Awareness' } },
  { id: 'consideration', label: { ja: '検討', en: 'Consideration' } },
  { id: 'purchase', label: { ja: '購入', en: 'Purchase' } },
  { id: 'use', label: { ja: '利用', en: 'Use' } },
  { id: 'engagement', label: { ja: 'エンゲージ', en: 'Engagement' } },
];

const BASIC_LANES = ['touchpoints', 'actions', 'thoughts', 'emotion', 'pain-points', 'opportunities'];
const MODEL_LANES = ['touchpoints', 'actions', 'thoughts', 'emotion', 'measures'];

export const FRAMEWORKS: readonly FrameworkDef[] = [
  {
    id: 'basic-5',
    name: { ja: '基本のカスタマージャーニー', en: 'Basic journey' },
    whenToUse: {
      ja: '迷ったらこれ。認知から購入後まで、どの業種にも使える基本の5段階',
      en: 'Start here: five stages from awareness to after the purchase, for any business',
    },
    audiences: ['b2b', 'b2c'],
    stages: BASIC_STAGES,
    laneIds: BASIC_LANES,
    source: COMMON_PRACTICE,
  },
  {
    id: 'btoc-6',
    name: { ja: 'BtoCのカスタマージャーニー', en: 'B2C journey' },
    whenToUse: {
      ja: '消費者向けの商品に。興味・関心からリピート購買まで追えます',
      en: 'For consumer products: from first interest to repeat purchase and loyalty',
    },
    audiences: ['b2c'],
    stages: [
      { id: 'awareness', label: { ja: '認知', en: 'Awareness' } },
      { id: 'interest', label: { ja: '興味・関心', en: 'Interest' } },
      { id: 'consideration', label: { ja: '検討', en: 'Consideration' } },
      { id: 'purchase', label: { ja: '購入', en: 'Purchase' } },
      { id: 'use', label: { ja: '利用・体験', en: 'Use & experience' } },
      { id: 'loyalty', label: { ja: 'リピート購買・ロイヤルティ', en: 'Repeat purchase & loyalty' } },
    ],
    laneIds: BASIC_LANES,
    source: COMMON_PRACTICE,
  },
  {
    id: 'btob-6',
    name: { ja: 'BtoBのカスタマージャーニー', en: 'B2B journey' },
    whenToUse: {
      ja: '法人向けの長い購買に。複数の関係者と、契約・導入・サポートまで',
      en: 'For long B2B purchases with several stakeholders, through rollout and support',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'problem-awareness', label: { ja: '課題と認知', en: 'Problem & awareness' } },
      { id: 'research', label: { ja: '情報収集と調査', en: 'Research' } },
      { id: 'proposal-evaluation', label: { ja: '提案と評価', en: 'Proposal & evaluation' } },
      { id: 'contract-negotiation', label: { ja: '契約と交渉', en: 'Contract & negotiation' } },
      { id: 'implementation', label: { ja: '実装と展開', en: 'Implementation & rollout' } },
      { id: 'support', label: { ja: 'サポートとアフターケア', en: 'Support & aftercare' } },
    ],
    laneIds: ['touchpoints', 'actions', 'thoughts', 'emotion', 'stakeholders', 'opportunities'],
    source: COMMON_PRACTICE,
  },
  {
    id: 'aidma',
    name: { ja: 'AIDMA', en: 'AIDMA' },
    whenToUse: {
      ja: '広告で知り、覚えておいて買う。古典的な購買行動を整理するときに',
      en: 'The classic purchase model: notice an ad, want it, remember it, buy it',
    },
    audiences: ['b2c', 'b2b'],
    stages: [
      { id: 'attention', label: { ja: '注意', en: 'Attention' } },
      { id: 'interest', label: { ja: '関心', en: 'Interest' } },
      { id: 'desire', label: { ja: '欲求', en: 'Desire' } },
      { id: 'memory', label: { ja: '記憶', en: 'Memory' } },
      { id: 'action', label: { ja: '行動', en: 'Action' } },
    ],
    laneIds: MODEL_LANES,
    source: {
      ja: 'AIDMA：S. R. ホール（Samuel Roland Hall）のモデル',
      en: 'AIDMA: model by Samuel Roland Hall',
    },
  },
  {
    id: 'aisas',
    name: { ja: 'AISAS', en: 'AISAS' },
    whenToUse: {
      ja: 'ネットで検索して買い、購入後にSNSなどで共有する購買行動に',
      en: 'For buyers who search online before buying and share on social media after',
    },
    audiences: ['b2c'],
    stages: [
      { id: 'attention', label: { ja: '注意', en: 'Attention' } },
      { id: 'interest', label: { ja: '関心', en: 'Interest' } },
      { id: 'search', label: { ja: '検索', en: 'Search' } },
      { id: 'action', label: { ja: '行動', en: 'Action' } },
      { id: 'share', label: { ja: '共有', en: 'Share' } },
    ],
    laneIds: MODEL_LANES,
    source: {
      ja: 'AISAS は株式会社電通の登録商標です',
      en: 'AISAS is a registered trademark of Dentsu Inc.',
    },
  },
  {
    id: 'aisceas',
    name: { ja: 'AISCEAS', en: 'AISCEAS' },
    whenToUse: {
      ja: '比較と検討を何度も繰り返す、ネット時代の慎重な購買に',
      en: 'For careful online buyers who compare and examine options again and again',
    },
    audiences: ['b2c'],
    stages: [
      { id: 'attention', label: { ja: '注意', en: 'Attention' } },
      { id: 'interest', label: { ja: '興味', en: 'Interest' } },
      { id: 'search', label: { ja: '検索', en: 'Search' } },
      // Google's "butterfly circuit" (as Japanese CJM guides describe it): people go back from comparing to exploring their
      // interest many times before they decide, so the grid marks this loop.
      { id: 'comparison', label: { ja: '比較', en: 'Comparison' }, loopsBackTo: 'interest' },
      { id: 'examination', label: { ja: '検討', en: 'Examination' } },
      { id: 'action', label: { ja: '行動', en: 'Action' } },
      { id: 'share', label: { ja: '共有', en: 'Share' } },
    ],
    laneIds: MODEL_LANES,
    source: {
      ja: 'AISCEAS：アンヴィコミュニケーションズ（Anvie）が提唱',
      en: 'AISCEAS: proposed by Anvie Communications',
    },
  },
  {
    id: 'kotler-5a',
    name: { ja: '5A（コトラー『マーケティング4.0』）', en: '5A (Kotler, Marketing 4.0)' },
    whenToUse: {
      ja: '口コミやSNSなど、コミュニティの影響が大きい商品に',
      en: 'When word of mouth and online communities drive the decision',
    },
    audiences: ['b2c', 'b2b'],
    stages: [
      { id: 'aware', label: { ja: '認知', en: 'Aware' } },
      { id: 'appeal', label: { ja: '訴求', en: 'Appeal' } },
      { id: 'ask', label: { ja: '調査', en: 'Ask' } },
      { id: 'act', label: { ja: '行動', en: 'Act' } },
      { id: 'advocate', label: { ja: '推奨', en: 'Advocate' } },
    ],
    laneIds: ['touchpoints', 'actions', 'thoughts', 'emotion', 'community-influence'],
    source: {
      ja: 'フィリップ・コトラー『マーケティング4.0』にもとづく',
      en: 'After Philip Kotler, Marketing 4.0',
    },
  },
  {
    id: 'hubspot-buyers',
    name: { ja: 'HubSpotのバイヤーズジャーニー', en: "HubSpot buyer's journey" },
    whenToUse: {
      ja: '課題の認知から決定まで、コンテンツとキーワードを計画するときに',
      en: 'To plan content and keywords from problem awareness to decision',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'awareness', label: { ja: '認知段階', en: 'Awareness' } },
      { id: 'consideration', label: { ja: '検討段階', en: 'Consideration' } },
      { id: 'decision', label: { ja: '決定段階', en: 'Decision' } },
    ],
    laneIds: ['actions', 'questions-research', 'content-types', 'keywords'],
    source: HUBSPOT,
  },
  {
    id: 'hubspot-handoff',
    name: {
      ja: 'HubSpotライフサイクル（マーケティング→営業の引き渡し）',
      en: 'HubSpot lifecycle (marketing → sales handoff)',
    },
    whenToUse: {
      ja: 'マーケティングから営業へ、リードの引き渡しを設計するときに',
      en: 'To design how leads pass from marketing to sales',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'stranger', label: { ja: 'ストレンジャー', en: 'Stranger' } },
      { id: 'lead', label: { ja: '購読者/リード', en: 'Subscriber/Lead' } },
      { id: 'mql', label: { ja: 'MQL', en: 'MQL' } },
      { id: 'opportunity', label: { ja: '商談/デモ', en: 'Opportunity/Demo' } },
      { id: 'handoff', label: { ja: '契約締結〜導入/引き渡し', en: 'Deal closed to go-live/handoff' } },
    ],
    laneIds: [
      'lead-thinks-does',
      'internal-contact',
      'content-offered',
      'accelerate',
      'comfortable-decision',
    ],
    source: HUBSPOT,
  },
  {
    id: 'leapt-linear',
    name: { ja: '直線型BtoBジャーニー', en: 'Linear B2B journey' },
    whenToUse: {
      ja: 'シンプルな5×5。BtoBのプロモーション用に、部署を問わず使えます',
      en: 'A simple 5 × 5 grid for B2B promotion that any team can use as is',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'realization', label: { ja: '気づき', en: 'Realization' } },
      { id: 'awareness', label: { ja: '認知', en: 'Awareness' } },
      { id: 'consideration', label: { ja: '検討', en: 'Consideration' } },
      { id: 'adoption', label: { ja: '導入', en: 'Adoption' } },
      { id: 'use', label: { ja: '利用', en: 'Use' } },
    ],
    laneIds: ['challenges', 'actions', 'information-needs', 'information-sources', 'motivation'],
    source: {
      ja: 'Leapt社のGoogleスライド用テンプレートにもとづく',
      en: "Based on Leapt's Google Slides template",
    },
  },
  {
    id: 'ma-8',
    name: { ja: 'MA顧客ステージ', en: 'Marketing-automation customer stages' },
    whenToUse: {
      ja: 'MAのシナリオ設計に。顧客ステージごとに次へ進む条件を整理',
      en: 'For marketing-automation scenarios: what moves a customer to the next stage',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'unaware', label: { ja: '未知', en: 'Unaware' } },
      { id: 'aware', label: { ja: '認知', en: 'Aware' } },
      { id: 'interested', label: { ja: '興味関心', en: 'Interested' } },
      { id: 'gathering-information', label: { ja: '情報収集', en: 'Gathering information' } },
      { id: 'considering', label: { ja: '検討', en: 'Considering' } },
      { id: 'purchase', label: { ja: '購買', en: 'Purchase' } },
      { id: 'use', label: { ja: '利用', en: 'Use' } },
      { id: 'loyal', label: { ja: 'ロイヤルカスタマー', en: 'Loyal customer' } },
    ],
    laneIds: ['challenges', 'thoughts', 'actions', 'information', 'next-step-factors'],
    source: COMMON_PRACTICE,
  },
  {
    id: 'b2b-funnel-5',
    name: { ja: 'B2Bカスタマージャーニー5段階', en: 'B2B funnel' },
    whenToUse: {
      ja: 'ファネルとして、段階ごとのコンテンツと転換率から離脱を探す',
      en: 'A funnel: content and conversion rate per stage, to find where people drop off',
    },
    audiences: ['b2b'],
    stages: [
      { id: 'awareness', label: { ja: '認知', en: 'Awareness' } },
      { id: 'consideration', label: { ja: '検討', en: 'Consideration' } },
      { id: 'conversion', label: { ja: 'コンバージョン', en: 'Conversion' } },
      { id: 'loyalty', label: { ja: 'ロイヤルティ', en: 'Loyalty' } },
      { id: 'advocacy', label: { ja: '推奨', en: 'Advocacy' } },
    ],
    laneIds: ['content', 'touchpoints', 'conversion-rate', 'goals'],
    source: COMMON_PRACTICE,
  },
  {
    id: 'ux-extended',
    name: { ja: 'UX改善用ジャーニー', en: 'Journey for UX improvement' },
    whenToUse: {
      ja: 'UX改善に。購入後のオンボーディング、サポート、満足まで描く',
      en: 'For UX work: goes on after the purchase through onboarding, support and satisfaction',
    },
    audiences: ['ux', 'b2c', 'b2b'],
    stages: [
      { id: 'awareness', label: { ja: '認知', en: 'Awareness' } },
      { id: 'consideration', label: { ja: '検討', en: 'Consideration' } },
      { id: 'purchase', label: { ja: '購入', en: 'Purchase' } },
      { id: 'onboarding', label: { ja: 'オンボーディング', en: 'Onboarding' } },
      { id: 'use', label: { ja: '利用', en: 'Use' } },
      { id: 'support', label: { ja: 'サポート', en: 'Support' } },
      { id: 'satisfaction', label: { ja: '満足', en: 'Satisfaction' } },
    ],
    laneIds: ['actions', 'thoughts', 'emotion', 'pain-points', 'opportunities'],
    source: COMMON_PRACTICE,
  },
  {
    id: 'service-blueprint',
    name: { ja: 'サービスブループリント', en: 'Service blueprint' },
    whenToUse: {
      ja: '顧客の行動を、表舞台と舞台裏で社内がどう支えるかを描く',
      en: 'Shows how frontstage staff, backstage work and systems support each customer step',
    },
    audiences: ['ux', 'b2b', 'b2c'],
    stages: BASIC_STAGES,
    stagesAreUserChosen: true,
    laneIds: ['physical-evidence', 'customer-actions', 'frontstage', 'backstage', 'support-processes'],
    source: {
      ja: 'G. L. ショスタック（Shostack）が提唱、レーン構成は NN/g にもとづく',
      en: 'After G. Lynn Shostack; lanes after Nielsen Norman Group (NN/g)',
    },
  },
  {
    id: 'experience-map',
    name: { ja: 'エクスペリエンスマップ', en: 'Experience map' },
    whenToUse: {
      ja: '特定の製品に縛られず、ユーザーの体験全体を描くときに',
      en: "Maps a person's whole experience, not bound to one product",
    },
    audiences: ['ux'],
    stages: BASIC_STAGES,
    stagesAreUserChosen: true,
    laneIds: ['actions', 'thoughts', 'emotion', 'places', 'devices', 'channels'],
    source: COMMON_PRACTICE,
  },
];

export function frameworkDef(id: string): FrameworkDef | undefined {
  return FRAMEWORKS.find((framework) => framework.id === id);
}
