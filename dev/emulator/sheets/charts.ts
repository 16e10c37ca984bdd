/**
 * Embedded charts: the builder (Sheet.newChart(), EmbeddedChart.modify()), built charts and the
 * charts stored in a sheet. A chart obtained from getCharts() is live: its ranges and anchor are
 * read from the sheet, where structural changes keep them pointing at the same cells (see
 * SpreadsheetModel.applyStructure). A chart from build() is a detached snapshot until it is
 * passed to insertChart/updateChart.
 */
import type { EmulatorContext } from '../context';
import type {
  ChartMergeStrategy,
  ChartType,
  ContainerInfo,
  EmbeddedChart,
  EmbeddedChartBuilder,
  SheetRange,
} from '../contract';
import { ChartType as ChartTypes, enumName } from '../enums';
import { exception, messages } from '../errors';
import { ServiceObject, unwrap } from '../expose';
import { cloneSpec, emptySpec } from './chart-model';
import type { ChartModel, ChartSpec, SheetModel } from './document-model';
import { RangeImpl } from './range';

/** Option values are kept as plain data (scripts pass JSON-like objects, possibly from another realm). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class ContainerInfoImpl extends ServiceObject implements ContainerInfo {
  constructor(
    ctx: EmulatorContext,
    private readonly anchor: ChartSpec['anchor'],
  ) {
    super(ctx, 'ContainerInfo');
  }

  getAnchorRow(): number {
    return this.anchor.row + 1;
  }

  getAnchorColumn(): number {
    return this.anchor.col + 1;
  }

  getOffsetX(): number {
    return this.anchor.offsetX;
  }

  getOffsetY(): number {
    return this.anchor.offsetY;
  }
}

export class EmbeddedChartBuilderImpl extends ServiceObject implements EmbeddedChartBuilder {
  constructor(
    ctx: EmulatorContext,
    readonly sheet: SheetModel,
    private readonly spec: ChartSpec,
    private readonly chartId: number | null,
  ) {
    super(ctx, 'EmbeddedChartBuilder');
  }

  addRange(range: SheetRange): this {
    const r = unwrap(range);
    if (!(r instanceof RangeImpl)) throw new TypeError('addRange expects a Range');
    this.spec.ranges.push({ sheet: r.sheet, rect: { ...r.rect } });
    return this;
  }

  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  setChartType(type: ChartType): this {
    // Apps Script refuses a value that is not one of Charts.ChartType.
    if (!(enumName(type) in ChartTypes)) throw exception(messages.invalidArgument('type'));
    this.spec.type = enumName(type);
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.spec.options[String(option)] = plain(value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.anchor = { row: anchorRowPos - 1, col: anchorColPos - 1, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }

  setMergeStrategy(mergeStrategy: ChartMergeStrategy): this {
    const name = enumName(mergeStrategy);
    if (name !== 'MERGE_COLUMNS' && name !== 'MERGE_ROWS')
      throw exception(messages.invalidArgument('mergeStrategy'));
    this.spec.mergeStrategy = name;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = Boolean(transpose);
    return this;
  }

  build(): EmbeddedChartImpl {
    return new EmbeddedChartImpl(this.ctx, this.sheet, cloneSpec(this.spec), this.chartId);
  }
}

export class EmbeddedChartImpl extends ServiceObject implements EmbeddedChart {
  constructor(
    ctx: EmulatorContext,
    readonly sheet: SheetModel,
    /** A detached snapshot (from build()), or null for a live chart read from the sheet. */
    readonly snapshot: ChartSpec | null,
    public id: number | null,
  ) {
    super(ctx, 'EmbeddedChart');
  }

  /** The stored chart this object stands for, if it is in the sheet. */
  stored(): ChartModel | undefined {
    return this.id === null ? undefined : this.sheet.charts.find((c) => c.id === this.id);
  }

  /** What this chart currently describes: the snapshot if detached, else the stored chart. */
  spec(): ChartSpec {
    return this.snapshot ?? this.stored() ?? emptySpec();
  }

  getChartId(): number | null {
    return this.id;
  }

  getRanges(): SheetRange[] {
    return this.spec().ranges.map((r) => new RangeImpl(this.ctx, r.sheet, r.rect));
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfoImpl(this.ctx, { ...this.spec().anchor });
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this.ctx, this.sheet, cloneSpec(this.spec()), this.id);
  }
}
