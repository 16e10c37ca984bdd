/**
 * Vitest configuration: every suite under test/, Node environment. Browser scenarios drive a real
 * Chromium themselves (playwright-core), so they run here too; when no browser is found outside
 * CI they are skipped, and the skip-summary reporter says which and how to get one.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // One seed for every property test (PROPERTY_SEED overrides it): see the file.
    setupFiles: ['test/support/property-seed.ts'],
    reporters: ['default', './test/support/browser-skip-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
