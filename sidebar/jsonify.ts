/**
 * What google.script.run can carry, as types. The bridge passes "legal parameters and return
 * values": primitives and plain objects and arrays of them; a Date, a function or a DOM element
 * is refused, and an object property that is undefined simply does not arrive
 * (https://developers.google.com/apps-script/guides/html/reference/run#parameters). `Jsonify<T>`
 * is the shape `T` has after that trip; a type that is not assignable to its own Jsonify would
 * lose or refuse something on the way, so the RPC client (rpc.ts) does not compile over it.
 */

import type { JsonValue } from '../src/model/json';

/** Members that do not survive the trip: the bridge refuses or drops them. */
type NotJson = undefined | symbol | bigint | ((...args: never[]) => unknown);

/**
 * `T` as it arrives on the other side. Objects and arrays are mapped member by member (an
 * optional property stays optional); a Date or a Map becomes an object whose methods are
 * `never`, so it is not assignable back; an `undefined` array element or required property
 * disappears from the type, as it becomes null or goes missing in transit.
 */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends NotJson
    ? never
    : // Declared JSON (the remembered form) is itself; mapping its recursion would not end.
      T extends JsonValue
      ? T
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : never;

/** Whether `T` crosses the bridge unchanged (both `[ ]` so a union is checked as one type). */
export type IsJson<T> = [T] extends [Jsonify<T>] ? true : false;

/**
 * The names of the functions of `M` whose arguments or result do not cross the bridge
 * unchanged; `never` when all do.
 */
export type NonJsonFunctions<M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => infer R
    ? IsJson<A> extends true
      ? IsJson<R> extends true
        ? never
        : K
      : K
    : never;
}[keyof M];

/**
 * A map of server functions, accepted only when every one takes and returns JSON: `JsonOnly<M>`
 * is `M` itself, else a compile error at the offending function's name.
 */
export type JsonOnly<M extends JsonChecked<M>> = M;
type JsonChecked<M> = {
  [K in keyof M]: K extends NonJsonFunctions<M>
    ? 'takes or returns what google.script.run cannot carry'
    : M[K];
};
