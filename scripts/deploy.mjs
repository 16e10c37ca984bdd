/**
 * `npm run deploy:dev` / `npm run deploy`: builds dist/ and pushes it to the environment's own
 * Apps Script project (`clasp -P <its project file> push --force`; `--force` also replaces the
 * remote manifest with appsscript.json). Then says what to do next: a test deployment for dev, a
 * numbered version for the Marketplace listing for prod.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, clasp, environmentFrom, fail, ROOT, scriptIdOf } from './deploy-project.mjs';

const env = environmentFrom(process.argv);
if (!scriptIdOf(env.path)) {
  fail(
    [
      `No ${env.name} Apps Script project yet (${env.file} is missing or has no script id).`,
      `Create one: ${env.setup}`,
      `Or record an existing one: ${env.setup} -- --script-id <id>`,
      'The README section "Deploy to a real Google account" walks through it.',
    ].join('\n'),
  );
}
if (build() !== 0) fail('The build failed: nothing was pushed.');
const status = clasp(env.path, ['push', '--force']);
if (status !== 0) process.exit(status);

const p = `-P ${env.file}`;
if (env.name === 'dev') {
  console.log(
    `\nPushed. Try it: npx clasp ${p} open-script, then Deploy > Test deployments > Editor add-on.`,
  );
} else {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  console.log(
    [
      '',
      'Pushed the head of the production project. To release it:',
      `  npx clasp ${p} create-version "v${version}"        (prints the new version number)`,
      `  npx clasp ${p} create-deployment -V <number> -d "v${version}"`,
      'then enter that version number in the Marketplace SDK App Configuration and CHANGELOG.md.',
    ].join('\n'),
  );
}
