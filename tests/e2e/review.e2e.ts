// Pre-publish review, end to end: the built extension in Chromium on the
// fixture sites (real editors, real keyboard and mouse). With warnings left,
// a click on Post and Ctrl+Enter both open the review and submit nothing;
// Edit (or Escape) submits nothing and puts the caret on the warned passage;
// "Post anyway" closes the review and posts nothing itself: the member's own
// next press on Post (or the same keys) publishes, exactly once, the exact
// text, unreviewed; the press after that, or any edit, is reviewed again.
// The site's own handlers see only trusted events throughout.
// With no warnings, or with the review switched off, Post submits at once.
//
// The dialog lives in a CLOSED shadow root, which page scripts (and
// Playwright's selectors) cannot enter; the test reads it through the
// DevTools protocol (DOM.getDocument with pierce), and clicks its buttons
// with the real mouse at the coordinates DevTools reports.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickDialogButton,
  documentTree,
  expectNoDialog,
  textOf,
  waitForDialog,
  walk,
  editorLocator,
  extensionMessenger,
  fixtureUrl,
  launchChromium,
  modelSelection,
  modelText,
  screenshot,
  sendRuntimeMessage,
  startFixtureServer,
  submissions,
  typeInto,
  waitForComposers,
  waitForReport,
  UNMATCHED_HOST,
  type FixtureName,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';
import type { Report } from '../../src/messages/schemas';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  // The first runtime message after launch can wait on a cold, busy service worker: wake it here.
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

/** A draft with one medium/high warning on a passage (disparagement), and where that passage starts. */
const WARNED = 'Long shift today. Our deputy chief is a spineless politician who throws his officers under the bus.';
const CLEAN = 'Lovely morning at the farmers market, the peaches are finally in.';

// ---- the review is read through DevTools (harness/review-dialog.ts) ----

/** The "Review closed" line shown after Post anyway, or undefined. */
async function noticeText(page: Page): Promise<string | undefined> {
  for (let attempt = 0; ; attempt++) {
    const { root } = await documentTree(page);
    const notice = [...walk(root)].find((n) => n.nodeName === 'DIV' && (n.attributes ?? []).includes('post-notice'));
    if (!notice) return undefined;
    const text = textOf(notice);
    if (text || attempt >= 10) return text; // the text is filled just after the line appears
    await page.waitForTimeout(30);
  }
}


// ---- page helpers ----------------------------------------------------------------------------

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  const messenger = await extensionMessenger(browser);
  await messenger.evaluate((p) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }).chrome.storage.sync.set(p), patch);
}

async function openFixture(name: FixtureName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(name));
  await waitForComposers(page, 1);
  return page;
}

/**
 * Types the draft, waits until the extension's findings for it are in, and
 * returns where the first warned passage starts (the engine decides which).
 */
async function typeWarned(page: Page, name: FixtureName, text = WARNED): Promise<number> {
  await typeInto(page, editorLocator(page, name), text);
  const report = await waitForReport(browser, page, (r) => r.findings.some((f) => (f.severity === 'high' || f.severity === 'medium') && f.spans.length > 0));
  // The report is stored as the answer leaves the background; give the content script a moment to receive it.
  await page.waitForTimeout(250);
  return firstWarnedStart(report);
}

function firstWarnedStart(report: Report): number {
  return Math.min(...report.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.spans.map((s) => s.start)));
}

function postButton(page: Page, name: FixtureName) {
  if (name === 'iframe') return page.frameLocator('iframe.embedded').locator('.post-button');
  return name === 'shadow' ? page.locator('site-composer .post-button') : page.locator('.post-button').first();
}

// ---- the tests --------------------------------------------------------------------------------

const EDITORS: FixtureName[] = ['textarea', 'lexical', 'draftjs', 'prosemirror', 'quill', 'contenteditable', 'shadow', 'iframe'];

