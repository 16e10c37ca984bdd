/**
 * Validation of REST requests against Google's own discovery documents (copies of the Sheets v4,
 * Slides v1 and Drive v3 documents are kept in ./google-discovery, so a fresh clone can run the
 * tests on its own; test/rest/discovery-copies.test.ts keeps them equal to the shared originals when
 * those are beside the repository): every field must exist in its schema with the right type
 * and enum value, and every method parameter must be one the method declares. The emulated
 * Advanced services call this before doing anything, so a request Google would reject with
 * "Invalid JSON payload received. Unknown name …" or "Invalid value at …" is rejected here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DiscoverySchema {
  id?: string;
  type?: string;
  $ref?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, DiscoverySchema>;
  additionalProperties?: DiscoverySchema;
  items?: DiscoverySchema;
  required?: boolean;
  location?: string;
  repeated?: boolean;
}

interface DiscoveryMethod {
  id: string;
  parameters?: Record<string, DiscoverySchema>;
  request?: { $ref: string };
  supportsMediaUpload?: boolean;
  supportsMediaDownload?: boolean;
}

interface DiscoveryResource {
  methods?: Record<string, DiscoveryMethod>;
  resources?: Record<string, DiscoveryResource>;
}

export interface DiscoveryDocument {
  name: string;
  version: string;
  parameters: Record<string, DiscoverySchema>;
  schemas: Record<string, DiscoverySchema>;
  resources: Record<string, DiscoveryResource>;
}

export const DISCOVERY_DIR = join(import.meta.dirname, 'google-discovery');

const cache = new Map<string, DiscoveryDocument>();

export function loadDiscovery(name: 'drive.v3' | 'sheets.v4' | 'slides.v1'): DiscoveryDocument {
  let doc = cache.get(name);
  if (!doc) {
    doc = JSON.parse(readFileSync(join(DISCOVERY_DIR, `${name}.json`), 'utf8')) as DiscoveryDocument;
    cache.set(name, doc);
  }
  return doc;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

/** Every problem with `value` as an instance of `schema`, as Google-style messages with their paths. */
export function validateValue(
  doc: DiscoveryDocument,
  schema: DiscoverySchema,
  value: unknown,
  path: string,
): string[] {
  if (schema.$ref) {
    const target = doc.schemas[schema.$ref];
    if (!target) return [`${path}: unknown schema ${schema.$ref}`];
    return validateValue(doc, target, value, path);
  }
  if (value === null || value === undefined) return [];
  const errors: string[] = [];
  switch (schema.type) {
    case 'object': {
      if (!isPlainObject(value))
        return [`Invalid value at '${path}' (${describe(value)}): expected an object`];
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        const property = schema.properties?.[key];
        if (property) errors.push(...validateValue(doc, property, child, childPath));
        else if (schema.additionalProperties)
          errors.push(...validateValue(doc, schema.additionalProperties, child, childPath));
        else
          errors.push(
            `Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`,
          );
      }
      return errors;
    }
    case 'array':
      if (!Array.isArray(value)) return [`Invalid value at '${path}' (${describe(value)}): expected a list`];
      value.forEach((item, i) => {
        if (schema.items) errors.push(...validateValue(doc, schema.items, item, `${path}[${i}]`));
      });
      return errors;
    case 'string': {
      // 64-bit integers travel as strings but numbers are accepted too.
      const ok = typeof value === 'string' || (schema.format?.endsWith('int64') && typeof value === 'number');
      if (!ok) return [`Invalid value at '${path}' (${describe(value)}): expected a string`];
      if (schema.enum && !schema.enum.includes(String(value))) {
        return [`Invalid value at '${path}' (${describe(value)}): not one of ${schema.enum.join(', ')}`];
      }
      return [];
    }
    case 'integer':
      return Number.isInteger(typeof value === 'string' ? Number(value) : value)
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected an integer`];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected a number`];
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [`Invalid value at '${path}' (${describe(value)}): expected true or false`];
    default:
      return [];
  }
}

export function findMethod(doc: DiscoveryDocument, methodPath: string): DiscoveryMethod {
  const parts = methodPath.split('.');
  const name = parts.pop()!;
  let resources: Record<string, DiscoveryResource> | undefined = doc.resources;
  let resource: DiscoveryResource | undefined;
  for (const part of parts) {
    resource = resources?.[part];
    resources = resource?.resources;
  }
  const method = resource?.methods?.[name];
  if (!method) throw new Error(`${doc.name}.${doc.version} has no method ${methodPath}`);
  return method;
}

/**
 * Validates one call: its parameters (path and query) against the method's and the API's
 * parameters, and its request body against the method's request schema.
 */
export function validateCall(
  doc: DiscoveryDocument,
  methodPath: string,
  parameters: Record<string, unknown>,
  body?: unknown,
): string[] {
  const method = findMethod(doc, methodPath);
  const errors: string[] = [];
  const declared = { ...doc.parameters, ...(method.parameters ?? {}) };
  for (const [name, value] of Object.entries(parameters)) {
    // Methods that support media download accept alt=media beside the API-wide alt=json.
    if (name === 'alt' && value === 'media' && method.supportsMediaDownload) continue;
    const parameter = declared[name];
    if (!parameter) {
      errors.push(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter.`);
      continue;
    }
    const values = parameter.repeated && Array.isArray(value) ? value : [value];
    for (const v of values) errors.push(...validateValue(doc, parameter, v, name));
  }
  for (const [name, parameter] of Object.entries(method.parameters ?? {})) {
    if (parameter.required && (parameters[name] === undefined || parameters[name] === '')) {
      errors.push(`Required parameter: ${name}`);
    }
  }
  if (method.request && body !== undefined)
    errors.push(...validateValue(doc, { $ref: method.request.$ref }, body, ''));
  return errors;
}
