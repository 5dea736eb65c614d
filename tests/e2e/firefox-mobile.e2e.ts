// Firefox ESR at phone size: a 390 × 844 viewport, touch events and a
// Firefox-for-Android user agent, on the mobile-web pages of the sites
// (tests/e2e/fixtures/x-mobile.html, m-facebook.html, m-youtube.html,
// reddit.html at phone width; sources cited in each) and the generic Lexical
// page. Per page: typing word by word inside composition events (as a phone
// keyboard sends them) warns; a tap on the flagged words opens the card as a
// bottom sheet that leaves the words and Post uncovered; a tap on its fix
// changes the editor's own model; a tap on Post with a warning left opens the
// review; Edit keeps the draft; Post anyway posts it exactly once. And a
// composition left open (uncommitted text) is not checked until it ends.
// Firefox has no DevTools protocol to pierce our closed shadow root, so what
// is ours is told apart by hit-testing (the page sees only our bare host), and
// our buttons are found by their colour in a screenshot.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, SCREENSHOT_DIR, SITE_FIXTURES, decodePng, findColour, fixtureUrl, siteFixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

const PHONE_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';
// Two warnings: the first is fixed from the card, the second is left for the review.
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight. Our deputy chief is a spineless politician who throws his officers under the bus.';
const CLAUSE = 'official-voice';
/** The card's fix button and the review's Edit button (extension/content/ui/styles.ts, review-styles.ts). */
const CARD_PRIMARY = [0x1a, 0x5f, 0xd0] as const;
const REVIEW_EDIT = [0x1a, 0x4f, 0xa0] as const;

let server: FixtureServer;
let ff: LaunchedFirefox;

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
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

interface PhonePage {
  name: string;
  url: string;
  /** The editable (light DOM). */
  box: string;
  /** The site's own Post control. */
  post: string;
  /** A spot on the page with nothing to press (a tap there closes the card). */
  blank: { x: number; y: number };
  /**
   * Lexical reads a composition's text from the composition events themselves; script-made ones
   * around real keys would corrupt its model (no real keyboard sends that), so it gets plain keys.
   */
  composed: boolean;
  /** Artifact name for the card and review screenshots. */
  shots?: string;
}

const PAGES: PhonePage[] = [
  { name: 'lexical', url: fixtureUrl('lexical'), box: EDITOR_SELECTORS.lexical, post: '.post-button', blank: { x: 20, y: 20 }, composed: false, shots: 'firefox-phone' },
  { name: 'xMobile', url: siteFixtureUrl('xMobile'), box: '[data-testid="tweetTextarea_0RichTextInputContainer"] [contenteditable="true"]', post: '[data-testid="tweetButton"]', blank: { x: 195, y: 320 }, composed: true, shots: 'firefox-phone-x' },
  { name: 'mFacebook', url: siteFixtureUrl('mFacebook'), box: 'textarea[data-sigil~="composer-textarea"]', post: 'button[data-sigil~="submit_composer"]', blank: { x: 195, y: 420 }, composed: true, shots: 'firefox-phone-m-facebook' },
  { name: 'mYoutube', url: siteFixtureUrl('mYoutube'), box: 'ytm-comment-simplebox-renderer textarea', post: 'ytm-comment-simplebox-renderer .comment-simplebox-submit button', blank: { x: 195, y: 150 }, composed: true, shots: 'firefox-phone-m-youtube' },
  { name: 'reddit', url: siteFixtureUrl('reddit'), box: 'shreddit-composer [data-lexical-editor]', post: 'shreddit-composer button[slot="submit-button"]', blank: { x: 195, y: 400 }, composed: false, shots: 'firefox-phone-reddit' },
];

type Fixture = { __fixture: { getText(i: number): string; count(): number; submissions: unknown[] } };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const submissions = (page: Page) => page.evaluate(() => [...(window as unknown as Fixture).__fixture.submissions]);
const modelText = (page: Page) => page.evaluate(() => (window as unknown as Fixture).__fixture.getText(0));

/** True when what the page finds at (x, y) is our host element (our card or dialog is there). */
function oursAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate((px, py) => document.elementFromPoint(px, py)?.parentElement === document.documentElement, x, y);
}

