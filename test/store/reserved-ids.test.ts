/**
 * Case 18 of the "nothing is lost" list: ids that name a property every JavaScript object already
 * has (`constructor`, `__proto__`, `toString`, `hasOwnProperty`). Cells are kept in objects keyed
 * by lane and stage id, so such an id used to pass validation and then lose its cells between
 * build, read-back and export. They are now refused up front, with a message that says why, on
 * every way a document comes in: the form's build, an imported file, a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import { parseDocumentJson } from '../../src/model/migrate';
import type { JourneyDocument } from '../../src/model/types';
import { validateDocument } from '../../src/model/validate';
import { summarize } from '../../src/read/summary';
import type { ReadBack } from '../../src/server/rpc';
import { startAddon } from '../support/addon';

const BUILD = { hints: false, confirmRemovals: false };

function withLane(laneId: string): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p-ito', name: 'Ito' }], 'en');
  if (!result.ok) throw new Error('fixture');
  const doc = result.value;
  doc.lanes.push({ id: laneId, label: 'Builder notes', kind: 'text' });
  doc.journeys[0]!.cells[laneId] = { [doc.stages[0]!.id]: 'typed by the team' };
  return doc;
}

describe('case 18: ids that every object already has', () => {
  it('refuses a lane id "constructor" at build time with a translated message, and builds nothing', () => {
    const addon = startAddon();
    const doc = withLane('constructor');
    const problems = addon.fail('buildJourney', doc, 'p-ito', BUILD);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'reserved-id',
        path: `lanes[${doc.lanes.length - 1}].id`,
        message: {
          ja: expect.stringContaining('「constructor」'),
          en: expect.stringContaining('"constructor"'),
        },
      }),
    ]);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Ito');
    // The same document cannot be exported either: nothing leaves with cells that would vanish.
    expect(addon.fail('saveToDrive', doc).map((p) => p.code)).toContain('reserved-id');
  });

  it('refuses __proto__, toString and hasOwnProperty as stage ids in an imported file', () => {
    const doc = withLane('builder-notes');
    const names = ['__proto__', 'toString', 'hasOwnProperty'];
    // Written as JSON text, as a file would be: "__proto__" is then an ordinary key.
    const json = JSON.stringify(doc).replace(
      /"stages":\[.*?\]/,
      `"stages":${JSON.stringify(names.map((id) => ({ id, label: id })))}`,
    );
    const result = parseDocumentJson(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reserved = result.problems.filter((p) => p.code === 'reserved-id');
    expect(reserved.map((p) => p.path)).toEqual(['stages[0].id', 'stages[1].id', 'stages[2].id']);
    expect(reserved[1]!.message.en).toContain('"toString"');
  });

  it('keeps every cell of ids that only look like those names, from build to read-back to export', () => {
    const addon = startAddon();
    const doc = withLane('constructor-notes');
    doc.stages[1]!.id = 'proto';
    const stageIds = doc.stages.map((s) => s.id);
    doc.journeys[0]!.cells = { 'constructor-notes': { [stageIds[0]!]: 'a', proto: 'b' } } as never;
    doc.journeys[0]!.cells.touchpoints = { proto: 'Web' };
    expect(validateDocument(doc).ok).toBe(true);
    addon.ok('buildJourney', doc, 'p-ito', BUILD);
    const back = addon.ok<ReadBack>('readJourneys', 'all');
    expect(back.document.journeys[0]!.cells).toEqual(doc.journeys[0]!.cells);
    expect(summarize(back.document).personas[0]!.total).toBe(3);
    const saved = addon.ok<{ fileId: string }>('saveToDrive', back.document);
    const opened = addon.ok<JourneyDocument>('openFromDrive', saved.fileId);
    expect(opened.journeys[0]!.cells).toEqual(doc.journeys[0]!.cells);
  });

  it('counts no phantom cells when a summary meets an id it does not know', () => {
    const doc = withLane('builder-notes');
    // A summary of a document whose cells object lacks a lane must not read the object's prototype.
    doc.lanes.push({ id: 'constructor', label: 'x', kind: 'text' });
    doc.stages.push({ id: 'name', label: 'Name' });
    expect(summarize(doc).personas[0]!.total).toBe(1);
  });
});
