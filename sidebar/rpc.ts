/**
 * Typed client for the server's RPC functions. The function names and signatures come from the
 * server module's own types, so a misspelt name or a wrong argument does not compile, and there is
 * no catch-all index signature to hide one. Every function's arguments and result must also be
 * what google.script.run carries unchanged (jsonify.ts): an RPC that takes or returns a Date, a
 * Map, a function or an undefined array element does not compile here.
 */

import type * as Server from '../src/server/api';
import type { JsonOnly } from './jsonify';

/** The functions of a module's exports (the barrel also exports types and constants). */
export type FunctionsOf<Module> = {
  [K in keyof Module as Module[K] extends (...args: never[]) => unknown ? K : never]: Module[K];
};
type ServerFunctions = JsonOnly<FunctionsOf<typeof Server>>;
export type RpcName = keyof ServerFunctions;
type Fn<K extends RpcName> = ServerFunctions[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

function invoke(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = run.withSuccessHandler(resolve).withFailureHandler(reject);
    const method = runner[name];
    if (typeof method !== 'function') {
      reject(new Error(`Script function not found: ${name}`));
      return;
    }
    (method as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Calls a server function; resolves with its JSON result, rejects on a platform failure. */
export function callServer<K extends RpcName>(name: K, ...args: Fn<K>['args']): Promise<Fn<K>['result']> {
  return invoke(name, args) as Promise<Fn<K>['result']>;
}
