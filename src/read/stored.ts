/**
 * What a build stores beside the grid so the journey reads back, in the shapes both ways of
 * building share: a sheet's stored journey (written by the SpreadsheetApp builder and by Send to
 * Sheets) and a slide table's keys (document properties in the open deck, a keys box in a deck
 * sent through the REST API). Types and one pure merge only: the hosts write and find them.
 */
import type { CardField } from '../layout/keys';
import type { PartKeys } from '../layout/slide-plan';
import type { Persona } from '../model/types';
import { unionInOrder } from './assemble';
import type { DocumentSkeleton } from './raw';
import type { FormBaseline } from './rebuild';

/** What the builder stores on each journey sheet (sheet-level developer metadata, as JSON). */
export interface StoredJourney {
  personaId: string;
  persona: Persona;
  /** The document skeleton, so a sheet copied into another spreadsheet still reads back. */
  skeleton: DocumentSkeleton;
  hints: boolean;
  /** Notes the builder wrote, not to be reported as the user's. */
  notes: string[];
  /** The emotion chart the builder drew, so a rebuild replaces only that one. */
  chartId?: number;
  /** What the form held at the last build, so an unchanged form does not undo edits in the sheet. */
  form?: FormBaseline;
}

/** Digests of the form's title, card values and labels at a build (hosts/slides/baseline.ts). */
export interface FormDigests {
  title: string;
  card: Partial<Record<CardField, string>>;
  stages: Record<string, string>;
  lanes: Record<string, string>;
}

/** One journey table's keys. */
export interface StoredPart extends PartKeys {
  personaId: string;
  /** The slide it was built on: lets a build visit only its own slides. */
  slideId?: string;
  part: number;
  parts: number;
  hints: boolean;
  /** The journey title as drawn on this part (first parts): a rebuild's baseline for edits. */
  title?: string;
  /** Digests of the form this journey was last built from (first parts; baseline.ts). */
  form?: FormDigests;
  /** Per row, the prints of its cells as drawn (`cellPrints`): how rows and columns are told apart. */
  prints?: string[];
}

/** The JSON of a REST-built deck's keys box: everything a slide needs to be read on its own. */
export interface KeysBox extends StoredPart {
  v: 1;
  skeleton: DocumentSkeleton;
  persona: Persona;
}

/** The file's skeleton, completed with what one journey's own copy knows (kept or copied lanes). */
export function mergeSkeletons(base: DocumentSkeleton, extra: DocumentSkeleton): DocumentSkeleton {
  return {
    ...base,
    stages: unionInOrder([base.stages, extra.stages]),
    lanes: unionInOrder([base.lanes, extra.lanes]),
  };
}
