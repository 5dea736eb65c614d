// The Mastodon-instance scenario, written once for both browsers
// (mastodon-chromium.e2e.ts drives Chromium through playwright-core,
// mastodon-firefox.e2e.ts drives firefox-esr through puppeteer-core): the
// member adds an instance in the options page (a real click, so a real user
// gesture), the options page asks for the host permission, the background
// registers the content script for that instance only, and a draft typed on
// the instance's compose box reaches the background's report. Removing the
// instance gives the permission back and unregisters the script: after a
// reload the page is no longer checked.
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/messages/schemas';
import { MASTODON_HOST, MASTODON_PATH, OTHER_MASTODON_HOST, fixtureUrl } from './harness/hosts';

/** A clear-cut draft the engine flags as official-voice (as in inline.e2e.ts). */
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';
const ORIGIN = `https://${MASTODON_HOST}/*`;
const INSTANCE_URL = `https://${MASTODON_HOST}${MASTODON_PATH}`;

/** What one browser's test file provides; `P` is its tab type. */
export interface MastodonDriver<P> {
  /** Opens `url` in a new tab and waits for its composer. */
  open(url: string): Promise<P>;
  /** Brings `page` to the front, clicks its textarea and types `text` with the real keyboard. */
  type(page: P, text: string): Promise<void>;
  /** Reloads `page` and waits for its composer. */
  reload(page: P): Promise<void>;
  close(page: P): Promise<void>;
  /** The text the page's own editor model holds. */
  modelText(page: P): Promise<string>;
  report(page: P): Promise<Report>;
  waitForReport(page: P, predicate: (r: Report) => boolean): Promise<Report>;
  /** In the options page: types `value` in the Mastodon field and clicks Add. */
  addInOptions(value: string): Promise<void>;
  /** In the options page: clicks Remove beside `host`. */
  removeInOptions(host: string): Promise<void>;
  /** Runs `fn(arg)` in the (open) options page, an extension page. */
  inOptions<T>(fn: (arg: string) => Promise<T>, arg: string): Promise<T>;
  /** Anything the browser needs before Add (Chromium: the host granted in the browser's own UI). */
  beforeAdd?(origin: string): Promise<void>;
  /** Asserts the run left no stray network traffic. */
  expectNoStrayRequests(): void;
}

export interface ExtensionSide {
  granted: boolean;
  /** Match patterns of the extension's registered (dynamic) content scripts. */
  registered: string[];
  /** The saved setting. */
  instances: string[];
}

/** The few extension APIs used in the options page (no @types/chrome here; Firefox has `browser`, Chromium `chrome`). */
interface ExtensionApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>> } };
}

const hasFinding = (r: Report) => r.findings.some((f) => f.clause === CLAUSE);

export function mastodonScenario<P>(browserName: string, driver: () => MastodonDriver<P>): void {
  /** What the extension itself holds: the host permission, its registered scripts, the saved setting. */
  const extensionSide = () =>
    driver().inOptions(async (origin: string): Promise<ExtensionSide> => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = g.browser ?? g.chrome;
      const stored = (await api.storage.sync.get('mastodonInstances')) as { mastodonInstances?: string[] };
      return {
        granted: await api.permissions.contains({ origins: [origin] }),
        registered: (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
        instances: stored.mastodonInstances ?? [],
      };
    }, ORIGIN);

  /** The options page's list of servers and its error messages. */
  const optionsList = () =>
    driver().inOptions(
      async () => ({
        hosts: [...document.querySelectorAll('#mastodon li span')].map((s) => s.textContent ?? ''),
        alerts: [...document.querySelectorAll('#mastodon [role="alert"]')].map((a) => a.textContent ?? ''),
      }),
      '',
    );

  /**
   * `page` (already typed into) is not checked: a page typed into AFTER it, on
   * a site that is checked (Reddit), gets its warning first, and `page` still
   * has none. A wait bounded by a positive control, not a bare sleep.
   */
  const expectUnchecked = async (page: P): Promise<Report> => {
    const d = driver();
    const control = await d.open(fixtureUrl('textarea'));
    await d.type(control, DRAFT);
    await d.waitForReport(control, hasFinding);
    await d.close(control);
    const report = await d.report(page);
    expect(report.findings, 'findings on an instance that is not checked').toEqual([]);
    return report;
  };

  describe(`${browserName}: a Mastodon instance added in the options`, () => {
    test('before it is added, the instance is not checked and nothing is registered', async () => {
      const d = driver();
      expect(await extensionSide()).toEqual({ granted: false, registered: [], instances: [] });
      const page = await d.open(INSTANCE_URL);
      await d.type(page, DRAFT);
      // The background never heard from this tab.
      expect((await expectUnchecked(page)).site).toBeNull();
      await d.close(page);
    });

    test('Add in the options asks for the host, registers the content script for that instance only, and its drafts are checked', async () => {
      const d = driver();
      if (d.beforeAdd) {
        await d.beforeAdd(ORIGIN);
        // Whatever the browser needed, the extension has not asked yet: not active, nothing registered.
        expect(await extensionSide()).toEqual({ granted: false, registered: [], instances: [] });
      }
      // Pasted as a profile address: the options page keeps only the host name.
      await d.addInOptions('https://Mastodon.Social/@officer');
      await expect.poll(optionsList, { timeout: 10_000 }).toEqual({ hosts: [MASTODON_HOST], alerts: [] });
      await expect.poll(extensionSide, { timeout: 10_000 }).toEqual({ granted: true, registered: [ORIGIN], instances: [MASTODON_HOST] });

      const other = await d.open(`https://${OTHER_MASTODON_HOST}${MASTODON_PATH}`);
      await d.type(other, DRAFT);
      const page = await d.open(INSTANCE_URL);
      await d.type(page, DRAFT);
      const report = await d.waitForReport(page, hasFinding);
      expect(report.site).toBe(MASTODON_HOST);
      const span = report.findings.find((f) => f.clause === CLAUSE)!.spans[0]!;
      expect(span.end).toBeGreaterThan(span.start);
      // The compose box was not disturbed.
      expect(await d.modelText(page)).toBe(DRAFT);
      // Another instance the member did not add stays unchecked (typed into before the checked one answered).
      const otherReport = await d.report(other);
      expect(otherReport.findings).toEqual([]);
      expect(otherReport.site).toBeNull();
      await d.close(other);
      await d.close(page);
    });

    test('Remove in the options gives the host back and unregisters: after a reload the instance is not checked', async () => {
      const d = driver();
      const page = await d.open(INSTANCE_URL);
      await d.type(page, DRAFT);
      await d.waitForReport(page, hasFinding);

      await d.removeInOptions(MASTODON_HOST);
      await expect.poll(extensionSide, { timeout: 10_000 }).toEqual({ granted: false, registered: [], instances: [] });

      await d.reload(page);
      await d.type(page, DRAFT);
      await expectUnchecked(page);
      await d.close(page);
    });

    test('no stray network traffic', () => {
      driver().expectNoStrayRequests();
    });
  });
}
