import { defineConfig } from 'vitest/config';

// Unit tests: browser-free core and pure extension logic.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Fuzzing and lint-API tests do real work; per-case time bounds live in the tests themselves.
    testTimeout: 60_000,
  },
});
