/**
 * Ids for stages and lanes the user added by hand (an inserted row or column). Derived from the
 * label, so the same new lane typed on two personas' sheets becomes one lane of the document,
 * and reading the same grid twice gives the same ids.
 */
import { ID_PATTERN } from '../model/types';

/** FNV-1a, 32 bit: tiny, stable, and good enough to tell labels apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function idFromLabel(prefix: 'lane' | 'stage', label: string, taken: ReadonlySet<string>): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  const base = slug && slug.length >= 3 ? `${prefix}-${slug}` : `${prefix}-${hash(label.trim())}`;
  let id = base.slice(0, 36);
  for (let n = 2; taken.has(id) || !ID_PATTERN.test(id); n++) id = `${base.slice(0, 33)}-${n}`;
  return id;
}
