/**
 * What the deploy scripts share: the environments, the clasp project file each one uses (through
 * clasp 3's `-P, --project <file>` option), and running clasp and the build from this checkout.
 *
 * Each environment's project file sits at the top level next to `.clasp.json`, because clasp
 * resolves `rootDir` against the project file's folder and refuses a content folder outside it.
 * The files hold a real script id, so .gitignore keeps them out of the repository; the committed
 * `.clasp.json` is the shared template, with an empty script id that clasp refuses to push to or
 * create over ("Project settings not found." / "Project file already exists.").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export const ENVIRONMENTS = {
  dev: {
    file: '.clasp.dev.json',
    title: 'Journey Grid (dev)',
    setup: 'npm run setup:dev',
    deploy: 'npm run deploy:dev',
  },
  prod: {
    file: '.clasp.prod.json',
    title: 'Journey Grid',
    setup: 'npm run setup:prod',
    deploy: 'npm run deploy',
  },
};

/** The environment named on the command line, or an exit with the accepted names. */
export function environmentFrom(argv) {
  const name = argv[2];
  const env = ENVIRONMENTS[name];
  if (!env)
    fail(`Name an environment: ${Object.keys(ENVIRONMENTS).join(' or ')} (got ${name ?? 'nothing'}).`);
  return { name, ...env, path: join(ROOT, env.file) };
}

/** The project file's script id, or undefined when the file or its id is missing. */
export function scriptIdOf(path) {
  if (!existsSync(path)) return undefined;
  try {
    const id = JSON.parse(readFileSync(path, 'utf8')).scriptId;
    return typeof id === 'string' && id.trim() !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The committed template's settings (rootDir, extensions) without its empty id. */
export function templateSettings() {
  const { scriptId: _none, ...settings } = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
  return settings;
}

/** Runs clasp from the dev dependencies (its JS entry through this Node, so it works on Windows too). */
export function clasp(projectFile, args) {
  // clasp's package exports no subpaths, so its folder is found from its main entry.
  const main = createRequire(import.meta.url).resolve('@google/clasp');
  let pkgPath = join(dirname(main), 'package.json');
  while (!existsSync(pkgPath) || JSON.parse(readFileSync(pkgPath, 'utf8')).name !== '@google/clasp') {
    const up = join(dirname(dirname(pkgPath)), 'package.json');
    if (up === pkgPath) throw new Error('@google/clasp is not installed: run npm ci');
    pkgPath = up;
  }
  const { bin } = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const entry = join(dirname(pkgPath), typeof bin === 'string' ? bin : bin.clasp);
  const all = ['-P', relative(ROOT, projectFile), ...args];
  console.log(`> clasp ${all.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
  return spawnSync(process.execPath, [entry, ...all], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

/** Builds dist/ (the files clasp pushes). */
export function build() {
  return (
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' })
      .status ?? 1
  );
}

export function fail(message) {
  console.error(message);
  process.exit(1);
}
