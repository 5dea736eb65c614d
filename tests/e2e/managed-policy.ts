// Department policy for e2e tests: the example policies of deploy/, installed
// where the browsers read them on Linux, for a COPY of the built extension
// under a test-only id. The test id keeps the policy away from any other
// browser running the real build at the same time (other tests, a developer's
// own Chromium), and proves that a manifest `key` pins the id policies name.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generate } from 'selfsigned';
import { isolatedEnv } from './harness/browser';

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

/** Chromium policy files these tests write: `second-look-test-<what>-<pid>.json`. */
const CHROMIUM_TEST_POLICY = /^second-look-test-.*-(\d+)\.json$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a crashed or killed earlier run left under /etc: Chromium policy files of processes that are gone,
 * and a Firefox policies.json that names only test ids and was written by a process that is gone.
 * Also run by the e2e global setup and teardown (tests/e2e/global-setup.ts).
 */
export function removeStaleTestPolicies(): string[] {
  const removed: string[] = [];
  if (existsSync(CHROMIUM_POLICY_DIR)) {
    for (const name of readdirSync(CHROMIUM_POLICY_DIR)) {
      const pid = CHROMIUM_TEST_POLICY.exec(name)?.[1];
      if (pid && !alive(Number(pid))) {
        rmSync(join(CHROMIUM_POLICY_DIR, name), { force: true });
        removed.push(join(CHROMIUM_POLICY_DIR, name));
      }
    }
  }
  const owner = firefoxTestPolicyOwner();
  if (owner !== null && !alive(owner)) {
    rmSync(FIREFOX_POLICY_FILE, { force: true });
    removed.push(FIREFOX_POLICY_FILE);
  }
  return removed;
}

/** Removes `file` when this process exits, however it exits short of SIGKILL (which the next run's sweep covers). */
function removeOnExit(file: string): () => void {
  const remove = () => rmSync(file, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    // Only we were listening: end as the signal would have (anyone else listening decides for themselves).
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    remove();
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** Writes a Chromium mandatory-policy file named `second-look-test-<what>-<pid>`; returns a function that removes it. */
export function installChromiumPolicy(name: string, policy: unknown): () => void {
  if (!CHROMIUM_TEST_POLICY.test(`${name}.json`) || !name.endsWith(`-${process.pid}`)) {
    throw new Error(`test policy name must be second-look-test-<what>-${process.pid}, got ${name}`);
  }
  removeStaleTestPolicies();
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return removeOnExit(file);
}

/** The pid that wrote Firefox's policies.json if only these tests' ids are in it; null for no file or a real policy. */
function firefoxTestPolicyOwner(): number | null {
  if (!existsSync(FIREFOX_POLICY_FILE)) return null;
  try {
    const ids = Object.keys((JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8')) as { policies?: { '3rdparty'?: { Extensions?: object } } }).policies?.['3rdparty']?.Extensions ?? {});
    const pids = ids.map((id) => /^second-look-test-(\d+)-/.exec(id)?.[1]);
    if (ids.length === 0 || pids.some((p) => p === undefined)) return null;
    return Number(pids[0]);
  } catch {
    return null;
  }
}

/**
 * Writes Firefox's system-wide policies.json; returns a function that removes it.
 * Refuses to replace one it did not write (a real machine's policy).
 */
export function installFirefoxPolicy(policies: unknown): () => void {
  removeStaleTestPolicies();
  if (existsSync(FIREFOX_POLICY_FILE)) {
    // Still there: a live test run's own (only test ids in it) may be replaced; anything else is the machine's policy.
    if (firefoxTestPolicyOwner() === null) {
      throw new Error(`${FIREFOX_POLICY_FILE} exists already: not replacing this machine's policy`);
    }
  }
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies }, null, 2));
  return removeOnExit(FIREFOX_POLICY_FILE);
}

/** Host name of the test's self-hosted update server (resolved to it by the test browser only). */
export const UPDATE_HOST = 'updates.second-look.test';

export interface SelfHostedCrx {
  /** Extension id Chrome derives from the CRX's signing key. */
  id: string;
  /** The update manifest URL a department puts in ExtensionInstallForcelist. */
  updateUrl: string;
  port: number;
  /** Paths requested so far (update checks and downloads). */
  requests(): string[];
  close(): Promise<void>;
}

/**
 * Packs `extensionDir` as a CRX3 signed with a fresh key (Chromium's own
 * --pack-extension) and serves it with its update manifest over local HTTPS:
 * the self-hosted install a department can point ExtensionInstallForcelist at.
 */
export async function serveSelfHostedCrx(extensionDir: string, chromiumPath: string): Promise<SelfHostedCrx> {
  const work = mkdtempSync(join(tmpdir(), 'second-look-crx-'));
  const source = join(work, 'extension');
  cpSync(extensionDir, source, { recursive: true });
  const manifestPath = join(source, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.key; // the CRX's own key decides the id
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(work, 'key.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  execFileSync(chromiumPath, ['--headless=new', '--no-sandbox', `--user-data-dir=${join(work, 'profile')}`, `--pack-extension=${source}`, `--pack-extension-key=${keyFile}`], { stdio: 'ignore', timeout: 60_000, env: isolatedEnv(work) });
  const crx = readFileSync(join(work, 'extension.crx'));
  const id = chromeIdForKey(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
  const version = manifest.version as string;
  const pems = await generate([{ name: 'commonName', value: UPDATE_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: UPDATE_HOST }] }],
  });
  const log: string[] = [];
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(path);
    if (path === '/update.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">` +
          `<app appid="${id}"><updatecheck codebase="https://${UPDATE_HOST}/second-look.crx" version="${version}"/></app></gupdate>`,
      );
    } else if (path === '/second-look.crx') {
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      res.end(crx);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    id,
    updateUrl: `https://${UPDATE_HOST}/update.xml`,
    port: (server.address() as { port: number }).port,
    requests: () => [...log],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
