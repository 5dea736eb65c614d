// Mastodon instances in Chromium, end to end (the scenario: mastodon-scenario.ts).
//
// Headless Chromium cannot answer the permission prompt and has no switch to
// auto-accept it (Chromium's own tests use an in-process override). But
// Chromium does not prompt for an optional host the user already granted in
// chrome://extensions ("Site access"): before Add, the test grants the host
// there through developerPrivate.addHostPermission, the call that page's own
// "Add a site" dialog makes. The extension's permissions.request then resolves
// "granted" without a prompt, and everything after it runs unchanged. The
// grant alone does not activate the host for the extension (the scenario
// checks that before Add).
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EDITOR_SELECTORS,
  getReport,
  launchChromium,
  modelText,
  sendRuntimeMessage,
  startFixtureServer,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';
import { mastodonScenario, type MastodonDriver } from './mastodon-scenario';

let server: FixtureServer;
let browser: LaunchedChromium;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 });
  options = await browser.openExtensionPage('extension/options/index.html');
  await options.locator('#mastodon-input').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type DeveloperPrivate = { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } };

const chromium: MastodonDriver<Page> = {
  open: async (url) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForComposers(page);
    return page;
  },
  type: async (page, text) => {
    await page.bringToFront();
    await typeInto(page, EDITOR_SELECTORS.textarea, text);
  },
  reload: async (page) => {
    await page.bringToFront();
    await page.reload();
    await waitForComposers(page);
  },
  close: (page) => page.close(),
  modelText: (page) => modelText(page),
  report: (page) => getReport(browser, page),
  waitForReport: (page, predicate) => waitForReport(browser, page, predicate, { timeout: 15_000 }),
  addInOptions: async (value) => {
    await options.bringToFront();
    await options.locator('#mastodon-input').fill(value);
    await options.locator('#mastodon button[type="submit"]').click();
  },
  removeInOptions: async (host) => {
    await options.bringToFront();
    await options.getByRole('button', { name: `Remove ${host}` }).click();
  },
  inOptions: (fn, arg) => options.evaluate(fn, arg),
  beforeAdd: async (origin) => {
    const extensions = await browser.context.newPage();
    await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await extensions.evaluate(([id, host]) => (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.addHostPermission(id!, host!), [browser.extensionId, origin]);
    await extensions.close();
  },
  expectNoStrayRequests: () => {
    expect(browser.extensionRequests()).toEqual([]);
    expect(browser.foreignRequests()).toEqual([]);
  },
};

mastodonScenario('Chromium', () => chromium);
