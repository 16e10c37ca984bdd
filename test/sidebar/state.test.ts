/** The sidebar's form logic: lanes in the user's order, framework changes, documents round-tripped. */
import { describe, expect, it } from 'vitest';
import {
  addCustomLane,
  addLibraryLane,
  chooseFramework,
  composeDocument,
  defaultForm,
  formFromDocument,
  formMatchesDocument,
  move,
  newPersonaId,
} from '../../sidebar/state';

const withPersona = () => ({
  ...defaultForm('en'),
  personas: [{ id: 'p-aki', name: 'Aki', antiPersona: false }],
});

describe('sidebar form', () => {
  it('starts from the framework defaults and keeps hand-added lanes on a framework change', () => {
    let form = chooseFramework(withPersona(), 'aisas');
    expect(form.lanes.map((l) => l.ref)).toEqual([
      'touchpoints',
      'actions',
      'thoughts',
      'emotion',
      'measures',
    ]);
    form = addLibraryLane(form, 'kpi');
    form = chooseFramework(form, 'basic-5');
    expect(form.lanes.map((l) => l.ref)).toContain('kpi');
    expect(form.lanes.map((l) => l.ref)).not.toContain('measures');
  });

  it('builds the lanes in the order the user chose, custom lanes included, unticked left out', () => {
    let form = chooseFramework(withPersona(), 'aisas');
    form = addCustomLane(form, 'Mood', 'emotion');
    form = { ...form, lanes: move(form.lanes, form.lanes.length - 1, -5) };
    form = { ...form, lanes: form.lanes.map((l) => (l.ref === 'thoughts' ? { ...l, on: false } : l)) };
    const doc = composeDocument(form);
    if (!doc.ok) throw new Error(JSON.stringify(doc.problems));
    expect(doc.value.lanes.map((l) => l.label)).toEqual([
      'Mood',
      'Touchpoints',
      'Actions',
      'Emotion',
      'Measures',
    ]);
    expect(doc.value.personas[0]?.id).toBe('p-aki');
  });

  it('reports what the model reports, e.g. a persona without a name', () => {
    const form = { ...withPersona(), personas: [{ id: 'p-x', name: ' ', antiPersona: false }] };
    const doc = composeDocument(form);
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.problems[0]?.path).toBe('personas[0].name');
  });

  it('turns a document back into the same form, so it can be rebuilt as it is', () => {
    const doc = composeDocument(addCustomLane(chooseFramework(withPersona(), 'aisas'), 'Mood', 'text'));
    if (!doc.ok) throw new Error('compose failed');
    const form = formFromDocument(doc.value, true);
    expect(formMatchesDocument(form, doc.value)).toBe(true);
    expect(formMatchesDocument({ ...form, language: 'ja' }, doc.value)).toBe(false);
  });

  it('gives personas ids the model accepts', () => {
    expect(newPersonaId([])).toMatch(/^p-[a-z0-9]{1,38}$/);
  });
});
