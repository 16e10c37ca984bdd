/**
 * What the emulated Advanced Slides and Sheets services share: Apps Script's exception for a
 * failed API call, the `drive.file` rule for which files a script may reach, and the check that
 * each request of a batch names exactly one kind of request.
 */
import type { EmulatorContext } from '../context';
import type { DriveFile } from '../drive';
import { type AppsScriptException, exception, messages } from '../errors';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** `GoogleJsonResponseException: API call to slides.presentations.batchUpdate failed with error: …` */
export function apiError(method: string, message: string): AppsScriptException {
  const error = exception(`API call to ${method} failed with error: ${message}`);
  Object.defineProperty(error, 'name', { value: 'GoogleJsonResponseException' });
  return error;
}

/**
 * Google refuses a request body over 10 MiB with "Request payload size exceeds the limit:
 * 10485760 bytes." (400 badRequest, as quoted in https://github.com/scrt-hq/psgsuite/issues/62);
 * the Sheets API adds that it has "no hard size limits" of its own but advises "a 2 MB maximum
 * payload" (https://developers.google.com/workspace/sheets/api/limits). The emulator refuses
 * what Google refuses, before looking at the body.
 */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export function checkPayloadSize(method: string, body: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(body ?? {}));
  if (bytes > MAX_PAYLOAD_BYTES)
    throw apiError(method, `Request payload size exceeds the limit: ${MAX_PAYLOAD_BYTES} bytes.`);
}

/**
 * Test control: makes a later batchUpdate fail as a Google backend error would ("Internal error
 * encountered.", HTTP 500), to show what the add-on does with a half-made file. Not a behaviour
 * of Google's to emulate, so it is off unless a test arms it.
 */
export class BatchFaults {
  private readonly armed = new Map<number, string>();
  private calls = 0;

  /** The n-th batchUpdate from now (1 = the next) fails with `message`. */
  arm(n: number, message = 'Internal error encountered.'): void {
    this.armed.set(this.calls + n, message);
  }

  /** Counts one call; throws the armed failure for it, if any. */
  check(method: string): void {
    this.calls += 1;
    const message = this.armed.get(this.calls);
    if (message === undefined) return;
    this.armed.delete(this.calls);
    throw apiError(method, message);
  }
}

/** Thrown by a request's semantic check; the service prefixes `Invalid requests[i].kind: `. */
export class RequestRejected extends Error {}

export function reject(message: string): never {
  throw new RequestRejected(message);
}

/** Files the script created through an Advanced service: what `drive.file` grants besides the open one. */
const createdByScript = new WeakSet<DriveFile>();

export function markCreated(file: DriveFile): void {
  createdByScript.add(file);
}

/**
 * Under drive.file a script reaches the files it created and those the user opened with it
 * (picked in Google Picker); the document it runs in only under the `openDocumentRest` assumption.
 */
export function reachable(ctx: EmulatorContext, file: DriveFile | null): file is DriveFile {
  return (
    file !== null &&
    (createdByScript.has(file) ||
      ctx.pickedDocuments.has(file.id) ||
      (ctx.activeFileId === file.id && ctx.openDocumentRest === 'allowed'))
  );
}

export function requireFull(ctx: EmulatorContext, method: string): void {
  if (ctx.authMode !== 'FULL') throw exception(messages.permission(method, DRIVE_FILE_SCOPE));
}

/** The one kind a request object names, or the API's complaint (oneof `kind`). */
export function requestKind(request: unknown, index: number): string {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new RequestRejected(`Invalid requests[${index}]: a request must be an object.`);
  const kinds = Object.entries(request).flatMap(([k, v]) => (v === undefined || v === null ? [] : [k]));
  if (kinds.length === 0) throw new RequestRejected(`Invalid requests[${index}]: No request set.`);
  if (kinds.length > 1)
    throw new RequestRejected(
      `Invalid value at 'requests[${index}]' (oneof), oneof field 'kind' is already set. Cannot set '${kinds[1]}'`,
    );
  return kinds[0]!;
}