describe('pre-publish review on the fixture sites', () => {
  for (const name of EDITORS) {
    test(`${name}: click and Ctrl+Enter open the review; Edit/Escape submit nothing; Post anyway submits once`, async () => {
      const page = await openFixture(name);
      const warnedAt = await typeWarned(page, name);
      const text = await modelText(page);
      expect(text).toBe(WARNED);

      // Click on Post: the review opens, nothing is submitted.
      await postButton(page, name).click();
      const shown = await waitForDialog(page);
      expect(shown).toContain('Before you post');
      expect(await submissions(page)).toEqual([]);

      // Edit: nothing submitted, caret on the warned passage, typing still works.
      await clickDialogButton(page, 'Edit');
      await expectNoDialog(page);
      await expect.poll(() => modelSelection(page)).toEqual({ start: warnedAt, end: warnedAt });
      expect(await submissions(page)).toEqual([]);

      // Ctrl+Enter: the review again; Escape = Edit; the draft gained no new line.
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await page.keyboard.press('Escape');
      await expectNoDialog(page);
      expect(await submissions(page)).toEqual([]);
      expect(await modelText(page)).toBe(text);
      await expect.poll(() => modelSelection(page)).toEqual({ start: warnedAt, end: warnedAt });

      // Ctrl+Enter then Post anyway (real mouse): nothing yet; the member's own Ctrl+Enter posts once, the exact text.
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await clickDialogButton(page, 'Post anyway');
      await expectNoDialog(page);
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      expect(await noticeText(page)).toContain('Review closed');
      await page.keyboard.press('Control+Enter');
      await expectNoDialog(page);
      await expect.poll(() => submissions(page)).toEqual([text]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([text]);
      expect(await modelText(page)).toBe(text);
      await page.close();
    });
  }

  for (const name of EDITORS) {
    test(`${name}: a click on Post, Post anyway, then the member's own click on Post submits exactly once; the next press is reviewed`, async () => {
      const page = await openFixture(name);
      await typeWarned(page, name);
      await postButton(page, name).click();
      await waitForDialog(page);
      await clickDialogButton(page, 'Post anyway');
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      expect(await noticeText(page)).toBe('Review closed — press Post to publish.');
      await postButton(page, name).click();
      await expectNoDialog(page);
      await expect.poll(() => submissions(page)).toEqual([WARNED]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([WARNED]);
      expect(await noticeText(page)).toBeUndefined();
      // Once: the next press on the same text is reviewed again.
      await postButton(page, name).click();
      await waitForDialog(page);
      expect(await submissions(page)).toEqual([WARNED]);
      await page.keyboard.press('Escape');
      await page.close();
    });
  }

  for (const name of EDITORS) {
    test(`${name}: with no warnings, click and Ctrl+Enter submit at once, exactly once, no review`, async () => {
      const page = await openFixture(name);
      await typeInto(page, editorLocator(page, name), CLEAN);
      await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
      await page.waitForTimeout(200); // past the content script's debounce: its answer is in
      await postButton(page, name).click();
      // Read right after the click: nothing was delayed.
      expect(await submissions(page)).toEqual([CLEAN]);
      await editorLocator(page, name).focus();
      await page.keyboard.press('Control+Enter');
      expect(await submissions(page)).toEqual([CLEAN, CLEAN]);
      await expectNoDialog(page);
      await page.close();
    });
  }
});

/** Records, in every frame, each click/keydown/submit the page's own window sees, and whether it was trusted. */
async function recordPageEvents(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.evaluate(() => {
      const w = window as unknown as { __untrusted: string[] };
      w.__untrusted = [];
      for (const type of ['click', 'keydown', 'keyup', 'submit', 'paste', 'beforeinput', 'input']) {
        window.addEventListener(type, (e) => {
          if (!e.isTrusted) w.__untrusted.push(type);
        }, true);
      }
    });
  }
}

async function untrustedSeen(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => (window as unknown as { __untrusted?: string[] }).__untrusted ?? [])));
  return all;
}

