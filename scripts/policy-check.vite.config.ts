// Compiles the policy-check CLI (scripts/policy-check.ts + the engine) to one
// plain-Node ES module, dist/cli/policy-check.mjs, so it starts without tsx.
// Built by `npm run build` and, when missing or stale, by scripts/run-policy-check.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'scripts/policy-check.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'policy-check.mjs', format: 'es' } },
  },
  // One self-contained file: the engine and its dependencies are bundled in.
  ssr: { noExternal: true },
});
