// Department deployment and the two browser builds: the managed-storage schema
// covers every setting, the example policies are valid settings, and the
// Chrome/Firefox manifests derive correctly from manifest.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { CHROME_EXTENSION_ID, GECKO_ID, chromeManifest, firefoxManifest, managedSchemaFor, type Manifest } from '../../scripts/manifests';
import { DEFAULT_SETTINGS, SITE_IDS, parseSettings } from '../../src/settings/schema';

interface JsonSchema {
  type: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
}
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const managedSchema = readJson('managed_schema.json') as JsonSchema;

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

describe('managed_schema.json (department policy)', () => {
  it('has a property for every setting and nothing else', () => {
    expect(Object.keys(managedSchema.properties!).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it("declares each setting with its default value's type", () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(managedSchema.properties![key]!.type, key).toBe(jsonType(value));
    }
  });

  it('ships the site lists of the registry (the build fills them in)', () => {
    const built = managedSchemaFor(managedSchema);
    expect(built.properties!.disabledSites!.items!.enum).toEqual([...SITE_IDS]);
    expect(built.properties!.reviewDisabledSites!.items!.enum).toEqual([...SITE_IDS]);
  });

  it('lists exactly the known sites and sensitivities', () => {
    expect(managedSchema.properties!.disabledSites!.items!.enum).toEqual([...SITE_IDS]);
    expect(managedSchema.properties!.reviewDisabledSites!.items!.enum).toEqual([...SITE_IDS]);
    expect(managedSchema.properties!.sensitivity!.enum).toEqual(['balanced', 'strict']);
  });

  it('is the schema manifest.json names', () => {
    expect((baseManifest as Manifest).storage?.managed_schema).toBe('managed_schema.json');
  });
});

describe('example department policies (deploy/)', () => {
  const chrome = readJson('deploy/chrome/second-look.json') as {
    ExtensionInstallForcelist: string[];
    '3rdparty': { extensions: Record<string, unknown> };
  };
  const firefox = readJson('deploy/firefox/policies.json') as {
    policies: { ExtensionSettings: Record<string, unknown>; '3rdparty': { Extensions: Record<string, unknown> } };
  };

  it('name the pinned extension ids', () => {
    expect(chrome.ExtensionInstallForcelist[0]!.split(';')[0]).toBe(CHROME_EXTENSION_ID);
    expect(Object.keys(chrome['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(Object.keys(firefox.policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expect(Object.keys(firefox.policies.ExtensionSettings)).toEqual([GECKO_ID]);
  });

  it('carry only valid settings, the same on both browsers', () => {
    const chromeValues = chrome['3rdparty'].extensions[CHROME_EXTENSION_ID] as Record<string, unknown>;
    const parsed = parseSettings(chromeValues);
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(chromeValues).every((k) => k in DEFAULT_SETTINGS)).toBe(true);
    expect(firefox.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(chromeValues);
  });
});

describe('browser manifests', () => {
  const base = baseManifest as Manifest;

  it("pins the Chrome id: the documented id is the one Chrome derives from manifest.json's public key", () => {
    const der = Buffer.from(base.key as string, 'base64');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });

  it('Chrome: manifest.json with the package version and a service worker', () => {
    const m = chromeManifest(base, '9.8.7');
    expect(m.version).toBe('9.8.7');
    expect(m.background?.service_worker).toBeTruthy();
    expect(m.key).toBe(base.key);
    expect(base.version).toBe(pkg.version);
  });

  it('Firefox: background scripts, fixed gecko id, no data collection, Android, no Chrome-only keys', () => {
    const m = firefoxManifest({ ...base, permissions: ['storage', 'offscreen'] }, '9.8.7');
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe('9.8.7');
    expect(m.background).toEqual({ scripts: [base.background!.service_worker], type: 'module' });
    expect(m.permissions).toEqual(['storage']);
    for (const key of ['key', 'minimum_chrome_version', 'storage']) expect(m, key).not.toHaveProperty(key);
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '153.0' },
    });
    // Content scripts are Chrome's: one standalone script on the registry's sites, frames included, no web-accessible resources.
    expect(m.content_scripts).toEqual(chromeManifest(base, '9.8.7').content_scripts);
    expect(m.content_scripts![0]).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true });
    expect(m).not.toHaveProperty('web_accessible_resources');
  });
});
