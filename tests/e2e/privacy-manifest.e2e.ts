// The BUILT manifests (what ships, after crxjs and the Firefox transform) ask
// only for allow-listed permissions, each one used by the built code, and
// their Content Security Policy lets no remote script into extension pages.
// The allow-list and its reasons live in tests/unit/privacy/manifest-rules.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './harness';
import { manifestProblems, PERMISSION_USE, type ManifestLike } from '../unit/privacy/manifest-rules';

const CHROME_DIR = resolve(REPO_ROOT, process.env.SECOND_LOOK_EXTENSION_DIR ?? 'dist/chrome');
const FIREFOX_DIR = resolve(CHROME_DIR, '../firefox');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function checkBuild(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
  const files = filesUnder(dir);
  const wasmInBuild = files.some((f) => f.endsWith('.wasm'));
  expect(manifestProblems(manifest, { wasmInBuild })).toEqual([]);

  // Asks only for what it uses: each permission's API appears in the built code.
  const code = files.filter((f) => /\.(m?js|html)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const unused = (manifest.permissions ?? []).filter((p) => !PERMISSION_USE[p]?.test(code));
  expect(unused, 'permissions the built code never uses').toEqual([]);

  // No file points to a source map that is not shipped (a packaged worker's map comment, say).
  const dangling = files
    .filter((f) => /\.(m?js|css)$/.test(f))
    .filter((f) => {
      const ref = /[#@] sourceMappingURL=(\S+)\s*$/.exec(readFileSync(f, 'utf8'))?.[1];
      return ref !== undefined && !ref.startsWith('data:') && !existsSync(resolve(dirname(f), ref));
    })
    .map((f) => relative(dir, f));
  expect(dangling, 'source-map references to files not in the build').toEqual([]);
}

describe('built manifests', () => {
  test('Chrome (dist/chrome)', () => {
    expect(existsSync(join(CHROME_DIR, 'manifest.json')), 'run `npm run build` first').toBe(true);
    checkBuild(CHROME_DIR);
  });

  test.runIf(existsSync(join(FIREFOX_DIR, 'manifest.json')))('Firefox (dist/firefox)', () => {
    checkBuild(FIREFOX_DIR);
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as ManifestLike;
    // Firefox asks the member about data collection: we collect none.
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
