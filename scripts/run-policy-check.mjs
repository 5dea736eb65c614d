// Starts the policy-check CLI with plain Node (`npm run policy-check`).
// Runs the compiled dist/cli/policy-check.mjs, compiling it first (a few
// seconds, once) when it is missing or older than its sources.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = new URL('..', import.meta.url).pathname;
const config = join(root, 'scripts/policy-check.vite.config.ts');
const built = join(root, 'dist/cli/policy-check.mjs');
const sources = [join(root, 'src'), join(root, 'scripts/policy-check.ts'), config, join(root, 'package-lock.json')];

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((s) => existsSync(s) && newestMtime(s) > builtAt);
}

async function compile() {
  process.stderr.write('policy-check: compiling dist/cli/policy-check.mjs…\n');
  const { build } = await import('vite');
  // Build aside, then rename: a CLI started meanwhile never reads a half-written file.
  const outDir = join(root, `dist/cli/.build-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  try {
    await build({ configFile: config, root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    renameSync(join(outDir, 'policy-check.mjs'), built);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (isStale()) await compile();
// The engine's large word-list patterns compile once per process: straight to
// machine code is ~5× less CPU than V8's default bytecode-then-machine-code.
// For one draft, compiling dominates, so V8's pattern optimisations are skipped
// too; for --jsonl batches they pay for themselves. Same matches either way.
v8.setFlagsFromString('--no-regexp-tier-up');
if (!process.argv.includes('--jsonl')) v8.setFlagsFromString('--no-regexp-optimization');
await import(pathToFileURL(built).href);
