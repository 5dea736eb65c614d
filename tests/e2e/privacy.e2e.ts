// Privacy, proven in the real browser: while drafts are typed into real
// editors and the popup and options pages are opened, no extension context
// (service worker, extension pages, offscreen document, their workers and
// frames, extension scripts in site pages) sends a single network request —
// recorded through the DevTools protocol on every target — and afterwards no
// storage area holds any word of the drafts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  editorLocator,
  fixtureUrl,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureName,
  type LaunchedChromium,
} from './harness';
import { ContentWorld } from './harness/content-world';
import type { ExtensionNetworkWatch } from './harness/extension-network';
import { launchWatchedChromium, type WatchedChromium } from './harness/watched';

let browser: LaunchedChromium;
let net: ExtensionNetworkWatch;

let watched: WatchedChromium;

beforeAll(async () => {
  watched = await launchWatchedChromium();
  ({ browser, net } = watched);
});

afterAll(async () => {
  await watched?.close();
});

/** Drafts with made-up words (Zorblatt…) so a hit in storage cannot be a coincidence; each would draw findings. */
const DRAFTS: { fixture: FixtureName; text: string }[] = [
  { fixture: 'draftjs', text: 'Arrested Marvin Zorblatt at 4411 Quenneville Road today, case 2026-118834. What a scumbag.' },
  { fixture: 'lexical', text: 'Sergeant Plimsworth told me the Fenwhistle raid is confidential, so keep it quiet until Friday.' },
  { fixture: 'prosemirror', text: 'Posting from my City laptop while on duty: Chief Hobbleton is an idiot and Glimmerdale deserves better.' },
  { fixture: 'quill', text: 'Vote Trundlebury for council! I endorse him as a Durham police officer, in uniform.' },
  { fixture: 'textarea', text: 'The victim, Quentavia Brimblecombe, lives near Snorkelby Park; her phone is 919-555-0142.' },
  { fixture: 'contenteditable', text: 'Off duty pic with my badge and service weapon at the Wobblesworth rally downtown.' },
];

/** Every typed word of five letters or more, lower-cased (what must never be stored). */
const TYPED_WORDS = [...new Set(DRAFTS.flatMap((d) => d.text.toLowerCase().match(/[\p{L}\p{N}-]{5,}/gu) ?? []))];

type StorageDump = Record<'local' | 'sync' | 'session', Record<string, unknown>> & { indexedDbs: string[]; caches: string[] };

interface ChromeStorage {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string): Promise<void> }>;
}

/** Everything the extension has stored anywhere its service worker can see. */
async function dumpStorage(): Promise<StorageDump> {
  const sw = await browser.serviceWorker();
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    return {
      local: await c.storage.local.get(null),
      sync: await c.storage.sync.get(null),
      session: await c.storage.session.get(null),
      indexedDbs: ((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? ''),
      caches: await caches.keys(),
    };
  });
}

function wordsFoundIn(dump: StorageDump): string[] {
  const haystack = JSON.stringify(dump).toLowerCase();
  return TYPED_WORDS.filter((w) => haystack.includes(w));
}

async function typeDraft(page: Page, fixture: FixtureName, text: string): Promise<void> {
  await page.goto(fixtureUrl(fixture));
  await waitForComposers(page, 1);
  await typeInto(page, editorLocator(page, fixture), text, { delay: 5 });
}

/** Fails on the first extension request while `work` runs. */
async function withoutRequests<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, net.firstRequest]);
}

describe('the network recorder can fail (canaries, cleared afterwards)', () => {
  test('a request from the service worker is refused by the extension CSP before it reaches the network', async () => {
    const sw = await browser.serviceWorker();
    const outcome = await sw.evaluate(() => fetch('https://example.org/canary-sw').then(() => 'sent', () => 'refused'));
    expect(outcome).toBe('refused');
    await new Promise((r) => setTimeout(r, 500));
    expect(net.requests().map((r) => r.url)).not.toContain('https://example.org/canary-sw');
    net.clear();
  });

  test('it catches a request from an extension page (its CSP bypassed for this canary only)', async () => {
    const page = await browser.openExtensionPage('extension/popup/index.html');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await page.reload();
    await page.evaluate(() => fetch('https://example.org/canary-page').catch(() => undefined));
    await expect.poll(() => net.requests().map((r) => [r.targetType, r.url])).toContainEqual(['page', 'https://example.org/canary-page']);
    await cdp.detach();
    await page.close();
    net.clear();
  });

  test('it catches a request a site page makes from extension code (the content script)', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('textarea'));
    const world = await ContentWorld.attach(browser.context, page);
    // Evaluated in the content script's own world, named like one of our scripts.
    await world.evaluate(`fetch('https://example.org/canary-content').catch(() => undefined)\n//# sourceURL=chrome-extension://${browser.extensionId}/canary.js`);
    await expect.poll(() => net.requests().map((r) => [r.reason, r.url])).toContainEqual(['extension script in initiator stack', 'https://example.org/canary-content']);
    await world.detach();
    await page.close();
    net.clear();
  });
});

describe('no network request from any extension context', () => {
  test('while drafts are typed into six editors and the popup and options are opened', async () => {
    const page = await browser.context.newPage();
    await withoutRequests(
      (async () => {
        for (const d of DRAFTS) {
          await typeDraft(page, d.fixture, d.text);
          // The draft reached the background (so the whole evaluate path ran).
          await waitForReport(browser, page, (r) => r.site !== null);
        }
        const popup = await browser.openExtensionPage('extension/popup/index.html');
        await popup.waitForLoadState('load');
        const options = await browser.openExtensionPage('extension/options/index.html');
        await options.waitForLoadState('load');
        // Give lazy loads (fonts, images, chunks) time to go out, if any would.
        await page.waitForTimeout(750);
        await popup.close();
        await options.close();
      })(),
    );
    expect(net.requests()).toEqual([]);
    // Playwright's own recorder agrees (it cannot forget the canaries above).
    expect(browser.extensionRequests().filter((r) => !r.url.includes('/canary-'))).toEqual([]);
    // The recorder really watched the extension's contexts.
    const seen = net.targetsSeen();
    expect(seen.some((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId))).toBe(true);
    expect(seen.some((t) => t.type === 'page' && t.url.endsWith('/extension/popup/index.html'))).toBe(true);
    await page.close();
  });
});

describe('no draft text in storage', () => {
  test('the dump can find a stored word (canary, removed afterwards)', async () => {
    const sw = await browser.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.session.set({ canary: 'zorblatt' }));
    expect(wordsFoundIn(await dumpStorage())).toContain('zorblatt');
    await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.session.remove('canary'));
    expect(wordsFoundIn(await dumpStorage())).toEqual([]);
  });

  test('storage.local, .sync and .session, IndexedDB and Cache Storage hold no word of the drafts', async () => {
    const page = await browser.context.newPage();
    for (const d of DRAFTS.slice(0, 3)) {
      await typeDraft(page, d.fixture, ` ${d.text}`);
      await waitForReport(browser, page, (r) => r.site !== null);
    }
    const dump = await dumpStorage();
    expect(TYPED_WORDS.length).toBeGreaterThan(40);
    expect(wordsFoundIn(dump)).toEqual([]);
    expect(dump.indexedDbs).toEqual([]);
    expect(dump.caches).toEqual([]);
    await page.close();
  });
});