async function waitOurs(page: Page, x: number, y: number, want: boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await oursAt(page, x, y)) !== want) {
    if (Date.now() > deadline) await page.screenshot({ path: join(SCREENSHOT_DIR, 'firefox-phone-failed.png') });
    if (Date.now() > deadline) throw new Error(`expected ${want ? 'our UI' : 'the page'} at ${x},${y}`);
    await pause(100);
  }
}

/** Centre of our button drawn in `rgb`, read from a screenshot (and checked to be ours by hit-testing). */
async function ourButton(page: Page, rgb: readonly [number, number, number]): Promise<{ x: number; y: number }> {
  const shot = decodePng(await page.screenshot({ type: 'png' }));
  const centre = findColour(shot, rgb, shot.width / 390);
  if (!centre) throw new Error(`no button drawn in rgb(${rgb.join(',')})`);
  expect(await oursAt(page, centre.x, centre.y)).toBe(true);
  return centre;
}

/** Types word by word, each word inside compositionstart/compositionend as a phone keyboard sends them; the keys are real. */
async function typeComposed(page: Page, text: string): Promise<void> {
  const words = text.split(' ');
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.type(' ');
    await page.evaluate(() => document.activeElement?.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })));
    await page.keyboard.type(word);
    await page.evaluate((w) => document.activeElement?.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: w })), word);
  }
}

