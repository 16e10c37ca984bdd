/**
 * How the open-deck writer copies styled text into table cells (src/hosts/slides/stamp.ts): a
 * scratch text box styled per part, `TextRange.find` over it, `appendRange(range, true)` into
 * cells. Records what the reference leaves open: the regular-expression dialect of `find` (does a
 * negated class cross a paragraph mark?), which formatting travels with the copy (size, weight,
 * slant, colour; paragraph alignment?), and what the cell's text is afterwards.
 */
import type { ConformanceEnv } from '../env';
import type { Scenario } from '../scenario';
import { attempt, restTextSnapshot } from '../snapshot';

const SEP = '\u241e';

function appendRange(env: ConformanceEnv) {
  const deck = env.scratch.presentation('append range');
  const slide = deck.getSlides()[0]!;
  const box = slide.insertTextBox(`plain${SEP}bold 9${SEP}two\nlines${SEP}`, 10, 10, 300, 60);
  const whole = box.getText();
  whole.getRange(6, 12).getTextStyle().setFontSize(9).setBold(true).setItalic(false);
  whole.getRange(0, 5).getParagraphStyle().setParagraphAlignment(env.slidesApp.ParagraphAlignment.CENTER);
  const found = attempt(() => whole.find(`[^${SEP}\\n\\v]+`).map((r) => r.asString()));
  const ranges = whole.find(`[^${SEP}\\n\\v]+`);
  const table = slide.insertTable(2, 2, 10, 120, 300, 60);
  const copied = attempt(() => {
    table.getCell(0, 0).getText().appendRange(ranges[1]!, true);
    table.getCell(0, 1).getText().appendRange(ranges[0]!, true);
    table.getCell(1, 0).getText().appendRange(whole.getRange(13, 22), true);
    return null;
  });
  const ids = { table: table.getObjectId(), box: box.getObjectId() };
  const saved = env.flushPresentation(deck);
  const read = env.slidesApi.Presentations.get(saved.getId());
  const elements = read.slides?.[0]?.pageElements ?? [];
  const rows = elements.find((e) => e.objectId === ids.table)?.table?.tableRows ?? [];
  return {
    found,
    copied,
    source: restTextSnapshot(elements.find((e) => e.objectId === ids.box)?.shape?.text),
    // A bold 9 pt copy; a copy of a centred paragraph; a copy across a paragraph mark.
    boldCell: restTextSnapshot(rows[0]?.tableCells?.[0]?.text),
    centredCell: restTextSnapshot(rows[0]?.tableCells?.[1]?.text),
    twoLinesCell: restTextSnapshot(rows[1]?.tableCells?.[0]?.text),
  };
}

export const SLIDES_COPY_SCENARIOS: Scenario[] = [
  {
    id: 'slides-append-range',
    title: 'TextRange.find and appendRange(range, true): what a styled copy into a cell keeps',
    covers: ['slides.append-range'],
    run: appendRange,
  },
];
