/**
 * Type tests of the sidebar's RPC client, checked by the compiler (`npm run check` compiles test/):
 * calls are typed from the server's own functions, and a server function that takes or returns
 * what google.script.run cannot carry (a Date, a Map, a function, an undefined array element or
 * property) does not compile. Each `@ts-expect-error` line fails the check if it stops failing.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { IsJson, JsonOnly } from '../../sidebar/jsonify';
import type { callServer, FunctionsOf, RpcName } from '../../sidebar/rpc';
import type { Result } from '../../src/model/problems';
import type * as Server from '../../src/server/api';
import type { ReadBack } from '../../src/server/rpc';

type Call<K extends RpcName> = typeof callServer<K>;

describe('the typed RPC client', () => {
  it('takes each server function’s own arguments and answers its own result', () => {
    expectTypeOf<ReturnType<Call<'readJourneys'>>>().toEqualTypeOf<Promise<Result<ReadBack>>>();
    expectTypeOf<Parameters<Call<'readJourneys'>>>().toEqualTypeOf<
      [name: 'readJourneys', scope: 'active' | 'all']
    >();
    // @ts-expect-error a misspelt function name
    expectTypeOf<Call<'readJourney'>>();
  });

  it('accepts the server as it is: every function takes and returns JSON', () => {
    expectTypeOf<JsonOnly<FunctionsOf<typeof Server>>>().toEqualTypeOf<FunctionsOf<typeof Server>>();
  });

  it('refuses a server function that returns or takes what google.script.run cannot carry', () => {
    type With<F> = FunctionsOf<typeof Server & { extra: F }>;
    // @ts-expect-error a Date result
    expectTypeOf<JsonOnly<With<() => Result<Date>>>>();
    // @ts-expect-error a Map argument
    expectTypeOf<JsonOnly<With<(m: Map<string, string>) => Result<boolean>>>>();
    // @ts-expect-error a function inside the result
    expectTypeOf<JsonOnly<With<() => Result<{ then: () => void }>>>>();
    // @ts-expect-error an undefined array element (it arrives as null)
    expectTypeOf<JsonOnly<With<() => Result<(string | undefined)[]>>>>();
    // @ts-expect-error a required property that may be undefined (it does not arrive)
    expectTypeOf<JsonOnly<With<() => Result<{ url: string | undefined }>>>>();
    // @ts-expect-error no result at all
    expectTypeOf<JsonOnly<With<() => void>>>();
    // What does cross: optional properties, nulls, nested plain objects and arrays.
    expectTypeOf<IsJson<{ a?: string; b: null; c: { d: number[] }[] }>>().toEqualTypeOf<true>();
  });
});
