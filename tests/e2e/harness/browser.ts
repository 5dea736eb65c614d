// Launches Debian's Chromium (/usr/bin/chromium) with the BUILT extension
// loaded, through playwright-core, with every site host of hosts.ts resolved
// to the local fixture server and every other host unresolvable (nothing can
// leave the machine, and a stray request shows up as a failed request).
//
//   const server = await startFixtureServer();
//   const browser = await launchChromium({ server });
//   const page = await browser.context.newPage();
//   await page.goto(fixtureUrl('draftjs'));          // https://x.com/draftjs.html
//   ...
//   expect(browser.extensionRequests()).toEqual([]);
//   await browser.close(); await server.close();
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { ALL_HOSTS } from './hosts';
import type { FixtureServer } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface LaunchOptions {
  /** The unpacked extension; `null` launches without it (baseline runs). */
  extensionDir?: string | null;
  headless?: boolean;
  /** Maps every host of hosts.ts to this server. Without it, no host resolves. */
  server?: FixtureServer;
  /** Viewport size; `null` = the window's own size (headed playground). */
  viewport?: { width: number; height: number } | null;
  /** Extra Chromium switches. */
  args?: string[];
  /** An existing profile directory to start with (kept on close: a restart test reuses it); default a fresh temporary one, removed on close. */
  profileDir?: string;
  /** The caller closes the browser on Ctrl+C or SIGTERM itself (the playground): Playwright then does not kill it first, so the close is clean and the profile is removed. */
  ownSignals?: boolean;
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** Which extension context sent it: 'service-worker' or the extension page URL. */
  from: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** '' when launched without an extension. */
  extensionId: string;
  /** The extension's service worker (waits for it to start). */
  serviceWorker(): Promise<Worker>;
  /** Opens chrome-extension://ID/<path> in a new tab, e.g. 'extension/popup/index.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Network requests (anything but chrome-extension: / data: / blob:) sent by the extension's own contexts. */
  extensionRequests(): RecordedRequest[];
  /** Every request the browser made to a host NOT served by the fixture server (pages included). */
  foreignRequests(): RecordedRequest[];
  close(): Promise<void>;
}

/** Chromium features that would make background network noise or change behaviour between runs. */
const DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'AutofillServerCommunication',
  'CertificateTransparencyComponentUpdater',
  'InterestFeedContentSuggestions',
  'PrivacySandboxSettings4',
];

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'];

/** `--host-resolver-rules`: every fixture host → the server; everything else fails to resolve. */
export function hostResolverRules(port: number | undefined): string {
  const maps = port === undefined ? [] : ALL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND'].join(', ');
}

/**
 * The browser's environment with its per-user config and cache directories (crash reports, GTK settings, caches)
 * inside `dir`, so a test run leaves nothing in the home directory.
 */
export function isolatedEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(process.env as Record<string, string>), XDG_CONFIG_HOME: join(dir, 'xdg-config'), XDG_CACHE_HOME: join(dir, 'xdg-cache'), ...extra };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const extensionDir = options.extensionDir === null ? null : resolve(REPO_ROOT, options.extensionDir ?? process.env.SECOND_LOOK_EXTENSION_DIR ?? 'dist/chrome');
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${extensionDir}: run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const headless = options.headless ?? true;
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'second-look-e2e-')));
  const args = [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    `--host-resolver-rules=${hostResolverRules(options.server?.port)}`,
    '--ignore-certificate-errors',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(options.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    env: isolatedEnv(profile),
    headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: options.viewport === undefined ? { width: 1100, height: 760 } : options.viewport,
    ignoreHTTPSErrors: true,
    ...(options.ownSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });

  const servedHosts = new Set(options.server ? ALL_HOSTS : []);
  const extRequests: RecordedRequest[] = [];
  const foreign: RecordedRequest[] = [];
  const record = (req: Request) => {
    const url = req.url();
    const scheme = url.slice(0, url.indexOf(':') + 1);
    if (LOCAL_SCHEMES.includes(scheme)) return;
    const sw = req.serviceWorker();
    let from = '';
    if (sw) from = sw.url().startsWith('chrome-extension:') ? 'service-worker' : sw.url();
    else {
      try {
        from = req.frame().url();
      } catch {
        from = '(unknown)';
      }
    }
    const entry = { url, method: req.method(), from };
    if (from === 'service-worker' || from.startsWith('chrome-extension:')) extRequests.push(entry);
    if (!servedHosts.has(new URL(url).hostname)) foreign.push(entry);
  };
  context.on('request', record);

  let extensionId = '';
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker = async (): Promise<Worker> => {
    if (!extensionDir) throw new Error('launched without an extension');
    const existing = context.serviceWorkers().find(isOurs);
    if (existing) return existing;
    const started = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
    // Stopped after being idle? A message from an extension page starts it again.
    if (extensionId) void wakeServiceWorker(context, extensionId);
    return started;
  };
  if (extensionDir) extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    openExtensionPage: async (path: string) => {
      if (!extensionId) throw new Error('launched without an extension');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    extensionRequests: () => [...extRequests],
    foreignRequests: () => [...foreign],
    close: async () => {
      try {
        await context.close();
      } finally {
        // Even when the browser is already gone (killed by a signal), its temporary profile goes.
        if (!options.profileDir) await rm(profile, { recursive: true, force: true });
      }
    },
  };
}

/** Starts an idle-stopped extension service worker: postMessage from one of its pages wakes it. */
async function wakeServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.postMessage('wake'));
  } finally {
    await page.close();
  }
}
