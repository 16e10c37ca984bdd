/**
 * Rebuilding in place: the incoming model (from the sidebar) merged with what the document holds
 * now. Cell text typed in the document wins over the model and lanes or stages people added stay;
 * whatever the model no longer has is only listed as pending until the user confirms its removal.
 *
 * For labels, the title and the persona card, a three-way merge: `base` holds what the last build
 * drew and (`base.form`) digests of what the form held then. A document value that differs from
 * what was drawn was edited there and is kept; otherwise a form value that differs from the form
 * of the last build was edited in the sidebar and is used; otherwise nothing changed and the
 * document's value stays, so pressing Build twice with the same form never reverts the document.
 * Without `base.form` (a journey built by an older version) the form wins over an unedited value.
 */
import { setCardValue } from '../layout/card';
import { CARD_FIELDS } from '../layout/keys';
import { isCellValueFor } from '../model/cells';
import type { JourneyCells, JourneyDocument, Lane, Persona, Stage } from '../model/types';
import { unionInOrder } from './assemble';
import type { DocumentSkeleton } from './raw';
import type { TableReading } from './read-table';

export interface PendingRemoval {
  kind: 'stage' | 'lane';
  id: string;
  label: string;
  /** Cells with content that would go with it. */
  filledCells: number;
}

/** Digests of what the form held at the last build (short, so they fit in the document's keys). */
export interface FormBaseline {
  title: string;
  /** All of the persona's cells as one digest (absent in keys written before it existed). */
  cells?: string;
  card: Partial<Record<string, string>>;
  stages: Record<string, string>;
  lanes: Record<string, string>;
}

export interface RebuildBase {
  persona: Persona;
  skeleton: DocumentSkeleton;
  form?: FormBaseline;
}

/** Length and FNV-1a hash of the UTF-16 units: tells "same as before" from "changed", nothing more. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}.${hash.toString(16)}`;
}

/** What the form holds now, as the baseline the next rebuild compares the form with. */
export function formBaseline(doc: JourneyDocument, persona: Persona): FormBaseline {
  const card: Partial<Record<string, string>> = {};
  for (const field of CARD_FIELDS) card[field] = digest(cardValue(persona, field));
  const labels = (items: readonly (Stage | Lane)[]) => {
    const out: Record<string, string> = Object.create(null);
    for (const item of items) out[item.id] = digest(item.label);
    return out;
  };
  return {
    title: digest(doc.title),
    cells: cellsDigest(doc.journeys.find((j) => j.personaId === persona.id)?.cells ?? {}),
    card,
    stages: labels(doc.stages),
    lanes: labels(doc.lanes),
  };
}

/** A journey's title as built came from the document (typed there and kept), not from the form. */
export function titleKept(builtTitle: string, form: FormBaseline | undefined): boolean {
  return form !== undefined && digest(builtTitle) !== form.title;
}

/** One digest of a persona's cells, independent of the order their keys come in. */
export function cellsDigest(cells: JourneyCells): string {
  const sorted = Object.keys(cells)
    .sort()
    .map((lane) => {
      const row = cells[lane]!;
      return [
        lane,
        Object.keys(row)
          .sort()
          .map((stage) => [stage, row[stage]!]),
      ];
    });
  return digest(JSON.stringify(sorted));
}

function cardValue(persona: Persona, field: (typeof CARD_FIELDS)[number]): string {
  return (field === 'name' ? persona.name : persona[field]) ?? '';
}

/** The form's value was changed in the sidebar since the last build (always, without a baseline). */
function formChanged(value: string, before: string | undefined): boolean {
  return before === undefined || digest(value) !== before;
}

export interface Merged {
  /** A one-persona document: the structure and cells to draw. */
  doc: JourneyDocument;
  persona: Persona;
  pending: PendingRemoval[];
  /** Cells, labels and card fields whose text came from the document rather than the model. */
  kept: number;
}

function filled(cells: JourneyCells, laneId?: string, stageId?: string): number {
  let count = 0;
  for (const [lane, row] of Object.entries(cells)) {
    if (laneId && lane !== laneId) continue;
    for (const stage of Object.keys(row)) if (!stageId || stage === stageId) count++;
  }
  return count;
}

function copyCells(cells: JourneyCells): JourneyCells {
  const copy: JourneyCells = {};
  for (const [lane, row] of Object.entries(cells)) copy[lane] = { ...row };
  return copy;
}

