/**
 * `npm run setup:dev` / `npm run setup:prod`: gives an environment its own Apps Script project,
 * recorded in its own (git-ignored) clasp project file.
 *
 * - With no option, creates a new standalone project with clasp (`create-script`), which writes
 *   the new script id into that file. Needs `npx clasp login` first.
 * - With `--script-id <id>`, records an existing project instead, for example one created in the
 *   Apps Script editor and switched to the standard Google Cloud project a published add-on needs.
 *
 * An environment that already has a project is left alone: delete its file to start over.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { build, clasp, environmentFrom, fail, scriptIdOf, templateSettings } from './deploy-project.mjs';

const env = environmentFrom(process.argv);
const existing = scriptIdOf(env.path);
if (existing) {
  fail(
    `${env.file} already names the ${env.name} project (script id ${existing}). Delete it to set up another.`,
  );
}

const flag = process.argv.indexOf('--script-id');
if (flag >= 0) {
  const id = process.argv[flag + 1] ?? '';
  // Script ids are URL-safe base64 text (letters, digits, "-" and "_"), as in script.google.com/d/<id>/edit.
  if (!/^[A-Za-z0-9_-]+$/.test(id))
    fail(`"${id}" is not a script id: copy it from Project Settings in the Apps Script editor.`);
  writeFileSync(env.path, `${JSON.stringify({ scriptId: id, ...templateSettings() }, null, 2)}\n`);
  console.log(`Wrote ${env.file} for script ${id}. Next: ${env.deploy}`);
  process.exit(0);
}

// clasp creates into an existing project file that has no script id yet; it refuses a path that
// does not exist, and refuses to create over a file that has an id.
writeFileSync(env.path, `${JSON.stringify(templateSettings(), null, 2)}\n`);
let status = 1;
try {
  status = clasp(env.path, [
    'create-script',
    '--type',
    'standalone',
    '--title',
    env.title,
    '--rootDir',
    'dist',
  ]);
} catch (error) {
  console.error(error);
}
if (status !== 0 || !scriptIdOf(env.path)) {
  rmSync(env.path, { force: true });
  fail(
    `clasp could not create the ${env.name} project (is the Apps Script API on, and did you run npx clasp login?).`,
  );
}
// create-script pulls the new project's placeholder files into dist/: build over them again.
if (build() !== 0) fail('The build failed after the project was created.');
console.log(
  `Created the ${env.name} project (script id ${scriptIdOf(env.path)}) in ${env.file}. Next: ${env.deploy}`,
);
