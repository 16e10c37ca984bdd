/**
 * Copies: a sheet into a spreadsheet (Sheet.copyTo, the UI's "Duplicate") and a whole
 * spreadsheet (Drive's "Make a copy").
 *
 * A whole-document copy keeps sheet ids, cells, formats, merges, validation, charts, protections
 * and developer metadata (with their ids); document properties are not copied because they
 * belong to the Drive file, not to its content. A sheet copy gets a new sheet id, new chart ids
 * and new metadata ids; it copies the sheet's developer metadata (documented for the UI's
 * Duplicate; assumed for copyTo) but not its protections (assumption). Chart ranges on the copied
 * sheet follow the copy; ranges on other sheets stay only within the same spreadsheet.
 */
import type { DriveFile } from '../drive';
import { cloneSpec } from './chart-model';
import { cloneCfSpec } from './conditional-model';
import {
  type ChartRangeRef,
  type MetadataEntry,
  type MetadataLocationModel,
  SheetModel,
  SpreadsheetModel,
} from './document-model';

function copySheetProps(from: SheetModel, to: SheetModel): void {
  to.frozenRows = from.frozenRows;
  to.frozenCols = from.frozenCols;
  to.hiddenGridlines = from.hiddenGridlines;
  to.tabColor = from.tabColor;
  to.hidden = from.hidden;
  to.merges = from.merges.map((m) => ({ ...m }));
}

/** A name not yet used in doc: "Copy of X", then "Copy of X 2", "Copy of X 3"… */
export function copyName(doc: SpreadsheetModel, base: string): string {
  const first = `Copy of ${base}`;
  if (!doc.sheetByName(first)) return first;
  for (let n = 2; ; n++) {
    if (!doc.sheetByName(`${first} ${n}`)) return `${first} ${n}`;
  }
}

export function copySheetInto(
  source: SheetModel,
  target: SpreadsheetModel,
  name: string,
  index: number,
): SheetModel {
  const copy = new SheetModel(target, target.newSheetId(), name, source.grid.clone());
  copySheetProps(source, copy);
  target.addSheet(copy, index);
  const sameDoc = target === source.parent;
  const follow = (r: ChartRangeRef): ChartRangeRef[] =>
    r.sheet === source ? [{ sheet: copy, rect: r.rect }] : sameDoc ? [r] : [];
  copy.charts = source.charts.map((chart) => {
    const spec = cloneSpec(chart);
    spec.ranges = spec.ranges.flatMap(follow);
    return { ...spec, id: target.nextChartId++ };
  });
  copy.conditionalRules = source.conditionalRules.map((rule) => {
    const spec = cloneCfSpec(rule);
    spec.ranges = spec.ranges.flatMap(follow);
    return spec;
  });
  for (const m of source.parent.metadata) {
    const loc = m.location;
    if (loc.type === 'SPREADSHEET' || loc.sheet !== source) continue;
    const location: MetadataLocationModel =
      loc.type === 'SHEET' ? { type: 'SHEET', sheet: copy } : { ...loc, sheet: copy };
    target.metadata.push({ ...m, id: target.nextMetadataId++, location, removed: false });
  }
  return copy;
}

export function copySpreadsheetModel(source: SpreadsheetModel, file: DriveFile): SpreadsheetModel {
  const doc = new SpreadsheetModel(file, source.locale);
  const map = new Map<SheetModel, SheetModel>();
  for (const s of source.sheets) {
    const copy = new SheetModel(doc, s.id, s.name, s.grid.clone());
    copySheetProps(s, copy);
    map.set(s, copy);
    doc.sheets.push(copy);
  }
  for (const s of source.sheets) {
    const copy = map.get(s) as SheetModel;
    copy.charts = s.charts.map((chart) => {
      const spec = cloneSpec(chart);
      spec.ranges = spec.ranges.flatMap((r) => {
        const sheet = map.get(r.sheet);
        return sheet ? [{ sheet, rect: r.rect }] : [];
      });
      return { ...spec, id: chart.id };
    });
    copy.conditionalRules = s.conditionalRules.map((rule) => {
      const spec = cloneCfSpec(rule);
      spec.ranges = spec.ranges.flatMap((r) => {
        const sheet = map.get(r.sheet);
        return sheet ? [{ sheet, rect: r.rect }] : [];
      });
      return spec;
    });
    copy.protections = s.protections.map((p) => ({
      ...p,
      sheet: copy,
      rect: p.rect ? { ...p.rect } : null,
      editors: new Set(p.editors),
    }));
  }
  doc.metadata = source.metadata.flatMap((m): MetadataEntry[] => {
    const loc = m.location;
    if (loc.type === 'SPREADSHEET') return [{ ...m, location: { type: 'SPREADSHEET' } }];
    const sheet = map.get(loc.sheet);
    if (!sheet) return [];
    return [{ ...m, location: loc.type === 'SHEET' ? { type: 'SHEET', sheet } : { ...loc, sheet } }];
  });
  doc.nextMetadataId = source.nextMetadataId;
  doc.nextChartId = source.nextChartId;
  doc.nextProtectionId = source.nextProtectionId;
  doc.activeSheet = source.activeSheet ? (map.get(source.activeSheet) ?? doc.sheets[0] ?? null) : null;
  file.spreadsheet = doc;
  return doc;
}
