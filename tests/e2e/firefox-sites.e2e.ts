// Firefox (Debian's firefox-esr) on the real-structure site pages: a warned
// draft typed for real reaches the background report, and the site's own
// Post control (or Enter in X Chat's shadow-root box) is held for the review
// instead of publishing. The review lives in a closed shadow root Firefox's
// automation cannot read, so "held" is proven by the page's own record: no
// submission. The Chromium file (sites.e2e.ts) also clicks through the review.
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
      await pause(400);
      await page.mouse.move(1, 1);
      await pause(600);
      if (c.post === 'Enter') await page.keyboard.press('Enter');
      else await page.click(c.post);
      await pause(800);
      expect(await submissions(page)).toEqual([]);
      await page.close();
    });
  }
});
