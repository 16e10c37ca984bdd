/**
 * Developer metadata as scripts see it: DeveloperMetadata, its location, and the finder.
 *
 * Scopes follow Google's reference: a spreadsheet finder sees all metadata; a sheet finder sees
 * the sheet's own metadata and that of its rows and columns; a range finder sees row/column
 * metadata whose row/column lies wholly inside the range ("3:3" is inside "1:5" but not inside
 * "A1:D5"), or, after onIntersectingLocations(), any row/column metadata crossing the range.
 * find() returns matches in creation (id) order.
 */
import type { EmulatorContext } from '../context';
import type {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  DeveloperMetadataLocation,
  MetadataLocationType,
  SheetRange,
} from '../contract';
import { DeveloperMetadataLocationType, enumName } from '../enums';
import { ServiceObject } from '../expose';
import type { Rect } from './dims';
import type { MetadataEntry, SheetModel, SpreadsheetModel } from './document-model';
import { checkMetadataValue } from './metadata-model';

function wholeRowRange(ctx: EmulatorContext, sheet: SheetModel, row: number): SheetRange {
  return ctx.facades.range(sheet, { r1: row, r2: row, c1: 0, c2: sheet.maxCols - 1 }, { wholeRows: true });
}

function wholeColumnRange(ctx: EmulatorContext, sheet: SheetModel, col: number): SheetRange {
  return ctx.facades.range(sheet, { r1: 0, r2: sheet.maxRows - 1, c1: col, c2: col }, { wholeColumns: true });
}

export class DeveloperMetadataLocationImpl extends ServiceObject implements DeveloperMetadataLocation {
  constructor(
    ctx: EmulatorContext,
    private readonly entry: MetadataEntry,
  ) {
    super(ctx, 'DeveloperMetadataLocation');
  }

  getLocationType(): MetadataLocationType {
    return DeveloperMetadataLocationType[this.entry.location.type];
  }

  getRow(): SheetRange | null {
    const loc = this.entry.location;
    return loc.type === 'ROW' ? wholeRowRange(this.ctx, loc.sheet, loc.index) : null;
  }

  getColumn(): SheetRange | null {
    const loc = this.entry.location;
    return loc.type === 'COLUMN' ? wholeColumnRange(this.ctx, loc.sheet, loc.index) : null;
  }

  getSheet() {
    const loc = this.entry.location;
    return loc.type === 'SPREADSHEET' ? null : this.ctx.facades.sheet(loc.sheet);
  }
}

export class DeveloperMetadataImpl extends ServiceObject implements DeveloperMetadata {
  constructor(
    ctx: EmulatorContext,
    private readonly doc: SpreadsheetModel,
    readonly entry: MetadataEntry,
  ) {
    super(ctx, 'DeveloperMetadata');
  }

  private guard(): void {
    this.doc.assertWritable();
    const loc = this.entry.location;
    if (loc.type !== 'SPREADSHEET') loc.sheet.guardSheet(this.ctx.user.email);
  }

  getId(): number {
    return this.entry.id;
  }

  getKey(): string {
    return this.entry.key;
  }

  getValue(): string | null {
    return this.entry.value;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocationImpl(this.ctx, this.entry);
  }

  setValue(value: string): this {
    this.guard();
    const text = String(value);
    checkMetadataValue(text);
    this.entry.value = text;
    return this;
  }

  remove(): void {
    this.guard();
    this.entry.removed = true;
    this.doc.metadata = this.doc.metadata.filter((m) => m !== this.entry);
  }
}

export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheet: SheetModel }
  | { kind: 'range'; sheet: SheetModel; rect: Rect };

function inRange(entry: MetadataEntry, sheet: SheetModel, rect: Rect, intersecting: boolean): boolean {
  const loc = entry.location;
  if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
  if (loc.sheet !== sheet) return false;
  if (loc.type === 'ROW') {
    const crosses = loc.index >= rect.r1 && loc.index <= rect.r2;
    return intersecting ? crosses : crosses && rect.c1 === 0 && rect.c2 === sheet.maxCols - 1;
  }
  const crosses = loc.index >= rect.c1 && loc.index <= rect.c2;
  return intersecting ? crosses : crosses && rect.r1 === 0 && rect.r2 === sheet.maxRows - 1;
}

export class DeveloperMetadataFinderImpl extends ServiceObject implements DeveloperMetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  private id: number | null = null;
  private locationType: string | null = null;
  private visibility: string | null = null;
  private intersecting = false;

  constructor(
    ctx: EmulatorContext,
    private readonly doc: SpreadsheetModel,
    private readonly scope: FinderScope,
  ) {
    super(ctx, 'DeveloperMetadataFinder');
  }

  withKey(key: string): this {
    this.key = String(key);
    return this;
  }

  withValue(value: string): this {
    this.value = String(value);
    return this;
  }

  withLocationType(locationType: MetadataLocationType): this {
    this.locationType = enumName(locationType);
    return this;
  }

  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }

  private inScope(entry: MetadataEntry): boolean {
    const scope = this.scope;
    if (scope.kind === 'spreadsheet') return true;
    if (scope.kind === 'sheet')
      return entry.location.type !== 'SPREADSHEET' && entry.location.sheet === scope.sheet;
    return inRange(entry, scope.sheet, scope.rect, this.intersecting);
  }

  find(): DeveloperMetadata[] {
    return this.doc.metadata
      .filter(
        (m) =>
          !m.removed &&
          this.inScope(m) &&
          (this.key === null || m.key === this.key) &&
          (this.value === null || m.value === this.value) &&
          (this.id === null || m.id === this.id) &&
          (this.locationType === null || m.location.type === this.locationType) &&
          (this.visibility === null || m.visibility === this.visibility),
      )
      .sort((a, b) => a.id - b.id)
      .map((m) => new DeveloperMetadataImpl(this.ctx, this.doc, m));
  }
}

export function metadataFacades(
  ctx: EmulatorContext,
  doc: SpreadsheetModel,
  pick: (m: MetadataEntry) => boolean,
) {
  return doc.metadata.filter((m) => !m.removed && pick(m)).map((m) => new DeveloperMetadataImpl(ctx, doc, m));
}
