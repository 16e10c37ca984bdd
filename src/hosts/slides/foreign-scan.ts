/**
 * Reads a deck Journey Grid did not build: every table on every slide is a grid for the
 * recognizer of hand-made grids (src/read/foreign), and the slide's text boxes go with the first
 * table on it (a title, a persona block). Merged table cells are not read as merges yet (that
 * needs TableCell.getMergeState per cell: https://developers.google.com/apps-script/reference/slides/cell-merge-state,
 * which the emulator does not model): a merged group header's text is in its head (upper-left)
 * cell and the merged cells are empty, so the recognizer still finds it as a stage group.
 */
import type { Result } from '../../model/problems';
import type { ForeignGrid } from '../../read/foreign/grid';
import { type ForeignReading, recognizeGrids } from '../../read/foreign/recognize';
import { tableTexts, textOf } from './scan';
import type { Presentation, SlidesAppService } from './services';

export function deckGrids(app: SlidesAppService, presentation: Presentation): ForeignGrid[] {
  const grids: ForeignGrid[] = [];
  presentation.getSlides().forEach((slide, s) => {
    const tables: ForeignGrid[] = [];
    const loose: { address: string; text: string }[] = [];
    let boxes = 0;
    for (const el of slide.getPageElements()) {
      const type = el.getPageElementType();
      if (type === app.PageElementType.TABLE) {
        const n = tables.length + 1;
        const where = `slide ${s + 1}`;
        tables.push({
          where,
          cells: tableTexts(el.asTable()),
          merges: [],
          address: (row, column) =>
            `${where}, ${n > 1 ? `table ${n}, ` : ''}row ${row + 1}, column ${column + 1}`,
        });
      } else if (type === app.PageElementType.SHAPE) {
        boxes++;
        const text = textOf(el.asShape().getText().asString());
        if (text.trim()) loose.push({ address: `slide ${s + 1}: text box ${boxes}`, text });
      }
    }
    if (tables[0]) tables[0].loose = loose;
    grids.push(...tables);
  });
  return grids;
}

export function readForeignDeck(app: SlidesAppService, presentation: Presentation): Result<ForeignReading> {
  return recognizeGrids(deckGrids(app, presentation), presentation.getName());
}
