/**
 * Data validation: the builder (SpreadsheetApp.newDataValidation()), the built rule, and the check
 * the Sheets UI applies to typed input. Scripts are not subject to validation (setValues writes
 * invalid values, which Sheets then flags); only a person typing into a rule with
 * allowInvalid=false is refused (see user.ts). New rules allow invalid data unless told
 * otherwise, as in Sheets ("Show a warning").
 */
import type { EmulatorContext } from '../context';
import type { DataValidation, DataValidationBuilder } from '../contract';
import { DataValidationCriteria } from '../enums';
import { exception, messages } from '../errors';
import { ServiceObject } from '../expose';
import type { CriteriaName, ValidationRule } from './cell';
import type { CellOut } from './document-model';
import { displayText } from './format';

export class DataValidationImpl extends ServiceObject implements DataValidation {
  constructor(
    ctx: EmulatorContext,
    readonly rule: ValidationRule,
  ) {
    super(ctx, 'DataValidation');
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.rule.criteria];
  }

  getCriteriaValues(): unknown[] {
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getHelpText(): string {
    return this.rule.helpText;
  }

  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.ctx, this.rule);
  }
}

export class DataValidationBuilderImpl extends ServiceObject implements DataValidationBuilder {
  private criteria: CriteriaName | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(ctx: EmulatorContext, from?: ValidationRule) {
    super(ctx, 'DataValidationBuilder');
    if (from) {
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  requireNumberBetween(start: number, end: number): this {
    this.criteria = 'NUMBER_BETWEEN';
    this.values = [Number(start), Number(end)];
    return this;
  }

  requireValueInList(values: string[], showDropdown?: boolean): this {
    this.criteria = 'VALUE_IN_LIST';
    this.values = [[...values].map(String), showDropdown !== false];
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = String(helpText);
    return this;
  }

  build(): DataValidationImpl {
    if (!this.criteria) throw exception(messages.validationNoCriteria);
    const rule: ValidationRule = Object.freeze({
      criteria: this.criteria,
      values: Object.freeze([...this.values]),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
    return new DataValidationImpl(this.ctx, rule);
  }
}

/** Whether a cell value satisfies a rule; an empty cell always does. */
export function validationPasses(rule: ValidationRule, value: CellOut): boolean {
  if (value === '') return true;
  if (rule.criteria === 'NUMBER_BETWEEN') {
    const [a, b] = rule.values as [number, number];
    const n = typeof value === 'number' ? value : Number.NaN;
    return n >= Math.min(a, b) && n <= Math.max(a, b);
  }
  const list = (rule.values[0] as string[] | undefined) ?? [];
  const text = typeof value === 'string' ? value : displayText(value, undefined);
  return list.includes(text);
}
