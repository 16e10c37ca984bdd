/**
 * Conditional format rules as data: copying a rule, and evaluating the rules of a sheet so a
 * snapshot can show what a cell looks like with them applied. As in Sheets, the first rule (in
 * list order) whose condition holds for a cell sets its look; a custom formula is written for the
 * top-left cell of the rule's first range and its relative references shift for every other
 * cell. The script-facing builder and rule objects are in conditional.ts.
 */
import type { CfFormat, CfRuleSpec, Recalc, SheetModel } from './document-model';
import { FormulaError, rewriteReferences } from './formula';

export function cloneCfSpec(spec: CfRuleSpec): CfRuleSpec {
  return {
    condition: spec.condition ? { ...spec.condition } : null,
    format: { ...spec.format },
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
  };
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
