// Firefox for Android runs the Firefox build (gecko_android). Nothing here runs
// on a phone, so every `browser.*` API the extension calls and every key of the
// Firefox manifest is checked against MDN's browser-compat-data for
// firefox_android at the version the manifest declares. Where Android lacks
// one, the feature must degrade, and the list below says how.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { FIREFOX_ANDROID_MIN_VERSION, firefoxManifest, type Manifest } from '../../../scripts/manifests';

interface Compat {
  __compat?: { support: Record<string, SupportStatement | SupportStatement[]> };
  [key: string]: unknown;
}
interface SupportStatement {
  version_added: string | boolean | null;
  version_removed?: string;
  flags?: unknown[];
}

/** Android lacks these; each degrades without an error, as said here and in docs/android.md. */
const ANDROID_LACKS: Record<string, string> = {
  'storage.managed': 'department policy: readManaged() answers {} where the API is missing, the member’s own settings apply',
  'trial.ml': 'deep check: feature-detected; the options page and popup say it is unavailable on this device',
  trialML: 'the deep check’s optional permission, asked only when the member turns the deep check on in Firefox',
};

// 20 MB of JSON: parsed by Node directly, not pushed through Vite's transform (55 s → under a second).
const bcd = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')) as {
  webextensions: { api: unknown; manifest: unknown };
};

const EXTENSION_DIR = new URL('../../../extension/', import.meta.url).pathname;
const minVersion = Number.parseFloat(FIREFOX_ANDROID_MIN_VERSION);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `browser.storage.sync.get`, `browser.trial?.ml` … as dotted paths without `browser` (types like `browser.Runtime` skipped). */
function apisCalled(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(EXTENSION_DIR)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bbrowser\??\.([a-z][A-Za-z]*(?:\??\.[A-Za-z]+)*)/g)) {
      const path = m[1]!.replace(/\?/g, '').replace(/\.(addListener|removeListener|hasListener)$/, '');
      found.set(path, [...(found.get(path) ?? []), file.slice(EXTENSION_DIR.length)]);
    }
  }
  return found;
}

/** The deepest compat entry along `path` (storage.sync.get → storage.sync when BCD lists no `get` under it). */
function compatFor(root: Compat, path: string[]): { at: string; support: SupportStatement | undefined } | null {
  let node: Compat | undefined = root;
  let best: { at: string; support: SupportStatement | undefined } | null = null;
  const seen: string[] = [];
  for (const key of path) {
    node = node?.[key] as Compat | undefined;
    if (!node) break;
    seen.push(key);
    const s = node.__compat?.support.firefox_android;
    if (s !== undefined) best = { at: seen.join('.'), support: Array.isArray(s) ? s[0] : s };
  }
  return best;
}

/** Supported on Firefox for Android at the declared version, without a pref. */
function supported(s: SupportStatement | undefined): boolean {
  if (!s || s.flags || s.version_removed) return false;
  if (s.version_added === true) return true;
  if (typeof s.version_added !== 'string') return false;
  return Number.parseFloat(s.version_added.replace(/^≤/, '')) <= minVersion;
}

const apiRoot = bcd.webextensions.api as unknown as Compat;
const manifestRoot = bcd.webextensions.manifest as unknown as Compat;

describe('Firefox for Android: what the Firefox build uses exists there', () => {
  it('finds the API calls it is checking (the scan can see them)', () => {
    const apis = apisCalled();
    for (const expected of ['runtime.sendMessage', 'storage.sync.get', 'storage.managed.get', 'scripting.registerContentScripts', 'permissions.request']) {
      expect([...apis.keys()]).toContain(expected);
    }
  });

  it('MDN’s data says Android lacks storage.managed (so the check can fail)', () => {
    expect(supported(compatFor(apiRoot, ['storage', 'managed'])?.support)).toBe(false);
    expect(supported(compatFor(apiRoot, ['runtime', 'sendMessage'])?.support)).toBe(true);
  });

  it(`every browser.* API called is supported on Firefox for Android ${FIREFOX_ANDROID_MIN_VERSION}, or degrades as listed`, () => {
    const problems: string[] = [];
    for (const [path, files] of apisCalled()) {
      const segments = path.split('.');
      if (segments.length === 1) continue; // `browser.runtime` handed on as a whole
      const lacks = Object.keys(ANDROID_LACKS).find((k) => path === k || path.startsWith(`${k}.`));
      const entry = compatFor(apiRoot, segments);
      if (lacks) continue;
      if (!entry || entry.at.split('.').length < 2) problems.push(`${path} (${files[0]}): not in MDN's compatibility data`);
      else if (!supported(entry.support)) problems.push(`${path} (${files[0]}): ${entry.at} is not supported on Firefox for Android ${FIREFOX_ANDROID_MIN_VERSION}`);
    }
    expect(problems).toEqual([]);
  });

  it('every key of the Firefox manifest and every permission it asks for is supported there', () => {
    const m = firefoxManifest(baseManifest as unknown as Manifest, '1.0.0') as Record<string, unknown>;
    const problems: string[] = [];
    const check = (path: string[]) => {
      const name = path.join('.');
      if (ANDROID_LACKS[path.at(-1)!]) return;
      const entry = compatFor(manifestRoot, path);
      if (!entry || entry.at !== name) problems.push(`${name}: not in MDN's compatibility data`);
      else if (!supported(entry.support)) problems.push(`${name}: not supported on Firefox for Android ${FIREFOX_ANDROID_MIN_VERSION}`);
    };
    for (const [key, value] of Object.entries(m)) {
      if (['manifest_version', 'name', 'version', 'description'].includes(key) && manifestRoot[key] === undefined) continue;
      check([key]);
      const items = key === 'content_scripts' ? (value as Record<string, unknown>[]) : [];
      for (const item of items) for (const sub of Object.keys(item)) check([key, sub]);
      if (['background', 'action', 'options_ui'].includes(key)) for (const sub of Object.keys(value as object)) check([key, sub]);
    }
    for (const perm of [...((m.permissions as string[]) ?? []), ...((m.optional_permissions as string[]) ?? [])]) check(['permissions', perm]);
    expect(problems).toEqual([]);
  });
});
