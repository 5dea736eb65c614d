// Smoke test of the e2e harness and the fixtures themselves: the built
// extension loads in Chromium, ships no fixed-URL web-accessible resource,
// every fixture page loads on its site's host name and its editor model
// follows REAL typing (proving the fixtures are real editors), report/get
// answers a valid Report, and no extension context made a network request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  composerKinds,
  editorLocator,
  fixture,
  FIXTURES,
  fixedUrlResources,
  fixtureUrl,
  getReport,
  launchChromium,
  modelSelection,
  modelText,
  readBuiltManifest,
  screenshot,
  startFixtureServer,
  submissions,
  tabIdOf,
  typeInto,
  UNMATCHED_HOST,
  waitForComposers,
  waitForReport,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A draft the engine flags (speaking for the department: official-voice).
const FLAGGED_DRAFT = 'Speaking for the whole Durham PD here: we think the new stadium plan is a waste of money.';
// Two lines, an emoji (typed as text input, not keys) and punctuation.
const DRAFT = 'Smoke test, typed for real 👮🏽\nSecond line.';

describe('the built extension', () => {
  test('loads: its service worker runs', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const sw = await browser.serviceWorker();
    expect(sw.url()).toContain(browser.extensionId);
  });

  test('has no web-accessible resource at a fixed URL a page could probe', () => {
    expect(fixedUrlResources(readBuiltManifest())).toEqual([]);
  });
});

