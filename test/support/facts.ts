/**
 * Where each text a user sees must end up after a read-back, for the random-edit properties of
 * both hosts: a cell of a persona's lane and stage, a lane or stage label, the title, a card field,
 * or a finding with the text (at its address, while the document has not been rebuilt since).
 * `verifyFacts` checks a read-back against them and names every text that went missing or astray.
 */

import { cardValueOf } from '../../src/layout/card';
import type { CardField } from '../../src/layout/keys';
import { toPercentPoints } from '../../src/model/cells';
import type { CellValue, JourneyDocument } from '../../src/model/types';
import type { Finding } from '../../src/read/findings';
import type { ReadBack } from '../../src/server/rpc';

/** A lane or stage by id, or (one a user added) by the labels the reader may give it. */
export type Ref = { id: string } | { labels: string[] } | { unnamed: 'lane' | 'stage' };

interface Base {
  /** The sheet name that findings name ('' on Slides, whose addresses name the slide). */
  where: string;
  persona: string;
  /** Where the text is now ('' for a finding that may sit anywhere, such as a text box). */
  address: string;
  text: string;
  /** What holds the text when its address does not say: a text box, a card label. */
  what?: 'text box' | 'card label';
}

export type Fact =
  | (Base & { kind: 'cell'; lane: Ref; stage: Ref })
  | (Base & { kind: 'lane-label'; lane: Ref })
  | (Base & { kind: 'stage-label'; stage: Ref })
  | (Base & { kind: 'title' })
  | (Base & { kind: 'card'; field: CardField })
  | (Base & { kind: 'finding'; codes: string[] });

/** The labels the reader gives a lane or stage added without a name (ja and en). */
export function newLaneLabels(row: number): string[] {
  return [`新しいレーン（${row}行目）`, `New lane (row ${row})`];
}

export function newStageLabels(column: number): string[] {
  return [`新しいステージ（${column}列目）`, `New stage (column ${column})`];
}

/** A number as a person types or Sheets shows it: 25%, +1, −2, 1,200, 7.5%. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/,/g, '').replace(/^[−–]/, '-');
  const m = /^([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%?)$/i.exec(s);
  if (!m) return undefined;
  return Number(m[1]) / (m[2] ? 100 : 1);
}

function sameText(a: string, b: string): boolean {
  if (a === b || a.trim() === b.trim()) return true;
  const [x, y] = [parseNumber(a), parseNumber(b)];
  // Shown numbers are rounded (a rate to 0.1 %): equal within that rounding.
  return x !== undefined && y !== undefined && Math.abs(x - y) <= Math.max(5e-4, Math.abs(y) * 1e-9);
}

function valueMatches(text: string, value: CellValue | undefined, rate = false): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'number') return sameText(text, value);
  // In a rate lane a number without "%" is percent points: "40" is 40 % (0.4), as a person reads it.
  const shown = rate && !text.trim().endsWith('%') ? String(toPercentPoints(value)) : String(value);
  return sameText(text, shown);
}

/** How every beginner hint starts (the Sheets conditional format greys exactly these). */
const HINT = /^(例：|e\.g\. )/;

/** A copy whose persona id the reader chooses (a duplicated slide, matched by its name). */
export const ANY_PERSONA = '*';

export interface VerifyOptions {
  /** False after a rebuild: the document moved its texts, so findings are matched by text only. */
  addressed: boolean;
}

/** The label the reader gives a lane or stage added without one, whatever number it shows. */
const UNNAMED = {
  lane: /^(新しいレーン（\d+行目）|New lane \(row \d+\))$/,
  stage: /^(新しいステージ（\d+列目）|New stage \(column \d+\))$/,
};

function resolve(ref: Ref, items: readonly { id: string; label: string }[]): string[] {
  if ('id' in ref) return items.some((i) => i.id === ref.id) ? [ref.id] : [];
  if ('unnamed' in ref) return items.filter((i) => UNNAMED[ref.unnamed].test(i.label)).map((i) => i.id);
  const labels = new Set(ref.labels.map((l) => l.trim()));
  return items.filter((i) => labels.has(i.label.trim())).map((i) => i.id);
}

function describe(ref: Ref): string {
  if ('unnamed' in ref) return `a new unnamed ${ref.unnamed}`;
  return 'id' in ref ? ref.id : `new "${ref.labels.join('" / "')}"`;
}

