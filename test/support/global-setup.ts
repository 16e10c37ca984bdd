/**
 * Builds dist/ once before the suites run, so every test that loads the bundle tests the code as
 * it is now, even when vitest is started on its own.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
}
