// Real site structures, end to end: the built extension in Chromium on pages
// rebuilt from public evidence of each site's markup (tests/e2e/fixtures/
// x-*.html, bluesky.html, youtube.html, threads-es.html, linkedin.html,
// facebook.html, facebook-next.html, instagram.html, tiktok.html, reddit.html,
// old-reddit.html; sources cited at the
// top of each), served under the real host names. No generic <form> and
// submit button (old reddit and m.facebook really post through forms): the
// Post control is found the way the real site builds it.
// Each: a warned draft is underlined while typing; Post opens the review and
// submits nothing; Post anyway posts nothing itself, and the member's own next
// press on Post submits once, the exact text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  clickDialogButton,
  expectNoDialog,
  launchChromium,
  sendRuntimeMessage,
  siteFixtureUrl,
  startFixtureServer,
  submissions,
  typeInto,
  waitForComposers,
  waitForDialog,
  waitForReport,
  SITE_FIXTURES,
  type FixtureServer,
  type LaunchedChromium,
  type SiteFixtureName,
} from './harness';
import { allBadges, allUnderlines, openCard, waitForOverlay } from './inline-probe';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  for (let attempt = 1; ; attempt++) {
    try {
      await sendRuntimeMessage(browser, { type: 'report/get', tabId: 1 });
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const WARNED = 'Long shift today. Our deputy chief is a spineless politician who throws his officers under the bus.';
const CLEAN = 'Lovely morning at the farmers market, the peaches are finally in.';

// ---- per-site pages ----

interface SitePage {
  /** The box to type in (Playwright CSS pierces open shadow roots). */
  box(page: Page, index?: number): Locator;
  /** The site's own Post control, clicked where a member clicks (its label). */
  post(page: Page): Locator;
  /** Fields the site requires before it posts (old reddit's title), filled with a clean text. */
  setup?(page: Page): Promise<void>;
}

const TITLE = 'Road closures this weekend';
/** What the page posts for a draft typed in the box: the submit page also sends its title. */
const posted = (name: SiteFixtureName, text: string): string => (name === 'oldRedditSubmit' ? `${TITLE}\n\n${text}` : text);

const SITES: Record<SiteFixtureName, SitePage> = {
  xCompose: { box: (p) => p.locator('.public-DraftEditor-content'), post: (p) => p.locator('[data-testid="tweetButtonInline"] span span') },
  xThread: { box: (p, i = 0) => p.locator('.public-DraftEditor-content').nth(i), post: (p) => p.locator('[data-testid="tweetButton"] span span') },
  xChat: { box: (p) => p.locator('dm-chat textarea'), post: (p) => p.locator('dm-chat [data-testid="dm-composer-send-button"]') },
  bluesky: { box: (p) => p.locator('textarea[role="combobox"]'), post: (p) => p.locator('[data-testid="composerPublishBtn"]') },
  youtube: { box: (p) => p.locator('#contenteditable-root'), post: (p) => p.locator('#submit-button button span') },
  srcdoc: { box: (p) => p.frameLocator('iframe.embedded').locator('textarea'), post: (p) => p.frameLocator('iframe.embedded').locator('.post-button') },
  threadsEs: { box: (p) => p.locator('[data-lexical-editor]'), post: (p) => p.getByRole('button', { name: 'Publicar' }) },
  linkedin: { box: (p) => p.locator('#interop-outlet [contenteditable="true"]'), post: (p) => p.locator('#interop-outlet dialog button span') },
  linkedinFr: { box: (p) => p.locator('#interop-outlet [contenteditable="true"]'), post: (p) => p.locator('#interop-outlet dialog button span') },
  facebook: { box: (p) => p.locator('[role="dialog"] [data-lexical-editor]'), post: (p) => p.locator('[aria-label="Post"][role="button"] span span') },
  instagram: { box: (p) => p.locator('textarea[aria-label="Add a comment…"]'), post: (p) => p.locator('form [role="button"]') },
  instagramCreate: { box: (p) => p.locator('[data-lexical-editor]'), post: (p) => p.getByRole('button', { name: 'Share', exact: true }) },
  tiktok: { box: (p) => p.locator('[data-e2e="comment-input"] .public-DraftEditor-content'), post: (p) => p.locator('[data-e2e="comment-post"]') },
  reddit: { box: (p) => p.locator('shreddit-composer [data-lexical-editor]'), post: (p) => p.locator('shreddit-composer button[slot="submit-button"]') },
  xMobile: { box: (p) => p.locator('.public-DraftEditor-content'), post: (p) => p.locator('[data-testid="tweetButton"] span span') },
  mFacebook: { box: (p) => p.locator('#MComposer textarea'), post: (p) => p.locator('button[data-sigil~="submit_composer"]') },
  mYoutube: { box: (p) => p.locator('ytm-comment-simplebox-renderer textarea'), post: (p) => p.locator('.comment-simplebox-submit button span') },
  facebookNext: { box: (p) => p.locator('[role="dialog"] [data-lexical-editor]'), post: (p) => p.locator('[aria-label="Post"][role="button"] span span') },
  facebookNextRemoved: { box: (p) => p.locator('[role="dialog"] [data-lexical-editor]'), post: (p) => p.locator('[aria-label="Post"][role="button"] span span') },
  facebookNextDialog: { box: (p) => p.locator('[role="dialog"] [data-lexical-editor]'), post: (p) => p.locator('[role="dialog"][aria-label="Post settings"] [aria-label="Post"][role="button"] span span') },
  facebookNextStacked: { box: (p) => p.locator('[role="dialog"] [data-lexical-editor]'), post: (p) => p.locator('[aria-label="Post"][role="button"] span span') },
  oldReddit: { box: (p) => p.locator('.commentarea > form.usertext textarea[name="text"]'), post: (p) => p.locator('.commentarea > form.usertext button.save') },
  oldRedditSubmit: {
    box: (p) => p.locator('#newlink textarea[name="text"]'),
    post: (p) => p.locator('#newlink button[name="submit"]'),
    setup: (p) => typeInto(p, p.locator('#newlink textarea[name="title"]'), TITLE),
  },
};

async function open(name: SiteFixtureName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(siteFixtureUrl(name));
  await waitForComposers(page, SITE_FIXTURES[name].composers);
  await SITES[name].setup?.(page);
  return page;
}

/** Post opens the review; Post anyway submits nothing by itself; the member's own press then posts `expected` exactly once. */
async function postAnywayThenOwnPress(page: Page, post: Locator, expected: unknown): Promise<void> {
  await post.click();
  await waitForDialog(page);
  await clickDialogButton(page, 'Post anyway');
  await page.waitForTimeout(200);
  expect(await submissions(page)).toEqual([]);
  await post.click(); // the member's own press posts
  await expectNoDialog(page);
  await expect.poll(() => submissions(page)).toEqual([expected]);
  await page.waitForTimeout(300);
  expect(await submissions(page)).toEqual([expected]);
}

/** With the review open on a press from the keyboard: Post anyway submits nothing by itself; the member's own Enter then posts the warned draft exactly once. */
async function postAnywayThenEnter(page: Page): Promise<void> {
  await clickDialogButton(page, 'Post anyway');
  await expectNoDialog(page);
  await page.waitForTimeout(200);
  expect(await submissions(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect.poll(() => submissions(page)).toEqual([WARNED]);
  await page.waitForTimeout(300);
  expect(await submissions(page)).toEqual([WARNED]);
}

/** Types a warned draft and waits for the findings and the inline underline. */
async function typeWarned(page: Page, box: Locator, text = WARNED): Promise<void> {
  await typeInto(page, box, text);
  await waitForReport(browser, page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0));
  await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
  // The pointer rests where the box was clicked, now over warned words: move it away so the hover card closes.
  await page.mouse.move(1, 1);
  await waitForOverlay(page, (s) => !openCard(s));
}

/** The one Next button on screen (Facebook keeps the past panels' Next in the DOM, slid off-screen to the left). */
async function nextOnScreen(page: Page): Promise<Locator> {
  const all = page.locator('[aria-label="Next"][role="button"]');
  const index = await all.evaluateAll((els) =>
    els.findIndex((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > 0 && r.left < innerWidth;
    }),
  );
  expect(index, 'a Next button on screen').toBeGreaterThanOrEqual(0);
  return all.nth(index).locator('span span');
}

/** Moves the focus with the real Tab key (Shift+Tab with `back`) until `selector` has it. */
async function tabTo(page: Page, selector: string, back = false, max = 8): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab did not reach ${selector} (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
}

const focusedMatches = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);

describe('real site structures (Chromium)', () => {
  for (const name of ['xCompose', 'bluesky', 'youtube', 'threadsEs', 'xChat', 'srcdoc', 'linkedin', 'linkedinFr', 'facebook', 'instagram', 'instagramCreate', 'tiktok', 'reddit', 'xMobile', 'mFacebook', 'mYoutube', 'oldReddit', 'oldRedditSubmit'] as const) {
    test(`${name} (${SITE_FIXTURES[name].host}): warns while typing; the site's Post control opens the review; Post anyway submits once`, async () => {
      const page = await open(name);
      const site = SITES[name];
      await typeWarned(page, site.box(page));
      await site.post(page).click();
      expect(await waitForDialog(page)).toContain('Before you post');
      expect(await submissions(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expectNoDialog(page);
      expect(await submissions(page)).toEqual([]);

      await postAnywayThenOwnPress(page, site.post(page), posted(name, WARNED));
      await page.close();
    });
  }

  test('X Chat: Enter in the shadow-root textarea opens the review instead of sending; Post anyway sends once', async () => {
    const page = await open('xChat');
    await typeWarned(page, SITES.xChat.box(page));
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNoDialog(page);
    // Nothing sent, no line break added.
    expect(await SITES.xChat.box(page).inputValue()).toBe(WARNED);
    await SITES.xChat.box(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await clickDialogButton(page, 'Post anyway');
    await page.waitForTimeout(200);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Enter'); // focus is back in the box: the member's own Enter sends
    await expect.poll(() => submissions(page)).toEqual([WARNED]);
    expect(await page.evaluate(() => window.__fixture!.submissionSources)).toEqual(['enter']);
    await page.close();
  });

  // Comment boxes where a plain Enter posts (the site's record lists them in enterSendsIn).
  for (const name of ['instagram', 'tiktok'] as const) {
    test(`${name}: Enter in the comment box opens the review instead of posting; Post anyway, then the member's Enter posts once`, async () => {
      const page = await open(name);
      await typeWarned(page, SITES[name].box(page));
      await SITES[name].box(page).focus();
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      expect(await submissions(page)).toEqual([]);
      await clickDialogButton(page, 'Post anyway');
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      await page.keyboard.press('Enter'); // focus is back in the box: the member's own Enter posts
      await expect.poll(() => submissions(page)).toEqual([WARNED]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([WARNED]);
      await page.close();
    });
  }

  test('Bluesky: Ctrl+Enter in the combobox textarea opens the review', async () => {
    const page = await open('bluesky');
    await typeWarned(page, SITES.bluesky.box(page));
    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  test('X thread: a warning only in the second box is reviewed when "Post all" is clicked; Post anyway submits the whole thread once', async () => {
    const page = await open('xThread');
    await typeInto(page, SITES.xThread.box(page, 0), CLEAN);
    await typeWarned(page, SITES.xThread.box(page, 1));
    await SITES.xThread.post(page).click();
    const shown = await waitForDialog(page);
    expect(shown).toContain('Before you post');
    expect(await submissions(page)).toEqual([]);
    await clickDialogButton(page, 'Post anyway');
    await page.waitForTimeout(200);
    expect(await submissions(page)).toEqual([]);
    await SITES.xThread.post(page).click(); // the member's own press posts the whole thread
    await expect.poll(() => submissions(page)).toEqual([`${CLEAN}\n\n${WARNED}`]);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });

  test("X: the side navigation's \"Postear\" and a feed item's reply button are not this box's Post button", async () => {
    const page = await open('xCompose');
    await typeWarned(page, SITES.xCompose.box(page));
    await page.locator('[data-testid="SideNav_NewTweet_Button"] [role="button"]').click();
    await page.locator('article [data-testid="reply"]').first().click();
    await page.waitForTimeout(300);
    await expectNoDialog(page);
    await page.close();
  });

  test('X: with a clean draft, Post submits at once with no review', async () => {
    const page = await open('xCompose');
    await typeInto(page, SITES.xCompose.box(page), CLEAN);
    await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
    await page.waitForTimeout(200);
    await SITES.xCompose.post(page).click();
    expect(await submissions(page)).toEqual([CLEAN]);
    await expectNoDialog(page);
    await page.close();
  });

  // Steps before Post: Facebook's Next → "Post settings" (the box hidden, gone or slid off-screen by then), or nothing.
  const STEPS: { name: SiteFixtureName; before?: (p: Page) => Promise<void> }[] = [
    { name: 'facebookNext', before: (p) => p.locator('[aria-label="Next"][role="button"] span span').click() },
    { name: 'facebookNextRemoved', before: (p) => p.locator('[aria-label="Next"][role="button"] span span').click() },
    { name: 'facebookNextDialog', before: (p) => p.locator('[aria-label="Next"][role="button"] span span').click() },
    // Create post → preview → settings: each time the one Next on screen (the past panels' Next stay in the DOM).
    {
      name: 'facebookNextStacked',
      before: async (p) => {
        await (await nextOnScreen(p)).click();
        await (await nextOnScreen(p)).click();
      },
    },
    { name: 'oldReddit' },
    { name: 'oldRedditSubmit' },
  ];
  for (const { name, before } of STEPS) {
    test(`${name} (${SITE_FIXTURES[name].host}): warned draft → ${before ? 'Next → ' : ''}Post opens the review; Edit keeps the draft; Post anyway, then Post, posts once`, async () => {
      const page = await open(name);
      const site = SITES[name];
      await typeWarned(page, site.box(page));
      if (before) {
        await before(page);
        await page.waitForTimeout(300);
        await expectNoDialog(page); // Next is not Post
        // The box left the screen (hidden, removed or slid off it): none of its underlines or badges stay drawn.
        await waitForOverlay(page, (st) => allUnderlines(st).length === 0 && allBadges(st).length === 0, 3_000);
      }
      await site.post(page).click();
      expect(await waitForDialog(page)).toContain('Before you post');
      expect(await submissions(page)).toEqual([]);
      await clickDialogButton(page, 'Edit');
      await expectNoDialog(page);
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      expect(await page.evaluate(() => window.__fixture!.getText(window.__fixture!.count() - 1))).toBe(WARNED);

      await postAnywayThenOwnPress(page, site.post(page), posted(name, WARNED));
      await page.close();
    });

    test(`${name}: a harmless draft ${before ? 'goes through Next and ' : ''}posts at once with no review`, async () => {
      const page = await open(name);
      const site = SITES[name];
      await typeInto(page, site.box(page), CLEAN);
      await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
      await page.waitForTimeout(200);
      if (before) await before(page);
      await site.post(page).click();
      await expect.poll(() => submissions(page)).toEqual([posted(name, CLEAN)]);
      await expectNoDialog(page);
      await page.close();
    });
  }

  test('facebookNextRemoved: Back brings the box back with the draft; after Post anyway an edit makes the next Post reviewed again', async () => {
    const page = await open('facebookNextRemoved');
    const site = SITES.facebookNextRemoved;
    await typeWarned(page, site.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    await site.post(page).click();
    await waitForDialog(page);
    await clickDialogButton(page, 'Post anyway');
    await page.waitForTimeout(200);
    await page.locator('[aria-label="Back"][role="button"]').click();
    expect(await page.evaluate(() => window.__fixture!.getText())).toBe(WARNED);
    await typeInto(page, site.box(page), ' Again.', { atEnd: true });
    await page.waitForTimeout(1500);
    await page.mouse.move(1, 1);
    await page.locator('[aria-label="Next"][role="button"]').click();
    await site.post(page).click();
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  test('facebookNextRemoved: a warned draft rewritten clean after Back goes through Next and Post with no review', async () => {
    const page = await open('facebookNextRemoved');
    const site = SITES.facebookNextRemoved;
    await typeWarned(page, site.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    await page.locator('[aria-label="Back"][role="button"]').click();
    await site.box(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CLEAN, { delay: 10 });
    await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
    await page.waitForTimeout(200);
    await page.locator('[aria-label="Next"][role="button"]').click();
    await site.post(page).click();
    await expect.poll(() => submissions(page)).toEqual([CLEAN]);
    await expectNoDialog(page);
    await page.close();
  });

  test('facebookNextRemoved: a click outside the dialog between Next and Post does not lose the draft', async () => {
    const page = await open('facebookNextRemoved');
    const site = SITES.facebookNextRemoved;
    await typeWarned(page, site.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    await page.locator('[role="banner"]').click({ position: { x: 5, y: 5 } });
    await page.locator('.row').first().click();
    await site.post(page).click();
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  test('facebookNextDialog: clicks on the rows and Save of the separate "Post settings" dialog before Post keep the review', async () => {
    const page = await open('facebookNextDialog');
    const site = SITES.facebookNextDialog;
    await typeWarned(page, site.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    const settings = page.locator('[role="dialog"][aria-label="Post settings"]');
    await settings.locator('.row').first().click();
    await settings.locator('[aria-label="Save"][role="button"]').click();
    await page.waitForTimeout(200);
    await expectNoDialog(page); // Save is not Post
    await site.post(page).click();
    expect(await waitForDialog(page)).toContain('Before you post');
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  test('facebookNextDialog&post=text: a Post div named only by its span "Post" (no aria-label) in the separate dialog opens the review', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteFixtureUrl('facebookNextDialog')}&post=text`);
    await waitForComposers(page, 1);
    await typeWarned(page, SITES.facebookNextDialog.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    const post = page.locator('[role="dialog"][aria-label="Post settings"] [role="button"]:not([aria-label]) span span');
    await post.click();
    expect(await waitForDialog(page)).toContain('Before you post');
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNoDialog(page);
    await postAnywayThenOwnPress(page, post, WARNED);
    await page.close();
  });

  test('facebookNextDialog: once the flow\'s dialogs are gone, a Post in a dialog opened later is not reviewed with the old draft', async () => {
    const page = await open('facebookNextDialog');
    await typeWarned(page, SITES.facebookNextDialog.box(page));
    await page.locator('[aria-label="Next"][role="button"]').click();
    // The page closes the composer (both dialogs leave the DOM), then opens an unrelated box-less dialog with a Post button.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('[role="dialog"]')) d.remove();
      const other = document.createElement('div');
      other.setAttribute('role', 'dialog');
      other.setAttribute('aria-label', 'Other');
      other.innerHTML = '<div role="button" tabindex="0" aria-label="Post" class="other-post"><span><span>Post</span></span></div>';
      other.querySelector('.other-post')!.addEventListener('click', () => window.__fixture!.submissions.push('other'));
      document.body.append(other);
    });
    await page.locator('.other-post span span').click();
    await expect.poll(() => submissions(page)).toEqual(['other']);
    await expectNoDialog(page);
    await page.close();
  });

  test("oldReddit: a reply form cloned under a comment is reviewed on its own save; the top-level box's save is not held by it", async () => {
    const page = await open('oldReddit');
    await page.locator('.comment .reply-button a').click();
    const reply = page.locator('#commentreply_t1_c0ffee textarea[name="text"]');
    await typeWarned(page, reply);
    await page.locator('#commentreply_t1_c0ffee button.save').click();
    expect(await waitForDialog(page)).toContain('Before you post');
    await clickDialogButton(page, 'Edit');
    await expectNoDialog(page);
    await typeInto(page, SITES.oldReddit.box(page), CLEAN);
    await page.waitForTimeout(1500);
    await SITES.oldReddit.post(page).click();
    await expect.poll(() => submissions(page)).toEqual([CLEAN]);
    await expectNoDialog(page);
    await page.close();
  });
});

describe('the keyboard on Post controls (Chromium)', () => {
  const FB_POST = '[aria-label="Post"][role="button"]';

  // Facebook's Post is a div[role=button] the site activates from its own key handlers: no click is fired.
  for (const key of ['Enter', 'Space'] as const) {
    test(`facebook: Tab to the Post div, ${key} opens the review; Edit keeps the draft; Post anyway, then ${key} on Post posts once; the next ${key} is reviewed`, async () => {
      const page = await open('facebook');
      await typeWarned(page, SITES.facebook.box(page));
      await SITES.facebook.box(page).focus();
      await tabTo(page, FB_POST);
      await page.keyboard.press(key);
      expect(await waitForDialog(page)).toContain('Before you post');
      await page.waitForTimeout(300); // the key's keyup lands in the review: it stays open
      expect(await waitForDialog(page)).toContain('Before you post');
      expect(await submissions(page)).toEqual([]);
      await clickDialogButton(page, 'Edit');
      await expectNoDialog(page);
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      expect(await page.evaluate(() => window.__fixture!.getText())).toBe(WARNED);
      expect(await focusedMatches(page, '[data-lexical-editor]'), 'Edit puts the caret back in the box on screen').toBe(true);

      await tabTo(page, FB_POST);
      await page.keyboard.press(key);
      await waitForDialog(page);
      await clickDialogButton(page, 'Post anyway');
      await expectNoDialog(page);
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      expect(await focusedMatches(page, FB_POST), 'Post anyway puts the focus on Post').toBe(true);
      await page.keyboard.press(key); // the member's own press posts
      await expect.poll(() => submissions(page)).toEqual([WARNED]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([WARNED]);
      await expectNoDialog(page);
      // Once: the next press on the same text is reviewed again.
      await page.keyboard.press(key);
      await waitForDialog(page);
      expect(await submissions(page)).toEqual([WARNED]);
      await page.close();
    });
  }

  test('facebook: a harmless draft posts at once with Enter on the Post div', async () => {
    const page = await open('facebook');
    await typeInto(page, SITES.facebook.box(page), CLEAN);
    await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
    await page.waitForTimeout(200);
    await tabTo(page, FB_POST);
    await page.keyboard.press('Enter');
    expect(await submissions(page)).toEqual([CLEAN]);
    await expectNoDialog(page);
    await page.close();
  });

  test('mFacebook: Enter on the native Post <button> is reviewed once, as its click; Post anyway, then Enter, posts once with no second review', async () => {
    const page = await open('mFacebook');
    const site = SITES.mFacebook;
    await typeWarned(page, site.box(page));
    await site.box(page).focus();
    await tabTo(page, 'button[data-sigil~="submit_composer"]', true);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNoDialog(page);
    await page.waitForTimeout(300);
    await expectNoDialog(page);
    expect(await submissions(page)).toEqual([]);

    await tabTo(page, 'button[data-sigil~="submit_composer"]', true);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await clickDialogButton(page, 'Post anyway');
    await expectNoDialog(page);
    await page.waitForTimeout(200);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Enter'); // focus is on the button: its click posts, and is not reviewed a second time
    await expect.poll(() => submissions(page)).toEqual([WARNED]);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([WARNED]);
    await expectNoDialog(page);
    await page.close();
  });

  test('facebookNextRemoved: by keyboard only, Enter on Next (the box is unmounted), then Enter on Post opens the review with the kept draft; Edit leaves the focus on Post; Post anyway, then Enter, posts once', async () => {
    const page = await open('facebookNextRemoved');
    await typeWarned(page, SITES.facebookNextRemoved.box(page));
    await SITES.facebookNextRemoved.box(page).focus();
    await tabTo(page, '[aria-label="Next"][role="button"]');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await expectNoDialog(page); // Next is not Post
    expect(await SITES.facebookNextRemoved.box(page).count()).toBe(0);
    await tabTo(page, FB_POST);
    await page.keyboard.press('Enter');
    expect(await waitForDialog(page)).toContain('Before you post');
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNoDialog(page);
    await page.waitForTimeout(200);
    expect(await focusedMatches(page, FB_POST), 'Edit with the box gone leaves the focus on Post').toBe(true);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await postAnywayThenEnter(page);
    await page.close();
  });

  test('facebookNextStacked: Edit leaves the focus on the Post control on screen, not in the caption box slid off screen; Enter on Post reopens the review', async () => {
    const page = await open('facebookNextStacked');
    const site = SITES.facebookNextStacked;
    await typeWarned(page, site.box(page));
    await (await nextOnScreen(page)).click();
    await (await nextOnScreen(page)).click();
    await site.post(page).click();
    await waitForDialog(page);
    await clickDialogButton(page, 'Edit');
    await expectNoDialog(page);
    await page.waitForTimeout(200);
    const focus = await page.evaluate(() => {
      const el = document.activeElement!;
      const r = el.getBoundingClientRect();
      return { post: el.matches('[aria-label="Post"][role="button"]'), box: el.closest('[data-lexical-editor]') !== null, onScreen: r.right > 0 && r.left < innerWidth && r.width > 0 };
    });
    expect(focus).toEqual({ post: true, box: false, onScreen: true });
    expect(await submissions(page)).toEqual([]);
    expect(await page.evaluate(() => window.__fixture!.getText())).toBe(WARNED);

    await page.keyboard.press('Enter');
    expect(await waitForDialog(page)).toContain('Before you post');
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape'); // Edit again: the focus stays on Post
    await expectNoDialog(page);
    await page.waitForTimeout(200);
    expect(await focusedMatches(page, FB_POST)).toBe(true);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await postAnywayThenEnter(page);
    await page.close();
  });
});
