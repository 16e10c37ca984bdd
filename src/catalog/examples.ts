/**
 * Stage-specific beginner examples: what a B2B buyer at each kind of stage does, thinks, feels,
 * meets and struggles with, lane by lane. One running story (an accounting manager moving her
 * company's expense claims to a cloud service) keeps the examples concrete and lets the same
 * texts fill the sample journeys.
 *
 * Every framework stage maps to a stage archetype by its id (ids are unique enough across the
 * catalog that no framework needs its own map), so one text serves every framework that has that
 * kind of stage. Texts are stored once, as "日本語|English", without the "例：" / "e.g. " prefix the
 * grid adds: these bytes ship in the Apps Script bundle that is reloaded on every server call.
 */

import type { Language } from '../model/types';
import type { Label } from './types';

export type Archetype =
  | 'unaware'
  | 'realize'
  | 'aware'
  | 'interest'
  | 'desire'
  | 'memory'
  | 'research'
  | 'compare'
  | 'examine'
  | 'decide'
  | 'onboard'
  | 'use'
  | 'support'
  | 'loyal'
  | 'advocate';

/** Stage id → archetype, for every stage id of the catalog's frameworks. */
const STAGE_ARCHETYPES: Readonly<Record<string, Archetype>> = {
  unaware: 'unaware',
  realization: 'realize',
  'problem-awareness': 'realize',
  awareness: 'aware',
  attention: 'aware',
  aware: 'aware',
  stranger: 'aware',
  interest: 'interest',
  interested: 'interest',
  appeal: 'interest',
  lead: 'interest',
  desire: 'desire',
  memory: 'memory',
  research: 'research',
  search: 'research',
  ask: 'research',
  'gathering-information': 'research',
  mql: 'research',
  consideration: 'compare',
  comparison: 'compare',
  considering: 'compare',
  'proposal-evaluation': 'compare',
  opportunity: 'compare',
  examination: 'examine',
  purchase: 'decide',
  decision: 'decide',
  action: 'decide',
  act: 'decide',
  conversion: 'decide',
  adoption: 'decide',
  'contract-negotiation': 'decide',
  implementation: 'onboard',
  onboarding: 'onboard',
  handoff: 'onboard',
  use: 'use',
  support: 'support',
  engagement: 'loyal',
  loyalty: 'loyal',
  loyal: 'loyal',
  satisfaction: 'loyal',
  share: 'advocate',
  advocate: 'advocate',
  advocacy: 'advocate',
};

export function stageArchetype(stageId: string): Archetype | undefined {
  return STAGE_ARCHETYPES[stageId];
}

type Texts = Partial<Record<Archetype, string>>;

