/**
 * PropertiesService: document, user and script key/value stores with Apps Script's limits.
 *
 * Limits: Google's "Quotas for Google Services" page
 * (https://developers.google.com/apps-script/guides/services/quotas) lists "Properties value
 * size: 9 KB / val" and "Properties total storage: 500 KB / property store". The Properties
 * service stores strings (https://developers.google.com/apps-script/guides/properties), and
 * sizes are counted in UTF-8 bytes, never UTF-16 units: a value of 3,100 Japanese characters is
 * 9,300 bytes and refused. How the key counts is not documented; we count a value as the UTF-8
 * bytes of key + value, 9,216 bytes at most, and a store as the sum over its entries, 512,000
 * bytes at most (an assumption listed in README.md). Values are strings; anything else is
 * converted with String() as Apps Script does. Document properties belong to the Drive file (a
 * Drive copy does not carry them).
 */
import type { EmulatorContext } from './context';
import type { Properties, PropertiesServiceApi } from './contract';
import { exception, messages } from './errors';
import { ServiceObject } from './expose';

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

export class PropertiesImpl extends ServiceObject implements Properties {
  constructor(
    ctx: EmulatorContext,
    readonly store: PropertyStore,
  ) {
    super(ctx, 'Properties');
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key));
  }

  getProperties(): { [key: string]: string } {
    return this.store.toObject();
  }

  getKeys(): string[] {
    return this.store.keys();
  }

  setProperty(key: string, value: string): this {
    this.store.set({ [String(key)]: value });
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    this.store.set(properties, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class PropertiesServiceImpl extends ServiceObject implements PropertiesServiceApi {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'PropertiesService');
  }

  /** Null when the script is not running in a document (Google documents this). */
  getDocumentProperties(): Properties | null {
    const file = this.ctx.activeFile();
    return file ? new PropertiesImpl(this.ctx, file.documentProperties) : null;
  }

  getUserProperties(): Properties {
    return new PropertiesImpl(this.ctx, this.ctx.userPropertiesOf(this.ctx.user.email));
  }

  getScriptProperties(): Properties {
    return new PropertiesImpl(this.ctx, this.ctx.scriptProperties);
  }
}
