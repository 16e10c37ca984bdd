/**
 * Typed client for the server's RPC functions. The function names and signatures come from the
 * server module's own types, so a misspelt name or a wrong argument does not compile, and there is
 * no catch-all index signature to hide one.
 */
import type * as Server from '../src/server/api';

type ServerFunctions = {
  [K in keyof typeof Server as (typeof Server)[K] extends (...args: never[]) => unknown
    ? K
    : never]: (typeof Server)[K];
};
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

/** Calls a server function; resolves with its JSON result, rejects on a platform failure. */
export function callServer<K extends RpcName>(name: K, ...args: Fn<K>['args']): Promise<Fn<K>['result']> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Fn<K>['result']))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
