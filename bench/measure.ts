/**
 * Runs one user action the way the sidebar does it — a sequence of google.script.run calls, each
 * one execution — and measures it: service calls by method, executions, and the modelled wait
 * (dev/emulator/calls.ts: published figures per call, plus one round trip per execution).
 */
import vm from 'node:vm';
import { type LoadedBundle, loadBundle } from '../dev/bundle';
import { createEmulator, type Emulator } from '../dev/emulator';
import { userWaitMs } from '../dev/emulator/calls';

export type Host = 'sheets' | 'slides';

/**
 * How the add-on reaches the open file: through SpreadsheetApp / SlidesApp only, or also through
 * the REST APIs once the user has granted it (picked the file in Google Picker: src/hosts/direct-access.ts).
 */
export type Access = 'services' | 'direct';

export interface Measured {
  /** google.script.run calls (and menu clicks) the user waits for. */
  roundTrips: number;
  calls: number;
  callsByMethod: Record<string, number>;
  /** Modelled time inside Apps Script, summed over the executions. */
  executionMs: number;
  /** Modelled wait: round trips plus executions. */
  userWaitMs: number;
}

export interface Session {
  emu: Emulator;
  bundle: LoadedBundle;
  /** One execution: a top-level function called as google.script.run would (JSON in and out). */
  call<T>(name: string, ...args: unknown[]): T;
}

/**
 * An emulator with one open document and the bundle loaded. `globals` can swap a service for an
 * adapter (the naive baselines wrap SpreadsheetApp), so the same bundle runs both approaches.
 */
export function openSession(
  host: Host,
  code: string,
  wrapGlobals: (globals: Record<string, unknown>) => Record<string, unknown> = (g) => g,
  access: Access = 'services',
): Session {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<div id="app"></div>' } });
  const fileId =
    host === 'sheets'
      ? emu.createSpreadsheet('Bench', { locale: 'ja_JP' }).getId()
      : emu.createPresentation('Bench').getId();
  // The answer each action finds kept: after the one-time grant, the file picked and 'allowed';
  // without it, 'denied', as the first action's probe leaves it (one REST get, ≈ 0.5 s, once per
  // user and file: src/hosts/direct-access.ts), so the rows show what every later action waits.
  if (access === 'direct') emu.pickDocument(fileId);
  emu.globals.PropertiesService.getUserProperties().setProperty(
    `journeygrid.direct.${fileId}`,
    access === 'direct' ? 'allowed' : 'denied',
  );
  const bundle = loadBundle(wrapGlobals({ ...emu.globals }), code);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  return {
    emu,
    bundle,
    call<T>(name: string, ...args: unknown[]): T {
      emu.calls.startExecution();
      try {
        const result = bundle.call<T>(name, ...args);
        const failed = (result as { ok?: boolean } | undefined)?.ok === false;
        if (failed) throw new Error(`${name} failed: ${JSON.stringify(result).slice(0, 400)}`);
        return result;
      } finally {
        emu.calls.endExecution();
      }
    },
  };
}

/** Measures `action` (which makes its calls through `session.call` or the emulator directly). */
export function measure(session: Session, action: () => void): Measured {
  session.emu.calls.reset();
  action();
  session.emu.calls.endExecution();
  const snap = session.emu.calls.snapshot();
  return {
    roundTrips: snap.executions,
    calls: snap.total,
    callsByMethod: snap.byMethod,
    executionMs: Math.round(snap.modelledMs),
    userWaitMs: userWaitMs(snap.executions, snap.modelledMs),
  };
}
