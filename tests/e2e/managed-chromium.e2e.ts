// Department deployment on Chrome: the README's example policy (deploy/chrome)
// written to Chromium's managed-policy directory reaches the extension through
// storage.managed, and the background enforces it: with City-device mode set by
// policy, every draft gets the city-equipment finding; without it, none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from './harness/browser';
import { chromeBuildWithTestKey, exampleChromePolicy, installChromiumPolicy, type ExtensionCopy } from './managed-policy';

const DRAFT = 'Great turnout at the park cleanup this morning!';

interface Finding {
  clause: string;
}
/** The two chrome.* calls made from the extension page (no @types/chrome in this project). */
declare const chrome: {
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
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
  }, DRAFT);
  await page.close();
  return { ...result, cityDeviceBox, lockedNotes };
}

describe('department policy on Chromium (managed storage)', () => {
  const example = exampleChromePolicy();
  let build: ExtensionCopy;
  let removePolicy: (() => void) | undefined;

  beforeAll(() => {
    build = chromeBuildWithTestKey();
  });
  afterAll(() => {
    removePolicy?.();
    build?.remove();
  });

  it('the example policy sets City-device mode (the setting this test sees enforced)', () => {
    expect(example.values.cityDevice).toBe(true);
  });

  it('without a policy: managed storage is empty and a plain draft has no city-equipment finding', async () => {
    const chromium = await launchChromium({ extensionDir: build.dir });
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

  it('with the example policy: storage.managed holds it, the background enforces City-device mode, options shows it locked', async () => {
    // The example's 3rdparty settings, for this copy's id. (The forcelist is left out: it would fetch from the Web Store.)
    removePolicy = installChromiumPolicy(`second-look-test-${process.pid}`, { '3rdparty': { extensions: { [build.id]: example.values } } });
    const chromium = await launchChromium({ extensionDir: build.dir });
    try {
      expect(chromium.extensionId).toBe(build.id);
      const seen = await observe(chromium);
      expect(seen.managed).toEqual(example.values);
      expect(seen.clauses).toContain('city-equipment');
      // loadSettings() reports the policy's keys as locked: the options page shows them set and unchangeable.
      expect(seen.cityDeviceBox).toEqual({ checked: true, disabled: true });
      expect(seen.lockedNotes).toBeGreaterThanOrEqual(3);
    } finally {
      await chromium.close();
      removePolicy();
      removePolicy = undefined;
    }
  });
});
