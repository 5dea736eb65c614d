// Department deployment on Firefox: the README's example policies.json
// (deploy/firefox) installs the extension (ExtensionSettings, force_installed
// from a local .xpi) and hands it the department's settings (3rdparty), which
// the background enforces. Runs on a copy under a test-only gecko id.
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';
import { exampleFirefoxPolicy, firefoxBuildWithTestId, installFirefoxPolicy, type ExtensionCopy } from './managed-policy';

const DRAFT = 'Great turnout at the park cleanup this morning!';

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

  beforeAll(() => {
    build = firefoxBuildWithTestId();
    xpi = join(dirname(build.dir), 'second-look-test.xpi');
    // The .xpi a department would host (here unsigned, from the test copy), made with web-ext like `npm run package`.
    execFileSync('npx', ['web-ext', 'build', '--source-dir', build.dir, '--artifacts-dir', dirname(xpi), '--filename', 'second-look-test.xpi'], {
      stdio: 'ignore',
    });
  });
  afterAll(() => {
    removePolicy?.();
    build?.remove();
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

  it('with the example policies.json: Firefox installs the extension, which reads the settings and enforces City-device mode', async () => {
    removePolicy = installFirefoxPolicy({
      ExtensionSettings: { [build.id]: { ...example.install, install_url: `file://${xpi}` } },
      '3rdparty': { Extensions: { [build.id]: example.values } },
    });
    // Unsigned test build: ESR accepts it with signature checks off. A real rollout uses the AMO-signed .xpi.
    const ff = await launchFirefox({ geckoId: build.id, install: false, prefs: { 'xpinstall.signatures.required': false } });
    try {
      const { managed, clauses } = await managedAndClauses(ff);
      expect(managed).toEqual(example.values);
      expect(clauses).toContain('city-equipment');
    } finally {
      await ff.close();
      removePolicy();
      removePolicy = undefined;
    }
  });
});
