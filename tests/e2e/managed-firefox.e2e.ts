// Department deployment on Firefox: the README's example policies.json
// (deploy/firefox) installs the extension (ExtensionSettings, force_installed
// from a local .xpi) and hands it the department's settings (3rdparty), which
// the background (City-device mode) and the content script (TikTok switched
// off) enforce. Runs on a copy under a test-only gecko id.
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';
import { exampleFirefoxPolicy, firefoxBuildWithTestId, installFirefoxPolicy, type ExtensionCopy } from './managed-policy';

const DRAFT = 'Great turnout at the park cleanup this morning!';
/** A draft the engine flags as official-voice (as in inline.e2e.ts). */
const FLAGGED_DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';

async function typeInTextarea(ff: LaunchedFirefox, host: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(fixtureUrl('textarea', host));
  await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
  await page.click(EDITOR_SELECTORS.textarea);
  await page.keyboard.type(FLAGGED_DRAFT);
  return page;
}

interface Finding {
  clause: string;
}

async function managedAndClauses(ff: LaunchedFirefox): Promise<{ managed: unknown; clauses: string[] }> {
  const page = await ff.openExtensionPage('extension/options/index.html');
  const result = await page.evaluate(async (text) => {
    const api = (globalThis as unknown as {
      browser: { storage: { managed: { get(k: null): Promise<unknown> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
    }).browser;
    // Firefox throws when no policy names the extension.
    const managed = await api.storage.managed.get(null).catch((e: unknown) => `error: ${String(e)}`);
    // An extension page in a tab is a sender with a tab id, like a content script.
    const answer = (await api.runtime.sendMessage({ type: 'draft/evaluate', composerId: 'managed-test', seq: 1, site: 'x.com', text })) as {
      findings?: Finding[];
    };
    return { managed, clauses: (answer.findings ?? []).map((f) => f.clause) };
  }, DRAFT);
  await page.close();
  return result;
}

describe('department policy on Firefox (policies.json)', () => {
  const example = exampleFirefoxPolicy();
  let build: ExtensionCopy;
  let xpi: string;
  let removePolicy: (() => void) | undefined;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    build = firefoxBuildWithTestId();
    xpi = join(dirname(build.dir), 'second-look-test.xpi');
    // The .xpi a department would host (here unsigned, from the test copy), made with web-ext like `npm run package`.
    execFileSync('npx', ['web-ext', 'build', '--source-dir', build.dir, '--artifacts-dir', dirname(xpi), '--filename', 'second-look-test.xpi'], {
      stdio: 'ignore',
    });
  });
  afterAll(async () => {
    removePolicy?.();
    build?.remove();
    await server?.close();
  });

  it('the example installs the extension by force and sets City-device mode', () => {
    expect(example.install.installation_mode).toBe('force_installed');
    expect(example.values.cityDevice).toBe(true);
  });

  it('without a policy: no managed settings and no city-equipment finding', async () => {
    const ff = await launchFirefox({ extensionDir: build.dir, geckoId: build.id });
    try {
      expect(ff.addonId).toBe(build.id);
      const { managed, clauses } = await managedAndClauses(ff);
      expect(managed).toMatch(/^error: .*managed storage manifest not found/i);
      expect(clauses).not.toContain('city-equipment');
    } finally {
      await ff.close();
    }
  });

  it('with the example policies.json: Firefox installs the extension, which reads the settings and enforces them', async () => {
    removePolicy = installFirefoxPolicy({
      ExtensionSettings: { [build.id]: { ...example.install, install_url: `file://${xpi}` } },
      '3rdparty': { Extensions: { [build.id]: example.values } },
    });
    // Unsigned test build: ESR accepts it with signature checks off. A real rollout uses the AMO-signed .xpi.
    const ff = await launchFirefox({
      geckoId: build.id,
      install: false,
      prefs: { 'xpinstall.signatures.required': false },
      hosts: ALL_HOSTS,
      serverPort: server.port,
    });
    try {
      const { managed, clauses } = await managedAndClauses(ff);
      expect(managed).toEqual(example.values);
      expect(clauses).toContain('city-equipment');

      // The content script reads the policy too: off on TikTok (switched off), on for Reddit.
      // TikTok is typed first, with the same pause before evaluation: when Reddit's warnings are in, TikTok's would be too.
      const tiktok = await typeInTextarea(ff, 'www.tiktok.com');
      const reddit = await typeInTextarea(ff, 'www.reddit.com');
      const redditReport = await ff.waitForReport(reddit, (r) => r.findings.some((f) => f.clause === 'official-voice'));
      expect(redditReport.findings.map((f) => f.clause)).toContain('city-equipment');
      expect(await ff.getReport(tiktok)).toMatchObject({ site: null, findings: [] });
      expect(ff.refusedHosts()).toEqual([]);
    } finally {
      await ff.close();
      removePolicy();
      removePolicy = undefined;
    }
  });
});
