/**
 * The built kit run as Apps Script would run it: dist-conformance/Code.js in a vm context whose
 * only globals are the emulator's services (plus SpreadsheetApp.create, SlidesApp.create and
 * Logger, which a standalone script has and the add-on's emulator does not). The run must write a
 * complete result file to Drive whose snapshots equal those of the same scenarios run directly,
 * and a run stopped part-way must be continued into the same file by the next press of Run.
 */
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../dev/conformance';
import { compareRuns } from '../../dev/conformance/compare';
import type { ConformanceRun } from '../../dev/conformance/scenario';
import { createEmulator, type Emulator } from '../../dev/emulator';
import { markCreated } from '../../dev/emulator/rest/common';
import { buildKit } from './build';
import { emulatorRun } from './support';

let code: string;

beforeAll(() => {
  code = buildKit().code;
});

/** A service global with extra members, the rest forwarded to the emulator's object. */
function withExtras<T extends object>(service: T, extras: Record<string, unknown>): T {
  return new Proxy(service, {
    get: (target, key) => (typeof key === 'string' && key in extras ? extras[key] : Reflect.get(target, key)),
  });
}

function standaloneGlobals(emu: Emulator, log: string[]) {
  const made = (id: string) => markCreated(emu.drive.get(id)!);
  return {
    ...emu.globals,
    SpreadsheetApp: withExtras(emu.globals.SpreadsheetApp, {
      create: (name: string) => {
        const doc = emu.createSpreadsheet(name, { activate: false });
        made(doc.getId());
        return doc;
      },
    }),
    SlidesApp: withExtras(emu.globals.SlidesApp, {
      create: (name: string) => {
        const deck = emu.createPresentation(name, { activate: false });
        made(deck.getId());
        // Nothing is pending in the emulator: saving is a no-op, and openById gives the deck back.
        return withExtras(deck, { saveAndClose: () => undefined });
      },
      openById: (id: string) => withExtras(emu.openPresentationById(id)!, { saveAndClose: () => undefined }),
    }),
    Logger: { log: (text: string) => log.push(text) },
  };
}

function resultFiles(emu: Emulator) {
  return [...emu.blobs.files.values()].filter((f) => f.name.startsWith('journey-grid-conformance-'));
}

const content = (file: { revisions: { content: string }[] }) =>
  JSON.parse(file.revisions[file.revisions.length - 1]!.content) as ConformanceRun;

describe('runConformance in a vm on the emulator', () => {
  it('saves one complete result file that matches a direct run and logs its link', () => {
    const emu = createEmulator();
    const log: string[] = [];
    const context = vm.createContext(standaloneGlobals(emu, log));
    emu.setScriptRealmError(vm.runInContext('Error', context) as ErrorConstructor);
    vm.runInContext(code, context);
    const url = vm.runInContext('runConformance()', context) as string;
    const [file, ...others] = resultFiles(emu);
    expect(others).toEqual([]);
    expect(file!.appProperties).toEqual({ journeyGridConformance: 'complete' });
    const saved = content(file!);
    expect(saved.platform).toBe('google');
    expect(saved.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(saved.scenarios.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
    const { services: _s, trashed: _t, ...direct } = emulatorRun();
    expect(compareRuns(direct, saved).differences).toEqual([]);
    // Every scratch file, spreadsheets and decks included, went to the trash: the log is the link only.
    expect(log).toEqual([`Conformance results: ${url}`]);
    const scratchDocs = emu.drive.list().filter((f) => f.name.startsWith('Journey Grid conformance'));
    expect(scratchDocs.length).toBeGreaterThan(0);
    expect(scratchDocs.filter((f) => !f.trashed).map((f) => f.name)).toEqual([]);
    const scratchBlobs = [...emu.blobs.files.values()].filter((f) =>
      f.name.startsWith('Journey Grid conformance'),
    );
    expect(scratchBlobs.length).toBeGreaterThan(0);
    expect(scratchBlobs.filter((f) => !f.trashed).map((f) => f.name)).toEqual([]);
  });

  it('continues a run that stopped part-way into the same file', () => {
    const emu = createEmulator();
    const log: string[] = [];
    const context = vm.createContext(standaloneGlobals(emu, log));
    vm.runInContext(code, context);
    // The first run is stopped by the clock after its first scenario, as Apps Script's limit would.
    const realNow = Date.now;
    let calls = 0;
    context.Date = new Proxy(Date, {
      get: (target, key) =>
        key === 'now' ? () => realNow() + (calls++ > 4 ? 10 * 60 * 1000 : 0) : Reflect.get(target, key),
    });
    vm.runInContext('runConformance()', context);
    const [partial] = resultFiles(emu);
    expect(partial!.appProperties.journeyGridConformance).toBe('partial');
    const first = content(partial!);
    const ran = first.scenarios.filter((s) => !s.skipped).map((s) => s.id);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(SCENARIOS.length);
    expect(log.some((l) => /scenarios are left for lack of time/.test(l))).toBe(true);

    context.Date = Date;
    vm.runInContext('runConformance()', context);
    const files = resultFiles(emu);
    expect(files).toHaveLength(1);
    expect(files[0]!.appProperties.journeyGridConformance).toBe('complete');
    const done = content(files[0]!);
    expect(done.startedAt).toBe(first.startedAt);
    expect(done.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(done.scenarios.filter((s) => s.skipped)).toEqual([]);
    // What the first run finished is kept, not run again.
    for (const id of ran)
      expect(done.scenarios.find((s) => s.id === id)).toEqual(first.scenarios.find((s) => s.id === id));
  });
});
