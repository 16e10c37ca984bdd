/**
 * A vitest reporter that ends a run with one loud summary when browser scenarios were skipped for
 * want of a browser: what was looked for, each skipped scenario by file and name, and how to get a
 * browser on each OS. Listed after the default reporter, so it prints below vitest's own summary.
 * It prints nothing when no scenario carried the harness's skip note.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { canReachDownloads, describeSearch, findBrowser, fixesPerOs, SKIP_NOTE } from './find-browser';

/** "file › describe › scenario" for every test skipped with the harness's note. */
export function skippedScenarios(modules: ReadonlyArray<TestModule>, root: string): string[] {
  const names: string[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests('skipped')) {
      const result = test.result();
      if (result.state === 'skipped' && result.note?.startsWith(SKIP_NOTE))
        names.push(`${relative(root, module.moduleId)} › ${test.fullName}`);
    }
  }
  return names;
}

/** The summary's lines, framed so that it stands out in a long log. */
export function summaryLines(scenarios: string[], looked: string[], fixes: string[]): string[] {
  const rule = '!'.repeat(78);
  return [
    '',
    rule,
    `!! ${scenarios.length} BROWSER SCENARIO${scenarios.length === 1 ? '' : 'S'} SKIPPED: no Chromium or Chrome was found.`,
    '!! The rest of the suite ran. With CI set, a missing browser fails the run instead.',
    rule,
    'Looked for:',
    ...looked.map((line) => `  ${line}`),
    'Skipped:',
    ...scenarios.map((name) => `  - ${name}`),
    'To run them, get a browser (then run npm test again):',
    ...fixes.map((line) => `  ${line}`),
    rule,
    '',
  ];
}

export default class BrowserSkipReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
  }

  async onTestRunEnd(modules: ReadonlyArray<TestModule>): Promise<void> {
    const scenarios = skippedScenarios(modules, this.root);
    if (scenarios.length === 0) return;
    const search = await findBrowser();
    const online = search.disabled ? undefined : await canReachDownloads();
    const lines = summaryLines(scenarios, describeSearch(search), fixesPerOs(search, online));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
