/**
 * The import rules `npm run check` enforces (scripts/check-imports.mjs), run as a developer runs
 * them: on small scratch trees with one broken rule each, then on this repository. What matters is
 * the exit code and a message that names the files and the rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'check-imports.mjs');

/** A tree with a clean layering: model ← layout ← two hosts sharing a root host file ← server. */
const CLEAN: Record<string, string> = {
  'src/model/types.ts': 'export interface Doc { title: string }\n',
  'src/layout/plan.ts':
    "import type { Doc } from '../model/types';\nexport const plan = (d: Doc) => [d.title];\n",
  'src/read/read.ts':
    "import { plan } from '../layout/plan';\nexport const read = () => plan({ title: '' });\n",
  'src/hosts/ui.ts': 'export interface Properties { getProperty(key: string): string | null }\n',
  'src/hosts/sheets/build.ts':
    "import { plan } from '../../layout/plan';\nimport type { Properties } from '../ui';\nexport function build(p: Properties) { return plan({ title: p.getProperty('t') ?? '' }); }\n",
  'src/hosts/slides/build.ts':
    "import { plan } from '../../layout/plan';\nexport const build = () => plan;\n",
  'src/share/store.ts':
    "import type { Properties } from '../hosts/ui';\nexport const save = (p: Properties) => p;\n",
  'src/server/rpc.ts':
    "import { build } from '../hosts/sheets/build';\nimport { build as slides } from '../hosts/slides/build';\nexport { build, slides };\n",
  'sidebar/app.tsx': "import type { Doc } from '../src/model/types';\nexport const App = (d: Doc) => d;\n",
  'dev/emulator/sheet.ts': "import { plan } from '../../src/layout/plan';\nexport const sheet = plan;\n",
};

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jg-imports-'));
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

describe('import rules (npm run check)', () => {
  it('passes a tree whose layers import one way', () => {
    const { status, output } = check(tree(CLEAN));
    expect(output).toContain('no cycle, hosts apart, pure layers pure');
    expect(status).toBe(0);
  });

  it('fails on a cycle of type-only imports in dev/, printing it', () => {
    const { status, output } = check(
      tree({
        ...CLEAN,
        'dev/emulator/context.ts':
          "import type { Sheet } from './sheet-model';\nexport interface Context { sheets: Sheet[] }\n",
        'dev/emulator/sheet-model.ts':
          "import type { Context } from './context';\nexport interface Sheet { ctx: Context }\n",
      }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'Import cycle of 2 files: dev/emulator/context.ts → dev/emulator/sheet-model.ts → dev/emulator/context.ts',
    );
  });

  it('fails on a longer cycle through src/ and sidebar/, naming every file on it', () => {
    const { status, output } = check(
      tree({
        ...CLEAN,
        'sidebar/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'sidebar/b.ts': "export { c as b } from '../src/model/c';\n",
        'src/model/c.ts': "export const c = () => import('../../sidebar/a');\n",
      }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'Import cycle of 3 files: sidebar/a.ts → sidebar/b.ts → src/model/c.ts → sidebar/a.ts',
    );
  });

  it('fails when one host imports another, and says where shared code goes', () => {
    const { status, output } = check(
      tree({
        ...CLEAN,
        'src/hosts/rest/send.ts': "import { build } from '../slides/build';\nexport const send = build;\n",
      }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'src/hosts/rest/send.ts imports src/hosts/slides/build.ts: a host must not import another host (src/hosts/rest/ → src/hosts/slides/)',
    );
    expect(output).toContain(
      'src/layout, src/read or src/model, or to a shared file at the root of src/hosts/',
    );
  });

  it('fails when a shared host file depends on one host', () => {
    const { status, output } = check(
      tree({ ...CLEAN, 'src/hosts/shared.ts': "export { build } from './sheets/build';\n" }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'src/hosts/shared.ts imports src/hosts/sheets/build.ts: a shared file at the root',
    );
  });

  it('fails when a pure layer imports a host or names an Apps Script global', () => {
    const { status, output } = check(
      tree({
        ...CLEAN,
        'src/read/sheet.ts':
          "import type { Properties } from '../hosts/ui';\nexport const p = (x: Properties) => x;\nexport const open = () => SpreadsheetApp.getActive();\n",
      }),
    );
    expect(status).toBe(1);
    expect(output).toContain('src/read/sheet.ts imports src/hosts/ui.ts: a pure layer');
    expect(output).toContain('src/read/sheet.ts:3 uses the Apps Script global SpreadsheetApp');
  });

  it('lets src/share take a host interface as a type, but not a host', () => {
    const { status, output } = check(
      tree({
        ...CLEAN,
        'src/share/build.ts': "import { build } from '../hosts/sheets/build';\nexport const b = build;\n",
      }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'src/share/build.ts imports src/hosts/sheets/build.ts: src/share imports pure layers',
    );
    expect(output).not.toContain('src/share/store.ts');
  });

  it('finds nothing wrong in src/ and sidebar/ of this repository', () => {
    const { output } = check(ROOT);
    const lines = output.split('\n').filter((l) => l.startsWith('  '));
    // The emulator's own model/script-object cycle is being taken apart separately; nothing else may fail.
    expect(lines.filter((l) => !/^ {2}Import cycle of \d+ files: dev\/emulator\//.test(l))).toEqual([]);
  });
});
