/**
 * The add-on as a Slides user meets it: the built bundle on a fresh emulator with a deck open,
 * calls going through the JSON bridge, and helpers to find a persona's slides and tables.
 */
import vm from 'node:vm';
import type { LoadedBundle } from '../../dev/bundle';
import { loadBundle, readBundle } from '../../dev/bundle';
import {
  createEmulator,
  type ElementSnapshot,
  type Emulator,
  type PresentationSnapshot,
} from '../../dev/emulator';
import type { Presentation } from '../../src/hosts/slides/services';
import type { Result } from '../../src/model/problems';

export interface SlidesAddon {
  emu: Emulator;
  bundle: LoadedBundle;
  deck: Presentation;
  ok<T>(name: string, ...args: unknown[]): T;
  fail(name: string, ...args: unknown[]): Extract<Result<unknown>, { ok: false }>['problems'];
  view(): PresentationSnapshot;
}

let cachedCode: string | undefined;

export function startSlidesAddon(): SlidesAddon {
  cachedCode ??= readBundle();
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' } });
  const deck = emu.createPresentation('Journey deck');
  const bundle = loadBundle(emu.globals, cachedCode);
  emu.setScriptRealmError(vm.runInContext('Error', bundle.context) as ErrorConstructor);
  const call = <T>(name: string, args: unknown[]) => bundle.call<Result<T>>(name, ...args);
  return {
    emu,
    bundle,
    deck,
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
    view: () => emu.inspectPresentation(deck)!,
  };
}

export function journeyTables(view: PresentationSnapshot): { slide: number; table: ElementSnapshot }[] {
  return view.slides.flatMap((s, slide) =>
    s.elements
      .filter((e) => e.kind === 'table' && /journey table|ジャーニー表/.test(e.title))
      .map((table) => ({ slide, table })),
  );
}

export function texts(table: ElementSnapshot): string[][] {
  return table.cells!.map((row) => row.map((c) => c.text));
}
