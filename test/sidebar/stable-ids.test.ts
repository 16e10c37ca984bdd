/**
 * Custom lanes and user-chosen stages keep their ids through every sidebar edit, so a rebuild
 * after removing one leaves the others' text where the team typed it: checked on the form, then
 * end to end on the built bundle (build, type in the sheet, remove in the form, rebuild, read).
 */
import { describe, expect, it } from 'vitest';
import { cleanChoices } from '../../sidebar/choices';
import {
  addCustomLane,
  addStage,
  chooseFramework,
  composeDocument,
  defaultForm,
  type Form,
  formFromDocument,
  formFromTemplate,
  formMatchesDocument,
  move,
  normalizeForm,
  stageList,
  templateFromForm,
  withStages,
} from '../../sidebar/state';
import type { BuildResult } from '../../src/hosts/build-types';
import { ID_PATTERN, type JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';
import { type Addon, startAddon } from '../support/addon';

const BUILD = { hints: false, confirmRemovals: false };

const base = (frameworkId: string): Form =>
  chooseFramework(
    { ...defaultForm('en'), personas: [{ id: 'p-aki', name: 'Aki', antiPersona: false }] },
    frameworkId,
  );

function compose(form: Form): JourneyDocument {
  const doc = composeDocument(form);
  if (!doc.ok) throw new Error(JSON.stringify(doc.problems));
  return doc.value;
}

const laneIdOf = (doc: JourneyDocument, label: string) => doc.lanes.find((l) => l.label === label)?.id;
const removeLane = (form: Form, label: string): Form => ({
  ...form,
  lanes: form.lanes.filter((l) => l.label !== label),
});

describe('ids of custom lanes and stages in the form', () => {
  it('keep each custom lane’s id when another is removed, moved or renamed', () => {
    let form = addCustomLane(addCustomLane(base('aisas'), 'Budget A', 'text'), 'Budget B', 'text');
    const first = compose(form);
    const a = laneIdOf(first, 'Budget A');
    const b = laneIdOf(first, 'Budget B');
    expect(a).not.toBe(b);

    form = removeLane(form, 'Budget A');
    expect(laneIdOf(compose(form), 'Budget B')).toBe(b);
    form = { ...form, lanes: move(form.lanes, form.lanes.length - 1, -3) };
    form = { ...form, lanes: form.lanes.map((l) => (l.label === 'Budget B' ? { ...l, label: 'Spend' } : l)) };
    form = addCustomLane(form, 'Budget A', 'text');
    const last = compose(form);
    expect(laneIdOf(last, 'Spend')).toBe(b);
    // A lane added again under an old name is a new lane: it does not inherit the removed one's cells.
    expect(laneIdOf(last, 'Budget A')).not.toBe(a);
  });

  it('gives lanes with Japanese, emoji or equal labels ids of their own that the model accepts', () => {
    let form = base('aisas');
    for (const label of ['予算', '予算', '😀😀', 'Ünïcødé', '  予算 '])
      form = addCustomLane(form, label, 'text');
    const ids = compose(form).lanes.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('keep each stage’s id when the first is removed, or stages are moved, renamed or added', () => {
    let form = base('service-blueprint');
    const before = compose(form).stages;
    // The first edit keeps the framework's own ids, the ones a build with the defaults used.
    form = withStages(
      form,
      stageList(form).map((s, i) => (i === 1 ? { ...s, label: 'Compare offers' } : s)),
    );
    expect(compose(form).stages.map((s) => s.id)).toEqual(before.map((s) => s.id));

    form = withStages(form, stageList(form).slice(1));
    form = addStage(form, '新しいステージ');
    form = withStages(form, move(stageList(form), 0, 1));
    const after = compose(form).stages;
    const idOf = (label: string) => after.find((s) => s.label === label)?.id;
    expect(idOf('Compare offers')).toBe(before[1]?.id);
    for (const stage of before.slice(2)) expect(idOf(stage.label)).toBe(stage.id);
    expect(after.map((s) => s.id)).not.toContain(before[0]?.id);
    expect(new Set(after.map((s) => s.id)).size).toBe(after.length);
  });

  it('come back unchanged from a document that was built, read back or loaded', () => {
    const loaded = compose(base('experience-map'));
    loaded.stages = [
      { id: 'morning', label: '朝' },
      { id: 'commute', label: '通勤' },
    ];
    loaded.lanes.push({ id: 'budget', label: '予算', kind: 'metric' });
    const form = formFromDocument(loaded, true);
    expect(formMatchesDocument(form, loaded)).toBe(true);
    const edited = withStages(removeLane(form, 'Actions'), stageList(form).slice(1));
    const doc = compose(edited);
    expect(doc.stages.map((s) => s.id)).toEqual(['commute']);
    expect(laneIdOf(doc, '予算')).toBe('budget');
  });

  it('give forms remembered before ids the ids their builds used', () => {
    const legacy: Form = {
      ...base('service-blueprint'),
      lanes: [
        { ref: 'custom:1', label: 'Off', kind: 'text', on: false },
        { ref: 'actions', on: true },
        { ref: 'custom:2', label: 'Mood', kind: 'emotion', on: true },
        { ref: 'custom:3', label: 'Spend', kind: 'metric', on: true },
      ],
      stageLabels: ['One', 'Two'],
    };
    const form = normalizeForm(legacy);
    const doc = compose(form);
    expect(doc.lanes.map((l) => [l.label, l.id])).toEqual([
      ['Actions', 'actions'],
      ['Mood', 'custom-1'],
      ['Spend', 'custom-2'],
    ]);
    expect(doc.stages.map((s) => s.id)).toEqual(['stage-1', 'stage-2']);
    expect(normalizeForm(form)).toEqual(form);
  });

  it('are numbered as a team template lists them, so its journeys rebuild in place', () => {
    const form = withStages(addCustomLane(base('service-blueprint'), 'Spend', 'metric'), [
      { id: 'x-1', label: 'Find' },
      { id: 'x-2', label: 'Use' },
    ]);
    const twice = [0, 1].map(() => compose(formFromTemplate(templateFromForm(form, 'T'), true)));
    expect(twice[0]?.lanes.map((l) => l.id)).toEqual(twice[1]?.lanes.map((l) => l.id));
    expect(twice[0]?.stages.map((s) => s.id)).toEqual(['stage-1', 'stage-2']);
  });
});

/** Types `text` into the cell of `laneLabel` × the stage in column `column` of the persona's sheet. */
function typeIn(addon: Addon, laneLabel: string, column: string, text: string): void {
  const sheet = addon.spreadsheet.getSheetByName('Aki')!;
  const row = addon.emu.inspect(sheet).displayValues.findIndex((r) => r[0] === laneLabel) + 1;
  if (row < 1) throw new Error(`no row ${laneLabel}`);
  addon.emu.user.type(sheet, `${column}${row}`, text);
}

function buildWithConfirmation(addon: Addon, doc: JourneyDocument): BuildResult['pendingRemovals'] {
  const pending = addon.ok<BuildResult>('buildJourney', doc, 'p-aki', BUILD).pendingRemovals;
  addon.ok<BuildResult>('buildJourney', doc, 'p-aki', { ...BUILD, confirmRemovals: true });
  return pending;
}

describe('a rebuild after removing a custom lane or a stage in the sidebar (built bundle)', () => {
  it('keeps lane B’s text in lane B and names lane A in the removal', () => {
    const addon = startAddon();
    let form = addCustomLane(addCustomLane(base('aisas'), 'Budget A', 'text'), 'Budget B', 'text');
    addon.ok<BuildResult>('buildJourney', compose(form), 'p-aki', BUILD);
    typeIn(addon, 'Budget A', 'B', 'A’s note');
    typeIn(addon, 'Budget B', 'C', 'B’s note');
    // The sidebar's own remembered form, saved and loaded again, as on reopening it.
    addon.ok('saveSidebarChoices', form);
    form = normalizeForm(cleanChoices(addon.ok<SidebarBoot>('loadSidebar').choices)!);

    const pending = buildWithConfirmation(addon, compose(removeLane(form, 'Budget A')));
    expect(pending.map((r) => [r.kind, r.label, r.filledCells])).toEqual([['lane', 'Budget A', 1]]);
    const read = addon.ok<ReadBack>('readJourneys', 'all').document;
    const b = laneIdOf(read, 'Budget B')!;
    expect(read.lanes.map((l) => l.label)).not.toContain('Budget A');
    expect(read.journeys[0]?.cells[b]).toEqual({ interest: 'B’s note' });
  });

  it('keeps every stage’s text in its column when the first user-chosen stage is removed', () => {
    const addon = startAddon();
    let form = withStages(base('service-blueprint'), [
      { id: 'find', label: 'Find' },
      { id: 'try', label: 'Try' },
      { id: 'buy', label: 'Buy' },
    ]);
    addon.ok<BuildResult>('buildJourney', compose(form), 'p-aki', BUILD);
    typeIn(addon, 'Customer actions', 'B', 'Searches');
    typeIn(addon, 'Customer actions', 'C', 'Starts a trial');
    typeIn(addon, 'Customer actions', 'D', 'Signs');
    addon.ok('saveSidebarChoices', form);
    form = normalizeForm(cleanChoices(addon.ok<SidebarBoot>('loadSidebar').choices)!);

    const pending = buildWithConfirmation(addon, compose(withStages(form, stageList(form).slice(1))));
    expect(pending.map((r) => [r.kind, r.label, r.filledCells])).toEqual([['stage', 'Find', 1]]);
    const read = addon.ok<ReadBack>('readJourneys', 'all').document;
    expect(read.stages.map((s) => s.label)).toEqual(['Try', 'Buy']);
    const actions = read.journeys[0]?.cells['customer-actions'] ?? {};
    const byLabel = Object.fromEntries(read.stages.map((s) => [s.label, actions[s.id]]));
    expect(byLabel).toEqual({ Try: 'Starts a trial', Buy: 'Signs' });
  });
});
