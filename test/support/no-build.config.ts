/**
 * The project's vitest configuration without the global build: for a vitest run started from a
 * test (test/ops/no-browser.test.ts), which must not rewrite dist/ while other suites read it.
 */
import base from '../../vitest.config';

export default { ...base, test: { ...base.test, globalSetup: [] } };
