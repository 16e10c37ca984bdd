/**
 * The sidebar's own checks and words, without a browser: lanes whose names a reader could not
 * tell apart, the places of problems in the user's words, and imported files that are not JSON.
 */
import { describe, expect, it } from 'vitest';
import { checkJsonText } from '../../sidebar/json-text';
import { formPlaceNames, placeInWords } from '../../sidebar/places';
import {
  addCustomLane,
  chooseFramework,
  defaultForm,
  duplicateLaneNames,
  type Form,
} from '../../sidebar/state';

const aisas = (language: 'ja' | 'en'): Form => chooseFramework(defaultForm(language), 'aisas');

describe('lanes with the same name', () => {
  it('are found as the grid shows them: template language, width, case and spaces aside', () => {
    expect(duplicateLaneNames(aisas('en'))).toEqual([]);
    expect(duplicateLaneNames(addCustomLane(aisas('en'), '  actions ', 'text'))).toEqual(['Actions']);
    // In a Japanese grid the library lane is 行動, so an English "Actions" is no clash there.
    expect(duplicateLaneNames(addCustomLane(aisas('ja'), 'Actions', 'text'))).toEqual([]);
    const twice = addCustomLane(addCustomLane(aisas('ja'), 'ＫＰＩ　目標', 'metric'), 'kpi 目標', 'metric');
    expect(duplicateLaneNames(twice)).toEqual(['ＫＰＩ　目標']);
  });

  it('are not a clash once one of them is unticked', () => {
    const form = addCustomLane(aisas('en'), 'Actions', 'text');
    const off = { ...form, lanes: form.lanes.map((l) => (l.label === 'Actions' ? { ...l, on: false } : l)) };
    expect(duplicateLaneNames(off)).toEqual([]);
  });
});

describe('places of problems in the user’s words', () => {
  it('name personas, stages, lanes and their fields, with the names the user gave', () => {
    const names = { personas: ['Aki', 'Ben'], stages: ['Find'], lanes: ['Budget'], customLanes: ['Mood'] };
    expect(placeInWords('personas[1].challenges', 'en', names)).toBe('Persona 2 (“Ben”) › Challenges');
    expect(placeInWords('personas[1].challenges', 'ja', names)).toBe('2人目のペルソナ「Ben」 › 課題');
    expect(placeInWords('stages[0].label', 'en', names)).toBe('Stage 1 (“Find”) › Name');
    expect(placeInWords('stageLabels[0]', 'ja', names)).toBe('1番目のステージ「Find」');
    expect(placeInWords('lanes[0].kind', 'ja', names)).toBe('1番目のレーン「Budget」 › 種類');
    expect(placeInWords('customLanes[0].label', 'en', names)).toBe('Custom lane 1 (“Mood”) › Name');
    expect(placeInWords('journeys[0].cells.kpi.awareness', 'en')).toBe('Journey 1 › Cells › kpi × awareness');
    expect(placeInWords('language', 'ja')).toBe('言語');
    expect(placeInWords('B12', 'ja')).toBe('セル B12');
  });

  it('keep a path they do not know, and leave out bare words and empty paths', () => {
    expect(placeInWords('extras[2].thing', 'en')).toBe('extras[2].thing');
    expect(placeInWords('persona', 'en')).toBeNull();
    expect(placeInWords('', 'en')).toBeNull();
  });

  it('take the names from the form as its document is built', () => {
    let form = addCustomLane(aisas('en'), 'Mood', 'emotion');
    form = { ...form, personas: [{ id: 'p-a', name: 'Aki', antiPersona: false }] };
    const names = formPlaceNames(form);
    expect(names.personas).toEqual(['Aki']);
    expect(names.lanes?.at(-1)).toBe('Mood');
    expect(names.customLanes).toEqual(['Mood']);
    expect(names.stages?.[0]).toBe('Attention');
  });
});

describe('an imported file that is not JSON', () => {
  const message = (text: string) => {
    const result = checkJsonText(text);
    if (result.ok) throw new Error('parsed');
    return result.problems[0]!.message;
  };

  it('is explained in both languages without the browser’s parser text', () => {
    const cut = message('{"schemaVersion": 1, "title": ');
    expect(cut.en).toContain('it ends before its data is complete');
    expect(cut.ja).toContain('途中で終わっています');
    for (const text of [cut.en, cut.ja]) expect(text).not.toMatch(/Unexpected|JSON input/);
    expect(message('  ').en).toBe('The file is empty. Choose a JSON file exported by Journey Grid.');
    const wrong = message('{\n  "title": "x",\n  oops\n}');
    expect(wrong.en).toContain('line 3, column 3');
    expect(wrong.ja).toContain('3 行目の 3 文字目');
  });

  it('is read once a byte-order mark is skipped', () => {
    expect(checkJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: '{"a":1}' });
  });
});
