/** The sidebar form's own checks, without a browser: lanes whose names a reader could not tell apart. */
import { describe, expect, it } from 'vitest';
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