describe('Post anyway hands the post back to the member', () => {
  for (const name of EDITORS) {
    test(`${name}: the site sees only trusted events; focus is on Post, so Enter on it posts, once`, async () => {
      const page = await openFixture(name);
      await recordPageEvents(page);
      await typeWarned(page, name);

      await postButton(page, name).click();
      await waitForDialog(page);
      await clickDialogButton(page, 'Post anyway');
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([]);
      // Keyboard: the Post control has the focus; Enter activates it.
      await page.keyboard.press('Enter');
      await expectNoDialog(page);
      await expect.poll(() => submissions(page)).toEqual([WARNED]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([WARNED]);
      expect(await untrustedSeen(page)).toEqual([]);
      await page.close();
    });
  }

  test('textarea: a changed text is reviewed again', async () => {
    const page = await openFixture('textarea');
    await typeWarned(page, 'textarea');
    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    await clickDialogButton(page, 'Post anyway');
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([]);
    expect(await noticeText(page)).toBe('Review closed — press Ctrl+Enter or Post to publish.');
    await editorLocator(page, 'textarea').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Really.');
    expect(await modelText(page)).toBe(`${WARNED} Really.`);
    await page.waitForTimeout(400); // the new text's findings are in
    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('typing after the review', () => {
  for (const name of EDITORS) {
    test(`${name}: keys land at the caret after Edit and after Post anyway (both clicked with the mouse)`, async () => {
      const page = await openFixture(name);
      const warnedAt = await typeWarned(page, name);
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await clickDialogButton(page, 'Edit');
      await expect.poll(() => modelSelection(page)).toEqual({ start: warnedAt, end: warnedAt });
      await page.keyboard.type('B ');
      const edited = `${WARNED.slice(0, warnedAt)}B ${WARNED.slice(warnedAt)}`;
      expect(await modelText(page)).toBe(edited);

      // The edited draft's findings are in: the same passage, two characters further.
      await waitForReport(browser, page, (r) => firstWarnedStart(r) === warnedAt + 2);
      await page.waitForTimeout(250);
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await clickDialogButton(page, 'Post anyway');
      await page.keyboard.press('Control+Enter'); // the member's own press posts
      await expect.poll(() => submissions(page)).toEqual([edited]);
      await page.keyboard.type('C');
      expect(await modelText(page)).toBe(`${WARNED.slice(0, warnedAt)}B C${WARNED.slice(warnedAt)}`);
      await page.close();
    });
  }
});

describe('the review dialog', () => {
  test('is keyboard-operable: Edit focused first, Tab cycles inside, Enter chooses, Escape is Edit', async () => {
    const page = await openFixture('draftjs');
    const warnedAt = await typeWarned(page, 'draftjs');

    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    await page.keyboard.press('Enter'); // Edit has the focus
    await expectNoDialog(page);
    await expect.poll(() => modelSelection(page)).toEqual({ start: warnedAt, end: warnedAt });

    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    await page.keyboard.press('Tab'); // → Post anyway
    await page.keyboard.press('Tab'); // wraps → Edit
    await page.keyboard.press('Enter');
    await expectNoDialog(page);
    expect(await submissions(page)).toEqual([]);
    expect(await modelText(page)).toBe(WARNED);

    await page.keyboard.press('Control+Enter');
    await waitForDialog(page);
    await page.keyboard.press('Shift+Tab'); // wraps backwards → Post anyway
    await page.keyboard.press('Enter');
    await expectNoDialog(page);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Control+Enter'); // focus is back in the draft: the member's own shortcut posts
    await expect.poll(() => submissions(page)).toEqual([WARNED]);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([WARNED]);
    expect(await modelText(page)).toBe(WARNED);
    await page.close();
  });

  test('lists each warning with the exception as a question (screenshot: artifacts/screenshots/review-dialog-x.png)', async () => {
    const page = await openFixture('draftjs');
    await typeWarned(page, 'draftjs');
    await postButton(page, 'draftjs').click();
    const text = await waitForDialog(page);
    expect(text).toContain('Before you post: a second look');
    expect(text).toContain('spineless politician');
    expect(text).toContain('Is this a matter of public concern');
    expect(text).toContain('nothing is blocked');
    await screenshot(page, 'review-dialog-x');
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('a button of another, clean composer on the page posts at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('multi'));
    await waitForComposers(page, 2);
    await typeWarned(page, 'multi'); // the Lexical post box
    await typeInto(page, editorLocator(page, 'multi', { index: 1 }), CLEAN);
    await page.waitForTimeout(300);
    await page.locator('.post-button', { hasText: 'Post' }).click(); // the comment box's button
    await expectNoDialog(page);
    expect(await submissions(page)).toEqual([CLEAN]);
    await page.locator('.post-button', { hasText: 'Share' }).click(); // the warned post box's button
    await waitForDialog(page);
    expect(await submissions(page)).toEqual([CLEAN]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('a form submitted by the site\'s own script', () => {
  for (const name of ['textarea', 'lexical'] as const) {
    test(`${name}: requestSubmit() from the site's handler of the member's press opens the review; Post anyway, then the member's own press, submits the form once`, async () => {
      const page = await openFixture(name);
      await typeWarned(page, name);
      // A control the guard does not know as Post; the site's own click handler submits the form.
      await page.evaluate(() => {
        const go = document.createElement('span');
        go.className = 'site-send';
        go.textContent = '➤';
        go.style.cssText = 'display:inline-block;width:40px;height:24px;cursor:pointer';
        go.addEventListener('click', () => document.querySelector<HTMLFormElement>('form.composer-card')!.requestSubmit());
        document.querySelector('form.composer-card')!.after(go);
      });
      await page.locator('.site-send').click();
      await waitForDialog(page);
      expect(await submissions(page)).toEqual([]);
      await clickDialogButton(page, 'Post anyway');
      await page.waitForTimeout(200);
      expect(await submissions(page)).toEqual([]);
      await page.locator('.site-send').click(); // the member's own press: its requestSubmit() goes through
      await expect.poll(() => submissions(page)).toEqual([WARNED]);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toEqual([WARNED]);
      expect(await page.evaluate(() => [...window.__fixture!.submissionSources])).toEqual(['submit']);
      await page.close();
    });
  }
});

describe('Enter where the site sends on Enter', () => {
  test('Instagram comment box: Enter opens the review without adding a line; Shift+Enter is still a new line', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('multi')); // www.instagram.com; composer 1 is the "Add a comment" textarea
    await waitForComposers(page, 2);
    const comment = editorLocator(page, 'multi', { index: 1 });
    await typeInto(page, comment, WARNED);
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.severity !== 'info'));
    await page.waitForTimeout(250);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await page.keyboard.press('Escape');
    await expectNoDialog(page);
    expect(await modelText(page, 1)).toBe(WARNED);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Shift+Enter');
    await expectNoDialog(page);
    expect(await modelText(page, 1)).toContain('\n');
    await page.close();
  });
});

describe('the review switch', () => {
  test('off globally: Post submits at once despite warnings', async () => {
    await setSettings({ reviewOnPost: false });
    try {
      const page = await openFixture('textarea');
      await typeWarned(page, 'textarea');
      await postButton(page, 'textarea').click();
      expect(await submissions(page)).toEqual([WARNED]);
      await expectNoDialog(page);
      await page.close();
    } finally {
      await setSettings({ reviewOnPost: true });
    }
  });

  test('off for one site: that site posts at once, another still reviews', async () => {
    await setSettings({ reviewDisabledSites: ['reddit'] });
    try {
      const reddit = await openFixture('textarea'); // www.reddit.com
      await typeWarned(reddit, 'textarea');
      await postButton(reddit, 'textarea').click();
      expect(await submissions(reddit)).toEqual([WARNED]);
      await expectNoDialog(reddit);
      await reddit.close();

      const x = await openFixture('draftjs'); // x.com
      await typeWarned(x, 'draftjs');
      await postButton(x, 'draftjs').click();
      await waitForDialog(x);
      expect(await submissions(x)).toEqual([]);
      await x.keyboard.press('Escape');
      await x.close();
    } finally {
      await setSettings({ reviewDisabledSites: [] });
    }
  });
});

describe('cost of the guard (figures printed, nothing timed)', () => {
  /** Best of 3 bursts (after a warm-up) of `n` clicks on Post and `n` letter keydowns in the editor, µs per event. */
  async function burst(page: Page, n: number): Promise<{ clickUs: number; keyUs: number }> {
    const runs = [];
    for (let i = 0; i < 4; i++) runs.push(await burstOnce(page, n));
    runs.shift();
    return { clickUs: Math.min(...runs.map((r) => r.clickUs)), keyUs: Math.min(...runs.map((r) => r.keyUs)) };
  }

  function burstOnce(page: Page, n: number): Promise<{ clickUs: number; keyUs: number }> {
    return page.evaluate((count) => {
      const button = document.querySelector<HTMLButtonElement>('.post-button')!;
      const editor = document.querySelector<HTMLElement>('.public-DraftEditor-content')!;
      let t0 = performance.now();
      for (let i = 0; i < count; i++) button.click();
      const clickUs = ((performance.now() - t0) * 1000) / count;
      t0 = performance.now();
      for (let i = 0; i < count; i++) editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true, composed: true }));
      const keyUs = ((performance.now() - t0) * 1000) / count;
      return { clickUs, keyUs };
    }, n);
  }

  test('with no warnings every click submits synchronously; per-event cost with the review on, off, and without the extension', async () => {
    const N = 500;
    const measure = async (host?: string) => {
      const page = await browser.context.newPage();
      await page.goto(fixtureUrl('draftjs', host));
      await waitForComposers(page, 1);
      await typeInto(page, editorLocator(page, 'draftjs'), CLEAN);
      if (!host) await waitForReport(browser, page, (r) => r.findings.every((f) => f.severity === 'info'));
      await page.waitForTimeout(250);
      const cost = await burst(page, N);
      expect(await page.evaluate(() => window.__fixture!.submissions.length)).toBe(4 * N);
      await page.close();
      return cost;
    };
    const on = await measure(); // x.com: content script and guard running
    await setSettings({ reviewOnPost: false });
    const off = await measure().finally(() => setSettings({ reviewOnPost: true }));
    const none = await measure(UNMATCHED_HOST); // no content script there
    const fmt = (c: { clickUs: number; keyUs: number }) => `click ${c.clickUs.toFixed(1)} µs, keydown ${c.keyUs.toFixed(1)} µs`;
    console.log(`[review guard] per event, no warnings, best of 3 bursts of ${N}: review on: ${fmt(on)}; review off: ${fmt(off)}; no extension: ${fmt(none)}`);
  });
});
