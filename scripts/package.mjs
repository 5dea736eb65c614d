// `npm run package`: the two store-ready zips from the builds in dist/.
//   dist/second-look-chrome-<version>.zip   (Chrome Web Store: no `key`, the store assigns the id)
//   dist/second-look-firefox-<version>.zip  (addons.mozilla.org, or self-distribution)
// The version comes from package.json and is checked in both manifests.
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');

async function pack(target) {
  const built = join(dist, target);
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} is missing: run npm run build first`);
  const stage = join(dist, `.stage-${target}`);
  rmSync(stage, { recursive: true, force: true });
  cpSync(built, stage, { recursive: true });
  const manifestPath = join(stage, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.version = version;
  // The store rejects `key` ("key field is not allowed in manifest"); it only pins the id of unpacked installs.
  if (target === 'chrome') delete manifest.key;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const filename = `second-look-${target}-${version}.zip`;
  await webExt.cmd.build({ sourceDir: stage, artifactsDir: dist, filename, overwriteDest: true }, { showReadyMessage: false });
  rmSync(stage, { recursive: true, force: true });
  const file = join(dist, filename);
  console.log(`${filename}  ${(statSync(file).size / 1024).toFixed(1)} kB`);
  return file;
}

for (const target of ['chrome', 'firefox']) await pack(target);
