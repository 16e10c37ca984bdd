import { describe, expect, it } from 'vitest';
import { LATENCY_MS } from '../../dev/emulator';
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

  it('resets, and estimates latency with reads flushing queued writes', () => {
    const { emu, sheet } = setup();
    const range = sheet.getRange('A1');
    emu.calls.reset();
    range.setValue(1);
    range.setValue(2);
    cellValue(range);
    const snap = emu.calls.snapshot();
    expect(snap.total).toBe(3);
    expect(snap.implicitFlushes).toBe(1);
    expect(snap.estimatedMs).toBeCloseTo(2 * LATENCY_MS.write + LATENCY_MS.read + LATENCY_MS.flush);
    emu.calls.reset();
    expect(emu.calls.snapshot()).toEqual({ total: 0, byMethod: {}, estimatedMs: 0, implicitFlushes: 0 });
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
