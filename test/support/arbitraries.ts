/**
 * fast-check generators of journey documents for the property-based suites: random frameworks of
 * 1–12 stages and 1–20 lanes of every kind, 1–6 personas, sparse cells with multi-line, emoji,
 * Japanese and very long text. Shared by the model, Sheets, Slides and Drive round-trip tests.
 */
import fc from 'fast-check';
import {
  BLUEPRINT_LINES,
  BUYING_ROLES,
  type CellValue,
  type JourneyDocument,
  type Lane,
  type LaneKind,
  type Persona,
  type Stage,
} from '../../src/model/types';

const idChars = 'abcdefghijklmnopqrstuvwxyz0123456789-_'.split('');

export const idArb = fc
  .tuple(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
    fc.array(fc.constantFrom(...idChars), { maxLength: 12 }),
  )
  .map(([first, rest]) => first + rest.join(''));

/** Pieces real users type: Japanese, English, emoji, bullets, line breaks, characters that look like markup or formulas. */
const fragments = [
  '認知',
  '検討',
  'ホワイトペーパーを読む',
  '価格が不安😟',
  'ウェビナー',
  'Reads a blog post',
  'Compares vendors',
  '🚀',
  '👩‍💼',
  '\n',
  '\n',
  '・',
  '- ',
  ' ',
  '  ',
  '"quoted"',
  "it's",
  '<b>bold?</b>',
  '&amp;',
  '=not a formula',
  '+81',
  '100%',
  '0.5',
  'ｶﾀｶﾅ',
  '𠮷野家',
  '\t',
  'a',
  'b',
  'c',
];

export const shortTextArb = fc
  .array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim() !== '' && s === s.trim());

/** Cell text: usually short, sometimes thousands of characters (up to 5,000), never only blanks. */
export const cellTextArb = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc
        .array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 12 })
        .map((p) => p.join('')),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1000, max: 5000 })
        .map((n) => '長い文章 long text 😀\n'.repeat(Math.ceil(n / 21)).slice(0, n)),
    },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  )
  .filter((s) => s.trim() !== '');

const labelArb = shortTextArb.map((s) => s.replace(/\s+/g, ' ').slice(0, 60).trim()).filter((s) => s !== '');

export interface DocShape {
  minStages?: number;
  maxStages?: number;
  maxLanes?: number;
  maxPersonas?: number;
}

const laneKindArb: fc.Arbitrary<LaneKind> = fc.constantFrom('text', 'text', 'text', 'emotion', 'metric');

function cellArb(kind: LaneKind): fc.Arbitrary<CellValue> {
  if (kind === 'emotion') return fc.integer({ min: -2, max: 2 });
  if (kind === 'metric') {
    return fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .map((n) => Math.round(n * 1e6) / 1e6 || 0), // Sheets has no −0
    );
  }
  return cellTextArb;
}

const personaArb = (id: string): fc.Arbitrary<Persona> =>
  fc
    .record(
      {
        name: labelArb,
        role: labelArb,
        department: labelArb,
        company: labelArb,
        goals: cellTextArb.map((s) => s.slice(0, 500)),
        challenges: cellTextArb.map((s) => s.slice(0, 500)),
        buyingRole: fc.constantFrom(...BUYING_ROLES),
        antiPersona: fc.boolean(),
      },
      { requiredKeys: ['name', 'antiPersona'] },
    )
    .map((p) => ({ id, ...p }));

export function journeyDocumentArb(shape: DocShape = {}): fc.Arbitrary<JourneyDocument> {
  const { minStages = 1, maxStages = 12, maxLanes = 20, maxPersonas = 6 } = shape;
  return fc
    .record({
      stageIds: fc.uniqueArray(idArb, { minLength: minStages, maxLength: maxStages }),
      laneIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxLanes }),
      personaIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxPersonas }),
      language: fc.constantFrom('ja' as const, 'en' as const),
      title: labelArb,
    })
    .chain(({ stageIds, laneIds, personaIds, language, title }) =>
      fc
        .record({
          stages: fc.tuple(
            ...stageIds.map((id, index) =>
              fc
                .record({ label: labelArb, loop: fc.integer({ min: -3, max: index }) })
                .map(
                  ({ label, loop }): Stage =>
                    loop >= 0 && loop <= index ? { id, label, loopsBackTo: stageIds[loop] } : { id, label },
                ),
            ),
          ),
          lanes: fc.tuple(
            ...laneIds.map((id) =>
              fc
                .record({
                  label: labelArb,
                  kind: laneKindArb,
                  line: fc.option(fc.constantFrom(...BLUEPRINT_LINES), { freq: 5 }),
                })
                .map(
                  ({ label, kind, line }): Lane =>
                    line ? { id, label, kind, lineAbove: line } : { id, label, kind },
                ),
            ),
          ),
          personas: fc.tuple(...personaIds.map(personaArb)),
        })
        .chain(({ stages, lanes, personas }) =>
          fc
            .tuple(
              ...personas.map((persona) =>
                fc
                  .tuple(
                    ...lanes.map((lane) =>
                      fc.tuple(...stages.map(() => fc.option(cellArb(lane.kind), { freq: 3 }))),
                    ),
                  )
                  .map((grid) => {
                    const cells: Record<string, Record<string, CellValue>> = {};
                    grid.forEach((row, laneIndex) => {
                      row.forEach((value, stageIndex) => {
                        if (value === null) return;
                        const laneId = lanes[laneIndex]!.id;
                        cells[laneId] ??= {};
                        cells[laneId][stages[stageIndex]!.id] = value;
                      });
                    });
                    return { personaId: persona.id, cells };
                  }),
              ),
            )
            .map(
              (journeys): JourneyDocument => ({
                schemaVersion: 1,
                title,
                language,
                frameworkId: 'custom',
                stages,
                lanes,
                personas,
                journeys,
              }),
            ),
        ),
    );
}
