/**
 * Adopts a hand-made journey table in a deck: stores the keys a build stores for a table (its
 * rows' and columns' roles and labels, the persona, the skeleton: keys.ts) in the deck's
 * properties, without redrawing anything. Only a table that is the journey table from edge to
 * edge (stage header on its first row, lane labels in its first column) can be keyed: a Slides
 * table's keys are positional and its grid runs to its edges (read.ts). The keys are read back
 * before they stay; anything but the accepted model puts the properties back as they were.
 */
import { encodeColumn, encodeRow } from '../../layout/keys';
import { JourneyGridError, problem } from '../../model/problems';
import type { JourneyDocument } from '../../model/types';
import { differences } from '../../read/adopt';
import { findTables, GridView } from '../../read/foreign/find-tables';
import { recognizeGrids } from '../../read/foreign/recognize';
import { skeletonOf } from '../../read/raw';
import { ADOPT_PROBLEMS } from '../adopt-problems';
import { HOST_MESSAGES as M } from '../messages';
import type { Properties } from '../ui';
import { deckGrids } from './foreign-scan';
import { DeckStore } from './keys';
import { readPresentation } from './read';
import type { Presentation, SlidesAppService } from './services';

const NOT_EDGE_TO_EDGE = (where: string) => problem('', 'adopt-table-edges', M.adoptTableEdges(where));

export function adoptDeck(
  app: SlidesAppService,
  presentation: Presentation,
  properties: Properties,
  doc: JourneyDocument,
): void {
  const store = new DeckStore(properties);
  if (store.skeleton() || store.parts().length > 0) throw new JourneyGridError([ADOPT_PROBLEMS.already]);
  const grids = deckGrids(app, presentation);
  const fresh = recognizeGrids(grids, presentation.getName());
  // It read a table a moment ago: none now means the grid (or the open tab) changed since.
  if (!fresh.ok) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  const seen = fresh.value.document;
  const ids = (a: readonly { id: string }[]) => a.map((x) => x.id).join('\n');
  if (
    ids(seen.stages) !== ids(doc.stages) ||
    ids(seen.lanes) !== ids(doc.lanes) ||
    ids(seen.personas) !== ids(doc.personas)
  )
    throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  // A cell typed since Read back: the model the user accepted is no longer what the table says.
  if (differences(doc, seen, seen).length > 0) throw new JourneyGridError([ADOPT_PROBLEMS.changed]);
  // The tables in the order deckGrids met them, with their ids and slides.
  const tables = presentation.getSlides().flatMap((slide) =>
    slide
      .getPageElements()
      .filter((el) => el.getPageElementType() === app.PageElementType.TABLE)
      .map((el) => ({ id: el.getObjectId(), slideId: slide.getObjectId() })),
  );
  const before = { ...properties.getProperties() };
  const skeleton = skeletonOf(doc);
  store.setSkeleton(skeleton);
  fresh.value.recognition.journeys.forEach((j, i) => {
    const at = grids.findIndex((g) => g.address(0, 0) && j.from === g.address(0, 0));
    const grid = grids[at];
    const table = grid && findTables(new GridView(grid))[0];
    const rows = grid?.cells.length ?? 0;
    const columns = grid ? Math.max(...grid.cells.map((r) => r.length)) : 0;
    if (
      !grid ||
      !table ||
      table.top !== 0 ||
      table.headerRow !== 0 ||
      table.labelColumn !== 0 ||
      table.bottom !== rows - 1 ||
      table.right !== columns - 1 ||
      table.stages.length !== columns - 1 ||
      table.lanes.length !== rows - 1
    )
      throw new JourneyGridError([NOT_EDGE_TO_EDGE(j.where)]);
    // One table per journey, lanes and stages in the table's order (the recognizer's order).
    const laneIds = doc.lanes.map((l) => l.id);
    const stageIds = doc.stages.map((s) => s.id);
    const persona = doc.personas[i]!;
    store.setPersona(persona);
    store.setPart(tables[at]!.id, {
      personaId: persona.id,
      slideId: tables[at]!.slideId,
      part: 1,
      parts: 1,
      hints: false,
      rows: grid.cells.map((row, r) => ({
        key: encodeRow(r === 0 ? { kind: 'stage-header' } : { kind: 'lane', laneId: laneIds[r - 1]! }),
        label: row[0] ?? '',
      })),
      columns: grid.cells[0]!.map((label, c) => ({
        key: encodeColumn(c === 0 ? { kind: 'labels' } : { kind: 'stage', stageId: stageIds[c - 1]! }),
        label,
      })),
    });
  });
  store.saveWritten();
  const read = readPresentation(app, presentation, properties);
  const off = read.ok ? differences(doc, seen, read.value.document) : [];
  const same = read.ok && off.length === 0 && ids(read.value.document.lanes) === ids(doc.lanes);
  if (same) return;
  // Back as it was: every key this adoption wrote goes.
  for (const key of Object.keys(properties.getProperties()))
    if (!(key in before)) properties.deleteProperty(key);
  throw new JourneyGridError(read.ok ? [ADOPT_PROBLEMS.notExact(off.slice(0, 5).join(', '))] : read.problems);
}
