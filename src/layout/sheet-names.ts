/**
 * Sheet names from persona names: valid for Sheets (no line breaks, not empty, at most 100
 * characters) and unique in the spreadsheet, compared case-insensitively as Sheets does.
 * Sheets counts the 100 in UTF-16 code units (an emoji counts twice), so names are cut by units,
 * never through the middle of a surrogate pair.
 */
const MAX_SHEET_NAME = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

/** At most `max` UTF-16 units of `text`, never ending in half an emoji. */
export function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export function uniqueSheetName(personaName: string, existing: readonly string[]): string {
  const cleaned = personaName.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim() || 'Journey';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cutUnits(cleaned, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cutUnits(cleaned, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
