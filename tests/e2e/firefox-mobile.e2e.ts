// Firefox ESR at phone size: a 390 × 844 viewport, touch events and a
// Firefox-for-Android user agent, on the Lexical fixture (Facebook). Typing
// warns, a tap on the flagged words opens the card (a bottom sheet), a tap on
// its fix changes the editor's own model, and a tap on Post with a warning
// left opens the review; the draft is posted exactly once, after "Post anyway".
// Firefox has no DevTools protocol to pierce our closed shadow root, so what
// is ours is told apart by hit-testing: the page sees only our bare host.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

const PHONE_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';

let server: FixtureServer;
let ff: LaunchedFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox({
    hosts: ALL_HOSTS,
    serverPort: server.port,
    prefs: { 'general.useragent.override': PHONE_UA, 'dom.w3c_touch_events.enabled': 1 },
  });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

type Fixture = { __fixture: { getText(i: number): string; count(): number; submissions: unknown[] } };

/** True when what the page finds at (x, y) is our host element (our card or dialog is there). */
function oursAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate((px, py) => document.elementFromPoint(px, py)?.parentElement === document.documentElement, x, y);
}

async function waitOurs(page: Page, x: number, y: number, want: boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await oursAt(page, x, y)) !== want) {
    if (Date.now() > deadline) throw new Error(`expected ${want ? 'our UI' : 'the page'} at ${x},${y}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first client rectangle of text[start, end) in the editor, measured by the page. */
function wordsRect(page: Page, start: number, end: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (sel, s, e) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (s >= pos && s < pos + n.data.length) range.setStart(n, s - pos);
        if (e > pos && e <= pos + n.data.length) {
          range.setEnd(n, e - pos);
          break;
        }
        pos += n.data.length;
      }
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
    },
    EDITOR_SELECTORS.lexical,
    start,
    end,
  );
}

describe('Firefox at phone size, with touch', () => {
  test('type → warn, tap the words → card (Post and words uncovered), tap away closes it, tap Post → review → Post anyway → tap Post posts once', async () => {
    const page = await ff.browser.newPage();
    await page.setViewport({ width: 390, height: 844, hasTouch: true });
    await page.goto(fixtureUrl('lexical'));
    await page.waitForFunction(() => ((window as unknown as Partial<Fixture>).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
    expect(await page.evaluate(() => [innerWidth, navigator.userAgent.includes('Android')])).toEqual([390, true]);
    // Taps below are WebDriver BiDi touch pointer actions: pointer events with pointerType "touch".
    await page.evaluate(() => {
      (window as unknown as { __taps: string[] }).__taps = [];
      addEventListener('pointerdown', (e) => (window as unknown as { __taps: string[] }).__taps.push(e.pointerType), true);
    });
    const editor = (await page.$(EDITOR_SELECTORS.lexical))!;
    const box = (await editor.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + 10);
    expect(await page.evaluate(() => (window as unknown as { __taps: string[] }).__taps)).toEqual(['touch']);
    await page.keyboard.type(DRAFT);
    const report = await ff.waitForReport(page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.severity !== 'info' && f.spans.length > 0), 20_000);
    const span = report.findings.find((f) => f.clause === CLAUSE)!.spans[0]!;

    // A tap on the flagged words opens the card as a sheet along the bottom.
    const words = await wordsRect(page, span.start, span.end);
    await page.touchscreen.tap(words.x, words.y);
    await waitOurs(page, 195, 800, true);
    const post = (await (await page.$('.post-button'))!.boundingBox())!;
    // The Post button and the words are still the page's, not covered by the sheet.
    expect(await oursAt(page, post.x + post.width / 2, post.y + post.height / 2)).toBe(false);
    expect(await oursAt(page, words.x, words.y)).toBe(false);
    await page.screenshot({ path: 'artifacts/screenshots/firefox-phone-card.png' });
    // A tap elsewhere on the page closes it.
    await page.touchscreen.tap(20, 20);
    await waitOurs(page, 195, 800, false);

    // Post with the warning left: the review opens instead of posting; Post anyway closes it, and the member's own tap on Post posts once.
    await page.touchscreen.tap(post.x + post.width / 2, post.y + post.height / 2);
    await waitOurs(page, 195, 422, true);
    expect(await page.evaluate(() => (window as unknown as Fixture).__fixture.submissions.length)).toBe(0);
    await page.screenshot({ path: 'artifacts/screenshots/firefox-phone-review.png' });
    // Edit has the focus; Tab reaches Post anyway.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitOurs(page, 195, 422, false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => (window as unknown as Fixture).__fixture.submissions.length)).toBe(0);
    await page.touchscreen.tap(post.x + post.width / 2, post.y + post.height / 2);
    await page.waitForFunction(() => (window as unknown as Fixture).__fixture.submissions.length > 0, { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as unknown as Fixture).__fixture.submissions.length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as Fixture).__fixture.getText(0))).toBe(DRAFT);
    await page.close();
  });
});
