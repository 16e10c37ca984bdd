/**
 * The narrow-interface check `npm run check` runs (scripts/check-surface.mjs): a member of the
 * add-on's service interfaces that src/ never uses fails it, by name; one used by a call, through
 * an enum holder, or by handing the object where another shape is expected passes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'check-surface.mjs');

const SERVICES = `export type Style = 'solid' | 'dashed';
export interface Range {
  getValues(): string[][];
  setValues(values: string[][]): Range;
  addKey(key: string): void;
}
export interface App {
  getRange(): Range;
  BorderStyle: { SOLID: Style; DASHED: Style };
}
`;
const USE = `import type { App } from './services';
interface KeyOwner { addKey(key: string): void }
const tag = (owner: KeyOwner) => owner.addKey('k');
export function write(app: App): string {
  const range = app.getRange();
  range.setValues([['a']]);
  tag(range);
  return String(app.BorderStyle.SOLID) + String(app.BorderStyle['DASHED']);
}
`;

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jg-surface-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function check(root: string) {
  const result = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('narrow interfaces (npm run check)', () => {
  it('names each member src/ does not use, and fails', () => {
    const { status, output } = check(
      tree({ 'src/hosts/sheets/services.ts': SERVICES, 'src/hosts/sheets/write.ts': USE }),
    );
    expect(status).toBe(1);
    expect(output).toContain('1 of 7 members are not used by src/');
    expect(output).toContain('  Range.getValues');
    expect(output).not.toMatch(/ {2}(Range\.setValues|Range\.addKey|App\.getRange|App\.BorderStyle)/);
  });

  it('passes when every member is used', () => {
    const used = USE.replace("range.setValues([['a']]);", 'range.setValues(range.getValues());');
    const { status, output } = check(
      tree({ 'src/hosts/sheets/services.ts': SERVICES, 'src/hosts/sheets/write.ts': used }),
    );
    expect(output).toContain('all 7 members of the service interfaces are used by src/');
    expect(status).toBe(0);
  });

  it('passes on this repository: the interfaces hold exactly what the add-on calls', () => {
    const { status, output } = check(ROOT);
    expect(output).toContain('members of the service interfaces are used by src/');
    expect(status).toBe(0);
  });
});
