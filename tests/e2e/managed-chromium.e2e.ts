// Department deployment on Chrome: the README's example policy (deploy/chrome)
// written to Chromium's managed-policy directory reaches the extension through
// storage.managed and is enforced: City-device mode by the background (every
// draft gets the city-equipment finding; without the policy, none), the
// switched-off site by the content script (no warning on TikTok, warnings on
// Reddit), and the options page shows the department's keys locked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_COPY_KEY } from '../../src/settings/effective';
import {
  editorLocator,
  fixtureUrl,
  getReport,
  launchChromium,
  startFixtureServer,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';
import { chromeBuildWithTestKey, exampleChromePolicy, installChromiumPolicy, type ExtensionCopy } from './managed-policy';

/** A draft with no issue of its own: only City-device mode flags it. */
const PLAIN_DRAFT = 'Great turnout at the park cleanup this morning!';
/** A draft the engine flags as official-voice (as in inline.e2e.ts). */
const FLAGGED_DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';

interface Finding {
  clause: string;
}
/** The chrome.* calls made from the extension page (no @types/chrome in this project). */
declare const chrome: {
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> }; local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

interface Observed {
  managed: Record<string, unknown>;
  clauses: string[];
  /** The options page's City-device checkbox, and how many settings it shows as set by the department. */
  cityDeviceBox: { checked: boolean; disabled: boolean };
  lockedNotes: number;
}

async function observe(chromium: LaunchedChromium): Promise<Observed> {
  const page = await chromium.openExtensionPage('extension/options/index.html');
  await page.waitForSelector('#cityDevice');
  const cityDeviceBox = await page.$eval('#cityDevice', (el) => ({ checked: (el as HTMLInputElement).checked, disabled: (el as HTMLInputElement).disabled }));
  const lockedNotes = await page.locator('.locked-note', { hasText: 'Set by your department' }).count();
  // An extension page in a tab is a sender with a tab id, like a content script.
  const result = await page.evaluate(async (text) => {
    const managed = await chrome.storage.managed.get(null);
    const answer = (await chrome.runtime.sendMessage({ type: 'draft/evaluate', composerId: 'managed-test', seq: 1, site: 'x.com', text })) as {
      findings?: Finding[];
    };
    return { managed, clauses: (answer.findings ?? []).map((f) => f.clause) };
  }, PLAIN_DRAFT);
  await page.close();
  return { ...result, cityDeviceBox, lockedNotes };
}

describe('department policy on Chromium (managed storage)', () => {
  const example = exampleChromePolicy();
  let build: ExtensionCopy;
  let server: FixtureServer;

  beforeAll(async () => {
    build = chromeBuildWithTestKey();
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
    build?.remove();
  });

  it('the example policy sets City-device mode and switches TikTok off (what this test sees enforced)', () => {
    expect(example.values.cityDevice).toBe(true);
    expect(example.values.disabledSites).toEqual(['tiktok']);
  });

  it('without a policy: managed storage is empty, a plain draft has no city-equipment finding, nothing locked', async () => {
    const chromium = await launchChromium({ extensionDir: build.dir, server });
    try {
      expect(chromium.extensionId).toBe(build.id);
      const seen = await observe(chromium);
      expect(seen.managed).toEqual({});
      expect(seen.clauses).not.toContain('city-equipment');
      expect(seen.cityDeviceBox).toEqual({ checked: false, disabled: false });
      expect(seen.lockedNotes).toBe(0);
    } finally {
      await chromium.close();
    }
  });

  describe('with the example policy installed', () => {
    let chromium: LaunchedChromium;
    let removePolicy: (() => void) | undefined;
    beforeAll(async () => {
      // The example's 3rdparty settings, for this copy's id. (The forcelist is left out: it would fetch from the Web Store.)
      removePolicy = installChromiumPolicy(`second-look-test-managed-${process.pid}`, { '3rdparty': { extensions: { [build.id]: example.values } } });
      chromium = await launchChromium({ extensionDir: build.dir, server });
    });
    afterAll(async () => {
      await chromium?.close();
      removePolicy?.();
    });

    it('storage.managed holds it, the background enforces City-device mode, options shows the keys locked', async () => {
      expect(chromium.extensionId).toBe(build.id);
      const seen = await observe(chromium);
      expect(seen.managed).toEqual(example.values);
      expect(seen.clauses).toContain('city-equipment');
      // loadSettings() reports the policy's keys as locked: the options page shows them set and unchangeable.
      expect(seen.cityDeviceBox).toEqual({ checked: true, disabled: true });
      expect(seen.lockedNotes).toBeGreaterThanOrEqual(3);
    });

    it('the content script stays off on the site the policy switched off, and warns on the others', async () => {
      const tiktok = await chromium.context.newPage();
      await tiktok.goto(fixtureUrl('textarea', 'www.tiktok.com'));
      await waitForComposers(tiktok, 1);
      await typeInto(tiktok, editorLocator(tiktok, 'textarea'), FLAGGED_DRAFT);

      // Typed second, with the same pause before evaluation: when Reddit's warnings are in, TikTok's would be too.
      const reddit = await chromium.context.newPage();
      await reddit.goto(fixtureUrl('textarea', 'www.reddit.com'));
      await waitForComposers(reddit, 1);
      await typeInto(reddit, editorLocator(reddit, 'textarea'), FLAGGED_DRAFT);
      const redditReport = await waitForReport(chromium, reddit, (r) => r.findings.some((f) => f.clause === 'official-voice'));
      expect(redditReport.findings.map((f) => f.clause)).toContain('city-equipment');

      const tiktokReport = await getReport(chromium, tiktok);
      expect(tiktokReport).toMatchObject({ site: null, findings: [] });
    });
  });

  // Reads use a copy of the policy kept in storage.local (Chromium answers storage.managed
  // only seconds after it starts); the copy must follow the real policy across restarts.
  it('the policy copy follows the policy: written on a start with a policy, replaced on the next start without it', async () => {
    const profileDir = await mkdtemp(join(tmpdir(), 'second-look-e2e-copy-'));
    try {
      const removePolicy = installChromiumPolicy(`second-look-test-managed-copy-${process.pid}`, { '3rdparty': { extensions: { [build.id]: example.values } } });
      let copy: unknown;
      try {
        const first = await launchChromium({ extensionDir: build.dir, server, profileDir });
        try {
          expect((await observe(first)).clauses).toContain('city-equipment');
          copy = await waitForCopy(first, (c) => c !== undefined && Object.keys(c as object).length > 0);
        } finally {
          await first.close();
        }
      } finally {
        removePolicy();
      }
      expect(copy).toEqual(example.values);

      const second = await launchChromium({ extensionDir: build.dir, server, profileDir });
      try {
        // The first read after the start may still use the copy; the refresh replaces it and settings follow.
        expect(await waitForCopy(second, (c) => JSON.stringify(c) === '{}')).toEqual({});
        const deadline = Date.now() + 15_000;
        let seen = await observe(second);
        while (seen.clauses.includes('city-equipment') && Date.now() < deadline) seen = await observe(second);
        expect(seen.clauses).not.toContain('city-equipment');
        expect(seen.cityDeviceBox).toEqual({ checked: false, disabled: false });
      } finally {
        await second.close();
      }
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});

/** Polls the extension's storage.local copy of the department policy until `done` holds (15 s). */
async function waitForCopy(chromium: LaunchedChromium, done: (copy: unknown) => boolean): Promise<unknown> {
  const page = await chromium.openExtensionPage('manifest.json');
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const copy = await page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], MANAGED_COPY_KEY);
      if (done(copy)) return copy;
      if (Date.now() > deadline) throw new Error(`policy copy never reached the expected value; last ${JSON.stringify(copy)}`);
      await page.waitForTimeout(100);
    }
  } finally {
    await page.close();
  }
}
