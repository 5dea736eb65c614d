// The deep check in Debian's firefox-esr (153 ESR) through Firefox's REAL
// trial ML API (browser.trial.ml) with its `test-echo` model. The test profile
// sets the prefs the API needs (browser.ml.enable, extensions.ml.enabled); the
// member grants the optional trialML permission from the options page
// (prompts are off in the profile, the click is real); createEngine succeeds.
// runEngine cannot complete here, even for test-echo: Firefox fetches its
// ONNX runtime (wasm) from Mozilla's Remote Settings on first use — it is not
// in the ESR package — and this machine has no network ("Unable to get the ML
// engine from Remote Settings"). Where it completes, the echo is no JSON
// answer. Either way the deep check must show nothing and break nothing,
// while the engine's warnings stand. Without the prefs, the API refuses and
// the status says the API is switched off.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_HOSTS, EDITOR_SELECTORS, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

let server: FixtureServer;
let ff: LaunchedFirefox;

const ENGINE_DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';

type Storage = { browser: { storage: { sync: { set(o: object): Promise<void> } } } };

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox({
    hosts: ALL_HOSTS,
    serverPort: server.port,
    prefs: { 'browser.ml.enable': true, 'extensions.ml.enabled': true, 'extensions.webextOptionalPermissionPrompts': false },
  });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('deep check in Firefox ESR with the trial ML API', () => {
  test('off by default', async () => {
    expect(await ff.sendMessage({ type: 'deep/status' })).toMatchObject({ state: 'off' });
  });

  test('on: asks for the trialML permission, which the options page requests on the member’s click', async () => {
    await ff.sendMessageFromExtensionPage(() => (globalThis as unknown as Storage).browser.storage.sync.set({ deepCheck: true, deepCheckFirefoxModel: 'test-echo' }));
    await expect.poll(() => ff.sendMessage({ type: 'deep/status' }), { timeout: 5_000 }).toEqual({ state: 'needs-permission', api: 'firefox-trial-ml', forced: false });
    const options = await ff.openExtensionPage('extension/options/index.html');
    const allow = await options.waitForSelector('xpath/.//button[contains(., "Allow Firefox")]', { timeout: 10_000 });
    await allow!.click();
    await expect.poll(() => ff.sendMessage({ type: 'deep/status' }), { timeout: 10_000 }).toEqual({ state: 'available', api: 'firefox-trial-ml', forced: false });
    await options.close();
  });

  test('the real createEngine/runEngine flow: no runtime offline (or an echo that is no JSON answer), so nothing is found', async () => {
    const answer = (await ff.sendMessage({ type: 'deep/check-text', text: ENGINE_DRAFT, site: 'www.reddit.com' })) as { outcome: string; deep: unknown[]; merged: { clause: string }[] };
    // 'failed: Error' here (runtime not downloadable offline); 'invalid' where Firefox has its runtime (the echoed prompt).
    expect(answer.outcome).toMatch(/^(failed: Error|invalid)$/);
    expect(answer.deep).toEqual([]);
    expect(answer.merged.map((f) => f.clause)).toContain('official-voice');
  });

  test('typing in a compose box: engine warnings stand, the deep check adds nothing, the editor keeps the text', async () => {
    const page = await ff.browser.newPage();
    await page.goto(fixtureUrl('textarea'));
    await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
    await page.click(EDITOR_SELECTORS.textarea);
    await page.keyboard.type(ENGINE_DRAFT);
    await ff.waitForReport(page, (r) => r.findings.some((f) => f.clause === 'official-voice'), 10_000);
    await new Promise((r) => setTimeout(r, 4_000)); // past the pause and the echo's answer
    const report = await ff.getReport(page);
    expect(report.findings.filter((f) => f.source === 'deep-check')).toEqual([]);
    expect(report.findings.some((f) => f.clause === 'official-voice')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0))).toBe(ENGINE_DRAFT);
    expect(ff.refusedHosts()).toEqual([]);
    await page.close();
  });
});

describe('Firefox ESR without the trial ML prefs', () => {
  let off: LaunchedFirefox;
  beforeAll(async () => {
    off = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await off?.close();
  });

  test('the API refuses, the deep check says it is switched off in Firefox, nothing breaks', async () => {
    await off.sendMessageFromExtensionPage(() => (globalThis as unknown as Storage).browser.storage.sync.set({ deepCheck: true, deepCheckFirefoxModel: 'test-echo' }));
    const options = await off.openExtensionPage('extension/options/index.html');
    const allow = await options.waitForSelector('xpath/.//button[contains(., "Allow Firefox")]', { timeout: 10_000 });
    await allow!.click();
    await expect.poll(() => off.sendMessage({ type: 'deep/status' }), { timeout: 10_000 }).toMatchObject({ state: 'available' });
    const answer = (await off.sendMessage({ type: 'deep/check-text', text: ENGINE_DRAFT, site: 'www.reddit.com' })) as { outcome: string; deep: unknown[] };
    expect(answer).toMatchObject({ outcome: 'failed: Error', deep: [] });
    expect(await off.sendMessage({ type: 'deep/status' })).toEqual({ state: 'disabled', api: 'firefox-trial-ml', forced: false });
    await options.close();
  });
});
