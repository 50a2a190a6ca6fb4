import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core, with the built extension loaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
