import { defineConfig } from 'vitest/config';

// Unit tests: browser-free core and pure extension logic.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Fuzzing and lint-API tests do real work; per-case time bounds live in the tests themselves.
    testTimeout: 60_000,
    // Most files import the engine, whose lexicons and patterns take a while to build: one module graph per
    // worker instead of one per file cut the unit run from 120 s to 79 s on 2 cores. Tests must not leave
    // module state behind; the one module mock (webextension-polyfill, which cannot load outside a browser) is
    // harmless to share.
    isolate: false,
  },
});
