// The deep check end to end in Chromium, on the fixture pages with real typing.
//  - Today's Debian Chromium has the Prompt API but no model: the real
//    "unavailable" path — nothing is asked, the engine's warnings stand, the
//    popup and the options page say why.
//  - A fake LanguageModel (tests/fakes, the Prompt API's surface) injected into
//    the service worker only, by this test: findings arrive after the longer
//    pause, marked as the deep check's; a new draft cancels the running prompt;
//    invalid JSON and invented quotes show nothing and break nothing.
// The shipped build contains no fake (checked at the end).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { installFakeLanguageModel, type FakeLanguageModelConfig } from '../fakes/fake-language-model';
import {
  editorLocator,
  fixtureUrl,
  getReport,
  launchChromium,
  modelText,
  REPO_ROOT,
  sendRuntimeMessage,
  startFixtureServer,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';

let server: FixtureServer;
let browser: LaunchedChromium;

/** An everyday sentence the engine leaves alone; the fake model flags its trigger word. */
const TRIGGER = 'nice neighbors';
const DRAFT = `Moving day went fine, the ${TRIGGER} helped with the couch.`;
/** The engine flags this one (official-voice). */
const ENGINE_DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'disparagement';

async function setDeepCheck(on: boolean): Promise<void> {
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: 1 }); // wake the worker
  const messenger = await browser.openExtensionPage('manifest.json');
  await messenger.evaluate((v) => (globalThis as unknown as { chrome: { storage: { sync: { set(o: object): Promise<void> } } } }).chrome.storage.sync.set({ deepCheck: v }), on);
  await messenger.close();
}

async function fake(config: Partial<FakeLanguageModelConfig>): Promise<void> {
  const sw = await browser.serviceWorker();
  const full: FakeLanguageModelConfig = { availability: 'available', mode: 'quote-first-word', triggers: [[TRIGGER, CLAUSE]], delayMs: 50, ...config };
  await sw.evaluate(installFakeLanguageModel, full);
  // The background trusts a known device state for a few seconds: ask it afresh.
  await sendRuntimeMessage(browser, { type: 'deep/status' });
}

async function fakeLog(): Promise<{ prompts: number; aborted: number }> {
  const sw = await browser.serviceWorker();
  return sw.evaluate(() => (globalThis as unknown as { __fakeLanguageModelLog: { prompts: number; aborted: number } }).__fakeLanguageModelLog);
}

async function draftPage(text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('textarea'));
  await waitForComposers(page);
  await typeInto(page, editorLocator(page, 'textarea'), text);
  return page;
}

const deepOf = (r: { findings: { source?: string }[] }) => r.findings.filter((f) => f.source === 'deep-check');

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('deep check in Chromium without a model (the real API)', () => {
  test('off by default: the status says so and nothing is scheduled', async () => {
    expect(await sendRuntimeMessage(browser, { type: 'deep/status' })).toMatchObject({ state: 'off', forced: false });
  });

  test('on: the real Prompt API answers "unavailable"; engine warnings stand; popup and options say why', async () => {
    await setDeepCheck(true);
    expect(await sendRuntimeMessage(browser, { type: 'deep/status' })).toEqual({ state: 'unavailable', api: 'chrome-prompt', forced: false });
    const page = await draftPage(ENGINE_DRAFT);
    const report = await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'official-voice'));
    await page.waitForTimeout(2_500);
    expect(deepOf(await getReport(browser, page))).toEqual([]);
    expect(deepOf(report)).toEqual([]);
    expect(await modelText(page)).toBe(ENGINE_DRAFT);

    const popup = await browser.openExtensionPage('extension/popup/index.html');
    await popup.getByText(/Deep check unavailable on this device/).waitFor({ timeout: 10_000 });
    expect(await popup.getByText(/22 GB/).count()).toBeGreaterThan(0);
    const options = await browser.openExtensionPage('extension/options/index.html');
    await options.locator('#deepCheck-status').getByText('Not available on this device.').waitFor({ timeout: 10_000 });
    expect(await options.locator('#deepCheck').textContent()).toMatch(/No draft leaves this device/);
    expect(await options.locator('#deepCheck').textContent()).toMatch(/several gigabytes/);
    await Promise.all([popup.close(), options.close(), page.close()]);
    expect(browser.extensionRequests()).toEqual([]);
  });
});