/** The first client rectangle of text[start, end) in the editor, measured by the page. */
function wordsRect(page: Page, selector: string, start: number, end: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (sel, s, e) => {
      const root = document.querySelector(sel)!;
      if (root instanceof HTMLTextAreaElement) {
        // A textarea's text has no ranges: measure a mirror with the same box and font.
        const mirror = document.createElement('div');
        const cs = getComputedStyle(root);
        for (const p of ['font', 'padding', 'border', 'boxSizing', 'whiteSpace', 'lineHeight', 'letterSpacing', 'wordSpacing'] as const) mirror.style[p] = cs[p];
        const r = root.getBoundingClientRect();
        Object.assign(mirror.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', visibility: 'hidden' });
        mirror.textContent = root.value;
        document.body.append(mirror);
        const range = document.createRange();
        range.setStart(mirror.firstChild!, s);
        range.setEnd(mirror.firstChild!, e);
        const rect = range.getClientRects()[0]!;
        mirror.remove();
        return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
      }
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
    selector,
    start,
    end,
  );
}

describe('Firefox at phone size, with touch, on the mobile-web pages', () => {
  for (const p of PAGES) {
    test(`${p.name} (${new URL(p.url).host}): typing warns; tap → sheet; tap the fix → model changed; tap Post → review → Edit, then Post anyway → tap Post posts once`, async () => {
      const page = await ff.browser.newPage();
      await page.setViewport({ width: 390, height: 844, hasTouch: true });
      await page.goto(p.url);
      await page.waitForFunction(() => ((window as unknown as Partial<Fixture>).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
      expect(await page.evaluate(() => [innerWidth, navigator.userAgent.includes('Android')])).toEqual([390, true]);
      // Taps below are WebDriver BiDi touch pointer actions: pointer events with pointerType "touch".
      await page.evaluate(() => {
        (window as unknown as { __taps: string[] }).__taps = [];
        addEventListener('pointerdown', (e) => (window as unknown as { __taps: string[] }).__taps.push(e.pointerType), true);
      });
      const editor = (await page.$(p.box))!;
      const box = (await editor.boundingBox())!;
      await page.touchscreen.tap(box.x + 20, box.y + 10);
      expect(await page.evaluate(() => (window as unknown as { __taps: string[] }).__taps)).toEqual(['touch']);
      if (p.composed) await typeComposed(page, DRAFT);
      else await page.keyboard.type(DRAFT);
      // Draft.js settles a composition just after its end event.
      await page.waitForFunction((d) => (window as unknown as Fixture).__fixture.getText(0) === d, { timeout: 5_000 }, DRAFT);
      const report = await ff.waitForReport(
        page,
        (r) => r.findings.some((f) => f.clause === CLAUSE && f.severity !== 'info' && f.spans.length > 0) && r.findings.filter((f) => f.severity === 'high' || f.severity === 'medium').length >= 2,
        20_000,
      );
      const span = report.findings.find((f) => f.clause === CLAUSE)!.spans[0]!;

      // A tap on the flagged words opens the card as a sheet along the bottom (once they are underlined).
      await pause(600);
      const words = await wordsRect(page, p.box, span.start, span.end);
      await page.touchscreen.tap(words.x, words.y);
      await waitOurs(page, 195, 800, true);
      const post = (await (await page.$(p.post))!.boundingBox())!;
      const postAt = { x: post.x + post.width / 2, y: post.y + post.height / 2 };
      // The Post button and the words are still the page's, not covered by the sheet.
      expect(await oursAt(page, postAt.x, postAt.y)).toBe(false);
      expect(await oursAt(page, words.x, words.y)).toBe(false);
      if (p.shots) await page.screenshot({ path: join(SCREENSHOT_DIR, `${p.shots}-card.png`) });

      // A tap on the card's fix: the editor's own model changes, the other sentence stays.
      await page.touchscreen.tap(...Object.values(await ourButton(page, CARD_PRIMARY)) as [number, number]);
      await page.waitForFunction((d) => (window as unknown as Fixture).__fixture.getText(0) !== d, { timeout: 5_000 }, DRAFT);
      const fixed = await modelText(page);
      expect(fixed).not.toContain(DRAFT.slice(span.start, span.end));
      expect(fixed).toContain('Our deputy chief is a spineless politician');
      // A tap on the page closes the card if the fix left it open.
      await page.touchscreen.tap(p.blank.x, p.blank.y);
      await waitOurs(page, 195, 800, false);
      await ff.waitForReport(page, (r) => r.findings.every((f) => f.clause !== CLAUSE || f.severity === 'info'), 10_000);

      // Post with a warning left: the review opens instead of posting. Edit keeps the draft.
      // (The fix reflowed the text: Post may have moved.)
      const postNow = (await (await page.$(p.post))!.boundingBox())!;
      postAt.x = postNow.x + postNow.width / 2;
      postAt.y = postNow.y + postNow.height / 2;
      await page.touchscreen.tap(postAt.x, postAt.y);
      await waitOurs(page, 195, 422, true);
      expect(await submissions(page)).toEqual([]);
      if (p.shots) await page.screenshot({ path: join(SCREENSHOT_DIR, `${p.shots}-review.png`) });
      await page.touchscreen.tap(...Object.values(await ourButton(page, REVIEW_EDIT)) as [number, number]);
      await waitOurs(page, 195, 422, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      expect(await modelText(page)).toBe(fixed);

      // Post again, then Post anyway (Edit has the focus; Tab reaches Post anyway): the review closes and posts
      // nothing itself; the member's own tap on Post posts exactly once.
      await page.touchscreen.tap(postAt.x, postAt.y);
      await waitOurs(page, 195, 422, true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitOurs(page, 195, 422, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      await page.touchscreen.tap(postAt.x, postAt.y);
      await page.waitForFunction(() => (window as unknown as Fixture).__fixture.submissions.length > 0, { timeout: 5_000 });
      await pause(500);
      expect(await submissions(page)).toEqual([fixed]);
      await page.close();
    });
  }
  test('mFacebook: a word still being composed is not checked; the committed text is', async () => {
    const page = await ff.browser.newPage();
    await page.setViewport({ width: 390, height: 844, hasTouch: true });
    await page.goto(siteFixtureUrl('mFacebook'));
    await page.waitForFunction(() => ((window as unknown as Partial<Fixture>).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
    const box = (await (await page.$('#MComposer textarea'))!.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + 10);
    const warned = 'Our deputy chief is a spineless politician who throws his officers under the bus.';
    // One long composition (a keyboard composing without committing): well past the typing pause, nothing is flagged.
    await page.evaluate(() => document.activeElement?.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })));
    await page.keyboard.type(warned);
    await pause(2_500);
    expect((await ff.getReport(page)).findings.filter((f) => f.severity === 'high' || f.severity === 'medium')).toEqual([]);
    await page.evaluate((w) => document.activeElement?.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: w })), warned);
    await ff.waitForReport(page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0), 10_000);
    expect(await modelText(page)).toBe(warned);
    await page.close();
  });

  test('every mobile-web site page is in the table', () => {
    const mobile = Object.keys(SITE_FIXTURES).filter((n) => /^m[A-Z]|Mobile$/.test(n));
    expect(mobile.every((n) => PAGES.some((p) => p.name === n))).toBe(true);
  });
});
