/**
 * The framework catalog: every framework of the product reference builds a valid new journey document in
 * Japanese and English with the published stage names, lanes and credits; beginner hints show
 * where they should; and each mistake in the "new journey" form comes back naming its field.
 */
import { describe, expect, it } from 'vitest';
import {
  ANTI_PERSONA_BADGE,
  BUYING_ROLE_LABELS,
  blueprintLineLabel,
  FRAMEWORKS,
  frameworkDef,
  hintFor,
  LANE_LIBRARY,
  laneDef,
  newJourneyDocument,
  PERSONA_FIELD_LABELS,
  type PersonaInput,
} from '../src/catalog';
import type { Problem } from '../src/model/problems';
import {
  BUYING_ROLES,
  ID_PATTERN,
  type JourneyDocument,
  LANGUAGES,
  PERSONA_TEXT_FIELDS,
} from '../src/model/types';
import { validateDocument } from '../src/model/validate';

/** Stage names exactly as the product reference gives them (user-chosen ones default to basic-5's). */
const STAGES: Record<string, { ja: string; en: string }> = {
  'basic-5': {
    ja: '認知 · 検討 · 購入 · 利用 · エンゲージ',
    en: 'Awareness · Consideration · Purchase · Use · Engagement',
  },
  'btoc-6': {
    ja: '認知 · 興味・関心 · 検討 · 購入 · 利用・体験 · リピート購買・ロイヤルティ',
    en: 'Awareness · Interest · Consideration · Purchase · Use & experience · Repeat purchase & loyalty',
  },
  'btob-6': {
    ja: '課題と認知 · 情報収集と調査 · 提案と評価 · 契約と交渉 · 実装と展開 · サポートとアフターケア',
    en: 'Problem & awareness · Research · Proposal & evaluation · Contract & negotiation · Implementation & rollout · Support & aftercare',
  },
  aidma: { ja: '注意 · 関心 · 欲求 · 記憶 · 行動', en: 'Attention · Interest · Desire · Memory · Action' },
  aisas: { ja: '注意 · 関心 · 検索 · 行動 · 共有', en: 'Attention · Interest · Search · Action · Share' },
  aisceas: {
    ja: '注意 · 興味 · 検索 · 比較 · 検討 · 行動 · 共有',
    en: 'Attention · Interest · Search · Comparison · Examination · Action · Share',
  },
  'kotler-5a': { ja: '認知 · 訴求 · 調査 · 行動 · 推奨', en: 'Aware · Appeal · Ask · Act · Advocate' },
  'hubspot-buyers': { ja: '認知段階 · 検討段階 · 決定段階', en: 'Awareness · Consideration · Decision' },
  'hubspot-handoff': {
    ja: 'ストレンジャー · 購読者/リード · MQL · 商談/デモ · 契約締結〜導入/引き渡し',
    en: 'Stranger · Subscriber/Lead · MQL · Opportunity/Demo · Deal closed to go-live/handoff',
  },
  'leapt-linear': {
    ja: '気づき · 認知 · 検討 · 導入 · 利用',
    en: 'Realization · Awareness · Consideration · Adoption · Use',
  },
  'ma-8': {
    ja: '未知 · 認知 · 興味関心 · 情報収集 · 検討 · 購買 · 利用 · ロイヤルカスタマー',
    en: 'Unaware · Aware · Interested · Gathering information · Considering · Purchase · Use · Loyal customer',
  },
  'b2b-funnel-5': {
    ja: '認知 · 検討 · コンバージョン · ロイヤルティ · 推奨',
    en: 'Awareness · Consideration · Conversion · Loyalty · Advocacy',
  },
  'ux-extended': {
    ja: '認知 · 検討 · 購入 · オンボーディング · 利用 · サポート · 満足',
    en: 'Awareness · Consideration · Purchase · Onboarding · Use · Support · Satisfaction',
  },
  'service-blueprint': {
    ja: '認知 · 検討 · 購入 · 利用 · エンゲージ',
    en: 'Awareness · Consideration · Purchase · Use · Engagement',
  },
  'experience-map': {
    ja: '認知 · 検討 · 購入 · 利用 · エンゲージ',
    en: 'Awareness · Consideration · Purchase · Use · Engagement',
  },
};

