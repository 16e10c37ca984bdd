/**
 * "Send to Slides" through the built bundle: from a journey in the open spreadsheet to a new deck
 * made with one create and one batchUpdate, which looks like the deck an open-deck build draws,
 * carries its keys beside each slide instead of in document properties, reads back to the same
 * model, and can be rebuilt in place later. Bad input comes back as translated problems.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle, readBundle } from '../../dev/bundle';
import type { ElementSnapshot, PresentationSnapshot } from '../../dev/emulator';
import { newJourneyDocument } from '../../src/catalog';
import type { SentFile } from '../../src/hosts/rest/send';
import type { SlidesBuildResult } from '../../src/hosts/slides/build';
import type { Result } from '../../src/model/problems';
import type { JourneyDocument } from '../../src/model/types';
import { journeyTables, startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';
import { buildEvery, openSent, readAll } from './support';

function sample(frameworkId: string, language: 'ja' | 'en', names: string[]): JourneyDocument {
  const made = newJourneyDocument(
    frameworkId,
    names.map((name, i) => ({ id: `p${i + 1}`, name, role: 'Head of IT', goals: 'Fewer tickets' })),
    language,
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const doc = made.value;
  doc.lanes.forEach((lane, i) => {
    const stage = doc.stages[i % doc.stages.length]!;
    doc.journeys[0]!.cells[lane.id] = {
      [stage.id]:
        lane.kind === 'text'
          ? `${lane.label} – ${stage.label}\n2nd line`
          : lane.kind === 'emotion'
            ? -1
            : 0.25,
      [doc.stages[(i + 1) % doc.stages.length]!.id]:
        lane.kind === 'text' ? '😀 ok' : lane.kind === 'emotion' ? 2 : 0.5,
    };
  });
  return doc;
}

function bigDoc(stages: number, lanes: number): JourneyDocument {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 'Big map',
    language: 'ja',
    frameworkId: 'custom',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, label: `ステージ${i + 1}` })),
    lanes: Array.from({ length: lanes }, (_, i) => ({
      id: `l${i}`,
      label: `レーン${i + 1}`,
      kind: 'text' as const,
    })),
    personas: [{ id: 'p1', name: '佐藤', antiPersona: true }],
    journeys: [{ personaId: 'p1', cells: {} }],
  };
  for (const lane of doc.lanes)
    doc.journeys[0]!.cells[lane.id] = Object.fromEntries(
      doc.stages.map((s) => [s.id, `${lane.label}で${s.label}`]),
    );
  return doc;
}

/** A deck as a person sees it: every element but the parked keys box, without object ids. */
function looks(view: PresentationSnapshot): Omit<ElementSnapshot, 'id'>[][] {
  return view.slides
    .filter((s) => s.elements.length > 0)
    .map((s) => s.elements.filter((e) => e.left < view.pageWidth).map(({ id: _id, ...rest }) => rest));
}

function sendFromSheets(doc: JourneyDocument) {
  const addon = startAddon();
  buildEvery(addon, doc);
  const read = readAll(addon);
  addon.emu.calls.reset();
  const sent = addon.ok<SentFile>('sendToSlides', read.document);
  return { addon, sent, calls: addon.emu.calls.snapshot() };
}

