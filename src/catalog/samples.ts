/**
 * A filled sample journey per framework: what a beginner builds to see a finished map before
 * drawing their own. One fictional B2B persona (an accounting manager bringing expense claims to
 * a cloud service) walks every framework's stages; the text is the stage examples' running story
 * without the "例：" prefix, so the sample adds only the persona, the emotion curve and the rates.
 */

import type { Result } from '../model/problems';
import type { JourneyCells, JourneyDocument, Language } from '../model/types';
import { validateDocument } from '../model/validate';
import { type Archetype, stageArchetype, stageText } from './examples';
import { newJourneyDocument, type PersonaInput } from './new-document';

/** The sample persona's id: the sidebar knows a sample in the form by it. */
export const SAMPLE_PERSONA_ID = 'sample';

const PERSONA: Record<Language, PersonaInput> = {
  ja: {
    id: SAMPLE_PERSONA_ID,
    name: '佐藤 美咲（サンプル）',
    role: '経理課長',
    department: '経理部',
    company: '株式会社ミナト部品（架空）',
    industry: '製造業（自動車部品）',
    companySize: '従業員 約300名',
    goals: '月次決算の締めを早め、経理部の残業を減らす',
    challenges: '紙の領収書と手入力の集計に毎月時間がかかり、締めが遅れがち',
    informationSources: '業界紙、経理担当者のコミュニティ、展示会',
    buyingRole: 'champion',
    notes: '決裁者は管理本部長。導入には情報システム部の確認が必要',
  },
  en: {
    id: SAMPLE_PERSONA_ID,
    name: 'Emily Carter (sample)',
    role: 'Accounting manager',
    department: 'Finance & Accounting',
    company: 'Harbor Parts Ltd. (fictional)',
    industry: 'Manufacturing (auto parts)',
    companySize: 'About 300 employees',
    goals: 'Close the books faster and cut her team’s overtime',
    challenges: 'Paper receipts and manual tallying slow every month-end close',
    informationSources: 'Trade media, an accountants’ community, trade shows',
    buyingRole: 'champion',
    notes: 'The CFO signs off; IT must review any new tool',
  },
};

/** How the persona feels at each kind of stage: doubts while comparing and switching over. */
const EMOTION: Readonly<Record<Archetype, number>> = {
  unaware: 0,
  realize: -1,
  aware: 0,
  interest: 1,
  desire: 1,
  memory: 0,
  research: 0,
  compare: -1,
  examine: 0,
  decide: 1,
  onboard: -1,
  use: 1,
  support: 0,
  loyal: 2,
  advocate: 2,
};

/**
 * Illustrative funnel rates for the sample only (share of a stage's people who reach the next),
 * chosen to show a visible drop-off; they are not benchmarks.
 */
const RATES: Partial<Record<Archetype, number>> = {
  aware: 0.1,
  compare: 0.3,
  decide: 0.8,
  loyal: 0.4,
  advocate: 0.2,
};

/** The sample journey of a framework in one language, a valid document ready to build. */
export function sampleJourney(frameworkId: string, language: Language): Result<JourneyDocument> {
  const persona = PERSONA[language] ?? PERSONA.en;
  const result = newJourneyDocument(frameworkId, [persona], language);
  if (!result.ok) return result;
  const doc = result.value;
  const cells: JourneyCells = {};
  for (const lane of doc.lanes) {
    const row: Record<string, string | number> = {};
    for (const stage of doc.stages) {
      const archetype = stageArchetype(stage.id);
      const value =
        lane.kind === 'text'
          ? stageText(lane.id, stage.id, language)
          : archetype && (lane.kind === 'emotion' ? EMOTION[archetype] : RATES[archetype]);
      if (value !== undefined) row[stage.id] = value;
    }
    if (Object.keys(row).length > 0) cells[lane.id] = row;
  }
  return validateDocument({
    ...doc,
    title: language === 'ja' ? `サンプル：${doc.title}` : `Sample: ${doc.title}`,
    journeys: [{ personaId: persona.id as string, cells }],
  });
}
