/**
 * Several journeys read back (one per sheet or slide) → one journey document. Stages and lanes are
 * the union, in the order the journeys show them; a copied journey (a duplicated sheet still
 * carrying its original's key) becomes a persona of its own rather than a clash.
 */
import { setCardValue } from '../layout/card';
import { CARD_FIELDS } from '../layout/keys';
import { problem, type Result } from '../model/problems';
import { type Journey, type JourneyDocument, LIMITS, type Persona } from '../model/types';
import { validateDocument } from '../model/validate';
import { FINDINGS, type Finding } from './findings';
import { READ_MESSAGES as M } from './messages';
import type { DocumentSkeleton, JourneyKey } from './raw';
import type { TableReading } from './read-table';

export interface JourneyRead {
  /** Sheet name or slide title: where findings point. */
  where: string;
  key: JourneyKey;
  reading: TableReading;
  /** The title this journey was last built with: a different one shown there was typed there. */
  builtTitle?: string;
  /** That title came from the document (typed there, kept by a rebuild), not from the form. */
  keptTitle?: boolean;
}

export interface Assembled {
  document: JourneyDocument;
  findings: Finding[];
}

/**
 * The persona id each journey stands for, in document order. A journey whose key repeats an
 * earlier one is a copy (a duplicated sheet or slide): it becomes a persona of its own, `<id>-2`,
 * `<id>-3`…, the same way every time, so a rebuild of `<id>-2` finds the copy again.
 */
export function assignJourneyIds(ids: readonly string[]): string[] {
  const taken = new Set(ids);
  const used = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) {
      candidate = `${id.slice(0, 34)}-${n}`;
      if (taken.has(candidate)) candidate = id;
    }
    used.add(candidate);
    return candidate;
  });
}

/** Merges ordered lists: items new in a later list go right after their predecessor there. */
export function unionInOrder<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const result: T[] = [];
  for (const list of lists) {
    list.forEach((item, i) => {
      if (result.some((r) => r.id === item.id)) return;
      const before = i > 0 ? result.findIndex((r) => r.id === list[i - 1]!.id) : -1;
      result.splice(before + 1, 0, item);
    });
  }
  return result;
}

function clamp(text: string, max: number, where: string, address: string, findings: Finding[]): string {
  if (text.length <= max) return text;
  findings.push({ ...FINDINGS.truncated(address, text, String(max)), where });
  return text.slice(0, max);
}

function personaFrom(read: JourneyRead, id: string, findings: Finding[]): Persona {
  const persona: Persona = { ...read.key.persona, id };
  for (const field of CARD_FIELDS) {
    const typed = read.reading.card[field];
    if (typed === undefined) continue;
    const max = field === 'name' ? LIMITS.labelLength : LIMITS.personaFieldLength;
    const value = clamp(
      typed.trim() === '' ? '' : typed,
      max,
      read.where,
      `${read.where}: ${field}`,
      findings,
    );
    setCardValue(persona, field, value);
  }
  return persona;
}

/**
 * A document holds at most LIMITS.personas journeys: beyond that, originals are kept before
 * copies (in document order) and each journey left out is named in a finding, so one duplicated
 * sheet too many does not make the whole read-back refuse.
 */
function withinPersonaLimit(reads: readonly JourneyRead[], findings: Finding[]): JourneyRead[] {
  if (reads.length <= LIMITS.personas) return [...reads];
  const ids = assignJourneyIds(reads.map((r) => r.key.personaId));
  const order = reads.map((_, i) => i);
  order.sort(
    (a, b) =>
      Number(ids[a] !== reads[a]!.key.personaId) - Number(ids[b] !== reads[b]!.key.personaId) || a - b,
  );
  const keep = new Set(order.slice(0, LIMITS.personas));
  for (const i of order.slice(LIMITS.personas)) {
    const where = reads[i]!.where;
    findings.push({
      path: where,
      where,
      code: 'journey-skipped',
      message: M.journeySkipped(where),
    });
  }
  return reads.filter((_, i) => keep.has(i));
}

/**
 * The title: the first one typed since its journey was built, else one a rebuild kept from the
 * document (the file's if one is, as the latest build wrote it), else the document's. Every other
 * title shown that differs is a finding: no title a team typed is dropped, whichever wins.
 */
