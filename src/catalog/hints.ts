/**
 * Beginner help text for the grid: the grey example shown in an empty cell, and the labels of
 * the service-blueprint lines. Examples are only ever shown, never read back as content.
 */

import type { BlueprintLine, Language } from '../model/types';
import { stageExample } from './examples';
import { frameworkDef } from './frameworks';
import { laneDef } from './lanes';
import type { Label } from './types';

/**
 * The example for one empty cell: the framework's own hint for that stage if it has one, else
 * the example written for that kind of stage (so each column teaches what its stage is about),
 * else the lane's generic example (stages a user named, lanes a framework does not start with).
 * Emotion and metric cells hold numbers, where example text would only be mistaken for a value,
 * so they get none.
 */
export function hintFor(
  frameworkId: string,
  laneId: string,
  stageId: string,
  language: Language,
): string | undefined {
  const lane = laneDef(laneId);
  if (lane && lane.kind !== 'text') return undefined;
  const own = frameworkDef(frameworkId)?.hints?.[laneId]?.[stageId];
  if (own) return own[language];
  return stageExample(laneId, stageId, language) ?? lane?.example[language];
}

const BLUEPRINT_LINE_LABELS: Readonly<Record<BlueprintLine, Label>> = {
  interaction: { ja: '── 顧客との接点の境界線 ──', en: 'Line of interaction' },
  visibility: { ja: '── 顧客から見える範囲の境界線 ──', en: 'Line of visibility' },
  'internal-interaction': { ja: '── 社内連携の境界線 ──', en: 'Line of internal interaction' },
};

export function blueprintLineLabel(line: BlueprintLine, language: Language): string {
  return BLUEPRINT_LINE_LABELS[line][language];
}
