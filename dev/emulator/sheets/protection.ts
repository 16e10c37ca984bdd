/**
 * Protected sheets and ranges. A protection a script creates lists the script's user as editor,
 * so it does not stop that user; Emulator.protectAgainstCurrentUser creates one the user is not
 * an editor of, which then refuses every script or user edit touching it (the guard lives in
 * SheetModel). Warning-only protections never refuse anything.
 */
import type { EmulatorContext } from '../context';
import type { Protection, ProtectionType, SheetRange } from '../contract';
import { ProtectionType as ProtectionTypes } from '../enums';
import { exception, messages } from '../errors';
import { ServiceObject } from '../expose';
import type { Rect } from './dims';
import type { ProtectionModel, SheetModel } from './document-model';

export function addProtection(
  sheet: SheetModel,
  type: 'SHEET' | 'RANGE',
  rect: Rect | null,
  editors: Iterable<string>,
): ProtectionModel {
  const model: ProtectionModel = {
    id: sheet.parent.nextProtectionId++,
    type,
    sheet,
    rect: rect ? { ...rect } : null,
    description: '',
    warningOnly: false,
    editors: new Set(editors),
    removed: false,
  };
  sheet.protections.push(model);
  return model;
}

export class ProtectionImpl extends ServiceObject implements Protection {
  constructor(
    ctx: EmulatorContext,
    readonly model: ProtectionModel,
  ) {
    super(ctx, 'Protection');
  }

  private guard(): void {
    this.model.sheet.parent.assertWritable();
    if (!this.canEdit()) throw exception(messages.protected);
  }

  canEdit(): boolean {
    return this.model.sheet.userCanEdit(this.model, this.ctx.user.email);
  }

  getDescription(): string {
    return this.model.description;
  }

  setDescription(description: string): this {
    this.guard();
    this.model.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.guard();
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): ProtectionType {
    return ProtectionTypes[this.model.type];
  }

  /** The protected range; for a sheet protection, the whole sheet. */
  getRange(): SheetRange {
    const sheet = this.model.sheet;
    return this.ctx.facades.range(sheet, this.model.rect ?? sheet.fullRect());
  }

  remove(): void {
    this.guard();
    this.model.removed = true;
    const sheet = this.model.sheet;
    sheet.protections = sheet.protections.filter((p) => p !== this.model);
  }
}
