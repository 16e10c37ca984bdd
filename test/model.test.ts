/**
 * The journey model: validation finds every problem with its path and a ja/en message; the
 * committed JSON Schema agrees with the validator; loading refuses newer and foreign files.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../schema/journey-document.schema.json';
import { loadDocument, parseDocumentJson } from '../src/model/migrate';
import { type Problem, problem } from '../src/model/problems';
import type { JourneyDocument } from '../src/model/types';
import { validateDocument } from '../src/model/validate';
import { journeyDocumentArb } from './support/arbitraries';

const validDoc = (): JourneyDocument => ({
  schemaVersion: 1,
  title: 'AISAS カスタマージャーニー',
  language: 'ja',
  frameworkId: 'aisas',
  stages: [
    { id: 'attention', label: '注意' },
    { id: 'interest', label: '関心' },
    { id: 'search', label: '検索', loopsBackTo: 'interest' },
  ],
  lanes: [
    { id: 'touchpoints', label: 'タッチポイント', kind: 'text' },
    { id: 'emotion', label: '感情', kind: 'emotion' },
    { id: 'cvr', label: 'CVR', kind: 'metric' },
  ],
  personas: [{ id: 'persona-1', name: '田中 部長', role: '情報システム部長', antiPersona: false }],
  journeys: [
    {
      personaId: 'persona-1',
      cells: { touchpoints: { attention: 'SNS広告' }, emotion: { search: -1 }, cvr: { interest: 0.25 } },
    },
  ],
});

function problemsOf(doc: unknown) {
  const result = validateDocument(doc);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const ajv = new Ajv2020({ allErrors: true });
const schemaAccepts = ajv.compile(schema);

describe('validateDocument', () => {
  it('accepts a valid document', () => {
    expect(validateDocument(validDoc())).toEqual({ ok: true, value: validDoc() });
  });

  it('reports wrong types with their paths, in Japanese and English', () => {
    const doc = { ...validDoc(), title: 42, language: 'fr', stages: 'none' };
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['title', 'language', 'stages']));
    for (const p of problems) {
      expect(p.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/[a-z]/);
    }
  });

  it('reports every problem, not just the first', () => {
    const doc = validDoc();
    doc.stages.push({ id: 'attention', label: 'again' });
    doc.lanes[1] = { id: 'emotion', label: '感情', kind: 'mood' as never };
    doc.personas[0]!.name = '  ';
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'stages[3].id', code: 'duplicate-id' }),
        expect.objectContaining({ path: 'lanes[1].kind', code: 'unknown-kind' }),
        expect.objectContaining({ path: 'personas[0].name', code: 'required' }),
      ]),
    );
  });

  it('names a cell for a missing stage or lane', () => {
    const doc = validDoc();
    doc.journeys[0]!.cells.touchpoints!.purchase = 'x';
    doc.journeys[0]!.cells.ghost = { attention: 'y' };
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'journeys[0].cells.touchpoints.purchase', code: 'unknown-stage' }),
        expect.objectContaining({ path: 'journeys[0].cells.ghost', code: 'unknown-lane' }),
      ]),
    );
    expect(problems.find((p) => p.code === 'unknown-stage')!.message.en).toContain('purchase');
  });

  it('checks cell values against their lane kind', () => {
    const doc = validDoc();
    doc.journeys[0]!.cells.emotion = { attention: 3, interest: 1.5 };
    doc.journeys[0]!.cells.cvr = { attention: 'high' };
    doc.journeys[0]!.cells.touchpoints = { attention: 'x'.repeat(50_001) };
    const codes = problemsOf(doc).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'journeys[0].cells.emotion.attention emotion-range',
        'journeys[0].cells.emotion.interest emotion-range',
        'journeys[0].cells.cvr.attention type',
        'journeys[0].cells.touchpoints.attention too-long',
      ]),
    );
  });

  it('refuses a loop that goes forward and a persona without a journey', () => {
    const doc = validDoc();
    doc.stages[0]!.loopsBackTo = 'search';
    doc.personas.push({ id: 'persona-2', name: 'B', antiPersona: true });
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'stages[0].loopsBackTo', code: 'invalid-loop' }),
        expect.objectContaining({ path: 'personas[1]', code: 'missing-journey' }),
      ]),
    );
  });

  it('rejects ids that could be unsafe object keys', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const doc = validDoc();
      doc.lanes[0]!.id = id;
      expect(problemsOf(doc)).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'lanes[0].id', code: 'reserved-id' })]),
      );
    }
  });

  it('refuses the reserved id "constructor" like the schema does', () => {
    const doc = validDoc();
    doc.stages[0]!.id = 'constructor';
    for (const journey of doc.journeys) journey.cells = {};
    expect(problemsOf(doc).map((p) => p.code)).toEqual(['reserved-id']);
    expect(schemaAccepts(doc)).toBe(false);
  });

  it('agrees with the committed JSON Schema on random documents', () => {
    fc.assert(
      fc.property(journeyDocumentArb(), (doc) => {
        expect(validateDocument(doc).ok).toBe(true);
        expect(schemaAccepts(doc)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses, like the schema, documents broken in one field', () => {
    const breakers: ((d: Record<string, unknown>) => void)[] = [
      (d) => {
        d.schemaVersion = 2;
      },
      (d) => {
        delete d.title;
      },
      (d) => {
        d.extra = true;
      },
      (d) => {
        (d.lanes as Record<string, unknown>[])[0]!.kind = 'number';
      },
      (d) => {
        (d.personas as Record<string, unknown>[])[0]!.antiPersona = 'no';
      },
      (d) => {
        (d.stages as Record<string, unknown>[])[0]!.id = 'Has Spaces';
      },
    ];
    fc.assert(
      fc.property(
        journeyDocumentArb({ maxStages: 4, maxLanes: 4, maxPersonas: 2 }),
        fc.constantFrom(...breakers),
        (doc, breakIt) => {
          const broken = structuredClone(doc) as unknown as Record<string, unknown>;
          breakIt(broken);
          expect(validateDocument(broken).ok).toBe(false);
          expect(schemaAccepts(broken)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('loading files', () => {
  it('reads a valid exported file', () => {
    const result = parseDocumentJson(JSON.stringify(validDoc()));
    expect(result.ok && result.value.title).toBe('AISAS カスタマージャーニー');
  });

  it('explains malformed JSON in both languages', () => {
    const result = parseDocumentJson('{"schemaVersion": 1, "title": ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.code).toBe('malformed-json');
      expect(result.problems[0]!.message.ja).toContain('JSON');
      expect(result.problems[0]!.message.en).toContain('not valid JSON');
    }
  });

  it('refuses a document from a newer add-on with a clear message', () => {
    const result = loadDocument({ ...validDoc(), schemaVersion: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.code).toBe('newer-version');
      expect(result.problems[0]!.message.en).toContain('newer version');
    }
  });

  it('refuses a foreign JSON file', () => {
    const result = parseDocumentJson('{"name": "package", "version": "1.0.0"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('schema-version');
  });
});

describe('problem codes', () => {
  it('are one declared list: a code not in it does not compile, nor does a comparison with one', () => {
    // `npm run check` type-checks this file: each line below must be a compile error.
    // @ts-expect-error 'bussy' is not a declared code
    const typo = problem('', 'bussy', '…', '…');
    const read: Problem = problem('', 'busy', '…', '…');
    // @ts-expect-error no declared code is 'no-journey'
    const compared = read.code === 'no-journey';
    expect([typo.code, compared]).toEqual(['bussy', false]);
  });
});
