/**
 * The built kit (npm run conformance:build): one top-level function, runConformance, in a script
 * that touches no service while it loads (Apps Script loads every file before running anything),
 * and a manifest with the scopes and Advanced services the scenarios need.
 */
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKit } from './build';

const SERVICES = [
  'SpreadsheetApp',
  'SlidesApp',
  'Charts',
  'PropertiesService',
  'LockService',
  'Drive',
  'Sheets',
  'Slides',
  'Utilities',
  'Logger',
];

let code: string;
// biome-ignore lint/suspicious/noExplicitAny: the manifest is read as plain JSON.
let manifest: Record<string, any>;

beforeAll(() => {
  ({ code, manifest } = buildKit());
});

describe('the conformance bundle', () => {
  it('loads in a context with no globals at all and defines only runConformance', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context, { filename: 'Code.js' });
    const functions = Object.keys(context).filter((k) => typeof context[k] === 'function');
    expect(functions).toEqual(['runConformance']);
  });

  it('touches no service while loading, and reaches them only when run', () => {
    const touched: string[] = [];
    const context = vm.createContext({});
    for (const name of SERVICES)
      Object.defineProperty(context, name, {
        get() {
          touched.push(name);
          throw new Error(`${name} touched`);
        },
      });
    vm.runInContext(code, context, { filename: 'Code.js' });
    expect(touched).toEqual([]);
    expect(() => vm.runInContext('runConformance()', context)).toThrow(/touched/);
    expect(touched.length).toBeGreaterThan(0);
  });

  it('asks for the scopes of a standalone kit and enables the Advanced services', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/presentations',
      'https://www.googleapis.com/auth/drive.file',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(
      manifest.dependencies.enabledAdvancedServices.map((s: { userSymbol: string }) => s.userSymbol).sort(),
    ).toEqual(['Drive', 'Sheets', 'Slides']);
  });

  it('uses no built-in that Apps Script V8 lacks', () => {
    expect(code).not.toMatch(/Object\.hasOwn\(|\.at\(-?\d|structuredClone\(|TextEncoder|replaceAll\(/);
  });
});
