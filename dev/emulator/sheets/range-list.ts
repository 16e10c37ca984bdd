/**
 * RangeList (Sheet.getRangeList): the same setter applied to each range in turn. Apps Script
 * charges one call for the list, which is the point of using it.
 */
import type { EmulatorContext } from '../context';
import type { BorderStyle, RangeList, SheetRange } from '../contract';
import { ServiceObject } from '../expose';
import type { RangeImpl } from './range';

export class RangeListImpl extends ServiceObject implements RangeList {
  constructor(
    ctx: EmulatorContext,
    readonly ranges: RangeImpl[],
  ) {
    super(ctx, 'RangeList');
  }

  private each(fn: (range: RangeImpl) => void): this {
    // Guard every range first so a refused edit leaves the whole list untouched.
    for (const range of this.ranges) range.sheet.guardRect(range.rect, this.ctx.user.email);
    for (const range of this.ranges) fn(range);
    return this;
  }

  getRanges(): SheetRange[] {
    return [...this.ranges];
  }

  setBackground(color: string | null): this {
    return this.each((r) => r.setBackground(color));
  }

  setFontColor(color: string | null): this {
    return this.each((r) => r.setFontColor(color));
  }

  setFontWeight(fontWeight: string | null): this {
    return this.each((r) => r.setFontWeight(fontWeight));
  }

  setFontStyle(fontStyle: string | null): this {
    return this.each((r) => r.setFontStyle(fontStyle));
  }

  setFontSize(size: number): this {
    return this.each((r) => r.setFontSize(size));
  }

  setNumberFormat(format: string): this {
    return this.each((r) => r.setNumberFormat(format));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }

  setValue(value: string | number | boolean | Date | null): this {
    return this.each((r) => r.setValue(value));
  }

  setNote(note: string | null): this {
    return this.each((r) => r.setNote(note));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: BorderStyle | null,
  ): this {
    return this.each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }

  clear(): this {
    return this.each((r) => r.clear());
  }

  clearContent(): this {
    return this.each((r) => r.clearContent());
  }

  clearFormat(): this {
    return this.each((r) => r.clearFormat());
  }
}
