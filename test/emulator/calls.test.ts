import { describe, expect, it } from 'vitest';
import { classifyCall, createEmulator, FIGURES } from '../../dev/emulator';
import { CallCounter } from '../../dev/emulator/calls';
import { cellValue, setup } from './setup';

describe('Service-call counter', () => {
  it('counts one Range.setValues per call, whatever the size of the data', () => {
    const { emu, sheet } = setup();
    const range = sheet.getRange(1, 1, 50, 10);
    const data = Array.from({ length: 50 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    range.setValues(data);
    range.setValues(data);
    expect(emu.calls.byMethod['Range.setValues']).toBe(2);
    expect(emu.calls.byMethod['Sheet.getRange']).toBe(1);
    expect(emu.calls.total).toBe(3);
  });

  it('counts calls on every kind of object, but not the emulator’s own work', () => {
    const { app, emu, doc, sheet } = setup();
    app.getUi().createAddonMenu().addItem('x', 'f').addToUi();
    doc.createDeveloperMetadataFinder().withKey('k').find();
    sheet.getRangeList(['A1', 'B2']).setBackground('#000000');
    emu.globals.PropertiesService.getUserProperties().getProperty('p');
    emu.inspect(sheet);
    emu.user.type(sheet, 'A1', '1');
    expect(emu.calls.snapshot().byMethod).toEqual({
      'SpreadsheetApp.getUi': 1,
      'Ui.createAddonMenu': 1,
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'Spreadsheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataFinder.find': 1,
      'Sheet.getRangeList': 1,
      'RangeList.setBackground': 1,
      'PropertiesService.getUserProperties': 1,
      'Properties.getProperty': 1,
    });
  });

  it('prices a read after queued writes as a commit plus a server read', () => {
    const { emu, sheet } = setup();
    const range = sheet.getRange('A1');
    emu.calls.reset();
    range.setValue(1);
    range.setValue(2);
    cellValue(range);
    const snap = emu.calls.snapshot();
    expect(snap.total).toBe(3);
    expect(snap.commits).toBe(1);
    const commit = FIGURES.serverCall.ms + 2 * FIGURES.commitPerCell.ms;
    expect(snap.modelledMs).toBeCloseTo(2 * FIGURES.queuedWrite.ms + commit + FIGURES.serverCall.ms, 0);
    emu.calls.reset();
    expect(emu.calls.snapshot()).toEqual({
      total: 0,
      byMethod: {},
      modelledMs: 0,
      executions: 0,
      commits: 0,
    });
  });

  it('prices a commit by the cells written, and commits what is queued when the execution ends', () => {
    const { emu, sheet } = setup();
    const range = sheet.getRange(1, 1, 50, 10);
    emu.calls.reset();
    emu.calls.startExecution();
    range.setValues(Array.from({ length: 50 }, () => Array.from({ length: 10 }, () => 'x')));
    const ms = emu.calls.endExecution();
    expect(ms).toBeCloseTo(
      FIGURES.queuedWrite.ms + FIGURES.serverCall.ms + 500 * FIGURES.commitPerCell.ms,
      1,
    );
    expect(emu.calls.snapshot()).toMatchObject({ executions: 1, commits: 1 });
  });

  it('prices a row or column key as one metadata entry, not as the cells of its column', () => {
    const { emu, app, sheet } = setup();
    emu.calls.reset();
    emu.calls.startExecution();
    const visibility = app.DeveloperMetadataVisibility.DOCUMENT;
    sheet.getRange('B:B').addDeveloperMetadata('k', 'v', visibility);
    sheet.getRange('3:3').addDeveloperMetadata('k', 'v', visibility);
    const ms = emu.calls.endExecution();
    const calls = emu.calls.snapshot().total;
    const local = calls - 2;
    expect(ms).toBeCloseTo(
      local * FIGURES.local.ms +
        2 * FIGURES.queuedWrite.ms +
        FIGURES.serverCall.ms +
        2 * FIGURES.commitPerCell.ms,
      1,
    );
  });

  // The model must reproduce the published measurements it is built from (not a speed test of the
  // add-on: these run the measured scripts themselves on the emulator and price their calls).
  it('reproduces the published per-cell and batched Sheets measurements', () => {
    const { emu, app, sheet } = setup();
    emu.calls.reset();
    for (let i = 1; i <= 1000; i++) {
      const cell = sheet.getRange(i, 1);
      cell.setValue(i);
      cellValue(cell);
    }
    // 1,000 alternating getValue/setValue ≈ 319 s measured (moseskim, ch. 16).
    const alternating = emu.calls.snapshot().modelledMs;
    expect(alternating).toBeGreaterThan(319_000 / 2);
    expect(alternating).toBeLessThan(319_000 * 2);

    emu.calls.reset();
    sheet.getRange(1, 1, 1000, 4).setValues(Array.from({ length: 1000 }, () => [1, 2, 3, 4]));
    app.flush();
    // 4,000 cells in one setValues + flush ≈ 610 ms measured (Mogsdad).
    const batched = emu.calls.snapshot().modelledMs;
    expect(batched).toBeGreaterThan(610 * 0.8);
    expect(batched).toBeLessThan(610 * 1.2);
  });

  it('treats SlidesApp as a loaded deck: no round trip per call, one load and one save', () => {
    const emu = createEmulator();
    emu.createPresentation('Deck');
    emu.calls.reset();
    emu.calls.startExecution();
    const deck = emu.globals.SlidesApp.getActivePresentation()!;
    const slide = deck.appendSlide(emu.globals.SlidesApp.PredefinedLayout.BLANK);
    slide.insertTextBox('a', 0, 0, 100, 20).getText().asString();
    const ms = emu.calls.endExecution();
    const calls = emu.calls.snapshot().total;
    expect(ms).toBeCloseTo(FIGURES.slidesLoad.ms + calls * FIGURES.slidesCall.ms + FIGURES.slidesSave.ms, 1);
  });

  it('prices a REST batchUpdate by its requests', () => {
    expect(classifyCall('Slides.Presentations', 'batchUpdate')).toBe('rest');
    expect(classifyCall('Drive.Files', 'create')).toBe('rest');
    expect(classifyCall('Properties', 'getProperty')).toBe('property-get');
    expect(classifyCall('Properties', 'setProperty')).toBe('property-set');
    expect(classifyCall('Range', 'getDisplayValues')).toBe('server-read');
    expect(classifyCall('Sheet', 'getName')).toBe('cached-read');
    expect(classifyCall('TextRange', 'setText')).toBe('slides');
    const counter = new CallCounter();
    counter.record('Slides.Presentations', 'batchUpdate', { requests: 5000 });
    expect(counter.snapshot().modelledMs).toBe(FIGURES.restCall.ms + 5000 * FIGURES.restPerRequest.ms);
  });

  it('hands out opaque objects that stringify like Apps Script classes', () => {
    const { app, sheet } = setup();
    expect(String(sheet)).toBe('Sheet');
    expect(String(sheet.getRange('A1'))).toBe('Range');
    expect(String(app.WrapStrategy.WRAP)).toBe('WRAP');
    expect(Object.keys(sheet)).toEqual([]);
    expect(sheet.getRange('A1').getSheet()).toBe(sheet);
  });
});