describe('deep check with a fake LanguageModel in the service worker', () => {
  test('a finding arrives after the longer pause, marked as the deep check’s, medium, on the quoted words', async () => {
    await setDeepCheck(true);
    await fake({});
    const page = await draftPage(DRAFT);
    const typedAt = Date.now();
    const report = await waitForReport(browser, page, (r) => deepOf(r).length > 0, { timeout: 10_000 });
    expect(Date.now() - typedAt).toBeGreaterThanOrEqual(1_200);
    const [f] = deepOf(report) as { clause: string; severity: string; excerpt?: string; message: string }[];
    expect(f).toMatchObject({ clause: CLAUSE, severity: 'medium', excerpt: TRIGGER });
    expect(f!.message).toMatch(/^On-device deep check:/);
    expect((await fakeLog()).prompts).toBe(1);
    expect(await modelText(page)).toBe(DRAFT);
    await page.close();
  });

  test('typing on cancels the running prompt; only the current draft’s answer is kept', async () => {
    await fake({ mode: 'slow', delayMs: 3_000 });
    const page = await draftPage(DRAFT);
    await page.waitForTimeout(2_000); // the pause has passed: the prompt runs
    expect((await fakeLog()).prompts).toBe(1);
    await page.keyboard.type(' Thanks again!');
    await expect.poll(async () => (await fakeLog()).aborted, { timeout: 5_000 }).toBe(1);
    const report = await waitForReport(browser, page, (r) => deepOf(r).length > 0, { timeout: 15_000 });
    expect(deepOf(report)).toHaveLength(1);
    expect((await fakeLog()).prompts).toBe(2);
    await page.close();
  });

  for (const mode of ['invalid-json', 'invented-quote'] as const) {
    test(`${mode}: nothing shown, the engine and the editor unaffected`, async () => {
      await fake({ mode });
      const page = await draftPage(`${ENGINE_DRAFT} ${TRIGGER}`);
      await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'official-voice'));
      await expect.poll(async () => (await fakeLog()).prompts, { timeout: 6_000 }).toBe(1);
      await page.waitForTimeout(300);
      const report = await getReport(browser, page);
      expect(deepOf(report)).toEqual([]);
      expect(report.findings.some((f) => f.clause === 'official-voice')).toBe(true);
      await page.keyboard.type(' ok');
      await expect.poll(() => modelText(page)).toBe(`${ENGINE_DRAFT} ${TRIGGER} ok`);
      await page.close();
    });
  }

  test('the options page shows a download and its progress (fake in the page too)', async () => {
    await fake({ availability: 'downloadable' });
    const options = await browser.context.newPage();
    await options.addInitScript(installFakeLanguageModel, { availability: 'downloadable', mode: 'empty', triggers: [], delayMs: 0 } satisfies FakeLanguageModelConfig);
    await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
    await options.locator('#deepCheck-status').getByText(/has not downloaded it yet/).waitFor({ timeout: 10_000 });
    const seen: number[] = [];
    await options.exposeFunction('__progressSeen', (v: number) => seen.push(v));
    await options.evaluate(() => {
      new MutationObserver(() => {
        const p = document.querySelector('#deepCheck-progress') as HTMLProgressElement | null;
        if (p) (window as unknown as { __progressSeen(v: number): void }).__progressSeen(p.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await options.getByRole('button', { name: 'Download the model now' }).click();
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await options.close();
    await fake({}); // back to a ready model for anything after
  });

  test('turned off: the fake is never asked again', async () => {
    await setDeepCheck(false);
    await fake({});
    const page = await draftPage(DRAFT);
    await page.waitForTimeout(2_500);
    expect((await fakeLog()).prompts).toBe(0);
    expect(deepOf(await getReport(browser, page))).toEqual([]);
    await page.close();
    expect(browser.extensionRequests()).toEqual([]);
  });
});

describe('the shipped build', () => {
  test('contains no fake LanguageModel', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(js|html)$/.test(n)) files.push(p);
      }
    };
    walk(join(REPO_ROOT, 'dist'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/__fakeLanguageModelLog|FakeSession|installFakeLanguageModel/);
  });
});