/** The facts the read-back breaks, one line each (empty when it keeps them all). */
export function brokenFacts(read: ReadBack, facts: readonly Fact[], options: VerifyOptions): string[] {
  const doc: JourneyDocument = read.document;
  const broken: string[] = [];
  const findingWith = (fact: Fact, codes?: readonly string[]) =>
    read.findings.some(
      (f: Finding) =>
        (fact.where === '' || f.where === fact.where) &&
        f.text !== undefined &&
        sameText(f.text, fact.text) &&
        (!codes || !options.addressed || codes.includes(f.code) || codes.includes('truncated')) &&
        (!options.addressed || fact.kind !== 'finding' || fact.address === '' || f.path === fact.address),
    );
  for (const fact of facts) {
    if (fact.persona === ANY_PERSONA) {
      // Some persona of the read-back must hold it (and hold it right).
      const each = doc.personas.map((p) => brokenFacts(read, [{ ...fact, persona: p.id }], options));
      const best = each.find((b) => b.length === 0) ??
        each[0] ?? [`"${fact.text}": no persona in the read-back`];
      broken.push(...best);
      continue;
    }
    const at = `"${fact.text.slice(0, 60)}" (${fact.kind}) at ${fact.where}!${fact.address}`;
    const persona = doc.personas.find((p) => p.id === fact.persona);
    const journey = doc.journeys.find((j) => j.personaId === fact.persona);
    if (!persona || !journey) {
      broken.push(`${at}: persona ${fact.persona} is not in the read-back`);
      continue;
    }
    switch (fact.kind) {
      case 'cell': {
        const lanes = resolve(fact.lane, doc.lanes);
        const stages = resolve(fact.stage, doc.stages);
        if (lanes.length === 0 || stages.length === 0) {
          broken.push(`${at}: lane ${describe(fact.lane)} / stage ${describe(fact.stage)} not in the model`);
          break;
        }
        const isRate = (l: string) => doc.lanes.find((x) => x.id === l)?.kind === 'metric';
        const found = lanes.some((l) =>
          stages.some((s) => valueMatches(fact.text, journey.cells[l]?.[s], isRate(l))),
        );
        const numeric = lanes.some((l) => doc.lanes.find((x) => x.id === l)?.kind !== 'text');
        if (found || (numeric && findingWith(fact, ['not-a-number', 'not-a-score']))) break;
        // A beginner hint's words (moved by a sort, then built as content) read as the hint where they match it.
        if (HINT.test(fact.text)) break;
        const elsewhere = Object.entries(journey.cells).flatMap(([l, row]) =>
          Object.entries(row)
            .filter(([, v]) => valueMatches(fact.text, v))
            .map(([s]) => `${l}/${s}`),
        );
        broken.push(
          `${at}: expected in ${fact.persona} ${describe(fact.lane)} / ${describe(fact.stage)}, found ${
            lanes
              .map((l) => stages.map((s) => JSON.stringify(journey.cells[l]?.[s] ?? null)).join())
              .join() || 'nothing'
          }${elsewhere.length > 0 ? `; the text is at ${elsewhere.join(', ')}` : ''}`,
        );
        break;
      }
      case 'lane-label':
      case 'stage-label': {
        const items = fact.kind === 'lane-label' ? doc.lanes : doc.stages;
        const ids = resolve(fact.kind === 'lane-label' ? fact.lane : fact.stage, items);
        const labelled = items.some((i) => ids.includes(i.id) && sameText(i.label, fact.text));
        if (!labelled && !findingWith(fact, ['label-differs']))
          broken.push(`${at}: not the label of ${ids.join() || 'any item'} and no finding says so`);
        break;
      }
      case 'title':
        if (!sameText(doc.title, fact.text) && !findingWith(fact))
          broken.push(`${at}: the title read is "${doc.title.slice(0, 60)}" and no finding has it`);
        break;
      case 'card': {
        // A buying role is shown in words (either language) and held as its id.
        const named =
          fact.field === 'buyingRole' && cardValueOf(fact.field, fact.text) === persona.buyingRole;
        const value = fact.field === 'name' ? persona.name : named ? fact.text : persona[fact.field];
        // A value over the model's limit is cut, its full text kept in a "truncated" finding.
        if (!(value !== undefined && sameText(value, fact.text)) && !findingWith(fact, ['truncated']))
          broken.push(`${at}: ${fact.persona}.${fact.field} is ${JSON.stringify(value)}`);
        break;
      }
      case 'finding':
        if (!findingWith(fact, options.addressed ? fact.codes : undefined))
          broken.push(
            `${at}: no ${fact.codes.join('/')} finding with this text${options.addressed ? ' there' : ''}`,
          );
        break;
    }
  }
  return broken;
}

/** The same facts after a rebuild moved every text: findings by text, the rest by model place. */
export function unaddressed(facts: readonly Fact[]): Fact[] {
  return facts.map((f) => ({ ...f }));
}
