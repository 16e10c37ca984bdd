/**
 * Conditional format rules as scripts see them: the builder
 * (SpreadsheetApp.newConditionalFormatRule()) and built rules, which Sheet.get/
 * setConditionalFormatRules exchange with the sheet. Their evaluation is in
 * conditional-model.ts. Stored rule ranges and formulas follow structural changes like
 * everything else anchored to the grid.
 */
import type { EmulatorContext } from '../context';
import type { ConditionalFormatRule, ConditionalFormatRuleBuilder, SheetRange } from '../contract';
import { ServiceObject } from '../expose';
import { cloneCfSpec } from './conditional-model';
import type { CfRuleSpec } from './document-model';
import { normalizeColor } from './format';
import { RangeImpl } from './range';

export class ConditionalFormatRuleImpl extends ServiceObject implements ConditionalFormatRule {
  constructor(
    ctx: EmulatorContext,
    readonly spec: CfRuleSpec,
  ) {
    super(ctx, 'ConditionalFormatRule');
  }

  getRanges(): SheetRange[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this.ctx, cloneCfSpec(this.spec));
  }
}

export class ConditionalFormatRuleBuilderImpl extends ServiceObject implements ConditionalFormatRuleBuilder {
  constructor(
    ctx: EmulatorContext,
    private readonly spec: CfRuleSpec = { condition: null, format: {}, ranges: [] },
  ) {
    super(ctx, 'ConditionalFormatRuleBuilder');
  }

  whenFormulaSatisfied(formula: string): this {
    this.spec.condition = { kind: 'formula', formula: String(formula) };
    return this;
  }

  whenNumberEqualTo(number: number): this {
    this.spec.condition = { kind: 'numberEqualTo', value: Number(number) };
    return this;
  }

  setBackground(color: string | null): this {
    if (color === null || color === '') delete this.spec.format.background;
    else this.spec.format.background = normalizeColor(color);
    return this;
  }

  setFontColor(color: string | null): this {
    if (color === null || color === '') delete this.spec.format.fontColor;
    else this.spec.format.fontColor = normalizeColor(color);
    return this;
  }

  setBold(bold: boolean | null): this {
    if (bold === null) delete this.spec.format.bold;
    else this.spec.format.bold = Boolean(bold);
    return this;
  }

  setItalic(italic: boolean | null): this {
    if (italic === null) delete this.spec.format.italic;
    else this.spec.format.italic = Boolean(italic);
    return this;
  }

  setRanges(ranges: SheetRange[]): this {
    this.spec.ranges = ranges.map((r) => {
      if (!(r instanceof RangeImpl)) throw new TypeError('setRanges expects Ranges');
      return { sheet: r.sheet, rect: { ...r.rect } };
    });
    return this;
  }

  getRanges(): SheetRange[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRuleImpl(this.ctx, cloneCfSpec(this.spec));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this.ctx, cloneCfSpec(this.spec));
  }
}
