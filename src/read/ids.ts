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
    .slice(0, 20);
  // The hash tells apart labels whose readable part is the same ("KPI目標", "KPI実績").
  const base = slug ? `${prefix}-${slug}-${hash(label.trim())}` : `${prefix}-${hash(label.trim())}`;
  let id = base;
  for (let n = 2; taken.has(id) || !ID_PATTERN.test(id); n++) id = `${base.slice(0, 36)}-${n}`;
  return id;
}
