// Firefox (Debian's firefox-esr) on the real-structure site pages: a warned
// draft typed for real reaches the background report, and the site's own
// Post control (or Enter in X Chat's shadow-root box) is held for the review
// instead of publishing. The review lives in a closed shadow root Firefox's
// automation cannot read, so "held" is proven by the page's own record: no
// submission. On old reddit's forms and Facebook's two-step composer the
// review is also driven to the end, by keyboard and hit-testing (Edit keeps
// the draft, Post anyway then Post posts once). The Chromium file
// (sites.e2e.ts) clicks through the review on every page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, SITE_FIXTURES, siteFixtureUrl, startFixtureServer, type FixtureServer, type SiteFixtureName } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

const CLEAN = 'Lovely morning at the farmers market, the peaches are finally in.';
const WARNED = 'Long shift today. Our deputy chief is a spineless politician who throws his officers under the bus.';

let server: FixtureServer;
let ff: LaunchedFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox({ hosts: ALL_HOSTS, serverPort: server.port });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const submissions = (page: Page) => page.evaluate(() => [...(window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions]);

/** Box and Post control per page; `>>>` pierces open shadow roots. */
const CASES: { name: SiteFixtureName; box: string; post: string | 'Enter' }[] = [
  { name: 'xCompose', box: '.public-DraftEditor-content', post: '[data-testid="tweetButtonInline"]' },
  { name: 'bluesky', box: 'textarea[role="combobox"]', post: '[data-testid="composerPublishBtn"]' },
  { name: 'youtube', box: '#contenteditable-root', post: '#submit-button button' },
  { name: 'xChat', box: 'dm-chat >>> textarea', post: 'Enter' },
  { name: 'linkedin', box: '#interop-outlet >>> [contenteditable="true"]', post: '#interop-outlet >>> dialog button' },
  { name: 'linkedinFr', box: '#interop-outlet >>> [contenteditable="true"]', post: '#interop-outlet >>> dialog button' },
  { name: 'facebook', box: '[role="dialog"] [data-lexical-editor]', post: '[aria-label="Post"][role="button"]' },
  { name: 'instagram', box: 'textarea[aria-label="Add a comment…"]', post: 'form [role="button"]' },
  { name: 'instagramCreate', box: '[data-lexical-editor]', post: '.head div > [role="button"]:not([aria-label])' },
  { name: 'tiktok', box: '[data-e2e="comment-input"] .public-DraftEditor-content', post: '[data-e2e="comment-post"]' },
  { name: 'reddit', box: 'shreddit-composer [data-lexical-editor]', post: 'shreddit-composer button[slot="submit-button"]' },
];

async function open(name: SiteFixtureName): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(siteFixtureUrl(name));
  await page.waitForFunction((n) => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= n, { timeout: 15_000 }, SITE_FIXTURES[name].composers);
  return page;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Firefox: real site structures', () => {
  for (const c of CASES) {
    test(`${c.name}: a clean draft posts through the same control at once (the control is really hit)`, async () => {
      const page = await open(c.name);
      await page.click(c.box);
      await page.keyboard.type(CLEAN);
      await ff.waitForReport(page, (r) => r.findings.every((f) => f.severity === 'info'), 20_000);
      await pause(300);
      if (c.post === 'Enter') await page.keyboard.press('Enter');
      else await page.click(c.post);
      await pause(300);
      expect(await submissions(page)).toEqual([CLEAN]);
      await page.close();
    });
  }
  for (const c of CASES) {
    test(`${c.name} on ${SITE_FIXTURES[c.name].host}: warns while typing; Post is held for the review`, async () => {
      const page = await open(c.name);
      await page.click(c.box);
      await page.keyboard.type(WARNED);
      await ff.waitForReport(page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0), 20_000);
      await page.mouse.move(1, 1);
      await pause(600); // the hover card, if the pointer opened one, closes
      if (c.post === 'Enter') await page.keyboard.press('Enter');
      else await page.click(c.post);
      await waitReview(page, true);
      expect(await submissions(page)).toEqual([]);
      await page.close();
    });
  }

  // The whole review in Firefox, by keyboard and hit-testing (our UI is a closed shadow root):
  // the review opens (our host is what the centre of the viewport hits), Enter on the focused
  // Edit closes it keeping the draft, Tab then Enter is Post anyway, and the member's next
  // click on Post posts once.
  // `next`: clicked `nexts` times (default 1), each time the one on screen (Facebook's stacked wizard keeps past panels' Next).
  const FLOWS: { name: SiteFixtureName; box: string; post: string; next?: string; nexts?: number; title?: string }[] = [
    { name: 'facebookNext', box: '[role="dialog"] [data-lexical-editor]', post: '[aria-label="Post"][role="button"]', next: '[aria-label="Next"][role="button"]' },
    { name: 'facebookNextRemoved', box: '[role="dialog"] [data-lexical-editor]', post: '[aria-label="Post"][role="button"]', next: '[aria-label="Next"][role="button"]' },
    { name: 'facebookNextDialog', box: '[role="dialog"] [data-lexical-editor]', post: '[role="dialog"][aria-label="Post settings"] [aria-label="Post"][role="button"]', next: '[aria-label="Next"][role="button"]' },
    { name: 'facebookNextStacked', box: '[role="dialog"] [data-lexical-editor]', post: '[aria-label="Post"][role="button"]', next: '[aria-label="Next"][role="button"]', nexts: 2 },
    { name: 'oldReddit', box: '.commentarea > form.usertext textarea[name="text"]', post: '.commentarea > form.usertext button.save' },
    { name: 'oldRedditSubmit', box: '#newlink textarea[name="text"]', post: '#newlink button[name="submit"]', title: '#newlink textarea[name="title"]' },
  ];
  const TITLE = 'Road closures this weekend';
  const reviewShowing = (page: Page) =>
    page.evaluate(() => {
      // Our review host is a child of <html> covering the viewport; <body> (also a child of <html>) is not it.
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return !!hit && hit !== document.body && hit.parentElement === document.documentElement;
    });
  const draftText = (page: Page) =>
    page.evaluate(() => {
      const f = (window as unknown as { __fixture: { getText(i?: number): string; count(): number } }).__fixture;
      return f.getText(f.count() - 1);
    });
  async function waitReview(page: Page, want: boolean): Promise<void> {
    const deadline = Date.now() + 5_000;
    while ((await reviewShowing(page)) !== want) {
      if (Date.now() > deadline) throw new Error(want ? 'the review did not open' : 'the review did not close');
      await pause(100);
    }
  }

  /** With the review open and Edit focused: Tab, Enter is Post anyway, which submits nothing by itself; the member's own Enter then posts the warned draft exactly once. */
  async function postAnywayThenEnter(page: Page): Promise<void> {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Post anyway
    await waitReview(page, false);
    await pause(300);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions.length > 0, { timeout: 5_000 });
    await pause(500);
    expect(await submissions(page)).toEqual([WARNED]);
  }

  async function typeDraft(page: Page, c: (typeof FLOWS)[number], text: string): Promise<void> {
    if (c.title) {
      await page.click(c.title);
      await page.keyboard.type(TITLE);
    }
    await page.click(c.box);
    await page.keyboard.type(text);
  }
  const posted = (c: (typeof FLOWS)[number], text: string) => (c.title ? `${TITLE}\n\n${text}` : text);
  /** Clicks, as a member does (a trusted click where it is drawn), the first `selector` match inside the viewport. */
  async function clickOnScreen(page: Page, selector: string): Promise<void> {
    const point = await page.evaluate((sel) => {
      for (const el of document.querySelectorAll(sel)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, selector);
    if (!point) throw new Error(`nothing matching ${selector} on screen`);
    await page.mouse.click(point.x, point.y);
  }
  async function goNext(page: Page, c: (typeof FLOWS)[number]): Promise<void> {
    for (let i = 0; i < (c.nexts ?? 1); i++) {
      await clickOnScreen(page, c.next!);
      await pause(150);
    }
  }

  for (const c of FLOWS) {
    test(`${c.name} on ${SITE_FIXTURES[c.name].host}: warns; ${c.next ? 'Next, then ' : ''}Post opens the review; Edit keeps the draft; Post anyway, then Post, posts once`, async () => {
      const page = await open(c.name);
      await typeDraft(page, c, WARNED);
      await ff.waitForReport(page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0), 20_000);
      await page.mouse.move(1, 1);
      await pause(600);
      if (c.next) {
        await goNext(page, c);
        await pause(300);
        expect(await reviewShowing(page)).toBe(false);
      }
      await page.click(c.post);
      await waitReview(page, true);
      expect(await submissions(page)).toEqual([]);
      await page.keyboard.press('Enter'); // Edit has the focus
      await waitReview(page, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      expect(await draftText(page)).toBe(WARNED);

      await page.click(c.post);
      await waitReview(page, true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Post anyway
      await waitReview(page, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      await page.click(c.post);
      await page.waitForFunction(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions.length > 0, { timeout: 5_000 });
      await pause(500);
      expect(await submissions(page)).toEqual([posted(c, WARNED)]);
      await page.close();
    });

    test(`${c.name}: a harmless draft ${c.next ? 'goes through Next and ' : ''}posts at once with no review`, async () => {
      const page = await open(c.name);
      await typeDraft(page, c, CLEAN);
      await ff.waitForReport(page, (r) => r.findings.every((f) => f.severity === 'info'), 20_000);
      await pause(300);
      if (c.next) await goNext(page, c);
      await page.click(c.post);
      await pause(300);
      expect(await submissions(page)).toEqual([posted(c, CLEAN)]);
      expect(await reviewShowing(page)).toBe(false);
      await page.close();
    });
  }

  // The keyboard on Post controls. Facebook's Post is a div[role=button] the site activates from its own key handlers (no click).
  const FB_POST = '[aria-label="Post"][role="button"]';
  const focusedMatches = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
  /** Moves the focus with the real Tab key (Shift+Tab with `back`) until `selector` has it. */
  async function tabTo(page: Page, selector: string, back = false, max = 8): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (back) {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press('Tab');
      if (await focusedMatches(page, selector)) return;
    }
    throw new Error(`Tab did not reach ${selector}`);
  }
  async function typeWarnedIn(page: Page, box: string): Promise<void> {
    await page.click(box);
    await page.keyboard.type(WARNED);
    await ff.waitForReport(page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0), 20_000);
    await page.mouse.move(1, 1);
    await pause(600);
  }
  const FB_BOX = '[role="dialog"] [data-lexical-editor]';

  for (const key of ['Enter', 'Space'] as const) {
    const press = (page: Page) => page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
    test(`facebook: Tab to the Post div, ${key} opens the review; Edit keeps the draft; Post anyway, then ${key} on Post posts once; the next ${key} is reviewed`, async () => {
      const page = await open('facebook');
      await typeWarnedIn(page, FB_BOX);
      await tabTo(page, FB_POST);
      await press(page);
      await waitReview(page, true);
      await pause(300); // the key's keyup lands in the review: it stays open
      expect(await reviewShowing(page)).toBe(true);
      expect(await submissions(page)).toEqual([]);
      await page.keyboard.press('Enter'); // Edit has the focus
      await waitReview(page, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      expect(await draftText(page)).toBe(WARNED);
      expect(await focusedMatches(page, '[data-lexical-editor]')).toBe(true);

      await tabTo(page, FB_POST);
      await press(page);
      await waitReview(page, true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Post anyway
      await waitReview(page, false);
      await pause(300);
      expect(await submissions(page)).toEqual([]);
      expect(await focusedMatches(page, FB_POST)).toBe(true);
      await press(page); // the member's own press posts
      await page.waitForFunction(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions.length > 0, { timeout: 5_000 });
      await pause(500);
      expect(await submissions(page)).toEqual([WARNED]);
      expect(await reviewShowing(page)).toBe(false);
      await press(page); // once: the next press is reviewed again
      await waitReview(page, true);
      expect(await submissions(page)).toEqual([WARNED]);
      await page.close();
    });
  }

  test('facebook: a harmless draft posts at once with Enter on the Post div', async () => {
    const page = await open('facebook');
    await page.click(FB_BOX);
    await page.keyboard.type(CLEAN);
    await ff.waitForReport(page, (r) => r.findings.every((f) => f.severity === 'info'), 20_000);
    await pause(300);
    await tabTo(page, FB_POST);
    await page.keyboard.press('Enter');
    await pause(300);
    expect(await submissions(page)).toEqual([CLEAN]);
    expect(await reviewShowing(page)).toBe(false);
    await page.close();
  });

  test('mFacebook: Enter on the native Post <button> is reviewed once, as its click; Post anyway, then Enter, posts once with no second review', async () => {
    const page = await open('mFacebook');
    const button = 'button[data-sigil~="submit_composer"]';
    await typeWarnedIn(page, '#MComposer textarea');
    await tabTo(page, button, true);
    await page.keyboard.press('Enter');
    await waitReview(page, true);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await waitReview(page, false);
    await pause(300);
    expect(await reviewShowing(page)).toBe(false);
    expect(await submissions(page)).toEqual([]);

    await tabTo(page, button, true);
    await page.keyboard.press('Enter');
    await waitReview(page, true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Post anyway
    await waitReview(page, false);
    await pause(300);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Enter'); // focus is on the button: its click posts, and is not reviewed a second time
    await page.waitForFunction(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions.length > 0, { timeout: 5_000 });
    await pause(500);
    expect(await submissions(page)).toEqual([WARNED]);
    expect(await reviewShowing(page)).toBe(false);
    await page.close();
  });

  test('facebookNextRemoved: by keyboard only, Enter on Next (the box is unmounted), then Enter on Post opens the review with the kept draft; Edit leaves the focus on Post; Post anyway, then Enter, posts once', async () => {
    const page = await open('facebookNextRemoved');
    await typeWarnedIn(page, FB_BOX);
    await tabTo(page, '[aria-label="Next"][role="button"]');
    await page.keyboard.press('Enter');
    await pause(300);
    expect(await reviewShowing(page)).toBe(false); // Next is not Post
    expect(await page.$(FB_BOX)).toBeNull();
    await tabTo(page, FB_POST);
    await page.keyboard.press('Enter');
    await waitReview(page, true);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Enter'); // Edit has the focus
    await waitReview(page, false);
    await pause(300);
    expect(await focusedMatches(page, FB_POST)).toBe(true);
    await page.keyboard.press('Enter');
    await waitReview(page, true);
    await postAnywayThenEnter(page);
    await page.close();
  });

  test('facebookNextStacked: Edit leaves the focus on the Post control on screen, not in the caption box slid off screen; Enter on Post reopens the review', async () => {
    const c = FLOWS.find((f) => f.name === 'facebookNextStacked')!;
    const page = await open(c.name);
    await typeWarnedIn(page, c.box);
    await goNext(page, c);
    await pause(300);
    await clickOnScreen(page, c.post);
    await waitReview(page, true);
    await page.keyboard.press('Enter'); // Edit has the focus
    await waitReview(page, false);
    await pause(300);
    const focus = await page.evaluate(() => {
      const el = document.activeElement!;
      const r = el.getBoundingClientRect();
      return { post: el.matches('[aria-label="Post"][role="button"]'), box: el.closest('[data-lexical-editor]') !== null, onScreen: r.right > 0 && r.left < innerWidth && r.width > 0 };
    });
    expect(focus).toEqual({ post: true, box: false, onScreen: true });
    expect(await submissions(page)).toEqual([]);
    expect(await draftText(page)).toBe(WARNED);

    await page.keyboard.press('Enter');
    await waitReview(page, true);
    expect(await submissions(page)).toEqual([]);
    await postAnywayThenEnter(page);
    await page.close();
  });
});
