/**
 * What each `spreadsheets.batchUpdate` request does to a spreadsheet model, with the rules Google
 * documents beyond the JSON schema: sheet ids that exist ("No grid with id"), ranges inside the
 * grid, at most 50,000 characters a cell, merges that do not cut other merges, frozen panes
 * smaller than the grid, update requests that name their fields, and developer metadata only on
 * the spreadsheet, a sheet, or exactly one whole row or column.
 *
 * A batch is atomic: the service snapshots what requests can change, applies them in order, and
 * restores the snapshot when one fails.
 */
import { columnLetters } from '../sheets/a1';
import type { Cell, CellFormat, ValidationRule } from '../sheets/cell';
import { cloneSpec } from '../sheets/chart-model';
import { cloneCfSpec } from '../sheets/conditional-model';
import type { Rect } from '../sheets/dims';
import {
  CELL_MAX_CHARS,
  type CfCondition,
  type CfFormat,
  type CfRuleSpec,
  type ChartModel,
  type MetadataEntry,
  type MetadataLocationModel,
  type SheetModel,
  type SpreadsheetModel,
} from '../sheets/document-model';
import type { Grid } from '../sheets/grid';
import { METADATA_VALUE_MAX_CHARS } from '../sheets/metadata-model';
import { hexOfStyle, reject } from './common';

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function int(value: unknown, fallback: number): number {
  return value === undefined ? fallback : Number(value);
}

function fields(request: Json, known: readonly string[]): Set<string> {
  const text = typeof request.fields === 'string' ? request.fields.trim() : '';
  if (text === '') return reject('At least one field must be specified.');
  if (text === '*') return new Set(known);
  const names = text.split(',').map((f) => f.trim());
  for (const f of names)
    if (!known.includes(f)) reject(`Invalid field mask: '${f}' is not a field of this request.`);
  return new Set(names);
}

/** What a batch may change, kept to put back when a request fails. */
interface Snapshot {
  sheets: {
    sheet: SheetModel;
    grid: Grid;
    merges: Rect[];
    frozenRows: number;
    frozenCols: number;
    hiddenGridlines: boolean;
    conditionalRules: CfRuleSpec[];
    charts: ChartModel[];
  }[];
  metadata: MetadataEntry[];
  nextMetadataId: number;
  nextChartId: number;
}

export function snapshot(doc: SpreadsheetModel): Snapshot {
  return {
    sheets: doc.sheets.map((sheet) => ({
      sheet,
      grid: sheet.grid.clone(),
      merges: sheet.merges.map((m) => ({ ...m })),
      frozenRows: sheet.frozenRows,
      frozenCols: sheet.frozenCols,
      hiddenGridlines: sheet.hiddenGridlines,
      conditionalRules: sheet.conditionalRules.map(cloneCfSpec),
      charts: sheet.charts.map((c) => ({ ...cloneSpec(c), id: c.id })),
    })),
    metadata: doc.metadata.map((m) => ({ ...m, location: { ...m.location } })),
    nextMetadataId: doc.nextMetadataId,
    nextChartId: doc.nextChartId,
  };
}

export function restore(doc: SpreadsheetModel, saved: Snapshot): void {
  for (const s of saved.sheets) {
    // The grid is fixed for a sheet's life in the model; a failed batch puts its old cells back.
    (s.sheet as unknown as { grid: Grid }).grid = s.grid;
    s.sheet.merges = s.merges;
    s.sheet.frozenRows = s.frozenRows;
    s.sheet.frozenCols = s.frozenCols;
    s.sheet.hiddenGridlines = s.hiddenGridlines;
    s.sheet.conditionalRules = s.conditionalRules;
    s.sheet.charts = s.charts;
  }
  doc.metadata = saved.metadata;
  doc.nextMetadataId = saved.nextMetadataId;
  doc.nextChartId = saved.nextChartId;
}

const ALIGN: Record<string, string> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
  TOP: 'top',
  MIDDLE: 'middle',
  BOTTOM: 'bottom',
};
const WRAP: Record<string, string> = {
  WRAP: 'WRAP',
  CLIP: 'CLIP',
  OVERFLOW_CELL: 'OVERFLOW',
  LEGACY_WRAP: 'WRAP',
};
const DEFAULT_PATTERN: Record<string, string> = { TEXT: '@', NUMBER: '#,##0.00', PERCENT: '0.00%' };

export class SheetsBatch {
  constructor(private readonly doc: SpreadsheetModel) {}

