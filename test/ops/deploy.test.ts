/**
 * Deploying per environment: the committed clasp project file holds no script id, each
 * environment's own file is ignored by git, and the deploy scripts say what to do when an
 * environment has no project yet. Runs the scripts in a scratch copy, so a developer's real
 * project files are never touched and nothing is pushed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jg-deploy-'));
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['deploy.mjs', 'deploy-setup.mjs', 'deploy-project.mjs'])
    copyFileSync(join(ROOT, 'scripts', file), join(dir, 'scripts', file));
  copyFileSync(join(ROOT, '.clasp.json'), join(dir, '.clasp.json'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

function run(dir: string, script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(dir, 'scripts', script), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('deploying per environment', () => {
  it('commits .clasp.json with rootDir dist and no script id, and ignores the per-environment files', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(committed).toMatchObject({ scriptId: '', rootDir: 'dist' });
    const ignored = execFileSync('git', ['check-ignore', '.clasp.dev.json', '.clasp.prod.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ignored.trim().split('\n')).toEqual(['.clasp.dev.json', '.clasp.prod.json']);
    const tracked = execFileSync('git', ['ls-files', '.clasp*.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked.trim().split('\n')).toEqual(['.clasp.json']);
  });

  it('refuses to deploy an environment without a project and names the command that creates one', () => {
    const dir = scratchCopy();
    const dev = run(dir, 'deploy.mjs', 'dev');
    expect(dev.status).toBe(1);
    expect(dev.output).toContain(
      'No dev Apps Script project yet (.clasp.dev.json is missing or has no script id).',
    );
    expect(dev.output).toContain('npm run setup:dev');
    const prod = run(dir, 'deploy.mjs', 'prod');
    expect(prod.output).toContain('npm run setup:prod');
    // It stopped before building anything.
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('records an existing project for one environment only, and will not overwrite it', () => {
    const dir = scratchCopy();
    expect(run(dir, 'deploy-setup.mjs', 'dev', '--script-id', 'not an id').status).toBe(1);
    const first = run(dir, 'deploy-setup.mjs', 'dev', '--script-id', '1aB_c-D');
    expect(first.output).toContain('Next: npm run deploy:dev');
    expect(JSON.parse(readFileSync(join(dir, '.clasp.dev.json'), 'utf8'))).toMatchObject({
      scriptId: '1aB_c-D',
      rootDir: 'dist',
    });
    expect(existsSync(join(dir, '.clasp.prod.json'))).toBe(false);
    const again = run(dir, 'deploy-setup.mjs', 'dev', '--script-id', '2xyz');
    expect(again.status).toBe(1);
    expect(again.output).toContain('already names the dev project (script id 1aB_c-D)');
  });
});
