/**
 * Validation of REST requests against Google's current API definitions: the schemas of the
 * installed @googleapis/sheets, @googleapis/slides and @googleapis/drive packages, turned into
 * ./google-discovery/schemas.json by scripts/google-schemas.ts (test/rest/google-schemas.test.ts
 * keeps the file equal to what the packages say). Every field must exist in its schema with the
 * right JSON type, every method parameter must be one the method (or every method) declares, and
 * required path parameters must be there. The emulated Advanced services call this before doing
 * anything, so a request Google would reject with "Invalid JSON payload received. Unknown name …"
 * or "Invalid value at …" is rejected here too.
 *
 * Stricter than Google on purpose: a field Google documents as deprecated is refused, so the
 * add-on never starts depending on one (Google still accepts most of them for now).
 * Looser than Google, because the definitions do not say: enum values are not checked (the
 * packages type every enum as plain `string`), nor integer versus floating point (both `number`);
 * see the assumptions in README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ApiName = 'drive.v3' | 'sheets.v4' | 'slides.v1';

/**
 * A field's type: `string`, `number`, `boolean`, `any`, a schema's name, `T[]` (a list), `{T}`
 * (a map from string keys), or the fields of an inline object.
 */
export type FieldType = string | { [field: string]: FieldType };

export interface ApiMethod {
  parameters: Record<string, string>;
  required?: string[];
  /** The schema of the request body, when the method takes one. */
  request?: string;
}

export interface ApiSchemas {
  package: string;
  version: string;
  /** Query parameters every method takes (alt, fields, key, prettyPrint, quotaUser, …). */
  parameters: Record<string, string>;
  schemas: Record<string, Record<string, FieldType>>;
  /** Fields whose documentation says they are deprecated, with Google's note. */
  deprecated: Record<string, Record<string, string>>;
  /** Keyed by resource path and method name, in lower case: `spreadsheets.batchupdate`. */
  methods: Record<string, ApiMethod>;
}

export const SCHEMAS_PATH = join(import.meta.dirname, 'google-discovery', 'schemas.json');

let all: Record<ApiName, ApiSchemas> | undefined;

export function loadApi(name: ApiName): ApiSchemas {
  all ??= JSON.parse(readFileSync(SCHEMAS_PATH, 'utf8')) as Record<ApiName, ApiSchemas>;
  return all[name];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

function validateObject(
  api: ApiSchemas,
  schema: string | undefined,
  fields: Record<string, FieldType>,
  value: unknown,
  path: string,
): string[] {
  if (!isPlainObject(value)) return [`Invalid value at '${path}' (${describe(value)}): expected an object`];
  const errors: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    const type = fields[key];
    if (type === undefined) {
      errors.push(`Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`);
      continue;
    }
    const note = schema ? api.deprecated[schema]?.[key] : undefined;
    if (note && child !== undefined && child !== null) {
      errors.push(
        `Deprecated field "${key}" at '${path}', refused by the emulator so the add-on does not rely on it. Google's note: ${note}`,
      );
      continue;
    }
    errors.push(...validateValue(api, type, child, childPath));
  }
  return errors;
}

/**
 * Every problem with `value` as an instance of `type`, as Google-style messages with their paths.
 * Numbers may also come as numeric strings, as the protocol buffers JSON mapping allows ("Either
 * numbers or strings are accepted", https://protobuf.dev/programming-guides/json/).
 */
export function validateValue(api: ApiSchemas, type: FieldType, value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [];
  if (typeof type !== 'string') return validateObject(api, undefined, type, value, path);
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return [`Invalid value at '${path}' (${describe(value)}): expected a list`];
    const item = type.slice(0, -2);
    return value.flatMap((v, i) => validateValue(api, item, v, `${path}[${i}]`));
  }
  if (type.startsWith('{')) {
    if (!isPlainObject(value)) return [`Invalid value at '${path}' (${describe(value)}): expected an object`];
    const item = type.slice(1, -1);
    return Object.entries(value).flatMap(([k, v]) => validateValue(api, item, v, `${path}.${k}`));
  }
  switch (type) {
    case 'any':
      return [];
    case 'string':
      return typeof value === 'string'
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected a string`];
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n)
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected a number`];
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected true or false`];
    default: {
      const fields = api.schemas[type];
      if (!fields) return [`${path}: unknown schema ${type}`];
      return validateObject(api, type, fields, value, path);
    }
  }
}

export function findMethod(api: ApiSchemas, methodPath: string): ApiMethod {
  const method = api.methods[methodPath.toLowerCase()];
  if (!method) throw new Error(`${api.package} has no method ${methodPath}`);
  return method;
}

/**
 * Validates one call: its parameters (path and query) against the method's and the API's
 * parameters, and its request body against the method's request schema.
 */
export function validateCall(
  api: ApiSchemas,
  methodPath: string,
  parameters: Record<string, unknown>,
  body?: unknown,
): string[] {
  const method = findMethod(api, methodPath);
  const errors: string[] = [];
  const declared = { ...api.parameters, ...method.parameters };
  for (const [name, value] of Object.entries(parameters)) {
    const type = declared[name];
    if (!type) {
      errors.push(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter.`);
      continue;
    }
    // A query parameter may be repeated: each value must fit.
    const values = Array.isArray(value) && !type.endsWith('[]') ? value : [value];
    for (const v of values) errors.push(...validateValue(api, type, v, name));
  }
  for (const name of method.required ?? []) {
    if (parameters[name] === undefined || parameters[name] === '') errors.push(`Required parameter: ${name}`);
  }
  if (method.request && body !== undefined) errors.push(...validateValue(api, method.request, body, ''));
  return errors;
}
