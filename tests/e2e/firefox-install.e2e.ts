// Firefox: the built extension installs in Debian's firefox-esr, its
// background answers messages, and its pages load from the pinned UUID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifests';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

describe('Firefox build (firefox-esr)', () => {
  let ff: LaunchedFirefox;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('installs under its fixed gecko id', () => {
    expect(ff.addonId).toBe(GECKO_ID);
  });

  it('runs its background, which answers a report request', async () => {
    const report = await ff.sendMessage({ type: 'report/get', tabId: 12345 });
    expect(report).toEqual({ tabId: 12345, site: null, findings: [] });
  });

  it('refuses a malformed message without echoing it', async () => {
    const answer = (await ff.sendMessage({ type: 'report/get', tabId: 'not a number' })) as { error?: string };
    expect(answer.error).toMatch(/malformed/);
  });

  it('opens the popup, which names the order and revision it checks against', async () => {
    const page = await ff.openExtensionPage('extension/popup/index.html');
    await page.waitForFunction(() => document.body.textContent?.includes('2032'), { timeout: 10_000 });
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('2032 R-2');
    expect(text).toContain('04/24/2017');
  });
});
