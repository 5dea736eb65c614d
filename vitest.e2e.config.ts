import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium and Firefox ESR
// against local HTTPS fixture pages. No retries (flakiness must show).
//
// Each file launches its own browser, profile, fixture server and ports, so
// files run two at a time (E2E_WORKERS to change it) — most of their time is
// spent waiting for debounces and pauses, not computing. The files that write
// machine-wide browser policies (managed-*.e2e.ts) would reach every browser
// started meanwhile: they run alone, one after another, with E2E_MACHINE_WIDE=1
// (`npm run test:e2e` runs both phases).
const machineWide = process.env.E2E_MACHINE_WIDE === '1';
const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 2) || 1);

export default defineConfig({
  test: {
    include: machineWide ? ['tests/e2e/managed-*.e2e.ts'] : ['tests/e2e/**/*.e2e.ts'],
    exclude: machineWide ? [] : ['tests/e2e/managed-*.e2e.ts', '**/node_modules/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: !machineWide && workers > 1,
    maxWorkers: machineWide ? 1 : workers,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
