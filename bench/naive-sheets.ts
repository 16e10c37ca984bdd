/**
 * The simple approach, kept for comparison: the same sheet plan written and read one cell at a
 * time (a getRange and a setter per attribute per cell, a getDisplayValue per cell), as a
 * first-time Apps Script author would. Same layout, same keys; only the call pattern differs.
 */
import type { ChartsService, Sheet, Spreadsheet, SpreadsheetAppService } from '../src/hosts/sheets/services';
import { planSheet } from '../src/hosts/sheets/sheet-plan';
import { COLUMN_KEY, ROW_KEY } from '../src/layout/keys';
import { planTable } from '../src/layout/table';
import type { JourneyDocument } from '../src/model/types';

export function naiveBuild(
  app: SpreadsheetAppService,
  _charts: ChartsService,
  spreadsheet: Spreadsheet,
  doc: JourneyDocument,
): void {
  for (const persona of doc.personas) {
    const journey = doc.journeys.find((j) => j.personaId === persona.id)!;
    const plan = planSheet(doc, persona, planTable(doc, journey, { hints: false }));
    const sheet = spreadsheet.insertSheet(`naive ${persona.name}`, spreadsheet.getNumSheets());
    for (let r = 0; r < plan.height; r++) {
      for (let c = 0; c < plan.width; c++) {
        const cell = sheet.getRange(r + 1, c + 1);
        cell.setNumberFormat(plan.numberFormats[r]![c]!);
        cell.setValue(plan.values[r]![c] ?? '');
        cell.setBackground(plan.backgrounds[r]![c]!);
        cell.setFontColor(plan.fontColors[r]![c]!);
        cell.setFontWeight(plan.fontWeights[r]![c]!);
        cell.setFontStyle(plan.fontStyles[r]![c]!);
        cell.setFontSize(plan.fontSizes[r]![c]!);
        cell.setHorizontalAlignment(plan.alignments[r]![c]!);
        if (plan.notes[r]![c]) cell.setNote(plan.notes[r]![c]!);
      }
    }
    for (const m of plan.merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
    for (const { row, value } of plan.rowKeys) {
      sheet
        .getRange(`${row}:${row}`)
        .addDeveloperMetadata(ROW_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
    }
    for (const { column, value } of plan.columnKeys) {
      const letter = String.fromCharCode(64 + column);
      sheet
        .getRange(`${letter}:${letter}`)
        .addDeveloperMetadata(COLUMN_KEY, value, app.DeveloperMetadataVisibility.DOCUMENT);
    }
  }
}

export function naiveRead(spreadsheet: Spreadsheet): number {
  let cells = 0;
  for (const sheet of spreadsheet.getSheets().filter((s: Sheet) => s.getName().startsWith('naive '))) {
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        if (sheet.getRange(r, c).getDisplayValues()[0]![0] !== '') cells++;
      }
    }
    for (const md of sheet.createDeveloperMetadataFinder().find()) md.getLocation().getRow();
  }
  return cells;
}
