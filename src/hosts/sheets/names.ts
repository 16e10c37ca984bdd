/**
 * Sheet names from persona names: valid for Sheets (no line breaks, at most 100 characters, not
 * empty) and unique in the spreadsheet, compared case-insensitively as Sheets does.
 */
const MAX_SHEET_NAME = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

export function uniqueSheetName(personaName: string, existing: readonly string[]): string {
  const cleaned = personaName.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim() || 'Journey';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = [...cleaned].slice(0, MAX_SHEET_NAME).join('');
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...cleaned].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
