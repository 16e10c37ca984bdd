/**
 * Beginner hints that teach the stages: in every framework, every default text lane shows a
 * different grey example in each stage column, in Japanese and English, short enough for a
 * cell and prefixed so the sheet greys it out.
 */
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, hintFor, LANE_LIBRARY, laneDef } from '../../src/catalog';
import { LANGUAGES } from '../../src/model/types';

/** What fits a grid cell without crowding it: Japanese characters / English characters. */
const BUDGET = { ja: 40, en: 70 } as const;
const PREFIX = { ja: '例：', en: 'e.g. ' } as const;

describe('stage-specific examples', () => {
  for (const framework of FRAMEWORKS) {
    for (const language of LANGUAGES) {
      it(`${framework.id} (${language}): each text lane's example differs by stage`, () => {
        for (const laneId of framework.laneIds) {
          if (laneDef(laneId)?.kind !== 'text') continue;
          const hints = framework.stages.map((s) => hintFor(framework.id, laneId, s.id, language));
          for (const hint of hints) expect(hint, laneId).toMatch(new RegExp(`^${PREFIX[language]}\\S`));
          expect(new Set(hints).size, `${laneId}: ${hints.join(' / ')}`).toBe(framework.stages.length);
        }
      });
    }
  }

  /** The library's common lanes, which users add to any framework. */
  const COMMON_LANES = [
    'touchpoints',
    'channels',
    'actions',
    'thoughts',
    'challenges',
    'pain-points',
    'information-needs',
    'information-sources',
    'opportunities',
    'measures',
    'content',
    'internal-owner',
    'ma-scenario',
    'next-step-factors',
  ];

  it('shows stage-specific examples in a common lane added to any framework', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of LANGUAGES) {
        for (const laneId of COMMON_LANES) {
          const hints = framework.stages.map((s) => hintFor(framework.id, laneId, s.id, language));
          expect(new Set(hints).size, `${framework.id}/${laneId}: ${hints.join(' / ')}`).toBe(hints.length);
        }
      }
    }
  });

  it('writes the Japanese example in Japanese and the English one in English', () => {
    for (const framework of FRAMEWORKS) {
      for (const { id: laneId } of LANE_LIBRARY) {
        for (const stage of framework.stages) {
          const ja = hintFor(framework.id, laneId, stage.id, 'ja');
          const en = hintFor(framework.id, laneId, stage.id, 'en');
          if (ja === undefined) continue;
          expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          expect(en).toMatch(/^[\x20-\x7e’]+$/);
        }
      }
    }
  });

  it('keeps every example within a cell, for any lane added to any framework', () => {
    const tooLong: string[] = [];
    for (const framework of FRAMEWORKS) {
      for (const lane of LANE_LIBRARY) {
        for (const stage of framework.stages) {
          for (const language of LANGUAGES) {
            const hint = hintFor(framework.id, lane.id, stage.id, language);
            if (hint !== undefined && hint.length > BUDGET[language]) tooLong.push(hint);
          }
        }
      }
    }
    expect(tooLong).toEqual([]);
  });

  it("falls back to the lane's own example in stages a user named", () => {
    expect(hintFor('service-blueprint', 'frontstage', 'stage-1', 'en')).toBe(
      laneDef('frontstage')?.example.en,
    );
    expect(hintFor('custom', 'actions', 'my-step', 'ja')).toBe(laneDef('actions')?.example.ja);
  });
});
