/**
 * The lane library: every row a journey grid can have, with its Japanese and English label, what
 * its cells hold, and a short beginner example shown as grey text. Frameworks pick their default
 * lanes from here by id, and users can add any lane to any framework, so a lane that two
 * frameworks mean the same way (actions, thoughts, emotion…) exists once.
 */

import type { LaneDef } from './types';

export const LANE_LIBRARY: readonly LaneDef[] = [
  // The common lanes of the product's lane library.
  {
    id: 'touchpoints',
    label: { ja: 'タッチポイント', en: 'Touchpoints' },
    kind: 'text',
    example: { ja: '例：公式サイト、展示会、営業メール', en: 'e.g. website, trade show, sales email' },
  },
  {
    id: 'channels',
    label: { ja: 'チャネル', en: 'Channels' },
    kind: 'text',
    example: {
      ja: '例：Web、SNS、ウェビナー、雑誌広告',
      en: 'e.g. web, social media, webinar, magazine ads',
    },
  },
  {
    id: 'actions',
    label: { ja: '行動', en: 'Actions' },
    kind: 'text',
    example: { ja: '例：比較サイトで製品を調べる', en: 'e.g. looks up products on a comparison site' },
  },
  {
    id: 'thoughts',
    label: { ja: '思考', en: 'Thoughts' },
    kind: 'text',
    example: { ja: '例：自社に合う製品はどれだろう？', en: 'e.g. "Which product fits our team?"' },
  },
  {
    // Scored −2..+2 per stage and drawn as a curve (the 曲線型 (curve-style) journey map).
    id: 'emotion',
    label: { ja: '感情', en: 'Emotion' },
    kind: 'emotion',
    example: { ja: '例：+1（期待）', en: 'e.g. +1 (hopeful)' },
  },
  {
    id: 'challenges',
    label: { ja: '課題', en: 'Challenges' },
    kind: 'text',
    example: { ja: '例：手作業の集計に時間がかかる', en: 'e.g. manual reporting takes too long' },
  },
  {
    id: 'pain-points',
    label: { ja: 'ペインポイント', en: 'Pain points' },
    kind: 'text',
    example: { ja: '例：料金体系がわかりにくい', en: 'e.g. pricing is hard to understand' },
  },
  {
    id: 'information-needs',
    label: { ja: '情報ニーズ', en: 'Information needs' },
    kind: 'text',
    example: { ja: '例：導入事例、費用の目安', en: 'e.g. case studies, a rough idea of cost' },
  },
  {
    id: 'information-sources',
    label: { ja: '情報ソース', en: 'Information sources' },
    kind: 'text',
    example: { ja: '例：業界メディア、同業者の口コミ', en: 'e.g. trade media, word of mouth from peers' },
  },
  {
    id: 'opportunities',
    label: { ja: '機会', en: 'Opportunities' },
    kind: 'text',
    example: {
      ja: '例：比較表を用意して迷いを減らす',
      en: 'e.g. offer a comparison chart to ease the choice',
    },
  },
  {
    id: 'measures',
    label: { ja: '施策', en: 'Measures' },
    kind: 'text',
    example: { ja: '例：リターゲティング広告、メルマガ', en: 'e.g. retargeting ads, newsletter' },
  },
  {
    id: 'content',
    label: { ja: 'コンテンツ', en: 'Content' },
    kind: 'text',
    example: { ja: '例：ブログ記事、導入事例、ウェビナー', en: 'e.g. blog posts, case studies, webinars' },
  },
  {
    id: 'internal-owner',
    label: { ja: '社内担当・部門', en: 'Internal owner' },
    kind: 'text',
    example: { ja: '例：マーケティング部、インサイドセールス', en: 'e.g. marketing, inside sales' },
  },
  {
    id: 'kpi',
    label: { ja: 'KPI', en: 'KPI' },
    kind: 'metric',
    example: { ja: '例：120', en: 'e.g. 120' },
  },
  {
    // Share of the stage's visitors who reach the next stage (the B2B funnel view), to spot drop-off.
    id: 'conversion-rate',
    label: { ja: 'コンバージョン率', en: 'Conversion rate' },
    kind: 'metric',
    example: { ja: '例：25%', en: 'e.g. 25%' },
  },
  {
    id: 'ma-scenario',
    label: { ja: 'MAシナリオ', en: 'MA scenario' },
    kind: 'text',
    example: {
      ja: '例：資料ダウンロードの3日後に事例メールを送る',
      en: 'e.g. send a case-study email 3 days after a download',
    },
  },
  {
    id: 'next-step-factors',
    label: { ja: 'ネクストステップのキーファクター', en: 'Next-step key factors' },
    kind: 'text',
    example: { ja: '例：上司の合意が取れている', en: 'e.g. their manager has agreed' },
  },

  // Lanes that particular frameworks name.
  {
    id: 'stakeholders',
    label: { ja: '関与する関係者', en: 'Stakeholders involved' },
    kind: 'text',
    example: { ja: '例：情報システム部、経理部長', en: 'e.g. IT department, finance director' },
  },
  {
    id: 'community-influence',
    label: { ja: 'コミュニティの影響', en: 'Community influence' },
    kind: 'text',
    example: {
      ja: '例：SNSの口コミ、レビューサイトの評価',
      en: 'e.g. social media buzz, review-site ratings',
    },
  },
  {
    id: 'questions-research',
    label: { ja: '疑問・リサーチ', en: 'Questions & research' },
    kind: 'text',
    example: { ja: '例：この課題はどうすれば解決できる？', en: 'e.g. "How do others solve this problem?"' },
  },
  {
    id: 'content-types',
    label: { ja: 'コンテンツの種類', en: 'Content types' },
    kind: 'text',
    example: {
      ja: '例：ブログ記事、チェックリスト、比較ガイド',
      en: 'e.g. blog posts, checklists, comparison guides',
    },
  },
  {
    id: 'keywords',
    label: { ja: 'キーワード', en: 'Keywords' },
    kind: 'text',
    example: { ja: '例：勤怠管理 効率化', en: 'e.g. time tracking tips' },
  },
  // HubSpot's lifecycle template asks five questions; its Japanese labels are kept as given.
  {
    id: 'lead-thinks-does',
    label: { ja: 'リードは何を思い何をするか', en: 'What does the lead think and do?' },
    kind: 'text',
    example: { ja: '例：課題を解決する方法を探している', en: 'e.g. looking for ways to fix the problem' },
  },
  {
    id: 'internal-contact',
    label: { ja: 'リードの話を聞いている社内担当者は誰か', en: 'Who internally talks to the lead?' },
    kind: 'text',
    example: { ja: '例：インサイドセールス担当', en: 'e.g. inside sales rep' },
  },
  {
    id: 'content-offered',
    label: { ja: 'リードに提供するコンテンツは', en: 'What content do we offer?' },
    kind: 'text',
    example: { ja: '例：導入事例集、無料トライアル', en: 'e.g. case-study collection, free trial' },
  },
  {
    id: 'accelerate',
    label: { ja: 'プロセスを加速させるには', en: 'How can we accelerate the process?' },
    kind: 'text',
    example: {
      ja: '例：商談の日程をその場で予約できるようにする',
      en: 'e.g. let leads book a meeting right away',
    },
  },
  {
    id: 'comfortable-decision',
    label: { ja: 'リードをより快適に決断させるには', en: 'How can we make deciding more comfortable?' },
    kind: 'text',
    example: { ja: '例：導入後のサポート体制を示す', en: 'e.g. show the support they get after signing' },
  },
  {
    id: 'motivation',
    label: { ja: '次の段階へのモチベーション', en: 'Motivation to move on' },
    kind: 'text',
    example: { ja: '例：上司から改善の指示が出る', en: 'e.g. their manager asks for a fix' },
  },
  {
    id: 'information',
    label: { ja: '情報', en: 'Information' },
    kind: 'text',
    example: { ja: '例：他社事例、製品比較資料', en: "e.g. other companies' cases, comparison sheets" },
  },
  {
    id: 'goals',
    label: { ja: '目標', en: 'Goals' },
    kind: 'text',
    example: { ja: '例：資料請求を月50件に増やす', en: 'e.g. reach 50 brochure requests a month' },
  },
  // Service blueprint (after Shostack / NN/g): each line separates who can see or do what.
  {
    id: 'physical-evidence',
    label: { ja: '物的証拠', en: 'Physical evidence' },
    kind: 'text',
    example: { ja: '例：Webサイト、見積書、請求書', en: 'e.g. website, quote, invoice' },
  },
  {
    id: 'customer-actions',
    label: { ja: '顧客の行動', en: 'Customer actions' },
    kind: 'text',
    example: { ja: '例：見積もりを依頼する', en: 'e.g. requests a quote' },
  },
  {
    id: 'frontstage',
    label: { ja: 'フロントステージ', en: 'Frontstage actions' },
    kind: 'text',
    lineAbove: 'interaction',
    example: { ja: '例：営業担当が見積もりを説明する', en: 'e.g. sales rep walks through the quote' },
  },
  {
    id: 'backstage',
    label: { ja: 'バックステージ', en: 'Backstage actions' },
    kind: 'text',
    lineAbove: 'visibility',
    example: { ja: '例：営業事務が見積書を作成する', en: 'e.g. sales operations prepares the quote' },
  },
  {
    id: 'support-processes',
    label: { ja: '支援プロセス・システム', en: 'Support processes & systems' },
    kind: 'text',
    lineAbove: 'internal-interaction',
    example: { ja: '例：CRM、見積もりシステム', en: 'e.g. CRM, quoting system' },
  },
  // Experience map: doing / thinking / feeling reuse actions / thoughts / emotion above.
  {
    id: 'places',
    label: { ja: '場所', en: 'Places' },
    kind: 'text',
    example: { ja: '例：オフィス、通勤電車、自宅', en: 'e.g. office, commute, home' },
  },
  {
    id: 'devices',
    label: { ja: 'デバイス', en: 'Devices' },
    kind: 'text',
    example: { ja: '例：スマートフォン、ノートPC', en: 'e.g. smartphone, laptop' },
  },
];

export function laneDef(id: string): LaneDef | undefined {
  return LANE_LIBRARY.find((lane) => lane.id === id);
}
