// Image checks end to end in Chromium with the built extension: generated
// images sent the way the content script sends them (image/analyze from the
// content script's own world on a fixture site, so the sender is a real tab),
// analysed in the offscreen document, findings in the background report;
// removing the image removes its findings. See images-inline.e2e.ts for
// attaching through the page (file input, paste). The gallery is stored the
// way an earlier version did (storage.sync), so its move to storage.local is
// tested here too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ContentWorld } from './harness/content-world';
import { BADGE_DATA_URL_SCRIPT, fixtureUrl, getReport, launchChromium, REPO_ROOT, startFixtureServer, waitForReport, type FixtureName, type FixtureServer, type LaunchedChromium } from './harness';
import { ImageResultSchema, OffscreenResultSchema, type ImageResult } from '../../src/messages/schemas';
import { landscape, placeRotated, testPatch } from '../unit/images/generate';
import { encodeJpeg, withExif } from '../unit/images/jpeg';

let server: FixtureServer;
let browser: LaunchedChromium;

const toDataUrl = (bytes: Uint8Array, mime = 'image/jpeg'): string => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

const IMAGES = {
  landscape: toDataUrl(encodeJpeg(landscape(1024, 768, 21))),
  gps: toDataUrl(withExif(encodeJpeg(landscape(1024, 768, 22)), { gps: { lat: 35.994, lon: -78.8986 }, takenAt: '2026:03:04 05:06:07' })),
  patchScene: toDataUrl(encodeJpeg(placeRotated(landscape(1024, 768, 23), testPatch(200), 600, 400, 30, 0.5))),
};
/** The test gallery's reference, small enough for storage.sync's 8 KB per item (where earlier versions kept it). */
const GALLERY = [{ name: 'Test patch (generated)', dataUrl: toDataUrl(encodeJpeg(testPatch(96), 70)) }];

interface StorageArea {
  get(k: string | null): Promise<Record<string, unknown>>;
  set(v: unknown): Promise<void>;
}
type ChromeStorage = { chrome: { storage: { sync: StorageArea; local: StorageArea } } };

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  // The gallery as an earlier version stored it (storage.sync): the settings store moves it to storage.local.
  const sw = await browser.serviceWorker();
  await sw.evaluate(async (gallery) => {
    await (globalThis as unknown as ChromeStorage).chrome.storage.sync.set({ insigniaGallery: gallery });
  }, GALLERY);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(name: FixtureName): Promise<{ page: Page; world: ContentWorld }> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(name));
  return { page, world: await ContentWorld.attach(browser.context, page) };
}


/** offscreen/analyze sent by the service worker itself, as images.ts does (no gallery). */
async function offscreenAnalyze(dataUrl: string): Promise<unknown> {
  const sw = await browser.serviceWorker();
  return sw.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    { type: 'offscreen/analyze', jobId: `direct-${Math.random()}`, dataUrl, galleryKey: '0:direct', gallery: [] },
  );
}

async function send(world: ContentWorld, message: unknown): Promise<ImageResult> {
  const answer = await world.evaluate<unknown>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  const parsed = ImageResultSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`not an image/result: ${JSON.stringify(answer).slice(0, 300)}`);
  return parsed.data;
}

const analyze = (world: ContentWorld, imageId: string, dataUrl: string, composerId = 'image-test'): Promise<ImageResult> =>
  send(world, { type: 'image/analyze', composerId, imageId, dataUrl });
const remove = (world: ContentWorld, imageId: string, composerId = 'image-test'): Promise<ImageResult> => send(world, { type: 'image/removed', composerId, imageId });

test('a member gallery left in storage.sync by an earlier version is moved to storage.local, once', async () => {
  const sw = await browser.serviceWorker();
  const areas = () =>
    sw.evaluate(async () => {
      const { sync, local } = (globalThis as unknown as ChromeStorage).chrome.storage;
      return { sync: await sync.get(null), local: await local.get(null) };
    });
  await expect.poll(areas, { timeout: 10_000 }).toEqual({ sync: {}, local: { insigniaGallery: GALLERY } });
});

