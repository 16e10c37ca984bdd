/**
 * The script-facing Spreadsheet, Sheet and Range objects of one emulator (see links.ts): one
 * Spreadsheet and one Sheet object per model, cached here rather than on the models, which hold
 * only data.
 */
import type { EmulatorContext } from '../context';
import { unwrap } from '../expose';
import type { SheetModel, SpreadsheetModel } from './document-model';
import type { SheetsFacades } from './links';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

export function createSheetsFacades(ctx: EmulatorContext): SheetsFacades {
  const spreadsheets = new WeakMap<SpreadsheetModel, SpreadsheetImpl>();
  const sheets = new WeakMap<SheetModel, SheetImpl>();
  return {
    spreadsheet(model) {
      let facade = spreadsheets.get(model);
      if (!facade) {
        facade = new SpreadsheetImpl(ctx, model);
        spreadsheets.set(model, facade);
      }
      return facade;
    },
    sheet(model) {
      let facade = sheets.get(model);
      if (!facade) {
        facade = new SheetImpl(ctx, model);
        sheets.set(model, facade);
      }
      return facade;
    },
    range: (sheet, rect, flags) => new RangeImpl(ctx, sheet, rect, flags),
    spreadsheetModel(value) {
      const raw = unwrap(value);
      return raw instanceof SpreadsheetImpl ? raw.model : null;
    },
    sheetModel(value) {
      const raw = unwrap(value);
      return raw instanceof SheetImpl ? raw.model : null;
    },
  };
}
