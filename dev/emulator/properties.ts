/**
 * PropertiesService: document, user and script key/value stores (their state and limits are in
 * property-store.ts). Values are strings; anything else is converted with String() as Apps
 * Script does. Document properties belong to the Drive file (a Drive copy does not carry them).
 */
import type { EmulatorContext } from './context';
import type { Properties, PropertiesServiceApi } from './contract';
import { ServiceObject } from './expose';
import type { PropertyStore } from './property-store';

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

  /** Not called by the add-on; required by the Properties type it declares (src/hosts/ui.ts). */
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

  /** Where the add-on's Google Picker dialog reads its settings. */
  getScriptProperties(): Properties {
    return new PropertiesImpl(this.ctx, this.ctx.scriptProperties);
  }
}