/** Lane id → archetype → "日本語|English" (prefix-free). */
const EXAMPLES: Readonly<Record<string, Texts>> = {
  touchpoints: {
    realize: '社内の月次会議、上司からの指摘|monthly review meeting, a remark from the boss',
    aware: '業界紙の記事、展示会、SNS広告|trade-media article, trade show, social ads',
    interest: '導入事例のページ、メルマガ|case-study page, newsletter',
    desire: '効果の試算ツール、ウェビナー|savings calculator, webinar',
    memory: 'リターゲティング広告、メルマガ|retargeting ads, newsletter',
    research: '比較サイト、ホワイトペーパー、検索|comparison site, white paper, search',
    compare: '製品資料、比較表、営業担当との面談|brochures, comparison chart, meeting with sales',
    examine: 'デモ、無料トライアル、導入相談会|demo, free trial, consultation session',
    decide: '見積書、契約書、営業担当|quote, contract, sales rep',
    onboard: '導入支援の担当者、設定マニュアル|onboarding specialist, setup manual',
    use: '管理画面、スマホアプリ、お知らせメール|admin console, mobile app, notice emails',
    support: 'ヘルプセンター、チャット、電話窓口|help center, chat, phone support',
    loyal: '定例ミーティング、ユーザー会|regular check-ins, user group',
    advocate: '事例取材、紹介プログラム、SNS|case-study interview, referral program, social media',
  },
  actions: {
    unaware: '紙の領収書でいつも通り経費精算を回す|runs expense claims on paper receipts as always',
    realize: '締めが毎月遅れる原因を洗い出す|lists why the month-end close keeps slipping',
    aware: '業界紙で経費精算クラウドの記事を読む|reads a trade-media article on expense software',
    interest: '同業他社の事例を読み、メルマガに登録する|reads a peer case study, signs up for the newsletter',
    desire: '自社で使った場合の削減時間を試算する|estimates the hours it would save them',
    memory: '製品名をメモし、予算編成まで保留する|notes the product name, waits for budget season',
    research: '比較記事やホワイトペーパーで情報を集める|collects comparison articles and white papers',
    compare: '3社の資料を取り寄せ、比較表を作る|gets brochures from 3 vendors, builds a comparison',
    examine: 'デモと無料トライアルで使い勝手を確かめる|tries the product in a demo and a free trial',
    decide: '見積もりを取り、稟議を通して契約する|gets a quote, wins internal approval, signs',
    onboard: '初期設定をし、社員向け説明会を開く|sets the tool up, briefs the staff',
    use: '毎月の締めを新しい仕組みで回す|runs the month-end close on the new system',
    support: '設定の疑問をチャットで問い合わせる|asks chat support about a setting',
    loyal: '契約を更新し、他部門にも利用を広げる|renews and extends use to other departments',
    advocate: '事例取材に協力し、同業者に紹介する|joins a case-study interview, refers peers',
  },
  thoughts: {
    unaware: '手間だが、経費精算はこんなものだ|"A hassle, but expenses are always like this."',
    realize: 'このままでは締めが間に合わない|"At this rate we will miss the close."',
    aware: 'クラウドで楽になるなら知りたい|"If software makes this easier, I want to know."',
    interest: '同じ規模の会社でも効果が出ている？|"Did it work for companies our size?"',
    desire: '締めが早まれば部下の残業を減らせる|"A faster close would cut my team\'s overtime."',
    memory: '来期の予算で検討しよう|"Let\'s look at it in next year\'s budget."',
    research: 'どの方式なら自社の規程に合う？|"Which approach fits our expense rules?"',
    compare: 'どれも似ている。決め手は何だろう？|"They look alike. What sets them apart?"',
    examine: '現場の社員が本当に使いこなせるか|"Will staff really manage to use it?"',
    decide: '上司と情報システム部を説得できるか|"Can I win over my boss and IT?"',
    onboard: '移行でトラブルが起きないか心配|"I hope the switchover goes smoothly."',
    use: '入力ミスが減り、確認が楽になった|"Fewer typos, and checking is easier."',
    support: 'すぐに答えが返ってきて助かる|"Glad I got an answer so fast."',
    loyal: 'もっと活用して他の業務も楽にしたい|"Let\'s use it for more of our work."',
    advocate: '同じ悩みの同業者にも勧めたい|"Peers with the same problem should try it."',
  },
  'pain-points': {
    aware: '広告が多く、違いが伝わらない|so many ads, none says what is different',
    interest: '自社に近い事例が見つからない|no case study from a company like theirs',
    compare: '料金体系が製品ごとに違い比べにくい|pricing models differ, so hard to compare',
    decide: '稟議に必要な資料がそろわない|lacks the papers internal approval needs',
    onboard: '初期設定の項目が多くて迷う|too many setup options, unsure what to pick',
    use: '月末に画面の動きが遅くなる|the app slows down at month-end',
    support: '問い合わせの回答に時間がかかる|support answers take too long',
    loyal: '新機能の使い方が伝わってこない|never hears how to use new features',
  },
  opportunities: {
    realize: '課題を診断できるチェックリストを配る|offer a checklist that diagnoses the problem',
    aware: '業界別の課題記事で検索から見つけてもらう|industry-specific articles that rank in search',
    interest: '同規模・同業種の事例を増やす|publish more cases from similar companies',
    research: '選び方ガイドをフォーム入力なしで公開する|publish a buying guide with no form to fill',
    compare: '料金と機能の比較表を用意する|offer a price-and-feature comparison chart',
    decide: '稟議用の資料テンプレートを渡す|hand over a template for the approval memo',
    onboard: '導入初月は専任担当が伴走する|a dedicated guide for the first month',
    use: '利用状況に合わせて活用のヒントを送る|send tips based on how they use it',
    support: 'よくある質問にチャットで即答する|answer common questions instantly in chat',
    loyal: 'ユーザー会で活用事例を共有する|share customer practices at a user group',
  },
  stakeholders: {
    realize: '経理課長、経理部のメンバー|accounting manager, accounting staff',
    research: '経理課長、情報システム部の担当者|accounting manager, an IT contact',
    compare: '経理部長、情報システム部、現場の社員|finance director, IT, staff who file expenses',
    decide: '管理本部長（決裁者）、購買部、法務部|CFO (approver), procurement, legal',
    onboard: '経理部、情報システム部、各部門の代表|accounting, IT, a lead from each department',
    support: '経理部の管理者、全社員|accounting admins, all employees',
  },
  measures: {
    aware: '業界紙への記事広告、展示会への出展|sponsored trade-media articles, trade shows',
    interest: '導入事例のメール配信|case-study email campaign',
    desire: '削減効果を試算できるWebツール|a web tool that estimates savings',
    memory: 'リターゲティング広告、定期メルマガ|retargeting ads, regular newsletter',
    research: '比較ガイドの公開、SEO記事|publish a comparison guide, SEO articles',
    compare: '比較表、他社との違いをまとめた資料|comparison chart, a "how we differ" sheet',
    examine: '無料トライアル、個別デモ|free trial, one-to-one demo',
    decide: '導入支援つきプラン、見積もりの即日発行|plan with onboarding help, same-day quotes',
    advocate: '口コミ投稿のお願い、紹介特典|review requests, referral rewards',
  },
  'community-influence': {
    aware: "同業者のSNS投稿で製品名を知る|sees the product in a peer's social post",
    interest: "経理担当者のコミュニティで評判を聞く|hears about it in an accountants' community",
    research: 'レビューサイトの評価や口コミを読む|reads ratings and reviews on review sites',
    decide: "利用企業の担当者の話が決め手になる|a user company's manager tips the decision",
    advocate: 'ユーザー会やSNSで体験を発信する|shares the experience at user groups and online',
  },
  'questions-research': {
    aware: 'なぜ毎月の締めがこんなに遅れるのか？|"Why does our month-end close keep slipping?"',
    compare: '経費精算を効率化する方法は何がある？|"What are the ways to speed up expenses?"',
    decide: 'どの製品なら自社の規程と予算に合う？|"Which product fits our rules and budget?"',
  },
  'content-types': {
    aware: 'ブログ記事、チェックリスト、調査レポート|blog posts, checklists, research reports',
    compare: '比較ガイド、ウェビナー、専門家の解説|comparison guides, webinars, expert guides',
    decide: '導入事例、無料トライアル、見積もり|case studies, free trial, quote',
  },
  keywords: {
    aware: '経費精算 時間がかかる|expense reports take too long',
    compare: '経費精算 クラウド 比較|expense software comparison',
    decide: '〇〇（製品名） 料金、〇〇 評判|[product] pricing, [product] reviews',
  },
  'lead-thinks-does': {
    aware: '締めの遅れに悩み、解決策を検索する|struggles with late closes, searches for fixes',
    interest: 'ブログを読み、メルマガに登録する|reads the blog, subscribes to the newsletter',
    research: '資料をダウンロードし、料金ページを見る|downloads a guide, visits the pricing page',
    compare: 'デモを見て、社内の合意を取り始める|sees a demo, starts building internal support',
    onboard: '契約し、導入の段取りを進める|signs and plans the rollout',
  },
  'internal-contact': {
    aware: '（直接の接点なし）Webマーケティング担当|(no direct contact yet) web marketing',
    interest: 'マーケティング担当|marketing team',
    research: 'インサイドセールス担当|inside sales rep',
    compare: 'フィールドセールス担当|account executive',
    onboard: 'カスタマーサクセス担当|customer success manager',
  },
  'content-offered': {
    aware: '課題解決のブログ記事、SNS投稿|problem-solving blog posts, social posts',
    interest: 'ホワイトペーパー、メルマガ|white paper, newsletter',
    research: '比較ガイド、ウェビナー、導入事例|comparison guide, webinar, case studies',
    compare: '個別デモ、見積もり、効果の試算|tailored demo, quote, savings estimate',
    onboard: '導入計画書、設定ガイド、研修|rollout plan, setup guide, training',
  },
  accelerate: {
    aware: '検索されるキーワードで記事を書く|write articles for the terms they search',
    interest: '登録直後に関連する事例を自動で送る|auto-send a related case right after sign-up',
    research: 'スコアが上がったらすぐ電話する|call as soon as the lead score rises',
    compare: '商談の日程をその場で予約できるようにする|let leads book a meeting right away',
    onboard: '契約時にキックオフの日程を決める|set the kickoff date at signing',
  },
  'comfortable-decision': {
    aware: '売り込まず、役立つ情報だけを届ける|share useful content, no hard sell',
    interest: '配信の頻度や内容を選べるようにする|let them choose email topics and frequency',
    research: '同業他社の事例で不安を解消する|ease doubts with cases from their industry',
    compare: '稟議用の資料と導入後の体制を示す|give approval documents, show post-sale support',
    onboard: '導入スケジュールと担当者を明示する|spell out the schedule and who helps',
  },
  challenges: {
    unaware: '手作業の集計に時間がかかっている|manual tallying quietly eats hours',
    realize: '締めの遅れが経営報告に響き始めた|late closes now delay management reports',
    aware: '解決策はあるらしいが、よく知らない|knows fixes exist, but little more',
    interest: '自社でも効果が出るかわからない|unsure it would work for them',
    research: '情報が多すぎて整理できない|too much information to sort through',
    compare: '製品ごとの違いを社内に説明できない|cannot explain the differences internally',
    decide: '予算の確保と社内の合意形成|securing budget and internal agreement',
    use: '一部の社員が紙の申請を続けている|some staff still file on paper',
    loyal: '経理以外の部門にも広げたい|wants to roll it out beyond accounting',
  },
  'information-needs': {
    realize: '同規模の会社は締めに何日かけているか|how long similar companies take to close',
    aware: '経費精算を効率化する方法の全体像|an overview of ways to speed up expenses',
    compare: '機能と料金の比較、導入事例|features and pricing compared, case studies',
    decide: '見積もり、導入スケジュール、セキュリティ|quote, rollout schedule, security details',
    use: '便利な使い方、他社の活用例|handy tips, how others use it',
  },
  'information-sources': {
    realize: '上司や同僚、業界団体の調査|boss and colleagues, industry surveys',
    aware: '業界メディア、検索、展示会|trade media, search, trade shows',
    compare: '比較サイト、営業担当、レビュー|comparison sites, sales reps, reviews',
    decide: '営業担当、情報システム部、法務部|sales rep, IT department, legal',
    use: 'ヘルプセンター、ユーザー会|help center, user group',
  },
  motivation: {
    realize: '上司から締めを早めるよう指示が出る|the boss asks for a faster close',
    aware: '同業他社が成果を出したと知る|learns a peer company got results',
    compare: '試算で効果がはっきり見える|an estimate shows a clear benefit',
    decide: '決裁が下り、導入日が決まる|approval granted, go-live date set',
    use: '作業時間が減ったと実感する|feels the time saved',
  },
  information: {
    unaware: '業界ニュース、経理の実務記事|industry news, practical accounting articles',
    aware: '課題解決のブログ記事、SNS投稿|problem-solving blog posts, social posts',
    interest: '導入事例、メルマガ|case studies, newsletter',
    research: 'ホワイトペーパー、比較ガイド|white papers, comparison guides',
    compare: 'デモ、料金表、導入事例|demo, price list, case studies',
    decide: '見積書、契約条件、導入計画|quote, contract terms, rollout plan',
    use: '操作マニュアル、活用セミナー|user manual, how-to seminars',
    loyal: '新機能のお知らせ、ユーザー会|new-feature news, user group',
  },
  'next-step-factors': {
    unaware: '課題を自覚するきっかけがある|something makes them notice the problem',
    aware: '解決できそうだと感じる|feels the problem can be solved',
    interest: '上司に情報を共有している|has shared the idea with their boss',
    research: '社内で検討の打ち合わせをした|has held an internal meeting about it',
    compare: '上司の合意が取れている|their manager has agreed',
    decide: "予算と決裁者の承認がそろう|budget and the approver's sign-off are in place",
    use: '現場で定着し、効果が見える|staff use it and results show',
    loyal: '担当者が社内の推進者になっている|their contact champions it internally',
  },
  // The content that works at each funnel stage (from a B2B content-marketing guide).
  content: {
    aware: 'ブログ記事、SNS投稿、電子書籍、ホワイトペーパー|blog posts, social posts, e-books, white papers',
    compare: '製品デモ、ウェビナー、ケーススタディ|product demos, webinars, case studies',
    decide: 'ケーススタディ、ライブデモ、お客様の声|case studies, live demos, customer testimonials',
    loyal: 'お礼メール、ハウツー、特典プログラム|thank-you emails, how-tos, rewards programs',
    advocate:
      'アンケート、体験談のリクエスト、紹介プログラム|surveys, testimonial requests, referral programs',
  },
  goals: {
    aware: '業界メディア経由のサイト訪問を増やす|more site visits from trade media',
    compare: '比較資料のダウンロードを増やす|more comparison-guide downloads',
    decide: '商談からの受注率を上げる|win more of the deals in the pipeline',
    loyal: '契約更新率を高く保つ|keep renewal rates high',
    advocate: '紹介からの新規商談を増やす|more new deals from referrals',
  },
  'physical-evidence': {
    aware: '展示会のブース、Web広告|trade-show booth, web ads',
    compare: '製品資料、比較表、デモ環境|brochure, comparison chart, demo account',
    decide: '見積書、契約書、請求書|quote, contract, invoice',
    use: '管理画面、月次の利用レポート|admin console, monthly usage report',
    loyal: '更新の案内、ユーザー会の招待状|renewal notice, user-group invitation',
  },
  'customer-actions': {
    aware: '展示会でブースに立ち寄る|stops by the booth at a trade show',
    compare: 'デモを見て質問する|watches a demo and asks questions',
    decide: '見積もりを依頼し、契約する|requests a quote and signs',
    use: '経費申請を承認し、月次を締める|approves claims and closes the month',
    loyal: '契約を更新し、ユーザー会に参加する|renews and joins the user group',
  },
  frontstage: {
    aware: '説明員が課題を聞き、資料を渡す|booth staff ask about needs, hand out a brochure',
    compare: '営業担当がデモで操作を見せる|sales rep demonstrates the product',
    decide: '営業担当が見積もりを説明する|sales rep walks through the quote',
    use: 'カスタマーサクセスが定例会で助言する|customer success advises at check-ins',
    loyal: '担当者が更新内容と新機能を案内する|account manager presents renewal and new features',
  },
  backstage: {
    aware: 'マーケティング部が名刺をリード登録する|marketing enters business cards as leads',
    compare: 'セールスエンジニアがデモ環境を準備する|a sales engineer prepares the demo account',
    decide: '営業事務が見積書を作成する|sales operations prepares the quote',
    use: 'サポートチームが問い合わせ履歴を分析する|support analyses the ticket history',
    loyal: 'CSチームが利用状況から解約リスクを確認|CS team checks usage for churn risk',
  },
  'support-processes': {
    aware: '名刺管理ツール、MA|business-card scanner, marketing automation',
    compare: 'デモ環境、CRM|demo environment, CRM',
    decide: '見積もりシステム、電子契約|quoting system, e-signature',
    use: 'ヘルプデスクシステム、利用ログ|help-desk system, usage logs',
    loyal: 'CRM、請求管理システム|CRM, billing system',
  },
  places: {
    aware: '展示会場、通勤電車|trade-show hall, commute',
    compare: 'オフィスの会議室|office meeting room',
    decide: "上司の席、役員会議|the boss's desk, board meeting",
    use: '経理部の自席、在宅勤務の自宅|desk in accounting, home office',
    loyal: 'ユーザー会の会場、オンライン|user-group venue, online',
  },
  devices: {
    aware: 'スマートフォン|smartphone',
    compare: 'ノートPC、会議室のモニター|laptop, meeting-room screen',
    decide: 'ノートPC、紙の稟議書|laptop, printed approval form',
    use: 'PC、社員はスマホアプリ|PC; staff use the mobile app',
    loyal: 'PC、タブレット|PC, tablet',
  },
  channels: {
    aware: 'SNS、業界メディア、展示会|social media, trade media, trade shows',
    compare: 'Webサイト、ウェビナー、営業訪問|website, webinar, sales visit',
    decide: 'メール、オンライン会議|email, video call',
    use: 'アプリ内のお知らせ、メール|in-app messages, email',
    loyal: 'ユーザー会、コミュニティ|user group, community',
  },
};

/** The prefix-free example for a lane at a stage, or undefined when none is written. */
export function stageText(laneId: string, stageId: string, language: Language): string | undefined {
  const archetype = STAGE_ARCHETYPES[stageId];
  const text = archetype ? EXAMPLES[laneId]?.[archetype] : undefined;
  return text?.split('|')[language === 'ja' ? 0 : 1];
}

const PREFIX: Label = { ja: '例：', en: 'e.g. ' };

/** The grey example for a lane at a stage, prefixed as the grid's hint rule expects. */
export function stageExample(laneId: string, stageId: string, language: Language): string | undefined {
  const text = stageText(laneId, stageId, language);
  return text === undefined ? undefined : PREFIX[language] + text;
}
