/**
 * Journeys for the open-deck API build's suites (direct-*.test.ts): a filled sample of a catalog
 * framework, a large all-text map, the emulator's control that fails the next batchUpdate, and
 * what the suites compare: the deck as a person sees it, the read-back, a failing properties save.
 */

import type { PresentationSnapshot } from '../../dev/emulator';
import { newJourneyDocument } from '../../src/catalog';
import type { SlidesApi } from '../../src/hosts/rest-services';
import type { JourneyDocument } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { readContent } from '../support/read-back';
import type { SlidesAddon } from './support';

/** A filled journey: text on two stages of every lane, scores on the emotion lane, a persona card. */
export function sample(frameworkId: string, language: 'ja' | 'en', names: string[]): JourneyDocument {
  const made = newJourneyDocument(
    frameworkId,
    names.map((name, i) => ({ id: `p${i + 1}`, name, role: 'Head of IT', goals: 'Fewer tickets' })),
    language,
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const doc = made.value;
  for (const journey of doc.journeys)
    doc.lanes.forEach((lane, i) => {
      const stage = doc.stages[i % doc.stages.length]!;
      journey.cells[lane.id] = {
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

/** A large map: `stages` × `lanes`, every cell filled (the 12 × 20 case). */
export function bigDoc(stages: number, lanes: number, personas = 1): JourneyDocument {
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
    personas: Array.from({ length: personas }, (_, i) => ({
      id: `p${i + 1}`,
      name: `佐藤${i + 1}`,
      antiPersona: false,
    })),
    journeys: [],
  };
  for (const persona of doc.personas) {
    const cells: JourneyDocument['journeys'][number]['cells'] = {};
    for (const lane of doc.lanes)
      cells[lane.id] = Object.fromEntries(doc.stages.map((s) => [s.id, `${lane.label}で${s.label}`]));
    doc.journeys.push({ personaId: persona.id, cells });
  }
  return doc;
}

/** The n-th Slides batchUpdate from now fails with `message` (an emulator test control). */
export function failBatch(addon: SlidesAddon, n: number, message: string): void {
  (
    addon.emu.globals.Slides.Presentations as SlidesApi['Presentations'] & {
      _failBatch(n: number, message?: string): void;
    }
  )._failBatch(n, message);
}

/** What SlidesApp may still be asked after an API write in the same call: ids and the page size. */
const STABLE = new Set(['getActivePresentation', 'getId', 'getObjectId', 'getPageWidth', 'getPageHeight']);

/**
 * Google's Slides lifecycle, stricter than the emulator's one model: SlidesApp works on the deck it
 * loaded and saves it when the script ends, so after a Slides API write in a call, anything else
 * asked of SlidesApp in that call (a slide list, a write) would be stale or lost. Here it throws,
 * so a test sees any such use. Each bundle call starts afresh.
 */
export function strictLifecycle(addon: SlidesAddon): void {
  const state = { wrote: false };
  const context = addon.bundle.context as Record<string, unknown>;
  const call = addon.bundle.call;
  addon.bundle.call = <T>(name: string, ...args: unknown[]): T => {
    state.wrote = false;
    return call<T>(name, ...args);
  };
  const guard = <T>(value: T): T => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(guard) as T;
    return new Proxy(value as object, {
      get(target, key) {
        const member = Reflect.get(target, key);
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          if (state.wrote && !STABLE.has(String(key)))
            throw new Error(`SlidesApp ${String(key)} after a Slides API write in the same execution`);
          return guard(member.apply(target, args));
        };
      },
    }) as T;
  };
  context.SlidesApp = guard(context.SlidesApp);
  const api = context.Slides as SlidesApi;
  context.Slides = {
    Presentations: {
      create: (...args: Parameters<SlidesApi['Presentations']['create']>) =>
        api.Presentations.create(...args),
      get: (...args: Parameters<SlidesApi['Presentations']['get']>) => api.Presentations.get(...args),
      batchUpdate: (...args: Parameters<SlidesApi['Presentations']['batchUpdate']>) => {
        const reply = api.Presentations.batchUpdate(...args);
        state.wrote = true;
        return reply;
      },
    },
  };
}

/** The user's answer for this deck kept as 'denied': every build and read of it goes through SlidesApp. */
export function pinSlidesApp(addon: SlidesAddon): void {
  const props = addon.bundle.context.PropertiesService as {
    getUserProperties(): { setProperty(key: string, value: string): void };
  };
  props.getUserProperties().setProperty(`journeygrid.direct.${addon.deck.getId()}`, 'denied');
}

/** The deck as a person sees it: slides and elements without their object ids. */
export function looks(view: PresentationSnapshot) {
  return view.slides.map(({ id: _id, elements, ...slide }) => ({
    ...slide,
    elements: elements.map(({ id: _eid, ...e }) => e),
  }));
}

/** A read-back as the user reads it: without whether the grant reaches the file, which differs by path. */
export function readBack(addon: SlidesAddon): Omit<ReadBack, 'direct'> {
  return readContent(addon.ok<ReadBack>('readJourneys', 'all'));
}

/** The next setProperties on the document's properties fails, as Google's service can. */
export function failNextSetProperties(addon: SlidesAddon, message: string): void {
  const real = addon.bundle.context.PropertiesService as { getDocumentProperties(): unknown };
  let armed = true;
  addon.bundle.context.PropertiesService = new Proxy(real, {
    get(target, key) {
      if (key !== 'getDocumentProperties') return Reflect.get(target, key);
      return () => {
        const props = target.getDocumentProperties() as Record<string, unknown>;
        return new Proxy(props, {
          get(p, k) {
            const value = Reflect.get(p, k);
            if (k !== 'setProperties' || !armed) return typeof value === 'function' ? value.bind(p) : value;
            return () => {
              armed = false;
              throw new Error(message);
            };
          },
        });
      };
    },
  });
}
