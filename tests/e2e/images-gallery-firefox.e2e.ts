// The member insignia gallery on Firefox (firefox-esr, puppeteer-core): a
// gallery an earlier version kept in storage.sync is moved to storage.local
// when the options page reads the settings, and listed there; a picture added
// on the options page is scaled on the device and kept in storage.local.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';
import { testPatch } from '../unit/images/generate';
import { encodeJpeg } from '../unit/images/jpeg';

interface Area {
  get(k: null): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
}
declare const browser: { storage: { sync: Area; local: Area } };

const OLD_GALLERY = [{ name: 'Test patch (generated)', dataUrl: `data:image/jpeg;base64,${Buffer.from(encodeJpeg(testPatch(96), 70)).toString('base64')}` }];

let ff: LaunchedFirefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

it('a gallery left in storage.sync is moved to storage.local and listed on the options page; a picture added there is kept in storage.local', async () => {
  const setup = await ff.openExtensionPage('manifest.json');
  await setup.evaluate((g) => browser.storage.sync.set({ insigniaGallery: g, cityDevice: true }), OLD_GALLERY);
  await setup.close();

  const options = await ff.openExtensionPage('extension/options/index.html');
  await options.waitForFunction(() => document.querySelector('ul[aria-label="Insignia gallery"]')?.textContent?.includes('Test patch (generated)'), { timeout: 15_000 });
  const areas = async () => options.evaluate(async () => ({ sync: await browser.storage.sync.get(null), local: await browser.storage.local.get(null) }));
  const moved = await areas();
  expect(moved.sync).toEqual({ cityDevice: true });
  // Beside the gallery, storage.local holds only the copy of the department policy (none here: Firefox without policies.json).
  expect(moved.local).toEqual({ insigniaGallery: OLD_GALLERY, departmentPolicyCopy: {} });

  // Added by the page's own file input (scaled with OffscreenCanvas on Firefox too).
  const input = (await options.$('#gallery-file')) as ElementHandle<HTMLInputElement> | null;
  const path = join(tmpdir(), `dpd-patch-${process.pid}.jpg`);
  writeFileSync(path, Buffer.from(encodeJpeg(testPatch(400), 92)));
  try {
    await input!.uploadFile(path);
    await options.waitForFunction(() => document.querySelectorAll('ul[aria-label="Insignia gallery"] li').length === 2, { timeout: 15_000 });
  } finally {
    rmSync(path, { force: true });
  }
  const after = await areas();
  expect(after.sync).toEqual({ cityDevice: true });
  const items = after.local.insigniaGallery as { name: string; dataUrl: string }[];
  expect(items.map((i) => i.name)).toEqual(['Test patch (generated)', `dpd patch ${process.pid}`]);
  expect(items[1]!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  await options.close();
});
