/**
 * Developer metadata operations on the document model: adding an entry with Google's checks.
 * Entries (key, value, visibility, and a location on the spreadsheet, a sheet, a whole row or a
 * whole column, the only locations Sheets supports) live in the document model; row and column
 * locations keep a 0-based index that the document remaps on every structural change, so
 * metadata travels with its row or column and is deleted with it.
 */
import { enumName } from '../enums';
import { exception, messages } from '../errors';
import type { MetadataEntry, MetadataLocationModel, SpreadsheetModel } from './document-model';

/**
 * Assumption: Google documents no per-value limit for developer metadata written through
 * SpreadsheetApp; a third-party summary mentions 30,000 characters per sheet/spreadsheet. We apply
 * 30,000 characters per value so that oversized payloads fail loudly here before they fail in
 * production.
 */
export const METADATA_VALUE_MAX_CHARS = 30_000;

export function checkMetadataValue(value: string | null): void {
  if (value !== null && value.length > METADATA_VALUE_MAX_CHARS) {
    throw exception(messages.metadataValueTooLong(value.length, METADATA_VALUE_MAX_CHARS));
  }
}

function visibilityName(visibility: unknown): 'DOCUMENT' | 'PROJECT' {
  if (visibility === undefined || visibility === null) return 'DOCUMENT';
  const name = enumName(visibility);
  if (name !== 'DOCUMENT' && name !== 'PROJECT') throw exception(messages.invalidArgument('visibility'));
  return name;
}

/** Adds metadata at a location; the caller has already guarded the edit. */
export function createMetadata(
  doc: SpreadsheetModel,
  key: string,
  value: string | null | undefined,
  visibility: unknown,
  location: MetadataLocationModel,
): MetadataEntry {
  const keyText = String(key);
  if (keyText === '') throw exception(messages.invalidArgument('key'));
  const valueText = value === undefined || value === null ? null : String(value);
  checkMetadataValue(valueText);
  const entry: MetadataEntry = {
    id: doc.nextMetadataId++,
    key: keyText,
    value: valueText,
    visibility: visibilityName(visibility),
    location,
    removed: false,
  };
  doc.metadata.push(entry);
  return entry;
}