/** Japanese lane labels the product reference gives, by the English name it uses. */
const LANE_JA: Record<string, string> = {
  touchpoints: 'タッチポイント',
  channels: 'チャネル',
  actions: '行動',
  thoughts: '思考',
  emotion: '感情',
  challenges: '課題',
  'pain-points': 'ペインポイント',
  'information-needs': '情報ニーズ',
  'information-sources': '情報ソース',
  opportunities: '機会',
  measures: '施策',
  content: 'コンテンツ',
  'internal-owner': '社内担当・部門',
  kpi: 'KPI',
  'conversion-rate': 'コンバージョン率',
  'ma-scenario': 'MAシナリオ',
  'next-step-factors': 'ネクストステップのキーファクター',
  'questions-research': '疑問・リサーチ',
  'content-types': 'コンテンツの種類',
  keywords: 'キーワード',
  'lead-thinks-does': 'リードは何を思い何をするか',
  'internal-contact': 'リードの話を聞いている社内担当者は誰か',
  'content-offered': 'リードに提供するコンテンツは',
  accelerate: 'プロセスを加速させるには',
  'comfortable-decision': 'リードをより快適に決断させるには',
  motivation: '次の段階へのモチベーション',
  information: '情報',
  'physical-evidence': '物的証拠',
  'customer-actions': '顧客の行動',
  frontstage: 'フロントステージ',
  backstage: 'バックステージ',
  'support-processes': '支援プロセス・システム',
  places: '場所',
  devices: 'デバイス',
};

const PERSONAS: PersonaInput[] = [
  { name: '田中 部長', role: '情報システム部長', buyingRole: 'decision-maker' },
  { name: 'Sato', department: 'Sales', antiPersona: true },
];

