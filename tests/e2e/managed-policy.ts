// Department policy for e2e tests: the example policies of deploy/, installed
// where the browsers read them on Linux, for a COPY of the built extension
// under a test-only id. The test id keeps the policy away from any other
// browser running the real build at the same time (other tests, a developer's
// own Chromium), and proves that a manifest `key` pins the id policies name.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Debian's Chromium reads mandatory policies from here. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** Firefox (Debian's firefox-esr included, verified) reads its system-wide policies from here on Linux. */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

export type ManagedValues = Record<string, unknown>;

/** The department settings of the example policy in deploy/chrome (the README's tested example). */
export function exampleChromePolicy(): { forcelist: string[]; values: ManagedValues; id: string } {
  const policy = JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/chrome/second-look.json'), 'utf8')) as {
    ExtensionInstallForcelist: string[];
    '3rdparty': { extensions: Record<string, ManagedValues> };
  };
  const [id, values] = Object.entries(policy['3rdparty'].extensions)[0]!;
  return { forcelist: policy.ExtensionInstallForcelist, values, id };
}

/** The example policies.json of deploy/firefox. */
export function exampleFirefoxPolicy(): { values: ManagedValues; install: Record<string, unknown>; id: string } {
  const policy = JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/firefox/policies.json'), 'utf8')) as {
    policies: { ExtensionSettings: Record<string, Record<string, unknown>>; '3rdparty': { Extensions: Record<string, ManagedValues> } };
  };
  const [id, values] = Object.entries(policy.policies['3rdparty'].Extensions)[0]!;
  return { values, install: policy.policies.ExtensionSettings[id]!, id };
}

/** Chrome's id for a manifest `key`: the first 128 bits of SHA-256 of the DER public key, as letters a–p. */
export function chromeIdForKey(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface ExtensionCopy {
  dir: string;
  /** Chrome extension id (from the new key) or Firefox gecko id. */
  id: string;
  remove(): void;
}

function copyBuild(target: 'chrome' | 'firefox', edit: (manifest: Record<string, unknown>) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), `second-look-${target}-managed-`)), target);
  cpSync(join(REPO_ROOT, 'dist', target), dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

/** dist/chrome with a fresh test key, so it loads under its own id. */
export function chromeBuildWithTestKey(): ExtensionCopy {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const dir = copyBuild('chrome', (m) => {
    m.key = key;
  });
  return { dir, id: chromeIdForKey(key), remove: () => rmSync(dirname(dir), { recursive: true, force: true }) };
}

const TEST_ID_PREFIX = 'second-look-test-';

/** dist/firefox under a test-only gecko id. */
export function firefoxBuildWithTestId(): ExtensionCopy {
  const id = `${TEST_ID_PREFIX}${process.pid}-${Date.now()}@durhamnc.gov`;
  const dir = copyBuild('firefox', (m) => {
    (m.browser_specific_settings as { gecko: { id: string } }).gecko.id = id;
  });
  return { dir, id, remove: () => rmSync(dirname(dir), { recursive: true, force: true }) };
}

/** Writes a Chromium mandatory-policy file; returns a function that removes it. */
export function installChromiumPolicy(name: string, policy: unknown): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return () => rmSync(file, { force: true });
}

/**
 * Writes Firefox's system-wide policies.json; returns a function that removes it.
 * Refuses to replace one it did not write (a real machine's policy).
 */
export function installFirefoxPolicy(policies: unknown): () => void {
  if (existsSync(FIREFOX_POLICY_FILE)) {
    // Left by an interrupted run of these tests (only test ids in it): replace it. Anything else is the machine's own policy.
    const ids = Object.keys((JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8')) as { policies?: { '3rdparty'?: { Extensions?: object } } }).policies?.['3rdparty']?.Extensions ?? {});
    if (ids.length === 0 || !ids.every((id) => id.startsWith(TEST_ID_PREFIX))) {
      throw new Error(`${FIREFOX_POLICY_FILE} exists already: not replacing this machine's policy`);
    }
  }
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies }, null, 2));
  return () => rmSync(FIREFOX_POLICY_FILE, { force: true });
}