describe('every fixture page is a real editor on its site host', () => {
  for (const f of FIXTURES.filter((x) => x.name !== 'spa' && x.name !== 'multi')) {
    test(`${f.name} on ${f.host}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(fixtureUrl(f.name));
      await waitForComposers(page, 1);
      expect(new URL(page.url()).host).toBe(f.host);
      await typeInto(page, editorLocator(page, f.name), DRAFT);
      expect(await modelText(page)).toBe(DRAFT);
      expect(await modelSelection(page)).toEqual({ start: DRAFT.length, end: DRAFT.length });
      // The caret hook follows the editor: three left, then a one-character selection.
      // (ProseMirror reads DOM selection changes on 'selectionchange', a task later: poll.)
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => modelSelection(page)).toEqual({ start: DRAFT.length - 3, end: DRAFT.length - 3 });
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => modelSelection(page)).toEqual({ start: DRAFT.length - 4, end: DRAFT.length - 3 });
      await page.keyboard.press('Control+Enter');
      expect(await submissions(page)).toEqual([DRAFT]);
      expect(await page.evaluate(() => window.__fixture!.submissionSources)).toEqual(['shortcut']);
      // The shortcut posts; it must not have added a line to the draft.
      expect(await modelText(page)).toBe(DRAFT);
      const report = await getReport(browser, page);
      expect(report.tabId).toBeGreaterThan(0);
      await screenshot(page, `smoke-${f.name}`);
      await page.close();
    });
  }

  test('multi: two composers keep their own text', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('multi'));
    await waitForComposers(page, 2);
    expect(await composerKinds(page)).toEqual(['lexical', 'textarea']);
    await typeInto(page, editorLocator(page, 'multi', { index: 0 }), 'Post box text');
    await typeInto(page, editorLocator(page, 'multi', { index: 1 }), 'Comment text');
    expect(await modelText(page, 0)).toBe('Post box text');
    expect(await modelText(page, 1)).toBe('Comment text');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    expect(await submissions(page)).toEqual(['Comment text']);
    await screenshot(page, 'smoke-multi');
    await page.close();
  });

  test('spa: composers are swapped without a reload, a modal, a late reply box and a DM box appear', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('spa'));
    await waitForComposers(page, 1);
    const navigations: string[] = [];
    page.on('framenavigated', (fr) => {
      if (fr === page.mainFrame()) navigations.push(fr.url());
    });
    await typeInto(page, editorLocator(page, 'spa', { kind: 'textarea' }), 'first');
    await page.click('#nav-lexical');
    await page.waitForFunction(() => window.__fixture!.kinds().includes('lexical'));
    expect(await composerKinds(page)).toEqual(['lexical']);
    expect(new URL(page.url()).search).toBe('?view=lexical');
    await typeInto(page, editorLocator(page, 'spa', { kind: 'lexical' }), 'swapped');
    expect(await modelText(page, 0)).toBe('swapped');

    await page.click('#open-modal');
    await page.waitForFunction(() => window.__fixture!.kinds().includes('draftjs'));
    await typeInto(page, page.locator('[role=dialog] .public-DraftEditor-content'), 'in the modal');
    expect(await modelText(page, 1)).toBe('in the modal');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__fixture!.count() === 1);

    await page.click('#show-reply');
    await page.waitForFunction(() => window.__fixture!.kinds().includes('textarea'));
    await typeInto(page, page.locator('textarea[aria-label="Reply text"]'), 'a reply');
    expect(await modelText(page, 1)).toBe('a reply');

    // Direct messages: Shift+Enter is a new line, Enter sends.
    await page.click('#open-dm');
    await page.waitForFunction(() => window.__fixture!.count() === 3);
    await typeInto(page, page.locator('.dm-panel [data-lexical-editor]'), 'see you');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('at 5', { delay: 10 });
    await page.keyboard.press('Enter');
    expect(await submissions(page)).toEqual(['see you\nat 5']);
    expect(await page.evaluate(() => window.__fixture!.submissionSources)).toEqual(['enter']);
    expect(await modelText(page, 2)).toBe('see you\nat 5');
    await screenshot(page, 'smoke-spa');
    // pushState only: the page never reloaded.
    expect(navigations.every((u) => new URL(u).pathname === '/spa.html')).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await page.close();
  });

  test(`the same page on an unmatched host (${UNMATCHED_HOST}) loads too`, async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('textarea', UNMATCHED_HOST));
    await waitForComposers(page, 1);
    await typeInto(page, 'textarea', 'plain');
    expect(await modelText(page)).toBe('plain');
    await page.close();
  });
});

describe('report/get', () => {
  test("is answered for the right tab: one page's findings never show in another's report", async () => {
    const flagged = await browser.context.newPage();
    const quiet = await browser.context.newPage();
    await flagged.goto(fixtureUrl('textarea'));
    await quiet.goto(fixtureUrl('quill'));
    await waitForComposers(flagged, 1);
    await waitForComposers(quiet, 1);
    const [a, b] = [await tabIdOf(browser, flagged), await tabIdOf(browser, quiet)];
    expect(a).not.toBe(b);
    expect(await tabIdOf(browser, flagged)).toBe(a);
    await typeInto(flagged, 'textarea', FLAGGED_DRAFT);
    const report = await waitForReport(browser, flagged, (r) => r.findings.length > 0);
    expect(report.tabId).toBe(a);
    expect(report.site).toBe(fixture('textarea').host);
    expect((await getReport(browser, quiet)).findings).toEqual([]);
    await flagged.close();
    await quiet.close();
  });
});

describe('privacy', () => {
  test('no network request left any extension context, and nothing left the fixture hosts', () => {
    expect(browser.extensionRequests()).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });

  // Runs last: proves the recorders above can fail (a canary from each kind of context that can make a request).
  test('the recorders see a request from an extension page and a site page; the service worker cannot make one', async () => {
    const seen = (path: string) => browser.context.waitForEvent('request', { predicate: (r) => r.url().endsWith(path), timeout: 10_000 });
    // The service worker is held to connect-src 'self' by the extension CSP: its canary is refused and never recorded.
    const sw = await browser.serviceWorker();
    expect(await sw.evaluate(() => fetch('https://canary.invalid/from-sw').then(() => 'sent', () => 'refused'))).toBe('refused');
    // An extension page with its CSP bypassed for this canary only.
    const extPage = await browser.openExtensionPage('manifest.json');
    const cdp = await browser.context.newCDPSession(extPage);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await extPage.reload();
    await Promise.all([seen('/from-ext-page'), extPage.evaluate(() => fetch('https://canary.invalid/from-ext-page').catch(() => null))]);
    await cdp.detach();
    await extPage.close();
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('textarea'));
    await Promise.all([seen('/from-site'), page.evaluate(() => fetch('https://canary.invalid/from-site').catch(() => null))]);
    expect(browser.extensionRequests().map((r) => [r.url, r.from])).toEqual([
      ['https://canary.invalid/from-ext-page', `chrome-extension://${browser.extensionId}/manifest.json`],
    ]);
    expect(browser.foreignRequests().map((r) => r.url)).toEqual(['https://canary.invalid/from-ext-page', 'https://canary.invalid/from-site']);
    await page.close();
  });
});
