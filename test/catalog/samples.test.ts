/**
 * The sample journey a beginner builds to see a finished map: for every framework and language
 * a valid document with a fully described persona, stage-specific text in every text cell, a
 * believable emotion curve and funnel rates, and it survives a build and read-back in a sheet
 * through the real bundle exactly as it was made.
 */
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, hintFor, PERSONA_FIELD_LABELS, sampleJourney } from '../../src/catalog';
import type { BuildResult } from '../../src/hosts/build-types';
import { type JourneyDocument, LANGUAGES, type Language } from '../../src/model/types';
import { validateDocument } from '../../src/model/validate';
import type { ReadBack } from '../../src/server/rpc';
import { startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';
import { buildAll, HINTS } from '../support/journeys';

function sample(frameworkId: string, language: Language): JourneyDocument {
  const result = sampleJourney(frameworkId, language);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('sample journeys', () => {
  for (const framework of FRAMEWORKS) {
    for (const language of LANGUAGES) {
      it(`${framework.id} (${language}) is a finished map of one described persona`, () => {
        const doc = sample(framework.id, language);
        expect(validateDocument(doc).ok).toBe(true);
        expect(doc.frameworkId).toBe(framework.id);
        expect(doc.stages.map((s) => s.id)).toEqual(framework.stages.map((s) => s.id));
        expect(doc.lanes.map((l) => l.id)).toEqual(framework.laneIds);
        expect(doc.title).toMatch(language === 'ja' ? /^サンプル：/ : /^Sample: /);
        const [persona] = doc.personas;
        for (const field of Object.keys(PERSONA_FIELD_LABELS)) {
          expect(persona?.[field as keyof typeof persona], field).toBeDefined();
        }
        expect(persona?.antiPersona).toBe(false);
        const cells = doc.journeys[0]!.cells;
        for (const lane of doc.lanes) {
          const row = framework.stages.map((s) => cells[lane.id]?.[s.id]);
          expect(
            row.every((v) => v !== undefined && v !== ''),
            `${lane.id}: ${row.join(' / ')}`,
          ).toBe(true);
          if (lane.kind === 'text') {
            expect(new Set(row).size, lane.id).toBe(row.length);
            framework.stages.forEach((s, i) => {
              expect(row[i]).not.toMatch(/^(例：|e\.g\. )/);
              // Not the grey hint: the reader keeps it as content.
              expect(row[i]).not.toBe(hintFor(framework.id, lane.id, s.id, language));
              if (language === 'ja') expect(row[i]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
              else expect(row[i]).toMatch(/^[\x20-\x7e’]+$/);
            });
          } else if (lane.kind === 'emotion') {
            // A curve, not a line: it rises and falls within the scale.
            expect(new Set(row).size, lane.id).toBeGreaterThan(1);
            for (const v of row) expect([-2, -1, 0, 1, 2]).toContain(v);
          } else {
            for (const v of row) expect(v).toBeGreaterThan(0);
            for (const v of row) expect(v).toBeLessThanOrEqual(1);
          }
        }
      });
    }
  }

  it('reports an unknown framework instead of making a sample', () => {
    const result = sampleJourney('no-such-framework', 'ja');
    expect(result.ok).toBe(false);
  });

  it('builds in a sheet and reads back exactly, for every framework and language', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of LANGUAGES) {
        const addon = startAddon();
        const doc = sample(framework.id, language);
        buildAll<BuildResult>(addon, doc, HINTS);
        const read = addon.ok<ReadBack>('readJourneys', 'all');
        expect(read.document, `${framework.id}/${language}`).toEqual(doc);
        expect(read.findings).toEqual([]);
      }
    }
  });

  it('builds in a deck and reads back exactly, for every framework and language', () => {
    for (const framework of FRAMEWORKS) {
      for (const language of LANGUAGES) {
        const addon = startSlidesAddon();
        const doc = sample(framework.id, language);
        buildAll(addon, doc, HINTS);
        const read = addon.ok<ReadBack>('readJourneys', 'all');
        expect(read.document, `${framework.id}/${language}`).toEqual(doc);
      }
    }
  });
});