function pickTitle(skeleton: DocumentSkeleton, reads: readonly JourneyRead[], findings: Finding[]): string {
  const shown = reads.filter((r) => r.reading.title !== undefined && r.reading.title.trim() !== '');
  const typed = shown.filter((r) => r.reading.title !== (r.builtTitle ?? skeleton.title));
  const kept = shown.filter((r) => r.keptTitle && r.reading.title === r.builtTitle);
  const title =
    typed[0]?.reading.title ??
    (kept.find((r) => r.reading.title === skeleton.title) ?? kept[0])?.reading.title ??
    skeleton.title;
  // Every title typed or kept that differs is reported, and so is one drawn from an earlier form (a
  // journey not rebuilt since the form's title changed): what a slide or sheet shows is accounted for.
  const own = new Set([...typed, ...kept]);
  for (const read of shown) {
    const text = read.reading.title!.trim();
    if (text === title.trim() || (!own.has(read) && text === skeleton.title.trim())) continue;
    findings.push({
      ...FINDINGS.labelDiffers(`${read.where}: title`, read.reading.title!, title),
      where: read.where,
    });
  }
  return title;
}

export function assembleDocument(
  skeleton: DocumentSkeleton,
  allReads: readonly JourneyRead[],
): Result<Assembled> {
  const skipped: Finding[] = [];
  const reads = withinPersonaLimit(allReads, skipped);
  const findings: Finding[] = [
    ...reads.flatMap((r) => r.reading.findings.map((f) => ({ ...f, where: r.where }))),
    ...skipped,
  ];
  const stages = unionInOrder(reads.map((r) => r.reading.stages)).map((s) => ({
    ...s,
    label: clamp(s.label, LIMITS.labelLength, '', s.id, findings),
  }));
  const lanes = unionInOrder(reads.map((r) => r.reading.lanes)).map((l) => ({
    ...l,
    label: clamp(l.label, LIMITS.labelLength, '', l.id, findings),
  }));
  // One label per stage or lane: a header renamed on one journey only is kept as a finding, not lost.
  for (const read of reads) {
    for (const [mine, kept] of [
      [read.reading.stages, stages],
      [read.reading.lanes, lanes],
    ] as const) {
      for (const item of mine) {
        const label = kept.find((k) => k.id === item.id)?.label;
        if (label !== undefined && label.trim() !== item.label.trim()) {
          findings.push({
            ...FINDINGS.labelDiffers(`${read.where}: ${item.label}`, item.label, label),
            where: read.where,
          });
        }
      }
    }
  }
  stages.forEach((stage, i) => {
    const target = stages.findIndex((s) => s.id === stage.loopsBackTo);
    if (stage.loopsBackTo && (target < 0 || target > i)) delete stage.loopsBackTo;
  });

  if (stages.length === 0 || lanes.length === 0) {
    const where = reads.map((r) => r.where).join(', ');
    return {
      ok: false,
      problems: [problem(where, 'grid-mangled', M.gridMangled(where))],
    };
  }

  const personas: Persona[] = [];
  const journeys: Journey[] = [];
  const ids = assignJourneyIds(reads.map((r) => r.key.personaId));
  reads.forEach((read, i) => {
    const id = ids[i]!;
    if (id !== read.key.personaId) {
      const original = reads.find((r) => r.key.personaId === read.key.personaId)!;
      findings.push({ ...FINDINGS.copiedJourney(read.where, '', original.where), where: read.where });
    }
    personas.push(personaFrom(read, id, findings));
    journeys.push({ personaId: id, cells: read.reading.cells });
  });

  const title = clamp(pickTitle(skeleton, reads, findings), LIMITS.titleLength, '', 'title', findings);
  const document: JourneyDocument = {
    schemaVersion: skeleton.schemaVersion,
    title,
    language: skeleton.language,
    frameworkId: skeleton.frameworkId,
    stages,
    lanes,
    personas,
    journeys,
  };
  const valid = validateDocument(document);
  return valid.ok ? { ok: true, value: { document: valid.value, findings } } : valid;
}
