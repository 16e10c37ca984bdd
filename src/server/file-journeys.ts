/**
 * What journeys the open file holds, read from the keys the builder left (no cells are read):
 * the answer to "this file holds 3 journeys: …". Used by the describeFile RPC and by the
 * sidebar's start-up call, which must not cost a second round trip.
 */
import { documentMetadata, journeySheets, parseStored } from '../hosts/sheets/read';
import { describeDeck } from '../hosts/slides/describe';
import type { DocumentSkeleton } from '../read/raw';
import { openFile, propertiesService } from './services';

export interface FileJourneys {
  title: string;
  frameworkId: string;
  /** `where`: the sheet name, or the slides a journey is on. */
  journeys: { where: string; personaId: string; personaName: string }[];
  /** True for a copied deck whose keys were gone: the journeys were found by their labels. */
  matchedByLabels?: boolean;
}

/** The journeys the open spreadsheet or deck holds, or null for a plain file. */
export function describeOpenFile(): FileJourneys | null {
  const file = openFile();
  if (!file) return null;
  if (file.host === 'slides')
    return describeDeck(file.app, file.deck, propertiesService().getDocumentProperties());
  const { spreadsheet } = file;
  const sheets = journeySheets(spreadsheet);
  if (sheets.length === 0) return null;
  const skeleton = parseStored<DocumentSkeleton>(documentMetadata(spreadsheet)) ?? sheets[0]!.stored.skeleton;
  return {
    title: skeleton.title,
    frameworkId: skeleton.frameworkId,
    journeys: sheets.map(({ sheet, stored }) => ({
      where: sheet.getName(),
      personaId: stored.personaId,
      personaName: stored.persona.name,
    })),
  };
}