/** Object ids chosen by the caller: 5–50 characters of [a-zA-Z0-9_:-], not starting with ':' or '-'. */
export const OBJECT_ID = /^[a-zA-Z0-9_][a-zA-Z0-9_:-]{4,49}$/;

export function hexOf(rgb: unknown): string {
  const c = (rgb ?? {}) as { red?: unknown; green?: unknown; blue?: unknown };
  const channel = (v: unknown, name: string) => {
    const n = v === undefined ? 0 : Number(v);
    if (!(n >= 0 && n <= 1))
      reject(`The ${name} channel of a color must be between 0 and 1, got ${String(v)}.`);
    return Math.round(n * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(c.red, 'red')}${channel(c.green, 'green')}${channel(c.blue, 'blue')}`;
}

/**
 * A Sheets `ColorStyle`: the current API's colour field (the plain `Color` fields beside it are
 * deprecated, "Deprecated: Use background_color_style", CellFormat in the v4 reference). Only
 * RGB colours are emulated; a theme colour is refused rather than guessed.
 */
export function hexOfStyle(style: unknown): string {
  const s = (style ?? {}) as { rgbColor?: unknown; themeColor?: unknown };
  if (s.themeColor !== undefined) reject('Theme colours are not supported by this emulator.');
  return hexOf(s.rgbColor);
}

export function rgbOf(hex: string): { red: number; green: number; blue: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** A parsed `fields` mask: each selected field, with what is selected inside it (null: all of it). */
type FieldTree = Map<string, FieldTree | null>;

/**
 * Parses a partial-response mask as Google's APIs take it in `fields`: comma-separated paths,
 * `a/b` for a nested field, `a(b,c)` for several inside one, `*` for everything
 * (https://developers.google.com/workspace/slides/api/guides/performance#partial-response).
 */
export function parseFieldMask(mask: string): FieldTree {
  let at = 0;
  const parseList = (): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const path: string[] = [];
      let name = '';
      while (at < mask.length && !',()'.includes(mask[at]!)) {
        if (mask[at] === '/') {
          path.push(name.trim());
          name = '';
        } else name += mask[at];
        at++;
      }
      path.push(name.trim());
      let inner: FieldTree | null = null;
      if (mask[at] === '(') {
        at++;
        inner = parseList();
        if (mask[at] !== ')') throw new Error(`Invalid field selection ${mask}`);
        at++;
      }
      if (path.some((p) => p === '')) throw new Error(`Invalid field selection ${mask}`);
      // a/b/c(d) is a(b(c(d))).
      let node = tree;
      path.forEach((p, i) => {
        const last = i === path.length - 1;
        if (last) {
          const had = node.get(p);
          node.set(
            p,
            had === null || inner === null
              ? had === undefined
                ? inner
                : null
              : merge(had ?? new Map(), inner),
          );
        } else {
          let next = node.get(p);
          if (next === null) return; // already whole
          if (next === undefined) {
            next = new Map();
            node.set(p, next);
          }
          node = next;
        }
      });
      if (mask[at] === ',') {
        at++;
        continue;
      }
      return tree;
    }
  };
  const merge = (a: FieldTree, b: FieldTree): FieldTree => {
    for (const [k, v] of b) {
      const had = a.get(k);
      a.set(k, had === undefined ? v : had === null || v === null ? null : merge(had, v));
    }
    return a;
  };
  const tree = parseList();
  if (at !== mask.length) throw new Error(`Invalid field selection ${mask}`);
  return tree;
}

/** What a response holds under a `fields` mask: only the selected fields, arrays element by element. */
export function applyFieldMask(value: unknown, mask: string | undefined): unknown {
  if (mask === undefined || mask.trim() === '' || mask.trim() === '*') return value;
  return select(value, parseFieldMask(mask.replace(/\s+/g, '')));
}

function select(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((v) => select(v, tree));
  if (typeof value !== 'object' || value === null) return value;
  if (tree.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out[key] = inner === null ? v : select(v, inner);
  }
  return out;
}
