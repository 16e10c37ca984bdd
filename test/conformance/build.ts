/** Builds the conformance kit into a fresh temporary directory of the calling suite's own. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export function buildKit(): { code: string; manifest: Record<string, unknown> } {
  const out = mkdtempSync(join(tmpdir(), 'jg-conformance-'));
  execFileSync(process.execPath, ['scripts/build-conformance.mjs', '--quiet', '--out', out], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return {
    code: readFileSync(join(out, 'Code.js'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8')) as Record<string, unknown>,
  };
}
