// Asking the background for a tab's report, the way the popup does:
// `{type: 'report/get', tabId}` sent from an extension page, answer validated
// with ReportSchema. The extension has no "tabs" permission, so tab URLs are
// hidden from it: the tab id of a Playwright page is found by bringing the
// page to the front and asking for the active tab. Every browser call here is
// bounded, so a dead context fails a test with a message instead of a hang.
import type { Page } from 'playwright-core';
import { ReportSchema, type Report } from '../../../src/messages/schemas';
import type { LaunchedChromium } from './browser';

/** The few extension APIs used inside evaluate() callbacks (no @types/chrome here). */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]> };
}
type WithChrome = { chrome: ChromeApi };

/** One extension page per browser, used to send runtime messages and query tabs. */
const messengers = new WeakMap<LaunchedChromium, Promise<Page>>();

/**
 * An extension-origin page (the built manifest.json, which runs no code of
 * ours) from which runtime messages are sent and tabs queried. Using a page,
 * not the service worker, means an idle-stopped worker is simply woken by the
 * message, as it is for the popup.
 */
export async function extensionMessenger(browser: LaunchedChromium): Promise<Page> {
  let p = messengers.get(browser);
  if (!p || (await p).isClosed()) {
    p = browser.openExtensionPage('manifest.json');
    messengers.set(browser, p);
  }
  return p;
}

/** Rejects with a clear message instead of hanging a test until its timeout. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Sends a runtime message from an extension page and returns the raw answer. */
export async function sendRuntimeMessage(browser: LaunchedChromium, message: unknown): Promise<unknown> {
  const messenger = await extensionMessenger(browser);
  return within(
    messenger.evaluate((m) => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage(m), message),
    10_000,
    `runtime message ${JSON.stringify(message).slice(0, 80)}`,
  );
}

/** The extension's tab id for `page` (brings `page` to the front). */
export async function tabIdOf(browser: LaunchedChromium, page: Page): Promise<number> {
  const messenger = await extensionMessenger(browser);
  await page.bringToFront();
  const ids = await within(
    messenger.evaluate(async () =>
      (await (globalThis as unknown as WithChrome).chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id ?? -1),
    ),
    10_000,
    'chrome.tabs.query',
  );
  if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) throw new Error(`could not find the tab of ${page.url()}: ${JSON.stringify(ids)}`);
  return ids[0];
}

/** The background's current report for `page`'s tab, zod-validated. */
export async function getReport(browser: LaunchedChromium, page: Page): Promise<Report> {
  const tabId = await tabIdOf(browser, page);
  const answer = await sendRuntimeMessage(browser, { type: 'report/get', tabId });
  const parsed = ReportSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`report/get answered something that is not a Report: ${JSON.stringify(answer).slice(0, 500)}`);
  if (parsed.data.tabId !== tabId) throw new Error(`report/get for tab ${tabId} answered tab ${parsed.data.tabId}`);
  return parsed.data;
}

/**
 * Polls the report until `predicate` holds (a wait-for, not a sleep); throws
 * with the last report seen after `timeout` ms.
 */
export async function waitForReport(
  browser: LaunchedChromium,
  page: Page,
  predicate: (report: Report) => boolean,
  { timeout = 10_000, interval = 50 }: { timeout?: number; interval?: number } = {},
): Promise<Report> {
  const tabId = await tabIdOf(browser, page);
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    last = await sendRuntimeMessage(browser, { type: 'report/get', tabId });
    const parsed = ReportSchema.safeParse(last);
    if (parsed.success && predicate(parsed.data)) return parsed.data;
    if (Date.now() > deadline) throw new Error(`waitForReport timed out after ${timeout} ms; last answer: ${JSON.stringify(last).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Clause ids of a report's findings, sorted (handy in assertions). */
export function clausesOf(report: Report): string[] {
  return report.findings.map((f) => f.clause).sort();
}
