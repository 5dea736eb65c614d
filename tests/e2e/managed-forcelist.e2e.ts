// Department deployment on Chrome, the install half: ExtensionInstallForcelist
// (the README's example, with a department's own update URL instead of the Web
// Store's) makes Chromium download the signed CRX and install it, and after a
// restart (a device reboot) the extension runs with the department settings.
// The Web Store URL itself cannot be reached here; a self-hosted update
// manifest and CRX, signed with a fresh key, stand in for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from './harness';
import { exampleChromePolicy, installChromiumPolicy, serveSelfHostedCrx, UPDATE_HOST, type SelfHostedCrx } from './managed-policy';

const PLAIN_DRAFT = 'Great turnout at the park cleanup this morning!';

/** The two chrome.* calls made from the extension page (no @types/chrome in this project). */
declare const chrome: {
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** Not the harness launcher: the extension updater needs background networking, and nothing is loaded unpacked. */
function launch(profile: string, updatePort: number): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
    args: ['--headless=new', '--no-sandbox', `--host-resolver-rules=MAP ${UPDATE_HOST} 127.0.0.1:${updatePort}, MAP * ~NOTFOUND`, '--ignore-certificate-errors'],
  });
}

/** Opens the options page once the extension is installed (each try in a fresh tab: Chromium closes early ones). */
async function openWhenInstalled(context: BrowserContext, url: string, timeout: number): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = await context.newPage();
    const ok = await page.goto(url).then(
      async () => (await page.title()).includes('Second Look'),
      () => false,
    );
    if (ok) return page;
    await page.close().catch(() => {});
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('ExtensionInstallForcelist with a self-hosted CRX (Chromium)', () => {
  const example = exampleChromePolicy();
  let crx: SelfHostedCrx;
  let profile: string;
  let context: BrowserContext | undefined;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    crx = await serveSelfHostedCrx('dist/chrome', CHROMIUM_PATH);
    removePolicy = installChromiumPolicy(`second-look-test-forcelist-${process.pid}`, {
      ExtensionInstallForcelist: [`${crx.id};${crx.updateUrl}`],
      '3rdparty': { extensions: { [crx.id]: example.values } },
    });
    profile = mkdtempSync(join(tmpdir(), 'second-look-forcelist-'));
  });
  afterAll(async () => {
    await context?.close();
    removePolicy?.();
    await crx?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the example policy names the extension in the forcelist as "<id>;<update URL>"', () => {
    expect(example.forcelist).toEqual([`${example.id};https://clients2.google.com/service/update2/crx`]);
  });

  it('Chromium downloads the CRX and installs it by policy', async () => {
    context = await launch(profile, crx.port);
    const page = await openWhenInstalled(context, `chrome-extension://${crx.id}/extension/options/index.html`, 45_000);
    expect(crx.requests()).toEqual(expect.arrayContaining(['/update.xml', '/second-look.crx']));
    await page.close();
  });

  it('after a restart it runs with the department settings (storage.managed, City-device mode, locked in options)', async () => {
    // Settings for an extension installed while Chromium runs can take a restart to arrive (seen here: 1 s, or over a
    // minute); from the next start on, as on a department's devices after a reboot, they are there from the first read.
    await context!.close();
    context = await launch(profile, crx.port);
    const page = await openWhenInstalled(context, `chrome-extension://${crx.id}/extension/options/index.html`, 20_000);
    await page.waitForSelector('#cityDevice');
    const box = await page.$eval('#cityDevice', (el) => ({ checked: (el as HTMLInputElement).checked, disabled: (el as HTMLInputElement).disabled }));
    const seen = await page.evaluate(async (text) => {
      const managed = await chrome.storage.managed.get(null);
      const answer = (await chrome.runtime.sendMessage({ type: 'draft/evaluate', composerId: 'forcelist-test', seq: 1, site: 'x.com', text })) as {
        findings?: { clause: string }[];
      };
      return { managed, clauses: (answer.findings ?? []).map((f) => f.clause) };
    }, PLAIN_DRAFT);
    expect(seen.managed).toEqual(example.values);
    expect(seen.clauses).toContain('city-equipment');
    expect(box).toEqual({ checked: true, disabled: true });
  });
});
