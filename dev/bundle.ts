/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: one script in one global scope,
 * here a Node `vm` context that holds only the emulator's service globals (no require, no
 * process), so anything the bundle needs from Node would fail here as it would in Apps Script.
 *
 * `call()` mimics google.script.run: arguments and results cross as JSON, and a Date, a Map, a
 * function or a class instance, which the real bridge refuses, makes it throw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(import.meta.dirname, '..', 'dist');

export interface LoadedBundle {
  /** The vm context: the bundle's global scope. */
  context: vm.Context;
  /** Top-level functions the bundle defines (what Apps Script would list). */
  functions: string[];
  /** Calls a top-level function directly, as a trigger would (no JSON bridge). */
  trigger(name: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as google.script.run would: JSON in, JSON out. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function readBundle(file = 'Code.js'): string {
  return readFileSync(join(DIST, file), 'utf8');
}

export function loadBundle(globals: object, code: string = readBundle()): LoadedBundle {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = Object.keys(context).filter(
    (key) => typeof context[key] === 'function' && !(key in globals),
  );
  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const target = context[name];
    if (typeof target !== 'function') throw new Error(`Script function not found: ${name}`);
    return target as (...args: unknown[]) => unknown;
  };
  return {
    context,
    functions,
    trigger: (name, ...args) => fn(name)(...args),
    call: <T>(name: string, ...args: unknown[]): T => {
      if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
      for (const [i, arg] of args.entries()) assertBridgeable(arg, `argument ${i + 1}`);
      const json = JSON.parse(JSON.stringify(args)) as unknown[];
      const result = fn(name)(...json);
      assertBridgeable(result, 'result');
      return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
    },
  };
}

/**
 * google.script.run carries only primitives and plain objects and arrays of them; a Date, a Map,
 * a function or a class instance makes the real call fail (or arrive as null), so here it throws.
 * Objects from the vm realm have that realm's Object.prototype, hence the check by name.
 */
export function assertBridgeable(value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return;
  if (type === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Illegal value for google.script.run at ${path}: ${value}`);
    return;
  }
  if (type !== 'object') throw new Error(`Illegal value for google.script.run at ${path}: a ${type}`);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) assertBridgeable(item, `${path}[${i}]`);
    return;
  }
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  if (proto !== null && proto.constructor?.name !== 'Object') {
    throw new Error(
      `Illegal value for google.script.run at ${path}: a ${proto.constructor?.name ?? 'class instance'}`,
    );
  }
  for (const [key, item] of Object.entries(value)) assertBridgeable(item, `${path}.${key}`);
}
