// The Chrome and Firefox manifests, both derived from the one manifest.json at
// the repository root, with the version taken from package.json and the
// content-script matches from the site registry (src/sites/). Used by
// vite.config.ts for `npm run build` and by the unit tests.
import { contentScriptMatches, SITE_IDS, SITES, type SiteDefinition } from '../src/sites';

/** Firefox add-on id: fixed, so policies.json and tests can name it. */
export const GECKO_ID = 'second-look@durhamnc.gov';
/** Chrome extension id, derived from the public `key` in manifest.json (see docs/deployment.md, "Packages and ids"). */
export const CHROME_EXTENSION_ID = 'ckjpbcdlckdoleaenngbkojgdeieieco';
/**
 * The lowest Firefox the end-to-end tests run against (Debian's firefox-esr);
 * Firefox for Android shares its Gecko. Above the floors of what the build uses
 * (data_collection_permissions: 140 desktop, 142 Android; every API and
 * manifest key is checked against MDN's compatibility data in
 * tests/unit/platform/firefox-android-support.test.ts).
 */
export const FIREFOX_MIN_VERSION = '153.0';
export const FIREFOX_ANDROID_MIN_VERSION = '153.0';

/** Permissions only Chrome knows; Firefox's linter flags them. */
const CHROME_ONLY_PERMISSIONS = new Set(['offscreen']);

export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  storage?: { managed_schema?: string };
  content_scripts?: ContentScript[];
};

export interface ContentScript {
  matches?: string[];
  [key: string]: unknown;
}

export type Target = 'chrome' | 'firefox';

/** A copy of the manifest whose content script runs on every site of the registry. */
function clone(m: Manifest, sites: readonly SiteDefinition[] = SITES): Manifest {
  const copy = structuredClone(m);
  for (const cs of copy.content_scripts ?? []) cs.matches = contentScriptMatches(sites);
  return copy;
}

/** Chrome: manifest.json as written, version from package.json. */
export function chromeManifest(base: Manifest, version: string, sites: readonly SiteDefinition[] = SITES): Manifest {
  return { ...clone(base, sites), version };
}

/**
 * Firefox MV3: the background runs as an event page (`background.scripts`, no
 * service worker), a fixed gecko id, no Chrome-only keys. Managed settings come
 * from policies.json ("3rdparty.Extensions"), so `storage.managed_schema` is dropped.
 */
export function firefoxManifest(base: Manifest, version: string, sites: readonly SiteDefinition[] = SITES): Manifest {
  const m = clone(base, sites);
  m.version = version;
  delete m.key;
  delete m.minimum_chrome_version;
  delete m.storage;
  const worker = m.background?.service_worker;
  if (worker) m.background = { scripts: [worker], type: m.background?.type ?? 'module' };
  if (m.permissions) m.permissions = m.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.has(p));
  // The deep check's trial ML API (docs/deep-check.md); asked for only when the member turns it on.
  m.optional_permissions = [...((m.optional_permissions as string[] | undefined) ?? []), 'trialML'];
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the device: Mozilla's required declaration says so.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return m;
}

export function manifestFor(target: Target, base: Manifest, version: string, sites: readonly SiteDefinition[] = SITES): Manifest {
  return target === 'firefox' ? firefoxManifest(base, version, sites) : chromeManifest(base, version, sites);
}

interface JsonSchema {
  properties?: Record<string, { items?: { enum?: unknown[] } }>;
}

/** Settings whose values are site ids: their enum in managed_schema.json is the registry's id list. */
export const SITE_LIST_SETTINGS = ['disabledSites', 'reviewDisabledSites'] as const;

/** managed_schema.json with its site lists taken from the registry (what the build ships). */
export function managedSchemaFor<T extends JsonSchema>(base: T, ids: readonly string[] = SITE_IDS): T {
  const schema = structuredClone(base);
  for (const key of SITE_LIST_SETTINGS) {
    const items = schema.properties?.[key]?.items;
    if (items) items.enum = [...ids];
  }
  return schema;
}
