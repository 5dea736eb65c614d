// Images attached through the page itself — the site's file picker and a
// paste into the compose box — on two site fixtures (a textarea on Reddit's
// host, Lexical on Facebook's): the content script notices them, the inline
// badge says "checking image…", then counts the image's findings, which also
// reach the background report; removing the image removes its findings.
// The fixtures have no attachment UI, so each test adds what a site has: a
// file input beside the composer and, for a paste, the blob: preview the site
// shows (whose removal is how a removed image is noticed).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BADGE_PNG_SCRIPT, editorLocator, fixtureUrl, getReport, launchChromium, sendRuntimeMessage, startFixtureServer, waitForComposers, pasteImage, waitForReport, type FixtureName, type FixtureServer, type LaunchedChromium } from './harness';
import { allBadges, waitForOverlay } from './inline-probe';
import { landscape, placeRotated, testPatch } from '../unit/images/generate';
import { encodeJpeg, withExif } from '../unit/images/jpeg';

let server: FixtureServer;
let browser: LaunchedChromium;

const GPS_JPEG = Buffer.from(withExif(encodeJpeg(landscape(1024, 768, 22)), { gps: { lat: 35.994, lon: -78.8986 }, takenAt: '2026:03:04 05:06:07' }));
/** The generated test patch rotated 30° and scaled 0.5× inside a larger landscape (the gallery holds the patch itself). */
const PATCH_SCENE_JPEG = Buffer.from(encodeJpeg(placeRotated(landscape(1024, 768, 23), testPatch(200), 600, 400, 30, 0.5)));
/** A plain landscape: nothing to warn about. */
const LANDSCAPE_JPEG = Buffer.from(encodeJpeg(landscape(1024, 768, 21)));
/** The member's insignia gallery: the test patch as a reference (storage.local, where the options page keeps it). */
const GALLERY = [{ name: 'Test patch (generated)', dataUrl: `data:image/jpeg;base64,${Buffer.from(encodeJpeg(testPatch(96), 70)).toString('base64')}` }];


beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 });
  const sw = await browser.serviceWorker();
  await sw.evaluate(async (gallery) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome;
    await c.storage.local.set({ insigniaGallery: gallery });
  }, GALLERY);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const HOSTS: Partial<Record<FixtureName, string>> = { textarea: 'www.reddit.com', lexical: 'www.facebook.com' };

/** Opens the fixture, focuses its composer (so it is checked) and adds a file input beside it, as a site's attach button. */
async function open(name: FixtureName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(name, HOSTS[name]));
  await waitForComposers(page);
  const editor = editorLocator(page, name);
  // The member's click in the box: the content script takes the composer on (nothing is drawn until a finding).
  await editor.click();
  await editor.evaluate((el) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.className = 'attach';
    el.parentElement!.append(input);
  });
  return page;
}

/** The member's own file choice: a click on the site's attach input opens the picker, which gets the file. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('input.attach')]);
  await chooser.setFiles(file);
}

const imageFindings = (r: { findings: { image?: number; clause: string; severity: string }[] }) => r.findings.filter((f) => f.image !== undefined);

/** Waits for the clause in the report, then for a count badge (nothing is drawn on the page before a finding). */
async function expectCheckedThenFound(page: Page, clause: string): Promise<void> {
  const report = await waitForReport(browser, page, (r) => imageFindings(r).some((f) => f.clause === clause), { timeout: 30_000 });
  const counted = imageFindings(report).filter((f) => f.severity !== 'info').length;
  expect(counted).toBeGreaterThan(0);
  const overlay = await waitForOverlay(page, (s) => allBadges(s).some((b) => /^\d+$/.test(b.text)), 15_000);
  expect(Number(allBadges(overlay).find((b) => /^\d+$/.test(b.text))!.text)).toBe(counted);
  // Image findings are counted and listed, never underlined (they have no words).
  expect(overlay.flatMap((s) => s.underlines)).toEqual([]);
}

