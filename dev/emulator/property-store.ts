/**
 * The plain state of one property store (document, user or script) with Apps Script's limits;
 * PropertiesService (properties.ts) is the script-facing side. Tests and the playground read
 * and seed it directly.
 *
 * Limits: Google's "Quotas for Google Services" page
 * (https://developers.google.com/apps-script/guides/services/quotas) lists "Properties value
 * size: 9 KB / val" and "Properties total storage: 500 KB / property store". The Properties
 * service stores strings (https://developers.google.com/apps-script/guides/properties), and
 * sizes are counted in UTF-8 bytes, never UTF-16 units: a value of 3,100 Japanese characters is
 * 9,300 bytes and refused. How the key counts is not documented; we count a value as the UTF-8
 * bytes of key + value, 9,216 bytes at most, and a store as the sum over its entries, 512,000
 * bytes at most (an assumption listed in README.md).
 */
import { exception, messages } from './errors';

export const PROPERTY_ENTRY_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

function utf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Plain state of one store; inspectable by tests and the playground. */
export class PropertyStore {
  private readonly map = new Map<string, string>();

  /** Set by the owner of the store; a document opened view-only refuses writes. */
  constructor(private readonly assertWritable: () => void = () => {}) {}

  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  keys(): string[] {
    return [...this.map.keys()];
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  totalBytes(entries: Iterable<[string, string]> = this.map): number {
    let total = 0;
    for (const [k, v] of entries) total += bytes(k) + bytes(v);
    return total;
  }

  /** Replaces the whole content after checking the limits; all-or-nothing like the service. */
  private commit(next: Map<string, string>, changed: Iterable<[string, string]>): void {
    for (const [k, v] of changed) {
      if (bytes(k) + bytes(v) > PROPERTY_ENTRY_MAX_BYTES) throw exception(messages.propertyTooLarge);
    }
    if (this.totalBytes(next) > PROPERTY_STORE_MAX_BYTES) throw exception(messages.propertyQuota);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }

  set(entries: Record<string, unknown>, deleteAllOthers = false): void {
    this.assertWritable();
    // Stored as UTF-8: half of a surrogate pair cannot be encoded and comes back as U+FFFD.
    const changed = Object.entries(entries).map(([k, v]): [string, string] => [
      utf8(String(k)),
      utf8(String(v)),
    ]);
    const next = new Map(deleteAllOthers ? [] : this.map);
    for (const [k, v] of changed) next.set(k, v);
    this.commit(next, changed);
  }

  delete(key: string): void {
    this.assertWritable();
    this.map.delete(key);
  }

  clear(): void {
    this.assertWritable();
    this.map.clear();
  }
}
