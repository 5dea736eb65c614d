// Department deployment on Chrome, the install half: ExtensionInstallForcelist
// (the README's example, with a department's own update URL instead of the Web
// Store's) makes Chromium download the signed CRX and install it, and after a
// restart (a device reboot) the extension runs with the department settings.
// The Web Store URL itself cannot be reached here; a self-hosted update
// manifest and CRX, signed with a fresh key, stand in for it.
//
// What is observed is what a member on a department device sees: the inline
// warning on a site. Since Chromium 156 the DevTools protocol may not open the
// pages or the service worker of a policy-installed extension (the default of
// the DeveloperToolsAvailability policy; a tab navigated there is closed), and a
// department leaves that default alone, so this test never opens an extension
// page: the site's page is an ordinary page the protocol may read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, editorLocator, fixtureUrl, hostResolverRules, isolatedEnv, startFixtureServer, typeInto, waitForComposers, type FixtureServer } from './harness';
import { allBadges, overlayState, waitForOverlay } from './inline-probe';
import { exampleChromePolicy, installChromiumPolicy, serveSelfHostedCrx, UPDATE_HOST, type SelfHostedCrx } from './managed-policy';

/** A draft with no issue of its own: only City-device mode (set by the department) gives it a warning. */
const PLAIN_DRAFT = 'Great turnout at the park cleanup this morning!';

/** Not the harness launcher: the extension updater needs background networking, and nothing is loaded unpacked. */
function launch(profile: string, updatePort: number, server: FixtureServer): Promise<BrowserContext> {
  const rules = hostResolverRules(server.port).replace('MAP * ~NOTFOUND', `MAP ${UPDATE_HOST} 127.0.0.1:${updatePort}, MAP * ~NOTFOUND`);
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    env: isolatedEnv(profile),
    headless: true,
    viewport: { width: 1100, height: 760 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
    args: ['--headless=new', '--no-sandbox', `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });
}

/**
 * Types the plain draft on a site page (each try in a fresh tab, until the policy install has finished and the
 * content script runs there) and returns the page once the department's City-device warning is drawn.
 */
async function warnedPage(context: BrowserContext, timeout: number): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = await context.newPage();
    await page.goto(fixtureUrl('textarea', 'www.reddit.com'));
    await waitForComposers(page, 1);
    await typeInto(page, editorLocator(page, 'textarea'), PLAIN_DRAFT);
    const warned = await waitForOverlay(page, (s) => allBadges(s).length > 0, 5_000).then(
      () => true,
      () => false,
    );
    if (warned) return page;
    await page.close();
    if (Date.now() > deadline) throw new Error(`no City-device warning on the site within ${timeout} ms`);
  }
}

describe('ExtensionInstallForcelist with a self-hosted CRX (Chromium)', () => {
  const example = exampleChromePolicy();
  let crx: SelfHostedCrx;
  let server: FixtureServer;
  let profile: string;
  let context: BrowserContext | undefined;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
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
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the example policy names the extension in the forcelist as "<id>;<update URL>"', () => {
    expect(example.forcelist).toEqual([`${example.id};https://clients2.google.com/service/update2/crx`]);
  });

  it('without the install, a site page has no Second Look UI at all (the control for the checks below)', async () => {
    const controlProfile = mkdtempSync(join(tmpdir(), 'second-look-forcelist-control-'));
    const control = await chromium.launchPersistentContext(controlProfile, {
      executablePath: CHROMIUM_PATH,
      env: isolatedEnv(controlProfile),
      headless: true,
      args: ['--headless=new', '--no-sandbox', `--host-resolver-rules=${hostResolverRules(server.port)}`, '--ignore-certificate-errors'],
    });
    try {
      const page = await control.newPage();
      await page.goto(fixtureUrl('textarea', 'www.reddit.com'));
      await waitForComposers(page, 1);
      await typeInto(page, editorLocator(page, 'textarea'), PLAIN_DRAFT);
      await page.waitForTimeout(1_500);
      expect(await overlayState(page)).toEqual([]);
    } finally {
      await control.close();
      rmSync(controlProfile, { recursive: true, force: true });
    }
  });

  it('Chromium downloads the CRX, installs it by policy, and after a restart it warns with the department settings', async () => {
    context = await launch(profile, crx.port, server);
    // The install itself: the updater fetched the department's update manifest and the CRX.
    const deadline = Date.now() + 45_000;
    while (!crx.requests().includes('/second-look.crx') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(crx.requests()).toEqual(expect.arrayContaining(['/update.xml', '/second-look.crx']));

    // Settings for an extension installed while Chromium runs can take a restart to arrive (seen here: 1 s, or over a
    // minute); from the next start on, as on a department's devices after a reboot, they are there from the first read.
    await context.close();
    context = await launch(profile, crx.port, server);
    const page = await warnedPage(context, 30_000);
    // A plain draft warns only because the department's City-device setting (storage.managed) is in force.
    const badges = allBadges(await overlayState(page));
    expect(badges).toHaveLength(1);
    const badge = badges[0]!;
    await page.mouse.click(badge.left + badge.width / 2, badge.top + badge.height / 2);
    const card = (await waitForOverlay(page, (s) => s.some((x) => x.card.open))).find((x) => x.card.open)!.card;
    expect(card.text).toMatch(/City (computers|device)/i);
  });
});