function built(
  frameworkId: string,
  language: 'ja' | 'en',
  personas = PERSONAS,
  options = {},
): JourneyDocument {
  const result = newJourneyDocument(frameworkId, personas, language, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problemsOf(...args: Parameters<typeof newJourneyDocument>): Problem[] {
  const result = newJourneyDocument(...args);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function expectBilingual(p: Problem | undefined): void {
  expect(p).toBeDefined();
  expect(p?.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(p?.message.en).toMatch(/^[\x20-\x7e…–—→]+$/);
}

const joined = (doc: JourneyDocument) => doc.stages.map((s) => s.label).join(' · ');

describe('the framework menu', () => {
  it('offers the 15 frameworks of the product reference', () => {
    expect(FRAMEWORKS.map((f) => f.id)).toEqual(Object.keys(STAGES));
  });

  for (const framework of FRAMEWORKS) {
    for (const language of LANGUAGES) {
      it(`${framework.id} (${language}) builds a valid document with the published stages and its lanes`, () => {
        const doc = built(framework.id, language);
        expect(validateDocument(doc).ok).toBe(true);
        expect(doc.language).toBe(language);
        expect(doc.frameworkId).toBe(framework.id);
        expect(joined(doc)).toBe(STAGES[framework.id]?.[language]);
        expect(doc.lanes.map((l) => l.id)).toEqual(framework.laneIds);
        expect(doc.lanes.map((l) => l.label)).toEqual(
          framework.laneIds.map((id) => laneDef(id)?.label[language]),
        );
        expect(doc.personas.map((p) => p.id)).toEqual(['persona-1', 'persona-2']);
        expect(doc.journeys).toEqual([
          { personaId: 'persona-1', cells: {} },
          { personaId: 'persona-2', cells: {} },
        ]);
        expect(doc.title).toContain(framework.name[language]);
      });
    }
  }

  it('spells the stages of the best-known models as published', () => {
    expect(joined(built('aisas', 'ja'))).toBe('注意 · 関心 · 検索 · 行動 · 共有');
    expect(joined(built('kotler-5a', 'en'))).toBe('Aware · Appeal · Ask · Act · Advocate');
    expect(built('ma-8', 'ja').stages).toHaveLength(8);
    expect(built('aisceas', 'en').stages).toHaveLength(7);
    expect(built('hubspot-buyers', 'en').stages).toHaveLength(3);
  });

  it('titles a new document after its framework', () => {
    expect(built('aisas', 'ja').title).toBe('AISAS カスタマージャーニー');
    expect(built('aisas', 'en').title).toBe('AISAS customer journey');
    expect(built('basic-5', 'ja').title).toBe('基本のカスタマージャーニー');
    expect(built('aisas', 'en', PERSONAS, { title: '  Q3 plan ' }).title).toBe('Q3 plan');
  });

  it('keeps the Japanese lane names of the product reference', () => {
    for (const [id, ja] of Object.entries(LANE_JA)) expect(laneDef(id)?.label.ja, id).toBe(ja);
    expect(laneDef('emotion')?.kind).toBe('emotion');
    expect(laneDef('conversion-rate')?.kind).toBe('metric');
    expect(laneDef('kpi')?.kind).toBe('metric');
  });

  it('credits the owners of the models', () => {
    expect(frameworkDef('aisas')?.source).toEqual({
      ja: 'AISAS は株式会社電通の登録商標です',
      en: 'AISAS is a registered trademark of Dentsu Inc.',
    });
    expect(frameworkDef('aidma')?.source.en).toContain('Hall');
    expect(frameworkDef('kotler-5a')?.source.en).toMatch(/Kotler.*Marketing 4\.0/);
    expect(frameworkDef('hubspot-buyers')?.source.en).toContain('HubSpot');
    expect(frameworkDef('hubspot-handoff')?.source.en).toContain('HubSpot');
    expect(frameworkDef('aisceas')?.source.en).toContain('Anvie');
    expect(frameworkDef('service-blueprint')?.source.en).toMatch(/Shostack.*NN\/g/);
  });

  it('keeps the one-line "when to use" short enough for the menu', () => {
    for (const f of FRAMEWORKS) {
      expect([...f.whenToUse.ja].length, f.id).toBeLessThanOrEqual(60);
      expect(f.whenToUse.en.length, f.id).toBeLessThanOrEqual(90);
      expect(f.audiences.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('catalog ids and labels', () => {
  const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

  it('uses valid, unique ids everywhere, and default lanes all come from the library', () => {
    const all = [...FRAMEWORKS.map((f) => f.id), ...LANE_LIBRARY.map((l) => l.id)];
    for (const id of all) expect(id).toMatch(ID_PATTERN);
    unique(FRAMEWORKS.map((f) => f.id));
    unique(LANE_LIBRARY.map((l) => l.id));
    for (const f of FRAMEWORKS) {
      for (const s of f.stages) expect(s.id).toMatch(ID_PATTERN);
      unique(f.stages.map((s) => s.id));
      unique(f.laneIds);
      for (const id of f.laneIds) expect(laneDef(id), `${f.id}: ${id}`).toBeDefined();
      for (const [laneId, byStage] of Object.entries(f.hints ?? {})) {
        expect(f.laneIds).toContain(laneId);
        for (const stageId of Object.keys(byStage)) expect(f.stages.map((s) => s.id)).toContain(stageId);
      }
    }
  });

  it('has every label, example and credit in both languages', () => {
    const labels: unknown[] = [];
    const collect = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      if ('ja' in value && 'en' in value) labels.push(value);
      else Object.values(value).forEach(collect);
    };
    collect({ FRAMEWORKS, LANE_LIBRARY, BUYING_ROLE_LABELS, PERSONA_FIELD_LABELS, ANTI_PERSONA_BADGE });
    expect(labels.length).toBeGreaterThan(200);
    for (const label of labels) {
      expect(label).toEqual({ ja: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
    }
  });

  it('labels every buying role and persona field', () => {
    expect(Object.keys(BUYING_ROLE_LABELS).sort()).toEqual([...BUYING_ROLES].sort());
    expect(BUYING_ROLE_LABELS['decision-maker']).toEqual({ ja: '決裁者', en: 'Decision maker' });
    expect(BUYING_ROLE_LABELS.champion.ja).toBe('推進者（チャンピオン）');
    for (const field of [...PERSONA_TEXT_FIELDS, 'name', 'buyingRole', 'antiPersona'] as const) {
      expect(PERSONA_FIELD_LABELS[field], field).toBeDefined();
    }
    expect(PERSONA_FIELD_LABELS.companySize.ja).toBe('企業規模');
    expect(ANTI_PERSONA_BADGE.ja).toContain('アンチペルソナ');
  });
});

describe('beginner hints', () => {
  it('shows the B2B funnel content that fits each stage', () => {
    expect(hintFor('b2b-funnel-5', 'content', 'awareness', 'ja')).toBe(
      '例：ブログ記事、SNS投稿、電子書籍、ホワイトペーパー',
    );
    expect(hintFor('b2b-funnel-5', 'content', 'awareness', 'en')).toBe(
      'e.g. blog posts, social posts, e-books, white papers',
    );
    expect(hintFor('b2b-funnel-5', 'content', 'advocacy', 'ja')).toBe(
      '例：アンケート、体験談のリクエスト、紹介プログラム',
    );
  });

  it('shows what a customer at each stage does, meets and thinks', () => {
    expect(hintFor('ma-8', 'challenges', 'unaware', 'ja')).toBe('例：手作業の集計に時間がかかっている');
    expect(hintFor('ma-8', 'challenges', 'gathering-information', 'ja')).toBe(
      '例：情報が多すぎて整理できない',
    );
    expect(hintFor('aisas', 'touchpoints', 'attention', 'ja')).toBe('例：業界紙の記事、展示会、SNS広告');
    expect(hintFor('aisas', 'touchpoints', 'search', 'en')).toBe('e.g. comparison site, white paper, search');
    expect(hintFor('btob-6', 'stakeholders', 'contract-negotiation', 'ja')).toBe(
      '例：管理本部長（決裁者）、購買部、法務部',
    );
  });

  it("falls back to the lane's own example where no stage example is written", () => {
    expect(hintFor('aisas', 'places', 'search', 'ja')).toBe(laneDef('places')?.example.ja);
    expect(hintFor('basic-5', 'keywords', 'use', 'en')).toBe(laneDef('keywords')?.example.en);
  });

  it('shows no example text in number cells or unknown lanes', () => {
    expect(hintFor('basic-5', 'emotion', 'awareness', 'ja')).toBeUndefined();
    expect(hintFor('b2b-funnel-5', 'conversion-rate', 'awareness', 'en')).toBeUndefined();
    expect(hintFor('basic-5', 'custom-1', 'awareness', 'en')).toBeUndefined();
  });
});

describe('non-linear and blueprint journeys', () => {
  it('marks the butterfly circuit: AISCEAS comparison loops back to interest', () => {
    const comparison = built('aisceas', 'ja').stages.find((s) => s.label === '比較');
    expect(comparison?.loopsBackTo).toBe('interest');
    expect(built('aisceas', 'ja').stages.find((s) => s.id === 'interest')?.label).toBe('興味');
  });

  it('draws the three service-blueprint lines above their lanes', () => {
    const doc = built('service-blueprint', 'en');
    expect(doc.lanes.map((l) => [l.label, l.lineAbove])).toEqual([
      ['Physical evidence', undefined],
      ['Customer actions', undefined],
      ['Frontstage actions', 'interaction'],
      ['Backstage actions', 'visibility'],
      ['Support processes & systems', 'internal-interaction'],
    ]);
    expect(blueprintLineLabel('interaction', 'en')).toBe('Line of interaction');
    expect(blueprintLineLabel('visibility', 'en')).toBe('Line of visibility');
    expect(blueprintLineLabel('internal-interaction', 'en')).toBe('Line of internal interaction');
    expect(blueprintLineLabel('visibility', 'ja')).toMatch(/境界線/);
  });

  it("lets users choose the stages of a blueprint or experience map, but not of a model's", () => {
    const doc = built('experience-map', 'ja', PERSONAS, { stageLabels: [' 朝 ', '通勤', '仕事'] });
    expect(doc.stages).toEqual([
      { id: 'stage-1', label: '朝' },
      { id: 'stage-2', label: '通勤' },
      { id: 'stage-3', label: '仕事' },
    ]);
    const [fixed] = problemsOf('aisas', PERSONAS, 'en', { stageLabels: ['One'] });
    expect(fixed).toMatchObject({ path: 'stageLabels', code: 'stages-fixed' });
    expectBilingual(fixed);
  });
});

describe('choosing lanes and personas', () => {
  it('replaces the default lanes and appends custom lanes with fresh ids', () => {
    const doc = built('aisas', 'en', PERSONAS, {
      laneIds: ['touchpoints', 'kpi'],
      customLanes: [
        { label: 'Budget', kind: 'metric' },
        { label: ' Mood ', kind: 'emotion' },
      ],
    });
    expect(doc.lanes).toEqual([
      { id: 'touchpoints', label: 'Touchpoints', kind: 'text' },
      { id: 'kpi', label: 'KPI', kind: 'metric' },
      { id: 'custom-1', label: 'Budget', kind: 'metric' },
      { id: 'custom-2', label: 'Mood', kind: 'emotion' },
    ]);
  });

  it('accepts options and optional fields sent as null by the sidebar', () => {
    const result = newJourneyDocument('basic-5', PERSONAS, 'en', null);
    expect(result.ok).toBe(true);
    const doc = built('experience-map', 'en', PERSONAS, { stageLabels: null, laneIds: null });
    expect(doc.stages.map((s) => s.id)).toEqual(frameworkDef('basic-5')?.stages.map((s) => s.id));
    expect(doc.lanes.map((l) => l.id)).toEqual(frameworkDef('experience-map')?.laneIds);
  });

  it('keeps valid unique persona ids and generates the others without clashes', () => {
    const doc = built('basic-5', 'en', [
      { name: 'A' },
      { name: 'B', id: 'persona-1' },
      { name: 'C', id: 'persona-1' },
      { name: 'D', id: 'Not Valid!' },
    ]);
    expect(doc.personas.map((p) => p.id)).toEqual(['persona-2', 'persona-1', 'persona-3', 'persona-4']);
    expect(doc.journeys.map((j) => j.personaId)).toEqual([
      'persona-2',
      'persona-1',
      'persona-3',
      'persona-4',
    ]);
  });

  it('carries persona fields over and marks anti-personas', () => {
    const [tanaka, sato] = built('btob-6', 'ja').personas;
    expect(tanaka).toEqual({
      id: 'persona-1',
      name: '田中 部長',
      role: '情報システム部長',
      buyingRole: 'decision-maker',
      antiPersona: false,
    });
    expect(sato).toEqual({ id: 'persona-2', name: 'Sato', department: 'Sales', antiPersona: true });
  });
});

describe('mistakes in the new-journey form', () => {
  const cases: [string, Parameters<typeof newJourneyDocument>, string, string][] = [
    ['an unknown framework', ['aisas-2', PERSONAS, 'ja'], 'frameworkId', 'unknown-framework'],
    ['no persona', ['aisas', [], 'ja'], 'personas', 'required'],
    [
      'a persona without a name',
      ['aisas', [{ name: 'A' }, { name: '  ' }], 'en'],
      'personas[1].name',
      'required',
    ],
    [
      'an unknown lane',
      ['aisas', PERSONAS, 'ja', { laneIds: ['actions', 'mood'] }],
      'laneIds[1]',
      'unknown-lane',
    ],
    [
      'a lane chosen twice',
      ['aisas', PERSONAS, 'ja', { laneIds: ['actions', 'actions'] }],
      'laneIds[1]',
      'duplicate-lane',
    ],
    ['no lanes at all', ['aisas', PERSONAS, 'ja', { laneIds: [] }], 'laneIds', 'required'],
    [
      'a custom lane without a name',
      ['aisas', PERSONAS, 'en', { customLanes: [{ label: ' ', kind: 'text' }] }],
      'customLanes[0].label',
      'required',
    ],
    [
      'a custom lane of an unknown kind',
      ['aisas', PERSONAS, 'en', { customLanes: [{ label: 'Mood', kind: 'mood' as never }] }],
      'customLanes[0].kind',
      'unknown-kind',
    ],
    [
      'a user-chosen stage without a name',
      ['service-blueprint', PERSONAS, 'ja', { stageLabels: ['受付', ''] }],
      'stageLabels[1]',
      'required',
    ],
    ['a language other than ja/en', ['aisas', PERSONAS, 'fr' as never], 'language', 'unknown-language'],
  ];

  for (const [what, args, path, code] of cases) {
    it(`reports ${what} at ${path}, in both languages`, () => {
      const problems = problemsOf(...args);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path, code });
      expectBilingual(problems[0]);
    });
  }

  it('names the unknown framework without listing a huge value back', () => {
    const [p] = problemsOf('x'.repeat(5000), PERSONAS, 'en');
    expect(p?.message.en).toContain('"xxxx');
    expect(p?.message.en.length).toBeLessThan(200);
  });

  it('lists every mistake of one form at once', () => {
    const problems = problemsOf('nope', [{ name: '' }], 'ja', { laneIds: ['mood'] });
    expect(problems.map((p) => p.path).sort()).toEqual(['frameworkId', 'laneIds[0]', 'personas[0].name']);
  });

  it('passes model problems on with the persona path the form uses', () => {
    const problems = problemsOf('aisas', [{ name: 'A', buyingRole: 'boss' as never }], 'en');
    expect(problems.map((p) => p.path)).toEqual(['personas[0].buyingRole']);
  });
});
