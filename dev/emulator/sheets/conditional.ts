/**
 * Conditional format rules: the builder (SpreadsheetApp.newConditionalFormatRule()), built rules,
 * the rules stored on a sheet (Sheet.get/setConditionalFormatRules), and their evaluation so a
 * snapshot can show what a cell looks like with the rules applied.
 *
 * As in Sheets, the first rule (in list order) whose condition holds for a cell sets its look; a
 * custom formula is written for the top-left cell of the rule's first range and its relative
 * references shift for every other cell. Stored rule ranges and formulas follow structural
 * changes like everything else anchored to the grid.
 */
import type { EmulatorContext } from '../context';
import type { ConditionalFormatRule, ConditionalFormatRuleBuilder, SheetRange } from '../contract';
import { ServiceObject } from '../expose';
import { normalizeColor } from './format';
import { FormulaError, rewriteReferences } from './formula';
import { RangeImpl } from './range';
import type { ChartRangeRef, SheetModel } from './sheet-model';
import type { Recalc } from './spreadsheet-model';

export type CfCondition =
  | { kind: 'formula'; formula: string }
  | { kind: 'numberEqualTo'; value: number }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'cellEmpty' }
  | { kind: 'cellNotEmpty' }
  | { kind: 'textContains'; text: string };

export interface CfFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CfRuleSpec {
  condition: CfCondition | null;
  format: CfFormat;
  ranges: ChartRangeRef[];
}

export function cloneCfSpec(spec: CfRuleSpec): CfRuleSpec {
  return {
    condition: spec.condition ? { ...spec.condition } : null,
    format: { ...spec.format },
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
  };
}

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

  whenNumberBetween(start: number, end: number): this {
    this.spec.condition = { kind: 'numberBetween', min: Math.min(start, end), max: Math.max(start, end) };
    return this;
  }

  whenCellEmpty(): this {
    this.spec.condition = { kind: 'cellEmpty' };
    return this;
  }

  whenCellNotEmpty(): this {
    this.spec.condition = { kind: 'cellNotEmpty' };
    return this;
  }

  whenTextContains(text: string): this {
    this.spec.condition = { kind: 'textContains', text: String(text) };
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

/** The formula of a rule as it applies to a cell dr rows and dc columns from the rule's anchor. */
export function offsetFormula(formula: string, ownSheet: string, dr: number, dc: number): string {
  return rewriteReferences(formula, ownSheet, ({ area }) => {
    const next = {
      ...area,
      r1: area.abs.r1 ? area.r1 : area.r1 + dr,
      r2: area.abs.r2 ? area.r2 : area.r2 + dr,
      c1: area.abs.c1 ? area.c1 : area.c1 + dc,
      c2: area.abs.c2 ? area.c2 : area.c2 + dc,
    };
    if (next.r1 < 0 || next.c1 < 0) return 'ref-error';
    return { area: next };
  });
}

function truthy(v: unknown): boolean {
  if (v instanceof FormulaError || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return false;
}

/** The conditional look of a cell: the format of the first rule that holds there, or null. */
export function conditionalFormatAt(
  sheet: SheetModel,
  r: number,
  c: number,
  recalc: Recalc,
): CfFormat | null {
  for (const rule of sheet.conditionalRules) {
    const inRange = rule.ranges.some(
      (x) => x.sheet === sheet && r >= x.rect.r1 && r <= x.rect.r2 && c >= x.rect.c1 && c <= x.rect.c2,
    );
    if (!inRange || !rule.condition) continue;
    const value = sheet.readValue(r, c, recalc);
    const cond = rule.condition;
    let holds = false;
    switch (cond.kind) {
      case 'numberEqualTo':
        holds = typeof value === 'number' && value === cond.value;
        break;
      case 'numberBetween':
        holds = typeof value === 'number' && value >= cond.min && value <= cond.max;
        break;
      case 'cellEmpty':
        holds = value === '';
        break;
      case 'cellNotEmpty':
        holds = value !== '';
        break;
      case 'textContains':
        holds = String(value).toLowerCase().includes(cond.text.toLowerCase());
        break;
      case 'formula': {
        const anchor = rule.ranges[0]?.rect;
        if (!anchor) break;
        holds = truthy(
          recalc.evaluate(sheet, offsetFormula(cond.formula, sheet.name, r - anchor.r1, c - anchor.c1)),
        );
        break;
      }
    }
    if (holds) return rule.format;
  }
  return null;
}
