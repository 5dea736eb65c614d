// The member's own insignia gallery end to end: a reference picture added on
// the options page is scaled down, kept in storage.local (never storage.sync),
// and a photo with that patch rotated and scaled inside a scene, attached on a
// site, gives insignia at high; removed from the gallery, the same photo gives
// no insignia. Screenshot: artifacts/screenshots/options-gallery.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorLocator, fixtureUrl, getReport, launchChromium, screenshot, startFixtureServer, waitForComposers, type FixtureServer, type LaunchedChromium, waitForReport } from './harness';
import { landscape, placeRotated, testPatch } from '../unit/images/generate';
import { encodeJpeg } from '../unit/images/jpeg';

/** chrome.* inside extension pages (no @types/chrome in this project). */
declare const chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: null): Promise<Record<string, unknown>> } } };

let server: FixtureServer;
let browser: LaunchedChromium;

const REFERENCE_JPEG = Buffer.from(encodeJpeg(testPatch(400), 92));
const PATCH_SCENE_JPEG = Buffer.from(encodeJpeg(placeRotated(landscape(1024, 768, 23), testPatch(200), 600, 400, 30, 0.5)));

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The patch scene attached by the site's file picker on the Reddit (textarea) fixture; resolves with the image's insignia finding, if any, once checked. */
async function attachPatchScene(timeout: number): Promise<{ page: Page; insignia: { severity: string } | undefined; ms: number }> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('textarea', 'www.reddit.com'));
  await waitForComposers(page);
  const editor = editorLocator(page, 'textarea');
  await editor.click();
  await editor.evaluate((el) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.className = 'attach';
    el.parentElement!.append(input);
  });
  // The member's own file choice: a click opens the picker, which gets the file.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('input.attach')]);
  await chooser.setFiles({ name: 'IMG_2001.jpg', mimeType: 'image/jpeg', buffer: PATCH_SCENE_JPEG });
  // Nothing is drawn on the page before a finding, so a miss has no "done" signal: the match is awaited, a miss
  // given the time a match took here many times over (the matched case in the same test is the control).
  const started = Date.now();
  const report = await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'insignia' && f.image !== undefined), { timeout }).catch(() => getReport(browser, page));
  return { page, insignia: report.findings.find((f) => f.clause === 'insignia' && f.image !== undefined), ms: Date.now() - started };
}

test('a reference picture added on the options page is kept in storage.local and matched in an attached photo; removed, it no longer matches', async () => {
  const options = await browser.openExtensionPage('extension/options/index.html');
  await options.setViewportSize({ width: 800, height: 900 });
  const gallery = options.getByRole('group', { name: /Insignia gallery/ });
  await gallery.waitFor();
  await options.getByLabel('Name (optional)').fill('Test patch (generated)');
  await options.getByLabel('Add a picture').setInputFiles({ name: 'test-patch.jpg', mimeType: 'image/jpeg', buffer: REFERENCE_JPEG });
  await gallery.getByRole('listitem').filter({ hasText: 'Test patch (generated)' }).waitFor();

  // Scaled to 256 px and kept on this device only.
  const stored = await options.evaluate(async () => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));
  expect(stored.sync).not.toHaveProperty('insigniaGallery');
  const items = stored.local.insigniaGallery as { name: string; dataUrl: string }[];
  expect(items.map((i) => i.name)).toEqual(['Test patch (generated)']);
  expect(items[0]!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  const side = await options.evaluate(async (url) => {
    // An <img>, not fetch(): extension pages may not fetch (connect-src 'self'), data: images they may show.
    const img = new Image();
    img.src = url;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, items[0]!.dataUrl);
  expect(side).toEqual([256, 256]);
  console.log(`member gallery reference as stored: ${(items[0]!.dataUrl.length / 1024).toFixed(1)} kB (data URL of a 400 px JPEG reference scaled to 256 px)`);
  await gallery.scrollIntoViewIfNeeded();
  await screenshot(options, 'options-gallery');

  const matched = await attachPatchScene(15_000);
  console.log(`attached photo matched in ${matched.ms} ms (image model loaded cold)`);
  expect(matched.insignia?.severity).toBe('high');
  await matched.page.close();

  await gallery.getByRole('button', { name: 'Remove Test patch (generated)' }).click();
  await expect.poll(() => options.evaluate(async () => (await chrome.storage.local.get(null)).insigniaGallery)).toEqual([]);
  // Twice what the first match took, at least 3 s: that match included loading the image model, this check runs warm.
  const unmatched = await attachPatchScene(Math.max(3_000, 2 * matched.ms));
  expect(unmatched.insignia).toBeUndefined();
  await unmatched.page.close();
  await options.close();
});
