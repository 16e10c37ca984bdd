import { describe, expect, it } from 'vitest';
import { setup } from './setup';

function lineChart() {
  const { emu, sheet } = setup();
  const charts = emu.globals.Charts;
  const chart = sheet
    .newChart()
    .setChartType(charts.ChartType.LINE)
    .addRange(sheet.getRange('A3:E3'))
    .addRange(sheet.getRange('A6:E6'))
    .setPosition(10, 2, 5, 7)
    .setOption('title', 'Emotion curve')
    .setOption('legend', { position: 'bottom' })
    .build();
  return { emu, sheet, chart };
}

describe('Embedded charts', () => {
  it('inserts a built chart with its ranges, position and options', () => {
    const { emu, sheet, chart } = lineChart();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getChartId()).toEqual(expect.any(Number));
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['A3:E3', 'A6:E6']);
    const info = stored?.getContainerInfo();
    expect([info?.getAnchorRow(), info?.getAnchorColumn(), info?.getOffsetX(), info?.getOffsetY()]).toEqual([
      10, 2, 5, 7,
    ]);
    const snap = emu.inspect(sheet).charts[0];
    expect(snap?.type).toBe('LINE');
    expect(snap?.options).toEqual({ title: 'Emotion curve', legend: { position: 'bottom' } });
  });

  it('shifts chart ranges and anchor when a row is inserted above them', () => {
    const { sheet, chart } = lineChart();
    sheet.insertChart(chart);
    sheet.insertRowsBefore(4, 1);
    const [stored] = sheet.getCharts();
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['A3:E3', 'A7:E7']);
    expect(stored?.getContainerInfo().getAnchorRow()).toBe(11);
    sheet.deleteRows(3, 1);
    expect(
      sheet
        .getCharts()[0]
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A6:E6']);
  });

  it('updates a chart through modify() and removes it', () => {
    const { emu, sheet, chart } = lineChart();
    sheet.insertChart(chart);
    const stored = sheet.getCharts()[0]!;
    const changed = stored
      .modify()
      .clearRanges()
      .addRange(sheet.getRange('B2:B9'))
      .setOption('title', 'New')
      .build();
    expect(changed.getChartId()).toBe(stored.getChartId());
    sheet.updateChart(changed);
    expect(
      sheet
        .getCharts()[0]
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:B9']);
    expect(emu.inspect(sheet).charts[0]?.options.title).toBe('New');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('merges several ranges side by side by default, stacked with MERGE_ROWS', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['Stage', 'One', 'Two']]);
    sheet.getRange('A2:C2').setValues([['Mood', 1, -1]]);
    const charts = emu.globals.Charts;
    const build = (strategy?: 'MERGE_ROWS' | 'MERGE_COLUMNS') => {
      let builder = sheet
        .newChart()
        .setChartType(charts.ChartType.LINE)
        .addRange(sheet.getRange('A1:C1'))
        .addRange(sheet.getRange('A2:C2'))
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1);
      if (strategy) builder = builder.setMergeStrategy(charts.ChartMergeStrategy[strategy]);
      sheet.insertChart(builder.build());
    };
    build();
    build('MERGE_ROWS');
    const [byDefault, stacked] = emu.inspect(sheet).charts;
    // Side by side: one row of six cells, transposed into one column: no series at all.
    expect(byDefault?.mergeStrategy).toBe('MERGE_COLUMNS');
    expect(byDefault?.data.series).toEqual([]);
    expect(stacked?.data).toEqual({ domain: ['One', 'Two'], series: [{ name: 'Mood', values: [1, -1] }] });
  });

  it('refuses a chart type or merge strategy that is not one of the enum values', () => {
    const { sheet } = setup();
    const builder = sheet.newChart() as unknown as {
      setChartType(t: unknown): unknown;
      setMergeStrategy(m: unknown): unknown;
    };
    expect(() => builder.setChartType('PIE_CHART')).toThrow(/Invalid argument/);
    expect(() => builder.setMergeStrategy('MERGE_CELLS')).toThrow(/Invalid argument/);
  });
});
