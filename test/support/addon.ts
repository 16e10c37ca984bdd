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

export interface Addon {
  emu: Emulator;
  bundle: LoadedBundle;
  spreadsheet: Spreadsheet;
  /** Calls an RPC and returns its value, failing the test with the problems if it is not ok. */
  ok<T>(name: string, ...args: unknown[]): T;
  /** Calls an RPC that must fail, returning its problems. */
  fail(name: string, ...args: unknown[]): Extract<Result<unknown>, { ok: false }>['problems'];
}

let cachedCode: string | undefined;

export function startAddon(
  options: EmulatorOptions & { spreadsheetName?: string; locale?: string } = {},
): Addon {
  cachedCode ??= readBundle();
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' }, ...options });
  const spreadsheet = emu.createSpreadsheet(options.spreadsheetName ?? 'Journeys', {
    locale: options.locale ?? 'ja_JP',
  });
  const bundle = loadBundle(emu.globals, cachedCode);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  const call = <T>(name: string, args: unknown[]) => bundle.call<Result<T>>(name, ...args);
  return {
    emu,
    bundle,
    spreadsheet,
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
