/**
 * Typed client for the server's RPC functions. The function names and signatures come from the
 * server module's own types, so a misspelt name or a wrong argument does not compile, and there is
 * no catch-all index signature to hide one.
 *
 * A few RPCs belong to features that may not be in every build yet (sending a journey to the other
 * editor). They form a closed list with their expected signature; once the server exports one,
 * the server's own type takes over, and at run time the sidebar asks whether it exists before
 * offering the button.
 */

import type { Result } from '../src/model/problems';
import type { JourneyDocument } from '../src/model/types';
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

/** RPCs that may be missing from a build, with the signature the sidebar relies on. */
interface OptionalSignatures {
  sendToSlides: (doc: JourneyDocument) => Result<{ url: string }>;
  sendToSheets: (doc: JourneyDocument) => Result<{ url: string }>;
}
export type OptionalRpcName = keyof OptionalSignatures;
type OptionalFn<K extends OptionalRpcName> = K extends RpcName ? ServerFunctions[K] : OptionalSignatures[K];

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

/** Whether this build of the server has an optional RPC (google.script.run lists every function). */
export function hasServerFunction(name: OptionalRpcName): boolean {
  const run = window.google?.script.run;
  return typeof run?.[name] === 'function';
}

export function callOptional<K extends OptionalRpcName>(
  name: K,
  ...args: Parameters<OptionalFn<K>>
): Promise<ReturnType<OptionalFn<K>>> {
  return invoke(name, args) as Promise<ReturnType<OptionalFn<K>>>;
}
