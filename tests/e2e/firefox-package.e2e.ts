// `npm run package`: the two store zips carry package.json's version; the
// Chrome zip has no `key` (the Web Store rejects it) and the same files as the
// build; the Firefox zip, as uploaded to AMO, installs in firefox-esr and its
// background answers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifests';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (target: string) => join(ROOT, 'dist', `second-look-${target}-${version}.zip`);

/** The entries of a zip file (central directory), with a reader for each: enough to inspect our own zips. */
function readZip(path: string): Map<string, () => Buffer> {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + skip;
  }
  return entries;
}

function zipManifest(target: string): Record<string, unknown> {
  return JSON.parse(readZip(zipPath(target)).get('manifest.json')!().toString('utf8')) as Record<string, unknown>;
}

describe('store packages (npm run package)', () => {
  beforeAll(() => {
    // The build is already there (npm test builds before the e2e tests); this zips it.
    execFileSync('node', ['scripts/package.mjs'], { cwd: ROOT, stdio: 'pipe' });
  });

  it("Chrome zip: package.json's version, no key, and every file of the build", () => {
    const manifest = zipManifest('chrome');
    expect(manifest.version).toBe(version);
    expect(manifest).not.toHaveProperty('key');
    expect((manifest.background as { service_worker?: string }).service_worker).toBeTruthy();
    const names = [...readZip(zipPath('chrome')).keys()].filter((n) => !n.endsWith('/'));
    expect(names).toContain('managed_schema.json');
    expect(names).toContain((manifest.content_scripts as { js: string[] }[])[0]!.js[0]);
  });

  it("Firefox zip: package.json's version and the gecko id", () => {
    const manifest = zipManifest('firefox');
    expect(manifest.version).toBe(version);
    expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
  });

  describe('the Firefox zip installs in firefox-esr', () => {
    let ff: LaunchedFirefox;
    beforeAll(async () => {
      ff = await launchFirefox({ extensionDir: zipPath('firefox') });
    });
    afterAll(async () => {
      await ff?.close();
    });

    it('and its background answers', async () => {
      expect(ff.addonId).toBe(GECKO_ID);
      expect(await ff.sendMessage({ type: 'report/get', tabId: 7 })).toEqual({ tabId: 7, site: null, findings: [] });
      const installedVersion = await ff.sendMessageFromExtensionPage(async () =>
        (globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }).browser.runtime.getManifest().version,
      );
      expect(installedVersion).toBe(version);
    });
  });
});
