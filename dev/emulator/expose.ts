/**
 * One place that turns an emulated object into what scripts see: a Proxy that counts every
 * public method call, applies the authorization-mode check, and keeps the emulator's internals
 * out of sight.
 *
 * Every emulated class extends ServiceObject and is written as plain TypeScript: methods call
 * each other and return `this` or other raw objects freely. The proxy calls the method on the raw
 * object (so calls the emulator makes internally are never counted), unwraps proxies found in the
 * arguments (a script passing a Range or a chart back in), and wraps service objects found in the
 * result. Methods whose name starts with `_` are internal and pass through uncounted.
 */
import { checkAuth } from './auth';
import type { CallDetail } from './calls';
import type { EmulatorContext } from './context';

export abstract class ServiceObject {
  constructor(
    /** Emulator-wide state: counter, auth mode, user, drive. */
    readonly ctx: EmulatorContext,
    /** The Apps Script class name used in call counts and `String(obj)`, e.g. "Range". */
    readonly apiName: string,
  ) {}
}

const proxyOf = new WeakMap<object, object>();
const targetOf = new WeakMap<object, object>();

type Method = (...args: unknown[]) => unknown;

/** Properties that tooling (test matchers, string conversion, promises) probes; never counted. */
const UNCOUNTED = new Set(['constructor', 'toJSON', 'valueOf', 'then', 'inspect', 'asymmetricMatch']);

function unwrapDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapDeep);
  return unwrap(value);
}

function wrapDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrapDeep);
  if (value instanceof ServiceObject) return expose(value);
  return value;
}

/**
 * What the latency model needs to price a call: cells a Range or RangeList call touches, and
 * requests in a REST batchUpdate (its first argument's `requests`).
 */
function callDetail(target: ServiceObject, args: readonly unknown[]): CallDetail {
  try {
    return detailOf(target, args);
  } catch {
    return {}; // a removed object: the call itself will say so
  }
}

function detailOf(target: ServiceObject, args: readonly unknown[]): CallDetail {
  const sized = target as Partial<{ getNumRows(): number; getNumColumns(): number; getRanges(): unknown[] }>;
  if (typeof sized.getNumRows === 'function' && typeof sized.getNumColumns === 'function')
    return { cells: sized.getNumRows() * sized.getNumColumns() };
  if (typeof sized.getRanges === 'function') {
    let cells = 0;
    for (const r of sized.getRanges() as ServiceObject[]) cells += detailOf(r, []).cells ?? 1;
    return { cells };
  }
  const requests = (args[0] as { requests?: unknown } | undefined)?.requests;
  return Array.isArray(requests) ? { requests: requests.length } : {};
}

/** The script-facing proxy of an emulated object (one per object, so identity comparisons hold). */
export function expose<T extends object>(obj: T): T {
  if (!(obj instanceof ServiceObject)) return obj;
  const cached = proxyOf.get(obj);
  if (cached) return cached as T;
  const target: ServiceObject = obj;
  const handler: ProxyHandler<ServiceObject> = {
    get(t, prop) {
      if (typeof prop === 'symbol') return Reflect.get(t, prop, t);
      if (prop === 'toString') return () => t.apiName;
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== 'function' || UNCOUNTED.has(prop) || prop.startsWith('_')) return value;
      const method = value as Method;
      return (...args: unknown[]) => {
        t.ctx.calls.record(t.apiName, prop, callDetail(t, args));
        try {
          checkAuth(t.ctx.authMode, t.apiName, prop);
          return wrapDeep(method.apply(t, args.map(unwrapDeep)));
        } catch (e) {
          throw t.ctx.scriptRealmError(e);
        }
      };
    },
    // Scripts and test printers see an opaque object, like a real Apps Script object.
    ownKeys: () => [],
    getOwnPropertyDescriptor: () => undefined,
    // Only an HtmlTemplate takes new properties (its scriptlets read them); the rest are sealed.
    set: (t, prop, value) => {
      const open = t as ServiceObject & { _acceptsProperties?: boolean; _vars?: Map<string, unknown> };
      if (!open._acceptsProperties || typeof prop !== 'string') return false;
      open._vars!.set(prop, value);
      return true;
    },
  };
  const proxy = new Proxy(target, handler);
  proxyOf.set(obj, proxy);
  targetOf.set(proxy, obj);
  return proxy as T;
}

/** The raw object behind a proxy (or the value itself). Control APIs use this on their arguments. */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const target = targetOf.get(value);
    if (target) return target as T;
  }
  return value;
}