describe('Send to Slides (a new deck through the Slides API)', () => {
  it('draws exactly the deck an open-deck build draws', () => {
    for (const doc of [
      sample('service-blueprint', 'en', ['Guest', 'Host']),
      sample('aisceas', 'ja', ['佐藤']),
      bigDoc(12, 20),
    ]) {
      const open = startSlidesAddon();
      buildEvery(open, doc);
      const { addon, sent } = sendFromSheets(doc);
      const rest = addon.emu.inspectPresentation(addon.emu.openPresentationById(sent.fileId)!)!;
      expect(looks(rest)).toEqual(looks(open.view()));
      expect(rest.slides.map((s) => s.id)).toEqual(sent.slideIds);
    }
  });

  it('costs one create and one batchUpdate, and answers the new deck’s URL', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    const { addon, sent, calls } = sendFromSheets(doc);
    expect(calls.byMethod).toEqual({
      'Slides.Presentations.create': 1,
      'Slides.Presentations.batchUpdate': 1,
    });
    expect(sent.url).toBe(`https://docs.google.com/presentation/d/${sent.fileId}/edit`);
    expect(sent.requests).toBeGreaterThan(20);
    expect(sent.payloadBytes).toBeGreaterThan(1000);
    const deck = addon.emu.inspectPresentation(addon.emu.openPresentationById(sent.fileId)!)!;
    // Every text has its size set: a deck's theme, not 14 pt, would decide it otherwise.
    for (const slide of deck.slides) expect(slide.unsized, slide.id).toEqual([]);
    // The new deck's own empty first slide is gone: only the journey slides remain.
    expect(deck.name).toBe(doc.title);
    expect(deck.slides).toHaveLength(2);
    // The spreadsheet the user works in is untouched and still the open document.
    expect(addon.emu.activeSpreadsheet).not.toBeNull();
  });

  it('keeps keys beside each slide, so a copy of the deck reads back, and alt text free of ids', () => {
    const doc = sample('basic-5', 'ja', ['田中']);
    const { addon, sent } = sendFromSheets(doc);
    openSent(addon, sent);
    const view = addon.emu.inspectPresentation()!;
    const elements = view.slides.flatMap((s) => s.elements);
    const keys = elements.filter((e) => e.title === 'Journey Grid：読み込み用データ');
    expect(keys).toHaveLength(1);
    expect(keys[0]!.left).toBeGreaterThanOrEqual(view.pageWidth);
    for (const e of elements) {
      expect(`${e.title} ${e.description}`).not.toMatch(/jg\d|p1\b|stage:|lane:/);
      expect(e.title).toMatch(/^Journey Grid：/);
    }
    const back = readAll(addon);
    expect(back.document).toEqual(doc);
    expect(back.findings).toEqual([]);
    // "Make a copy" leaves document properties behind: the copy reads back by the keys on its slides.
    const deck = addon.emu.openPresentationById(sent.fileId)!;
    addon.emu.setActiveDocument(addon.emu.copyPresentation(deck, 'Copy of the sent deck'));
    // The same read-back, but for the fast-path answer: the add-on made the sent deck, not its copy.
    const { direct: sentAnswer, ...sentRead } = back;
    const { direct: copyAnswer, ...copyRead } = readAll(addon);
    expect(copyRead).toEqual(sentRead);
    expect([sentAnswer, copyAnswer]).toEqual(['allowed', 'denied']);
  });

  it('reads back a several-slide journey as one, and rebuilds it in place without the key box', () => {
    const doc = bigDoc(12, 20);
    const { addon, sent } = sendFromSheets(doc);
    expect(sent.slideIds!.length).toBeGreaterThan(2);
    openSent(addon, sent);
    expect(readAll(addon).document).toEqual(doc);
    const rebuilt = addon.ok<SlidesBuildResult>('buildJourney', doc, 'p1', {
      hints: false,
      confirmRemovals: false,
    });
    expect(rebuilt.created).toBe(false);
    const view = addon.emu.inspectPresentation()!;
    expect(view.slides).toHaveLength(sent.slideIds!.length);
    expect(view.slides.flatMap((s) => s.elements).some((e) => e.title.includes('読み込み用データ'))).toBe(
      false,
    );
    // Its own ids (not the catalog's) read back, though the box that held its keys is gone.
    expect(readAll(addon).document).toEqual(doc);
  });

  it('rebuilds every persona of a sent deck in place, and names them all in the file banner', () => {
    const doc = sample('aisas', 'en', ['Ken', 'Aya']);
    doc.journeys[1]!.cells.touchpoints = { attention: 'Aya’s text' };
    const { addon, sent } = sendFromSheets(doc);
    openSent(addon, sent);
    const count = () => addon.emu.inspectPresentation()!.slides.length;
    const before = count();
    for (const p of doc.personas) {
      const rebuilt = addon.ok<SlidesBuildResult>('buildJourney', doc, p.id, {
        hints: false,
        confirmRemovals: false,
      });
      expect(rebuilt.created).toBe(false);
      expect(count()).toBe(before);
      // Already after the first rebuild: the other persona's keys moved into properties too.
      const banner = addon.ok<{ journeys: { personaName: string }[] }>('describeFile');
      expect(banner.journeys.map((j) => j.personaName)).toEqual(['Ken', 'Aya']);
    }
    const back = readAll(addon);
    expect(back.findings.map((f) => f.code)).not.toContain('copied-journey');
    expect(back.document).toEqual(doc);
  });

  it('keeps the keys box exact when names and labels hold characters Slides strips', () => {
    const doc = sample('aisas', 'en', ['Ken\ue000']);
    doc.stages[0]!.label = 'Atten\ue001tion';
    const { addon, sent } = sendFromSheets(doc);
    openSent(addon, sent);
    const keys = addon.emu
      .inspectPresentation()!
      .slides.flatMap((s) => s.elements)
      .find((e) => e.title === 'Journey Grid: data for reading back')!;
    const box = JSON.parse(keys.text!.text) as { persona: { name: string }; skeleton: JourneyDocument };
    expect(box.persona.name).toBe('Ken\ue000');
    expect(box.skeleton.stages[0]!.label).toBe('Atten\ue001tion');
    expect(sent.findings.map((f) => f.code)).toContain('stripped-characters');
  });

  it('shows a long persona card shortened, says so, and reads the full text back', () => {
    const doc = sample('aisas', 'ja', ['佐藤']);
    doc.personas[0]!.goals = '目標'.repeat(250);
    const { addon, sent } = sendFromSheets(doc);
    expect(sent.findings.map((f) => f.code)).toEqual(['card-shortened']);
    openSent(addon, sent);
    const view = addon.emu.inspectPresentation()!;
    expect(view.slides).toHaveLength(1);
    expect(journeyTables(view)[0]!.table.bottom).toBeLessThanOrEqual(view.pageHeight);
    expect(JSON.stringify(addon.emu.inspectPresentation())).toContain('…');
    expect(readAll(addon).document).toEqual(doc);
  });

  it('reports characters Slides strips instead of failing', () => {
    const doc = sample('aisas', 'en', ['Ken']);
    doc.journeys[0]!.cells.touchpoints = { attention: 'bell\u0007 here' };
    const { addon, sent } = sendFromSheets(doc);
    expect(sent.findings.map((f) => f.code)).toEqual(['stripped-characters']);
    openSent(addon, sent);
    expect(readAll(addon).document.journeys[0]!.cells.touchpoints).toEqual({ attention: 'bell here' });
  });

  it('answers translated problems for an invalid model, a missing service and missing authorization', () => {
    const addon = startAddon();
    const doc = sample('aisas', 'en', ['Ken']);
    const invalid = addon.fail('sendToSlides', { ...doc, stages: [] });
    expect(invalid[0]!.path).toMatch(/stages/);
    expect(invalid[0]!.message.ja).not.toBe('');
    expect(addon.emu.drive.list().filter((f) => f.kind === 'presentation')).toHaveLength(0);

    const { Slides: _slides, ...withoutSlides } = addon.emu.globals;
    const bare = loadBundle(withoutSlides, readBundle());
    addon.emu.setScriptRealmError(vm.runInContext('Error', bare.context) as ErrorConstructor);
    const missing = bare.call<Result<SentFile>>('sendToSlides', doc);
    expect(missing.ok || missing.problems.map((p) => p.code)).toEqual(['slides-unavailable']);

    addon.emu.setScriptRealmError(vm.runInContext('Error', addon.bundle.context) as ErrorConstructor);
    addon.emu.setAuthMode('LIMITED');
    expect(addon.fail('sendToSlides', doc).map((p) => p.code)).toEqual(['needs-authorization']);
  });
});
