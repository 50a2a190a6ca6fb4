import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
// Firefox build installed as a temporary add-on (scripts/firefox.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
