/**
 * Rebuilding in place: the incoming model (from the sidebar) merged with what the document holds
 * now. Cell text typed in the document wins over the model and lanes or stages people added stay;
 * whatever the model no longer has is only listed as pending until the user confirms its removal.
 *
 * For labels, the title and the persona card, "typed in the document" means changed since the
 * last build: when the builder's own copy of them (`base`) is known, a value that still equals it
 * was not edited there, so the incoming model's value (an edit in the sidebar) is used; a value
 * that differs was edited in the document and is kept.
 */
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

export interface RebuildBase {
  persona: Persona;
  skeleton: DocumentSkeleton;
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

  /** The document's label when it was edited there since the last build, else the model's. */
  const relabel = <T extends Stage | Lane>(item: T, read: readonly T[], built: readonly T[]): T => {
    const inDocument = read.find((r) => r.id === item.id)?.label;
    const lastBuilt = built.find((b) => b.id === item.id)?.label;
    if (!base || inDocument === undefined || inDocument === lastBuilt || inDocument === item.label)
      return item;
    kept++;
    return { ...item, label: inDocument };
  };
  const stages: Stage[] = (confirmRemovals ? doc.stages : unionInOrder([doc.stages, reading.stages])).map(
    (s) => relabel(s, reading.stages, base?.skeleton.stages ?? []),
  );
  const lanes: Lane[] = (confirmRemovals ? doc.lanes : unionInOrder([doc.lanes, reading.lanes])).map((l) =>
    relabel(l, reading.lanes, base?.skeleton.lanes ?? []),
  );

  const cells = copyCells(incoming);
  for (const lane of lanes) {
    for (const stage of stages) {
      const fromDocument = reading.cells[lane.id]?.[stage.id];
      if (fromDocument === undefined || !isCellValueFor(lane.kind, fromDocument)) continue;
      cells[lane.id] ??= {};
      const row = cells[lane.id]!;
      if (row[stage.id] !== fromDocument) kept++;
      row[stage.id] = fromDocument;
    }
  }

  const merged: Persona = { ...persona };
  let title = doc.title;
  if (base) {
    for (const field of CARD_FIELDS) {
      const inDocument = reading.card[field];
      const lastBuilt = (field === 'name' ? base.persona.name : base.persona[field]) ?? '';
      if (inDocument === undefined || inDocument === lastBuilt) continue;
      kept++;
      if (field === 'name') {
        if (inDocument.trim() !== '') merged.name = inDocument;
      } else if (inDocument === '') {
        delete merged[field];
      } else {
        merged[field] = inDocument;
      }
    }
    if (reading.title !== undefined && reading.title.trim() !== '' && reading.title !== base.skeleton.title) {
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
