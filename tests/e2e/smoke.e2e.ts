// Smoke test of the e2e harness and the fixtures themselves: the built
// extension loads in Chromium, ships no fixed-URL web-accessible resource,
// every fixture page loads on its site's host name and its editor model
// follows REAL typing (proving the fixtures are real editors), report/get
// answers a valid Report, and no extension context made a network request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  composerKinds,
  editorLocator,
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
  typeInto,
  UNMATCHED_HOST,
  waitForComposers,
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
      await page.keyboard.press('Control+Enter');
      expect(await submissions(page)).toEqual([DRAFT]);
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

  test('spa: composers are swapped without a reload, a modal and a late reply box appear', async () => {
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

describe('privacy', () => {
  test('no network request left any extension context, and nothing left the fixture hosts', () => {
    expect(browser.extensionRequests()).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  });
});
