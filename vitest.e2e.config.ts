import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium against local
// HTTPS fixture pages. One file at a time, no retries (flakiness must show).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
