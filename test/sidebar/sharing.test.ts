/**
 * The sidebar's sharing logic without a browser: stage names of user-chosen frameworks, team
 * templates to and from the form (accepted by the server's own validator), the banner sentence,
 * Drive lists, and the Versions section's storage line, choices and order.
 */
import { describe, expect, it } from 'vitest';
import { type AppAction, type AppState, appReducer, initialAppState } from '../../sidebar/app-state';
import { cellCount, fileSummary, newestFirst, teamTemplateName } from '../../sidebar/share';
import {
  addCustomLane,
  chooseFramework,
  composeDocument,
  defaultForm,
  type Form,
  formFromDocument,
  formFromTemplate,
  formMatchesDocument,
  move,
  resetStages,
  stageList,
  stageNames,
  stagesEditable,
  templateFromForm,
  withStageNames,
} from '../../sidebar/state';
import { cellText, comparePair, keepExisting, toggleChoice, usageText } from '../../sidebar/versions';
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import type { FileJourneys } from '../../src/server/rpc-drive';
import type { SnapshotInfo } from '../../src/share/snapshots';
import { validateTemplate } from '../../src/share/template';

const base = (frameworkId: string): Form =>
  chooseFramework(
    { ...defaultForm('en'), personas: [{ id: 'p-cio', name: 'CIO', antiPersona: false, role: 'IT head' }] },
    frameworkId,
  );

function compose(form: Form): JourneyDocument {
  const doc = composeDocument(form);
  if (!doc.ok) throw new Error(JSON.stringify(doc.problems));
  return doc.value;
}

describe('stages chosen by the user', () => {
  it('are editable only for frameworks that allow it, and go to the model as stage labels', () => {
    expect(stagesEditable(base('aisas'))).toBe(false);
    expect(withStageNames(base('aisas'), ['X'])).toEqual(base('aisas'));
    let form = base('service-blueprint');
    expect(stagesEditable(form)).toBe(true);
    const defaults = stageNames(form);
    expect(defaults.length).toBeGreaterThan(1);
    form = withStageNames(form, move(['Discover', ...defaults.slice(1), 'Renew'], defaults.length, -1));
    const doc = compose(form);
    expect(doc.stages.map((s) => s.label)).toEqual([
      'Discover',
      ...defaults.slice(1, -1),
      'Renew',
      defaults.at(-1),
    ]);
    // Renaming the first stage keeps its id, the framework's own.
    expect(doc.stages[0]?.id).toBe(stageList(base('service-blueprint'))[0]?.id);
    expect(stageNames(resetStages(form))).toEqual(defaults);
  });

  it('are not carried to another framework, and an empty name is the model’s problem', () => {
    const form = withStageNames(base('experience-map'), ['A', ' ']);
    expect(chooseFramework(form, 'aisas').stageLabels).toBeUndefined();
    const doc = composeDocument(form);
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.problems[0]?.path).toBe('stageLabels[1]');
  });

  it('come back from a document only when they differ from the framework’s own', () => {
    const plain = compose(base('service-blueprint'));
    expect(formFromDocument(plain, true).stageLabels).toBeUndefined();
    const own = compose(withStageNames(base('service-blueprint'), ['One', 'Two']));
    const form = formFromDocument(own, true);
    expect(form.stageLabels).toEqual(['One', 'Two']);
    expect(formMatchesDocument(form, own)).toBe(true);
    expect(formMatchesDocument(withStageNames(form, ['One', 'Three']), own)).toBe(false);
  });
});

describe('matching a loaded document', () => {
  it('ignores key order and persona fields typed and cleared again', () => {
    const doc = compose(addCustomLane(base('aisas'), 'Mood', 'text'));
    const form = formFromDocument(doc, false);
    const reordered: Form = {
      personas: form.personas.map((p) => ({ notes: '', ...p })),
      lanes: form.lanes,
      hints: true,
      language: form.language,
      frameworkId: form.frameworkId,
    };
    expect(formMatchesDocument(reordered, doc)).toBe(true);
    expect(
      formMatchesDocument({ ...reordered, personas: [{ ...form.personas[0]!, name: 'CTO' }] }, doc),
    ).toBe(false);
  });
});