describe.each(['textarea', 'lexical'] as const)('image checks on the %s fixture', (fixtureName) => {
  test('a photo with GPS EXIF gives identity-privacy, in the answer and the report; removing it removes the finding', async () => {
    const { page, world } = await open(fixtureName);
    const result = await analyze(world, 'gps', IMAGES.gps);
    expect(result.status).toBe('done');
    expect(result.findings.map((f) => f.clause)).toContain('identity-privacy');
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'identity-privacy'));
    const removed = await remove(world, 'gps');
    expect(removed.findings.map((f) => f.clause)).not.toContain('identity-privacy');
    expect((await getReport(browser, page)).findings.map((f) => f.clause)).not.toContain('identity-privacy');
    await page.close();
  });

  test('a photo of the gallery patch rotated 30° and scaled 0.5× in a larger scene gives insignia at high', async () => {
    const { page, world } = await open(fixtureName);
    const result = await analyze(world, 'patch', IMAGES.patchScene);
    expect(result.status).toBe('done');
    const insignia = result.findings.find((f) => f.clause === 'insignia');
    expect(insignia?.severity).toBe('high');
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'insignia'));
    await remove(world, 'patch');
    expect((await getReport(browser, page)).findings.map((f) => f.clause)).not.toContain('insignia');
    await page.close();
  });

  test('a shield-shaped badge reading DURHAM POLICE 4471: OCR reads it in the offscreen document and the text reaches the engine', async () => {
    const { page, world } = await open(fixtureName);
    const badge = await world.evaluate<string>(BADGE_DATA_URL_SCRIPT);
    const result = await analyze(world, 'badge', badge);
    expect(result.status).toBe('done');
    // The signals themselves, straight from the offscreen document (as the background asks for them).
    const direct = OffscreenResultSchema.parse(await offscreenAnalyze(badge));
    expect(direct.signals.ocrText).toMatch(/POLICE/);
    expect(direct.signals.ocrText).toMatch(/4471/);
    await remove(world, 'badge');
    expect((await getReport(browser, page)).findings.filter((f) => f.message.startsWith('In the attached image'))).toEqual([]);
    await page.close();
  });

  test('a plain landscape gives no warning', async () => {
    const { page, world } = await open(fixtureName);
    const result = await analyze(world, 'plain', IMAGES.landscape);
    expect(result.status).toBe('done');
    expect(result.findings).toEqual([]);
    expect((await getReport(browser, page)).findings).toEqual([]);
    await page.close();
  });
});

test('an image removed while it is being checked never adds findings', async () => {
  const { page, world } = await open('textarea');
  const pending = analyze(world, 'racing', IMAGES.gps, 'race');
  const removed = await remove(world, 'racing', 'race');
  expect(removed.status).toBe('cancelled');
  const late = await pending;
  expect(late.status).toBe('cancelled');
  expect((await getReport(browser, page)).findings).toEqual([]);
  await page.close();
});

test('faces in a real photo (face-api\'s own demo picture) give the officer-photos reminder; a landscape has no face and no explicit score', async () => {
  const { page, world } = await open('lexical');
  const photo = toDataUrl(new Uint8Array(readFileSync(join(REPO_ROOT, 'node_modules/@vladmandic/face-api/demo/sample1.jpg'))));
  const direct = OffscreenResultSchema.parse(await offscreenAnalyze(photo));
  expect(direct.timedOut).toEqual([]);
  expect(direct.signals.faceCount).toBeGreaterThan(0);
  const result = await analyze(world, 'faces', photo);
  expect(result.findings.map((f) => f.clause)).toContain('officer-photos');
  const plain = OffscreenResultSchema.parse(await offscreenAnalyze(IMAGES.landscape));
  expect(plain.timedOut).toEqual([]);
  expect(plain.signals.faceCount).toBe(0);
  expect(plain.signals.explicitScore).toBeLessThan(0.2);
  await page.close();
});

test('malformed image messages are refused', async () => {
  const { page, world } = await open('textarea');
  const answer = await world.evaluate<{ error?: string }>(`chrome.runtime.sendMessage({ type: 'image/analyze', composerId: 'x', imageId: 'y', dataUrl: 'javascript:alert(1)' })`);
  expect(answer.error).toMatch(/malformed image message/);
  await page.close();
});
