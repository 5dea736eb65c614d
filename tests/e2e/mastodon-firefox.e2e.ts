// Mastodon instances in Firefox, end to end (the scenario: mastodon-scenario.ts).
//
// Firefox's pref extensions.webextOptionalPermissionPrompts = false answers
// permissions.request "granted" without showing the prompt (it still requires
// the user gesture, which the real click on Add gives), so the extension's
// own request path runs unchanged.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';
import { mastodonScenario, type MastodonDriver } from './mastodon-scenario';

let server: FixtureServer;
let ff: LaunchedFirefox;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox({ hosts: ALL_HOSTS, serverPort: server.port, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  options = await ff.openExtensionPage('extension/options/index.html');
  await options.waitForSelector('#mastodon-input', { timeout: 15_000 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

type Fixture = { __fixture?: { count(): number; getText(i: number): string } };
const composerReady = (page: Page) => page.waitForFunction(() => ((window as unknown as Fixture).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });

const firefox: MastodonDriver<Page> = {
  open: async (url) => {
    const page = await ff.browser.newPage();
    await page.goto(url);
    await composerReady(page);
    return page;
  },
  type: async (page, text) => {
    await page.bringToFront();
    await page.click(EDITOR_SELECTORS.textarea);
    await page.keyboard.type(text);
  },
  reload: async (page) => {
    await page.bringToFront();
    await page.reload();
    await composerReady(page);
  },
  close: (page) => page.close(),
  modelText: (page) => page.evaluate(() => (window as unknown as Fixture).__fixture!.getText(0)),
  report: (page) => ff.getReport(page),
  waitForReport: (page, predicate) => ff.waitForReport(page, predicate, 15_000),
  addInOptions: async (value) => {
    await options.bringToFront();
    await options.type('#mastodon-input', value);
    await options.click('#mastodon button[type="submit"]');
  },
  removeInOptions: async (host) => {
    await options.bringToFront();
    await options.click(`#mastodon button[aria-label="Remove ${host}"]`);
  },
  inOptions: (fn, arg) => options.evaluate(fn, arg),
  expectNoStrayRequests: () => expect(ff.refusedHosts()).toEqual([]),
};

mastodonScenario('Firefox', () => firefox);