async function expectNoImageFindings(page: Page): Promise<void> {
  await waitForReport(browser, page, (r) => imageFindings(r).length === 0, { timeout: 15_000 });
  await waitForOverlay(page, (s) => allBadges(s).length === 0, 15_000);
}

describe.each(['textarea', 'lexical'] as const)('images attached on the %s fixture', (name) => {
  test('by file input: a photo with GPS EXIF → identity-privacy counted on the badge and in the report; clearing the input removes it', async () => {
    const page = await open(name);
    await chooseFile(page, { name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: GPS_JPEG });
    await expectCheckedThenFound(page, 'identity-privacy');
    expect((await getReport(browser, page)).findings.find((f) => f.clause === 'identity-privacy')).toMatchObject({ spans: [], image: 0 });
    await page.setInputFiles('input.attach', []);
    await expectNoImageFindings(page);
    await page.close();
  });

  test('by paste: a badge reading DURHAM POLICE 4471 → insignia at high; removing the site\'s preview removes it', async () => {
    const page = await open(name);
    const editor = editorLocator(page, name);
    await pasteImage(editor, { script: BADGE_PNG_SCRIPT, name: 'image.png', type: 'image/png' });
    await expectCheckedThenFound(page, 'insignia');
    const report = await getReport(browser, page);
    const insignia = report.findings.find((f) => f.clause === 'insignia' && f.image !== undefined);
    expect(insignia?.severity).toBe('high');
    expect(insignia?.message).toMatch(/Department insignia or text \(“DURHAM POLICE 4471”\)/);
    await page.evaluate(() => document.querySelector('img.preview')!.remove());
    await expectNoImageFindings(page);
    await page.close();
  });
});

type Attach = 'file input' | 'paste';

/** Attaches a JPEG the way a member does: the site's file picker, or a paste into the composer (with the site's blob: preview). */
async function attach(page: Page, name: FixtureName, how: Attach, jpeg: Buffer): Promise<void> {
  if (how === 'file input') {
    await chooseFile(page, { name: 'IMG_0413.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    return;
  }
  await pasteImage(editorLocator(page, name), { base64: jpeg.toString('base64'), name: 'image.jpg', type: 'image/jpeg' });
}

/** Removes the attachment the way the site does: the input cleared, or the preview gone. */
async function detach(page: Page, how: Attach): Promise<void> {
  if (how === 'file input') await page.setInputFiles('input.attach', []);
  else await page.evaluate(() => document.querySelector('img.preview')!.remove());
}

describe.each(['textarea', 'lexical'] as const)('gallery patch and plain landscape on the %s fixture', (name) => {
  describe.each(['file input', 'paste'] as const)('attached by %s', (how) => {
    test('the gallery patch rotated 30° and scaled 0.5× inside a larger scene → insignia at high, counted on the badge; removing the image removes it', async () => {
      const page = await open(name);
      await attach(page, name, how, PATCH_SCENE_JPEG);
      await expectCheckedThenFound(page, 'insignia');
      const insignia = imageFindings(await getReport(browser, page)).find((f) => f.clause === 'insignia');
      expect(insignia).toMatchObject({ severity: 'high', spans: [], image: 0 });
      await detach(page, how);
      await expectNoImageFindings(page);
      await page.close();
    });

    test('a plain landscape → no warning: no high or medium finding in the report and no count on the badge', async () => {
      const page = await open(name);
      await attach(page, name, how, LANDSCAPE_JPEG);
      await waitForOverlay(page, (s) => allBadges(s).some((b) => b.text.includes('checking image…')), 15_000);
      // Checked: the "checking image…" badge goes away and no count takes its place.
      await waitForOverlay(page, (s) => allBadges(s).length === 0, 30_000);
      const report = await getReport(browser, page);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      // It stays that way (a late answer would bring a count back).
      await page.waitForTimeout(1_000);
      expect(allBadges(await waitForOverlay(page, () => true))).toEqual([]);
      await page.close();
    });
  });
});