export function mergeForRebuild(
  doc: JourneyDocument,
  persona: Persona,
  incoming: JourneyCells,
  reading: TableReading,
  confirmRemovals: boolean,
  base?: RebuildBase,
): Merged {
  let kept = 0;
  const docStages = new Set(doc.stages.map((s) => s.id));
  const docLanes = new Set(doc.lanes.map((l) => l.id));
  const pending: PendingRemoval[] = [
    ...reading.stages
      .filter((s) => !docStages.has(s.id))
      .map(
        (s): PendingRemoval => ({
          kind: 'stage',
          id: s.id,
          label: s.label,
          filledCells: filled(reading.cells, undefined, s.id),
        }),
      ),
    ...reading.lanes
      .filter((l) => !docLanes.has(l.id))
      .map(
        (l): PendingRemoval => ({
          kind: 'lane',
          id: l.id,
          label: l.label,
          filledCells: filled(reading.cells, l.id),
        }),
      ),
  ];

  const form = base?.form;
  /** Whether the document's value wins: edited there, or nothing was changed in the form. */
  const documentWins = (
    inDocument: string,
    lastBuilt: string | undefined,
    formValue: string,
    formBefore?: string,
  ) => inDocument !== lastBuilt || !formChanged(formValue, form ? (formBefore ?? '') : undefined);
  const relabel = <T extends Stage | Lane>(
    item: T,
    read: readonly T[],
    built: readonly T[],
    before: Record<string, string> | undefined,
  ): T => {
    const inDocument = read.find((r) => r.id === item.id)?.label;
    const lastBuilt = built.find((b) => b.id === item.id)?.label;
    if (!base || inDocument === undefined || inDocument === item.label) return item;
    // A stage or lane the form did not have at the last build counts as changed in the form.
    // Own properties only: an id such as `constructor` must not find Object.prototype's.
    const formBefore: string | undefined = before && Object.getOwnPropertyDescriptor(before, item.id)?.value;
    if (!documentWins(inDocument, lastBuilt, item.label, formBefore)) return item;
    kept++;
    return { ...item, label: inDocument };
  };
  const stages: Stage[] = (confirmRemovals ? doc.stages : unionInOrder([doc.stages, reading.stages])).map(
    (s) => relabel(s, reading.stages, base?.skeleton.stages ?? [], form?.stages),
  );
  const lanes: Lane[] = (confirmRemovals ? doc.lanes : unionInOrder([doc.lanes, reading.lanes])).map((l) =>
    relabel(l, reading.lanes, base?.skeleton.lanes ?? [], form?.lanes),
  );

  // The form's cells as they were at the last build: the document's cells are the whole truth
  // (a cell emptied there stays empty); otherwise the form fills cells the document leaves empty.
  const cellsUnchanged = form?.cells !== undefined && form.cells === cellsDigest(incoming);
  const cells = cellsUnchanged ? {} : copyCells(incoming);
  for (const lane of lanes) {
    for (const stage of stages) {
      const fromDocument = reading.cells[lane.id]?.[stage.id];
      if (fromDocument === undefined || !isCellValueFor(lane.kind, fromDocument)) continue;
      cells[lane.id] ??= {};
      if (incoming[lane.id]?.[stage.id] !== fromDocument) kept++;
      cells[lane.id]![stage.id] = fromDocument;
    }
  }

  const merged: Persona = { ...persona };
  let title = doc.title;
  if (base) {
    for (const field of CARD_FIELDS) {
      const inDocument = reading.card[field];
      const fromForm = cardValue(persona, field);
      if (inDocument === undefined) continue;
      if (!documentWins(inDocument, cardValue(base.persona, field), fromForm, form?.card[field])) continue;
      if (inDocument !== fromForm) kept++;
      setCardValue(merged, field, inDocument);
    }
    if (
      reading.title !== undefined &&
      reading.title.trim() !== '' &&
      reading.title !== doc.title &&
      documentWins(reading.title, base.skeleton.title, doc.title, form?.title)
    ) {
      title = reading.title;
      kept++;
    }
  }

  return {
    doc: { ...doc, title, stages, lanes, personas: [merged], journeys: [{ personaId: merged.id, cells }] },
    persona: merged,
    pending: confirmRemovals ? [] : pending,
    kept,
  };
}
