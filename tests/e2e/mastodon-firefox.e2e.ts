// Mastodon instances in Firefox, end to end: the member types an instance in
// the options page and presses Add (a real click, so a real user gesture);
// the options page asks for the host permission, the background registers the
// content script for that instance only, and a draft typed on the instance's
// compose box reaches the background's report. Removing the instance gives
// the permission back and unregisters the script: after a reload the page is
// no longer checked.
//
// Firefox's pref extensions.webextOptionalPermissionPrompts = false answers
// permissions.request "granted" without showing the prompt (it still requires
// the user gesture), so the extension's own request path runs unchanged.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, MASTODON_HOST, MASTODON_PATH, OTHER_MASTODON_HOST, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';
import type { Report } from '../../src/messages/schemas';

/** A clear-cut draft the engine flags as official-voice (as in inline.e2e.ts). */
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';
const ORIGIN = `https://${MASTODON_HOST}/*`;

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

interface ExtensionSide {
  granted: boolean;
  /** Match patterns of the extension's registered (dynamic) content scripts. */
  registered: string[];
  instances: string[];
}

/** What the extension itself holds: the host permission, its registered scripts, the saved setting. */
function extensionSide(): Promise<ExtensionSide> {
  return options.evaluate(async (origin) => {
    type Api = {
      permissions: { contains(p: { origins: string[] }): Promise<boolean> };
      scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
      storage: { sync: { get(k: string): Promise<Record<string, unknown>> } };
    };
    const api = (globalThis as unknown as { browser: Api }).browser;
    const stored = (await api.storage.sync.get('mastodonInstances')) as { mastodonInstances?: string[] };
    return {
      granted: await api.permissions.contains({ origins: [origin] }),
      registered: (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      instances: stored.mastodonInstances ?? [],
    };
  }, ORIGIN);
}

/** Polls the extension's side until `predicate` holds (the background registers asynchronously). */
async function waitForExtensionSide(predicate: (s: ExtensionSide) => boolean, timeout = 10_000): Promise<ExtensionSide> {
  const deadline = Date.now() + timeout;
  let last = await extensionSide();
  while (!predicate(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await extensionSide();
  }
  expect(predicate(last), `extension side: ${JSON.stringify(last)}`).toBe(true);
  return last;
}

async function openComposer(url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
  return page;
}

async function typeDraft(page: Page): Promise<void> {
  await page.bringToFront();
  await page.click(EDITOR_SELECTORS.textarea);
  await page.keyboard.type(DRAFT);
}

function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0));
}

const hasFinding = (r: Report) => r.findings.some((f) => f.clause === CLAUSE);

/**
 * `page` (already typed into) is not checked: a page typed into AFTER it, on
 * a site that is checked (Reddit), gets its warning first, and `page` still
 * has none. A wait bounded by a positive control, not a bare sleep.
 */
async function expectUnchecked(page: Page): Promise<Report> {
  const control = await openComposer(fixtureUrl('textarea'));
  await typeDraft(control);
  await ff.waitForReport(control, hasFinding);
  await control.close();
  const report = await ff.getReport(page);
  expect(report.findings, `report for ${page.url()}`).toEqual([]);
  return report;
}

describe('Firefox: a Mastodon instance added in the options', () => {
  test('before it is added, the instance is not checked and nothing is registered', async () => {
    expect(await extensionSide()).toEqual({ granted: false, registered: [], instances: [] });
    const page = await openComposer(`https://${MASTODON_HOST}${MASTODON_PATH}`);
    await typeDraft(page);
    // The background never heard from this tab.
    expect((await expectUnchecked(page)).site).toBeNull();
    await page.close();
  });

  test('Add in the options asks for the host, registers the content script for that instance only, and its drafts are checked', async () => {
    await options.bringToFront();
    // Pasted as a profile address: the options page keeps only the host name.
    await options.type('#mastodon-input', `https://Mastodon.Social/@officer`);
    await options.click('#mastodon button[type="submit"]');
    await options.waitForFunction((host) => [...document.querySelectorAll('#mastodon li span')].some((s) => s.textContent === host), { timeout: 10_000 }, MASTODON_HOST);
    expect(await options.$('#mastodon [role="alert"]')).toBeNull();
    const side = await waitForExtensionSide((s) => s.granted && s.registered.length > 0);
    expect(side).toEqual({ granted: true, registered: [ORIGIN], instances: [MASTODON_HOST] });

    const other = await openComposer(`https://${OTHER_MASTODON_HOST}${MASTODON_PATH}`);
    await typeDraft(other);
    const page = await openComposer(`https://${MASTODON_HOST}${MASTODON_PATH}`);
    await typeDraft(page);
    const report = await ff.waitForReport(page, hasFinding);
    expect(report.site).toBe(MASTODON_HOST);
    const finding = report.findings.find((f) => f.clause === CLAUSE)!;
    expect(DRAFT.slice(finding.spans[0]!.start, finding.spans[0]!.end).length).toBeGreaterThan(0);
    // The compose box was not disturbed.
    expect(await modelText(page)).toBe(DRAFT);
    // Another instance the member did not add stays unchecked (typed into before the checked one answered).
    const otherReport = await ff.getReport(other);
    expect(otherReport.findings).toEqual([]);
    expect(otherReport.site).toBeNull();
    await other.close();
    await page.close();
  });

  test('Remove in the options gives the host back and unregisters: after a reload the instance is not checked', async () => {
    const page = await openComposer(`https://${MASTODON_HOST}${MASTODON_PATH}`);
    await typeDraft(page);
    await ff.waitForReport(page, hasFinding);

    await options.bringToFront();
    await options.click(`#mastodon button[aria-label="Remove ${MASTODON_HOST}"]`);
    await waitForExtensionSide((s) => !s.granted && s.registered.length === 0 && s.instances.length === 0);

    await page.bringToFront();
    await page.reload();
    await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
    await typeDraft(page);
    await expectUnchecked(page);
    await page.close();
  });

  test('no request left for a host that is not a fixture', () => {
    expect(ff.refusedHosts()).toEqual([]);
  });
});
