/**
 * Vitest configuration: every suite under test/, Node environment. Browser scenarios drive a real
 * Chromium themselves (playwright-core), so they run here too.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