  private sheet(id: unknown): SheetModel {
    const found = this.doc.sheetById(Number(id ?? 0));
    return found ?? reject(`No grid with id: ${String(id ?? 0)}`);
  }

  /** A GridRange as a rect inside its sheet; unbounded sides reach the edge of the grid. */
  private rect(range: unknown): { sheet: SheetModel; rect: Rect } {
    const g = obj(range);
    const sheet = this.sheet(g.sheetId);
    const rect = {
      r1: int(g.startRowIndex, 0),
      c1: int(g.startColumnIndex, 0),
      r2: int(g.endRowIndex, sheet.maxRows) - 1,
      c2: int(g.endColumnIndex, sheet.maxCols) - 1,
    };
    this.inside(sheet, rect);
    return { sheet, rect };
  }

  private inside(sheet: SheetModel, rect: Rect): void {
    if (rect.r1 < 0 || rect.c1 < 0 || rect.r2 < rect.r1 || rect.c2 < rect.c1)
      reject(`Invalid range: start ${rect.r1},${rect.c1} end ${rect.r2 + 1},${rect.c2 + 1}.`);
    if (rect.r2 >= sheet.maxRows || rect.c2 >= sheet.maxCols)
      reject(
        `Range ('${sheet.name}'!${columnLetters(rect.c1 + 1)}${rect.r1 + 1}:${columnLetters(rect.c2 + 1)}${rect.r2 + 1}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
      );
  }

  apply(kind: string, request: Json): Json {
    switch (kind) {
      case 'updateCells':
        return this.updateCells(request);
      case 'mergeCells': {
        const { sheet, rect } = this.rect(request.range);
        if ((request.mergeType ?? 'MERGE_ALL') !== 'MERGE_ALL')
          reject(`The merge type ${String(request.mergeType)} is not supported by this emulator.`);
        if (
          sheet
            .mergesIntersecting(rect)
            .some((m) => m.r1 < rect.r1 || m.c1 < rect.c1 || m.r2 > rect.r2 || m.c2 > rect.c2)
        )
          reject('You must select all cells in a merged range to merge or unmerge them.');
        sheet.merge(rect);
        return {};
      }
      case 'updateBorders': {
        const { sheet, rect } = this.rect(request.range);
        const side = (name: string): { color: string; style: string } | false | null => {
          const b = request[name];
          if (b === undefined) return null;
          const style = String(obj(b).style ?? 'SOLID');
          return style === 'NONE' ? false : { color: hexOfStyle(obj(b).colorStyle), style };
        };
        const sides = {
          top: side('top'),
          bottom: side('bottom'),
          left: side('left'),
          right: side('right'),
          horizontal: side('innerHorizontal'),
          vertical: side('innerVertical'),
        };
        for (const [name, edge] of Object.entries(sides)) {
          if (edge === null) continue;
          const flags = {
            top: null,
            left: null,
            bottom: null,
            right: null,
            vertical: null,
            horizontal: null,
            [name]: edge !== false,
          };
          sheet.setBorders(rect, flags, edge === false ? { color: '#000000', style: 'SOLID' } : edge);
        }
        return {};
      }
      case 'updateSheetProperties': {
        const p = obj(request.properties);
        const sheet = this.sheet(p.sheetId);
        const f = fields(request, [
          'title',
          'gridProperties.frozenRowCount',
          'gridProperties.frozenColumnCount',
          'gridProperties.hideGridlines',
        ]);
        const grid = obj(p.gridProperties);
        const rows = int(grid.frozenRowCount, 0);
        const columns = int(grid.frozenColumnCount, 0);
        if (f.has('gridProperties.frozenRowCount') && (rows < 0 || rows >= sheet.maxRows))
          reject("You can't freeze all visible rows on the sheet.");
        if (f.has('gridProperties.frozenColumnCount') && (columns < 0 || columns >= sheet.maxCols))
          reject("You can't freeze all visible columns on the sheet.");
        if (f.has('title')) sheet.name = this.doc.checkSheetName(String(p.title ?? ''), sheet);
        if (f.has('gridProperties.frozenRowCount')) sheet.frozenRows = rows;
        if (f.has('gridProperties.frozenColumnCount')) sheet.frozenCols = columns;
        if (f.has('gridProperties.hideGridlines')) sheet.hiddenGridlines = grid.hideGridlines === true;
        return {};
      }
      case 'updateDimensionProperties': {
        const r = obj(request.range);
        const sheet = this.sheet(r.sheetId);
        const rows = r.dimension === 'ROWS';
        if (!rows && r.dimension !== 'COLUMNS') reject('The dimension must be ROWS or COLUMNS.');
        const start = int(r.startIndex, 0);
        const end = int(r.endIndex, rows ? sheet.maxRows : sheet.maxCols);
        this.inside(
          sheet,
          rows ? { r1: start, r2: end - 1, c1: 0, c2: 0 } : { r1: 0, r2: 0, c1: start, c2: end - 1 },
        );
        const f = fields(request, ['pixelSize']);
        const size = Number(obj(request.properties).pixelSize);
        if (f.has('pixelSize')) {
          if (!(size >= 0)) reject('The pixel size must not be negative.');
          for (let i = start; i < end; i++) {
            if (rows) {
              sheet.grid.rowHeights[i] = size;
              // A height set through the API is a fixed height: Sheets does not grow it to fit text.
              sheet.grid.rowForced[i] = true;
            } else sheet.grid.colWidths[i] = size;
          }
        }
        return {};
      }
      case 'setDataValidation': {
        const { sheet, rect } = this.rect(request.range);
        const rule = request.rule === undefined ? null : this.validation(obj(request.rule));
        for (let r = rect.r1; r <= rect.r2; r++)
          for (let c = rect.c1; c <= rect.c2; c++) sheet.setValidation(r, c, rule);
        return {};
      }
      case 'addConditionalFormatRule': {
        const rule = obj(request.rule);
        const ranges = list(rule.ranges).map((g) => this.rect(g));
        if (ranges.length === 0) reject('A conditional format rule needs at least one range.');
        const sheet = ranges[0]!.sheet;
        if (ranges.some((r) => r.sheet !== sheet))
          reject('All ranges of a conditional format rule must be on one sheet.');
        const index = int(request.index, 0);
        if (!(index >= 0 && index <= sheet.conditionalRules.length))
          reject(`The index ${index} is outside the sheet's rules (0 to ${sheet.conditionalRules.length}).`);
        sheet.conditionalRules.splice(index, 0, {
          ...this.booleanRule(obj(rule.booleanRule)),
          ranges: ranges.map((r) => ({ sheet: r.sheet, rect: r.rect })),
        });
        return {};
      }
      case 'addChart':
        return this.addChart(obj(request.chart));
      case 'createDeveloperMetadata':
        return this.createMetadata(obj(request.developerMetadata));
      default:
        return reject(`The request kind ${kind} is not supported by this emulator.`);
    }
  }

  private updateCells(request: Json): Json {
    const f = fields(request, ['userEnteredValue', 'userEnteredFormat', 'note']);
    const rows = list(request.rows).map((row) => list(obj(row).values));
    let sheet: SheetModel;
    let r0: number;
    let c0: number;
    if (request.start !== undefined) {
      const start = obj(request.start);
      sheet = this.sheet(start.sheetId);
      r0 = int(start.rowIndex, 0);
      c0 = int(start.columnIndex, 0);
      const width = Math.max(1, ...rows.map((r) => r.length));
      this.inside(sheet, { r1: r0, c1: c0, r2: r0 + Math.max(1, rows.length) - 1, c2: c0 + width - 1 });
    } else {
      const target = this.rect(request.range);
      sheet = target.sheet;
      r0 = target.rect.r1;
      c0 = target.rect.c1;
      if (rows.length > target.rect.r2 - r0 + 1 || rows.some((r) => r.length > target.rect.c2 - c0 + 1))
        reject('The rows do not fit the range.');
    }
    rows.forEach((values, dr) => {
      values.forEach((raw, dc) => {
        const data = obj(raw);
        const r = r0 + dr;
        const c = c0 + dc;
        if (f.has('userEnteredValue')) this.writeValue(sheet, r, c, obj(data.userEnteredValue));
        if (f.has('userEnteredFormat')) this.writeFormat(sheet, r, c, data.userEnteredFormat);
        if (f.has('note')) sheet.setNote(r, c, typeof data.note === 'string' ? data.note : null);
      });
    });
    return {};
  }

  private writeValue(sheet: SheetModel, r: number, c: number, v: Json): void {
    const cell: Cell = sheet.grid.edit(r, c);
    delete cell.value;
    delete cell.formula;
    if (typeof v.stringValue === 'string') {
      if (v.stringValue.length > CELL_MAX_CHARS)
        reject(`Your input contains more than the maximum of ${CELL_MAX_CHARS} characters in a single cell.`);
      // A stringValue is text as it stands: never parsed as a number or formula.
      cell.value = v.stringValue;
    } else if (v.numberValue !== undefined) cell.value = Number(v.numberValue);
    else if (typeof v.boolValue === 'boolean') cell.value = v.boolValue;
    else if (typeof v.formulaValue === 'string') cell.formula = v.formulaValue;
    sheet.grid.prune(r, c);
  }

  private writeFormat(sheet: SheetModel, r: number, c: number, raw: unknown): void {
    const cell = sheet.grid.get(r, c);
    if (cell) delete cell.format;
    if (raw === undefined) {
      sheet.grid.prune(r, c);
      return;
    }
    const f = obj(raw);
    const text = obj(f.textFormat);
    const set = <K extends Exclude<keyof CellFormat, 'borders'>>(key: K, value: CellFormat[K] | undefined) =>
      sheet.setFormat(r, c, key, value);
    const number = obj(f.numberFormat);
    if (f.numberFormat !== undefined)
      set(
        'numberFormat',
        typeof number.pattern === 'string' ? number.pattern : DEFAULT_PATTERN[String(number.type)],
      );
    if (f.backgroundColorStyle !== undefined) set('background', hexOfStyle(f.backgroundColorStyle));
    if (text.foregroundColorStyle !== undefined) set('fontColor', hexOfStyle(text.foregroundColorStyle));
    if (text.fontSize !== undefined) set('fontSize', Number(text.fontSize));
    if (text.bold !== undefined) set('fontWeight', text.bold === true ? 'bold' : 'normal');
    if (text.italic !== undefined) set('fontStyle', text.italic === true ? 'italic' : 'normal');
    if (typeof f.horizontalAlignment === 'string') set('horizontalAlignment', ALIGN[f.horizontalAlignment]);
    if (typeof f.verticalAlignment === 'string') set('verticalAlignment', ALIGN[f.verticalAlignment]);
    if (typeof f.wrapStrategy === 'string') set('wrapStrategy', WRAP[f.wrapStrategy]);
    const borders = obj(f.borders);
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const b = borders[side];
      if (b !== undefined && obj(b).style !== 'NONE')
        sheet.setBorderEdge(r, c, side, {
          color: hexOfStyle(obj(b).colorStyle),
          style: String(obj(b).style ?? 'SOLID'),
        });
    }
  }

  private validation(rule: Json): ValidationRule {
    const condition = obj(rule.condition);
    const values = list(condition.values).map((v) => String(obj(v).userEnteredValue ?? ''));
    const base = {
      allowInvalid: rule.strict !== true,
      helpText: typeof rule.inputMessage === 'string' ? rule.inputMessage : '',
    };
    if (condition.type === 'NUMBER_BETWEEN') {
      if (values.length !== 2 || values.some((v) => v === '' || Number.isNaN(Number(v))))
        reject('NUMBER_BETWEEN needs two numbers.');
      return { criteria: 'NUMBER_BETWEEN', values: values.map(Number), ...base };
    }
    if (condition.type === 'ONE_OF_LIST')
      return { criteria: 'VALUE_IN_LIST', values: [values, rule.showCustomUi === true], ...base };
    return reject(`The condition type ${String(condition.type)} is not supported by this emulator.`);
  }

  private booleanRule(rule: Json): { condition: CfCondition; format: CfFormat } {
    const condition = obj(rule.condition);
    const values = list(condition.values).map((v) => String(obj(v).userEnteredValue ?? ''));
    let parsed: CfCondition;
    if (condition.type === 'CUSTOM_FORMULA') {
      if (!values[0]?.startsWith('=')) reject('A custom formula must start with "=".');
      parsed = { kind: 'formula', formula: values[0] };
    } else if (condition.type === 'NUMBER_EQ') parsed = { kind: 'numberEqualTo', value: Number(values[0]) };
    // The add-on writes only these two conditions (src/hosts/rest/sheets-requests.ts).
    else return reject(`The condition type ${String(condition.type)} is not supported by this emulator.`);
    const f = obj(rule.format);
    const text = obj(f.textFormat);
    const format: CfFormat = {};
    if (f.backgroundColorStyle !== undefined) format.background = hexOfStyle(f.backgroundColorStyle);
    if (text.foregroundColorStyle !== undefined) format.fontColor = hexOfStyle(text.foregroundColorStyle);
    if (typeof text.bold === 'boolean') format.bold = text.bold;
    if (typeof text.italic === 'boolean') format.italic = text.italic;
    return { condition: parsed, format };
  }

  private addChart(chart: Json): Json {
    const spec = obj(chart.spec);
    const basic = obj(spec.basicChart);
    if (spec.basicChart === undefined) reject('Only basic charts are supported by this emulator.');
    const sources = (data: unknown) => list(obj(obj(data).sourceRange).sources).map((g) => this.rect(g));
    const domains = list(basic.domains).flatMap((d) => sources(obj(d).domain));
    const series = list(basic.series).flatMap((s) => sources(obj(s).series));
    if (series.length === 0) reject('A chart needs at least one series.');
    const overlay = obj(obj(chart.position).overlayPosition);
    const anchor = obj(overlay.anchorCell);
    const sheet = this.sheet(anchor.sheetId);
    const row = int(anchor.rowIndex, 0);
    const col = int(anchor.columnIndex, 0);
    this.inside(sheet, { r1: row, c1: col, r2: row, c2: col });
    const ranges = [...domains, ...series];
    // The API takes a chosen chartId (it must be free) or picks one.
    const wanted = chart.chartId;
    const taken = this.doc.sheets.some((s) => s.charts.some((c) => c.id === wanted));
    if (typeof wanted === 'number' && taken) reject(`A chart with id ${wanted} already exists.`);
    const id = typeof wanted === 'number' ? wanted : this.doc.nextChartId++;
    sheet.charts.push({
      id,
      type: String(basic.chartType ?? 'LINE'),
      ranges: ranges.map((r) => ({ sheet: r.sheet, rect: r.rect })),
      options: {
        ...(typeof spec.title === 'string' ? { title: spec.title } : {}),
        ...(basic.legendPosition === 'BOTTOM_LEGEND' ? { legend: { position: 'bottom' } } : {}),
        ...(overlay.widthPixels !== undefined ? { width: Number(overlay.widthPixels) } : {}),
        ...(overlay.heightPixels !== undefined ? { height: Number(overlay.heightPixels) } : {}),
      },
      anchor: { row, col, offsetX: int(overlay.offsetXPixels, 0), offsetY: int(overlay.offsetYPixels, 0) },
      numHeaders: int(basic.headerCount, -1),
      // Series given as rows (one row tall each): the data is read across, as transposed in SpreadsheetApp.
      transpose: ranges.every((r) => r.rect.r1 === r.rect.r2),
      // The API names each series' range itself: the ranges are stacked, one series each.
      mergeStrategy: 'MERGE_ROWS',
    });
    return { addChart: { chart: { chartId: id } } };
  }

  private createMetadata(md: Json): Json {
    const key = typeof md.metadataKey === 'string' ? md.metadataKey : '';
    if (key === '') reject('Developer metadata needs a metadataKey.');
    const value = typeof md.metadataValue === 'string' ? md.metadataValue : null;
    if (value !== null && value.length > METADATA_VALUE_MAX_CHARS)
      reject(
        `Developer metadata value is too long: ${value.length} characters, the maximum is ${METADATA_VALUE_MAX_CHARS}.`,
      );
    const loc = obj(md.location);
    const given = ['spreadsheet', 'sheetId', 'dimensionRange'].filter(
      (k) => loc[k] !== undefined && loc[k] !== false,
    );
    if (given.length !== 1)
      reject(
        'Developer metadata must be placed on exactly one of: the spreadsheet, a sheet, a row or a column.',
      );
    let location: MetadataLocationModel;
    if (loc.spreadsheet === true) location = { type: 'SPREADSHEET' };
    else if (loc.sheetId !== undefined) location = { type: 'SHEET', sheet: this.sheet(loc.sheetId) };
    else {
      const d = obj(loc.dimensionRange);
      const sheet = this.sheet(d.sheetId);
      const start = int(d.startIndex, -1);
      const end = int(d.endIndex, -1);
      if (end - start !== 1)
        reject(
          'The dimension range of developer metadata must be a single row or column, not an arbitrary range.',
        );
      const rows = d.dimension === 'ROWS';
      this.inside(
        sheet,
        rows ? { r1: start, r2: start, c1: 0, c2: 0 } : { r1: 0, r2: 0, c1: start, c2: start },
      );
      location = { type: rows ? 'ROW' : 'COLUMN', sheet, index: start };
    }
    const entry: MetadataEntry = {
      id: typeof md.metadataId === 'number' ? md.metadataId : this.doc.nextMetadataId++,
      key,
      value,
      visibility: md.visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
      location,
      removed: false,
    };
    if (this.doc.metadata.some((m) => m.id === entry.id))
      reject(`Developer metadata ${entry.id} already exists.`);
    this.doc.metadata.push(entry);
    return { createDeveloperMetadata: { developerMetadata: { ...md, metadataId: entry.id } } };
  }
}
