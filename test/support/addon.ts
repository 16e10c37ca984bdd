/**
 * The add-on as a user meets it in tests: the built bundle (dist/Code.js) running in a vm context
 * on a fresh emulator, with a spreadsheet open. Calls go through the JSON bridge that
 * google.script.run imposes.
 */
import vm from 'node:vm';
import { type LoadedBundle, loadBundle, readBundle } from '../../dev/bundle';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../dev/emulator';
import type { Spreadsheet } from '../../dev/emulator/contract';
import type { Result } from '../../src/model/problems';

export interface Addon extends RunningBundle {
  emu: Emulator;
  spreadsheet: Spreadsheet;
}

let cachedCode: string | undefined;

export type Problems = Extract<Result<unknown>, { ok: false }>['problems'];

export interface RunningBundle {
  bundle: LoadedBundle;
  /** Calls an RPC and returns its value, failing the test with the problems if it is not ok. */
  ok<T>(name: string, ...args: unknown[]): T;
  /** Calls an RPC that must fail, returning its problems. */
  fail(name: string, ...args: unknown[]): Problems;
}

/** Loads the built bundle on an emulator whose document is already open. */
export function runBundle(emu: Emulator): RunningBundle {
  cachedCode ??= readBundle();
  const bundle = loadBundle(emu.globals, cachedCode);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  const call = <T>(name: string, args: unknown[]) => bundle.call<Result<T>>(name, ...args);
  return {
    bundle,
    ok<T>(name: string, ...args: unknown[]): T {
      const result = call<T>(name, args);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.problems, null, 1)}`);
      return result.value;
    },
    fail(name: string, ...args: unknown[]) {
      const result = call<unknown>(name, args);
      if (result.ok) throw new Error(`${name} was expected to fail`);
      return result.problems;
    },
  };
}

export function startAddon(
  options: EmulatorOptions & { spreadsheetName?: string; locale?: string } = {},
): Addon {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' }, ...options });
  const spreadsheet = emu.createSpreadsheet(options.spreadsheetName ?? 'Journeys', {
    locale: options.locale ?? 'ja_JP',
  });
  return { emu, spreadsheet, ...runBundle(emu) };
}
