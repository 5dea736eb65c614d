import { defineConfig } from 'vitest/config';

// Unit tests: browser-free core and pure extension logic.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
