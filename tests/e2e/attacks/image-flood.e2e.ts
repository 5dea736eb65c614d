// Image flood (Chromium): a background tab's script pastes and drops a large
// image (a ~7 MB noise PNG) into its compose box every 50 ms while the member
// attaches a real photo (GPS EXIF) through the site's file picker in another
// tab. Script-made pastes and drops are not the member's and are never
// checked, so the member's warning arrives about as fast as with no flood.
// Prints both times.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureUrl, getReport, launchChromium, sendRuntimeMessage, startFixtureServer, waitForComposers, waitForReport, type FixtureServer, type LaunchedChromium } from '../harness';
import { landscape } from '../../unit/images/generate';
import { encodeJpeg, withExif } from '../../unit/images/jpeg';

let server: FixtureServer;
let browser: LaunchedChromium;

const GPS_JPEG = Buffer.from(withExif(encodeJpeg(landscape(1024, 768, 22)), { gps: { lat: 35.994, lon: -78.8986 }, takenAt: '2026:03:04 05:06:07' }));

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const imageWarned = (r: { findings: { image?: number; clause: string }[] }) => r.findings.some((f) => f.image !== undefined && f.clause === 'identity-privacy');

/** The member's tab: a textarea on Reddit's host with a file input beside it, as a site's attach button. */
async function memberPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('textarea', 'www.reddit.com'));
  await waitForComposers(page, 1);
  await page.locator('textarea').first().click();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.className = 'attach';
    document.querySelector('textarea')!.parentElement!.append(input);
  });
  return page;
}

/** Attaches the photo through the picker; ms until the background's report holds its warning. */
async function attachAndTime(page: Page): Promise<number> {
  await page.bringToFront();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('input.attach')]);
  const start = Date.now();
  await chooser.setFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: GPS_JPEG });
  await waitForReport(browser, page, imageWarned, { timeout: 120_000, interval: 20 });
  return Date.now() - start;
}

/** In the flood tab: a large noise PNG pasted and dropped by script every 50 ms. */
async function startFlood(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1400, 1400);
    const g = canvas.getContext('2d')!;
    const pixels = g.createImageData(1400, 1400);
    for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (Math.random() * 256) | 0;
    g.putImageData(pixels, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const box = document.querySelector('textarea')!;
    box.focus();
    const w = window as unknown as { __flood: number; __sent: number };
    w.__sent = 0;
    w.__flood = window.setInterval(() => {
      const file = new File([blob], `photo-${w.__sent}.png`, { type: 'image/png' });
      const paste = new DataTransfer();
      paste.items.add(file);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }));
      const drop = new DataTransfer();
      drop.items.add(file);
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
      w.__sent += 2;
    }, 50);
    return blob.size;
  });
}

describe('image flood from another tab (Chromium)', () => {
  test('the member’s real image warning arrives while a background tab floods synthetic pastes and drops of a large image', async () => {
    const warmUp = await memberPage(); // the first image loads the image models
    const cold = await attachAndTime(warmUp);
    await warmUp.close();
    const calm = await memberPage();
    const quiet = await attachAndTime(calm);
    await calm.close();

    const flooder = await browser.context.newPage();
    await flooder.goto(fixtureUrl('textarea', 'www.reddit.com'));
    await waitForComposers(flooder, 1);
    const size = await startFlood(flooder);
    const member = await memberPage(); // opened last: the flood tab is in the background
    await member.waitForTimeout(1_000);
    const flooded = await attachAndTime(member);
    const sent = await flooder.evaluate(() => {
      const w = window as unknown as { __flood: number; __sent: number };
      clearInterval(w.__flood);
      return w.__sent;
    });
    console.log(`\nimage flood: member's image warning ${cold} ms cold (models loading), ${quiet} ms warm with no flood, ${flooded} ms during a flood of ${sent} script-made pastes/drops of a ${(size / 1e6).toFixed(1)} MB PNG\n`);
    // The flood tab's images were never checked.
    expect((await getReport(browser, flooder)).findings.filter((f) => f.image !== undefined)).toEqual([]);
    expect(sent).toBeGreaterThan(20);
    expect(flooded).toBeLessThan(quiet + 5_000);
    await member.close();
    await flooder.close();
  });
});