describe('team templates', () => {
  it('carry the framework, lanes, stages, personas and language, and validate on the server', () => {
    let form = addCustomLane(
      withStageNames(base('service-blueprint'), ['Discover', 'Use']),
      'Budget',
      'metric',
    );
    form = { ...form, language: 'ja', lanes: form.lanes.map((l, i) => (i === 1 ? { ...l, on: false } : l)) };
    const template = templateFromForm(form, '  SaaS onboarding ');
    expect(template).toMatchObject({
      kind: 'journey-grid-template',
      schemaVersion: 1,
      name: 'SaaS onboarding',
      frameworkId: 'service-blueprint',
      language: 'ja',
      stageLabels: ['Discover', 'Use'],
      customLanes: [{ label: 'Budget', kind: 'metric' }],
    });
    expect(template.laneIds).not.toContain(form.lanes[1]!.ref);
    const valid = validateTemplate(JSON.parse(JSON.stringify(template)));
    expect(valid.ok).toBe(true);

    const back = formFromTemplate(template, true);
    expect(back.personas).toEqual(form.personas);
    expect(back.stageLabels).toEqual(['Discover', 'Use']);
    expect(compose(back).lanes.map((l) => l.label)).toEqual(compose(form).lanes.map((l) => l.label));
  });

  it('give personas without a usable id a fresh one, and leave stages alone for fixed frameworks', () => {
    const form = formFromTemplate(
      {
        kind: 'journey-grid-template',
        schemaVersion: 1,
        name: 'T',
        frameworkId: 'aisas',
        language: 'en',
        laneIds: ['actions'],
        customLanes: [],
        stageLabels: ['ignored'],
        personas: [
          { name: 'A' },
          { id: 'Not Valid!', name: 'B' },
          { id: 'p-c', name: 'C', antiPersona: true },
        ],
      },
      false,
    );
    expect(form.stageLabels).toBeUndefined();
    expect(form.personas.map((p) => p.id)[2]).toBe('p-c');
    expect(form.personas[2]?.antiPersona).toBe(true);
    expect(new Set(form.personas.map((p) => p.id)).size).toBe(3);
    expect(compose(form).personas).toHaveLength(3);
  });
});

describe('the banner and Drive lists', () => {
  const file: FileJourneys = {
    title: 'Q3',
    frameworkId: 'aisas',
    journeys: ['Tanaka', 'Sato', 'Suzuki'].map((name, i) => ({
      where: name,
      personaId: `p${i}`,
      personaName: name,
    })),
  };

  it('says how many journeys the file holds, in both languages', () => {
    expect(fileSummary(file, 'en')).toBe('This file holds 3 journeys: Tanaka, Sato, Suzuki');
    expect(fileSummary(file, 'ja')).toBe('このファイルには 3 件のジャーニーがあります: Tanaka、Sato、Suzuki');
    expect(fileSummary({ ...file, journeys: file.journeys.slice(0, 1) }, 'en')).toBe(
      'This file holds 1 journey: Tanaka',
    );
  });

  it('lists newest first and names templates without their suffix', () => {
    const listed = (fileId: string, modifiedTime: string) => ({
      fileId,
      name: fileId,
      modifiedTime,
      url: '',
    });
    expect(
      newestFirst([listed('a', '2026-01-01T00:00:01Z'), listed('b', '2026-01-02T00:00:00Z')]).map(
        (f) => f.fileId,
      ),
    ).toEqual(['b', 'a']);
    expect(teamTemplateName('SaaS.journey-template.json')).toBe('SaaS');
    expect(teamTemplateName('other.json')).toBe('other.json');
    expect(cellCount(1, 'en')).toBe('1 cell');
    expect(cellCount(2, 'ja')).toBe('2 セル');
  });
});

