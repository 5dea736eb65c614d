// Launches Debian's firefox-esr with the BUILT Firefox extension installed
// programmatically (puppeteer-core over WebDriver BiDi; no signing needed for
// a temporary install). Playwright cannot load Firefox extensions and
// geckodriver cannot be downloaded here; see /work/shared/notes/toolchain.md.
//
// Site host names reach the local fixture server through a tiny local HTTP
// proxy that answers CONNECT for the fixture hosts only (Firefox has no
// --host-resolver-rules); any other host is refused and recorded, so nothing
// leaves the machine and a stray request shows up.
//
//   const ff = await launchFirefox({ server });
//   const page = await ff.browser.newPage(); await page.goto('https://x.com/textarea.html');
//   const reports = await ff.reports();   // background's report/get for every tab
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifests';
import { isolatedEnv } from './harness/browser';
import { ReportSchema, type Report } from '../../src/messages/schemas';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Pinned moz-extension:// UUID, so tests can open the extension's own pages. */
export const FIREFOX_EXTENSION_UUID = '5ec0d100-c0c0-4e2e-9a1e-2032d2017424';

export interface HostProxy {
  port: number;
  /** CONNECT targets that were refused (not a fixture host). */
  refused(): string[];
  close(): Promise<void>;
}

/** An HTTP proxy that tunnels CONNECT for `hosts` (any port) to 127.0.0.1:targetPort and refuses everything else. */
export async function startHostProxy(hosts: readonly string[], targetPort: number): Promise<HostProxy> {
  const allowed = new Set(hosts);
  const refused: string[] = [];
  const tunnels = new Set<Duplex>();
  const server: Server = createServer((req, res) => {
    // Plain-HTTP requests through the proxy: none are expected (all fixtures are HTTPS).
    refused.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!allowed.has(host)) {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    refused: () => [...refused],
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface FirefoxLaunchOptions {
  /** Unpacked Firefox build, or a packaged .zip/.xpi; default SECOND_LOOK_FIREFOX_DIR (a private build) or dist/firefox. */
  extensionDir?: string;
  /** Its gecko id when not the real one (a test copy), for the pinned UUID. */
  geckoId?: string;
  /** false: do not install it here (a department policy installs it). Default true. */
  install?: boolean;
  /** Fixture hosts and the fixture server's port; without it no site host resolves. */
  hosts?: readonly string[];
  serverPort?: number;
  /** Extra Firefox prefs. */
  prefs?: Record<string, unknown>;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id Firefox reports for the installed extension. */
  addonId: string;
  /** moz-extension://UUID/<path> */
  extensionUrl(path: string): string;
  /** Opens one of the extension's pages (popup, options) in a new tab and waits for `browser.runtime`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Sends a message to the background from an extension page and returns its answer. */
  sendMessage(message: unknown): Promise<unknown>;
  /** Runs `fn` in an extension page (where `browser.*` is available) and returns its result. */
  sendMessageFromExtensionPage<T>(fn: () => Promise<T>): Promise<T>;
  /** The extension's id for `page`'s tab (brings it to the front and asks which tab is active). */
  tabIdOf(page: Page): Promise<number>;
  /** The background's report for `page`'s tab, zod-validated. */
  getReport(page: Page): Promise<Report>;
  /** Polls the report until `predicate` holds (a wait-for, not a sleep); throws with the last report after `timeout` ms. */
  waitForReport(page: Page, predicate: (report: Report) => boolean, timeout?: number): Promise<Report>;
  /** CONNECTs refused by the host proxy (hosts that are not fixtures). */
  refusedHosts(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionDir = resolve(REPO_ROOT, options.extensionDir ?? process.env.SECOND_LOOK_FIREFOX_DIR ?? 'dist/firefox');
  const isArchive = /\.(zip|xpi)$/.test(extensionDir);
  if (options.install !== false && !existsSync(isArchive ? extensionDir : join(extensionDir, 'manifest.json'))) throw new Error(`no Firefox build in ${extensionDir}: run \`npm run build\` first`);
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  const proxy = options.hosts && options.serverPort !== undefined ? await startHostProxy(options.hosts, options.serverPort) : null;
  const proxyPrefs: Record<string, unknown> = proxy
    ? {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  // Firefox's per-user config and cache (~/.config/mozilla, ~/.cache/mozilla) go here, and are removed with it.
  const home = await mkdtemp(join(tmpdir(), 'second-look-firefox-home-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    // Lets the services.settings.server pref below take effect (Firefox ignores it otherwise).
    env: isolatedEnv(home, { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' }),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId ?? GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // No background network noise from Firefox itself.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'data:,#remote-settings-disabled',
      'browser.region.network.url': '',
      'browser.search.geoip.url': '',
      'network.trr.mode': 5,
      ...proxyPrefs,
      ...options.prefs,
    },
  });
  let addonId = options.geckoId ?? GECKO_ID;
  try {
    if (options.install !== false) addonId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await proxy?.close();
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // Navigations to moz-extension:// may never report "loaded" over BiDi: don't wait on it.
    await page.goto(extensionUrl(path), { timeout: 1500 }).catch(() => {});
    await page.waitForFunction(() => typeof (globalThis as { browser?: { runtime?: unknown } }).browser?.runtime === 'object', { timeout: 15_000 });
    return page;
  };
  let messenger: Page | null = null;
  const messengerPage = async (): Promise<Page> => (messenger ??= await openExtensionPage('extension/popup/index.html'));
  const tabIdOf = async (page: Page): Promise<number> => {
    const messengerTab = await messengerPage(); // opened first, so that it is not the active tab below
    await page.bringToFront();
    const ids = await messengerTab.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser.tabs
        .query({ active: true, lastFocusedWindow: true })
        .then((tabs) => tabs.map((t) => t.id ?? -1)),
    );
    if (ids.length !== 1 || ids[0]! < 0) throw new Error(`no single active tab for ${page.url()}: ${JSON.stringify(ids)}`);
    return ids[0]!;
  };
  const reportFor = async (tabId: number): Promise<Report> => {
    const answer = await (await messengerPage()).evaluate(
      (m) => (globalThis as unknown as { browser: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(m),
      { type: 'report/get', tabId } as never,
    );
    return ReportSchema.parse(answer);
  };
  return {
    browser,
    addonId,
    extensionUrl,
    openExtensionPage,
    sendMessageFromExtensionPage: async <T>(fn: () => Promise<T>) => (await messengerPage()).evaluate(fn) as Promise<T>,
    sendMessage: async (message: unknown) => {
      return (await messengerPage()).evaluate(
        (m) => (globalThis as unknown as { browser: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(m),
        message as never,
      );
    },
    tabIdOf,
    getReport: async (page) => reportFor(await tabIdOf(page)),
    waitForReport: async (page, predicate, timeout = 15_000) => {
      const tabId = await tabIdOf(page);
      const deadline = Date.now() + timeout;
      let last: Report | undefined;
      while (Date.now() < deadline) {
        last = await reportFor(tabId);
        if (predicate(last)) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`report for tab ${tabId} not as expected after ${timeout} ms; last: ${JSON.stringify(last).slice(0, 400)}`);
    },
    refusedHosts: () => proxy?.refused() ?? [],
    close: async () => {
      await browser.close();
      await proxy?.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * Applies the one-click fix of the draft's first finding the way a keyboard
 * user does: Alt+Shift+L opens the card with focus (the page sees only a bare
 * host element as active); the card's scrolling text is the first tab stop (a
 * keyboard user can scroll it), the fix the next; Enter presses it. Our card
 * is in a closed shadow root Firefox's automation cannot see into.
 */
export async function applyFirstFixByKeyboard(page: Page): Promise<void> {
  // The shortcut acts on findings the content script holds: wait until it has drawn them (our host, a child of <html>).
  await page.waitForFunction(() => [...document.documentElement.children].some((e) => e !== document.head && e !== document.body), { timeout: 10_000 });
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('L');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await page.waitForFunction(() => document.activeElement?.localName === 'div' && document.activeElement.attributes.length === 0, { timeout: 5_000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}