describe('versions', () => {
  const snap = (id: string, at: string): SnapshotInfo => ({
    id,
    at,
    title: 't',
    bytes: 1,
    parts: 1,
    filledCells: 0,
  });
  const list = [
    snap('a', '2026-01-01T00:00:00Z'),
    snap('b', '2026-01-02T00:00:00Z'),
    snap('c', '2026-01-03T00:00:00Z'),
  ];

  it('explains the storage used and the rule', () => {
    expect(usageText({ snapshots: list, usedBytes: 120_000, budgetBytes: 400_000 }, 'en')).toBe(
      '3 snapshots, 120 KB of 400 KB; the oldest are removed first when full',
    );
    expect(usageText({ snapshots: list.slice(0, 1), usedBytes: 1, budgetBytes: 400_000 }, 'ja')).toBe(
      '1 件のスナップショット、1 KB / 400 KB 使用中（上限に達すると古いものから削除されます）',
    );
  });

  it('keeps at most two choices and orders them older first', () => {
    let chosen = toggleChoice([], 'c');
    chosen = toggleChoice(chosen, 'a');
    expect(comparePair(chosen, list)?.map((s) => s.id)).toEqual(['a', 'c']);
    chosen = toggleChoice(chosen, 'b');
    expect(chosen).toEqual(['a', 'b']);
    expect(comparePair(toggleChoice(chosen, 'a'), list)).toBeNull();
    expect(keepExisting(['a', 'x'], list)).toEqual(['a']);
    expect(comparePair(['a', 'x'], list)).toBeNull();
    expect(cellText(3)).toBe('3');
    expect(cellText(undefined)).toBe('');
  });
});

describe("the journey's Drive file", () => {
  const file = { fileId: 'f1', revision: '3' };
  const journey = () => {
    const doc = newJourneyDocument('aisas', [{ id: 'p1', name: 'Tanaka' }], 'en');
    if (!doc.ok) throw new Error('fixture');
    return doc.value;
  };
  const opened = (): AppState =>
    appReducer(initialAppState('en', defaultForm('en')), { type: 'adopt', doc: journey(), file });

  it('is kept while the journey is edited, and forgotten by every way another one starts', () => {
    const state = opened();
    expect(state.driveFile).toEqual(file);
    const edited = appReducer(state, { type: 'form', form: { ...state.form, language: 'ja' } });
    expect(edited.driveFile).toEqual(file);
    const others: AppAction[] = [
      { type: 'adopt', doc: journey() },
      { type: 'template', form: defaultForm('en') },
      { type: 'start-empty' },
      { type: 'form', form: chooseFramework(state.form, 'aisas'), fresh: true },
      { type: 'adopt', doc: journey(), file: { fileId: 'f2', revision: '1' } },
    ];
    for (const action of others) {
      const next = appReducer(edited, action);
      expect(next.driveFile?.fileId).not.toBe('f1');
      expect(next.journey).toBe(edited.journey + 1);
    }
  });

  it('is not given to another journey by a save that finished after it started', () => {
    const state = opened();
    const started = state.journey;
    const empty = appReducer(state, { type: 'start-empty' });
    const late = appReducer(empty, {
      type: 'drive-saved',
      file: { fileId: 'f1', revision: '4' },
      journey: started,
    });
    expect(late.driveFile).toBeNull();
    const mine = appReducer(empty, {
      type: 'drive-saved',
      file: { fileId: 'f9', revision: '1' },
      journey: empty.journey,
    });
    expect(mine.driveFile).toEqual({ fileId: 'f9', revision: '1' });
  });

  it('is not given to a read-back taken before the journey was built (the document holds another)', () => {
    const state = opened();
    const sheet: ReadBack = { document: journey() } as ReadBack;
    const early = appReducer(state, { type: 'read-back', readBack: sheet });
    expect(early.driveFile).toBeNull();
    const built = appReducer(state, { type: 'built', journey: state.journey });
    expect(appReducer(built, { type: 'read-back', readBack: sheet }).driveFile).toEqual(file);
  });
});
