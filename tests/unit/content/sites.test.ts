// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, managedSchemaFor, type Manifest } from '../../../scripts/manifests';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import {
  contentScriptMatches, defineSite, mastodonMatchPatterns, siteById, siteForHost, SITE_ADAPTERS, SITE_IDS, SITE_LABELS, SITES,
} from '../../../src/sites';
import { parseSettings, SITE_IDS as SETTINGS_SITE_IDS } from '../../../src/settings/schema';
import { SITE_SUBMIT } from '../../../extension/content/review/submit-controls';

describe('siteForHost', () => {
  it('knows every site, with and without www, on subdomains and mobile front-ends', () => {
    expect(siteForHost('x.com')).toBe('x');
    expect(siteForHost('twitter.com')).toBe('x');
    expect(siteForHost('mobile.twitter.com')).toBe('x');
    expect(siteForHost('mobile.x.com')).toBe('x');
    expect(siteForHost('www.facebook.com')).toBe('facebook');
    expect(siteForHost('m.facebook.com')).toBe('facebook');
    expect(siteForHost('www.instagram.com')).toBe('instagram');
    expect(siteForHost('www.linkedin.com')).toBe('linkedin');
    expect(siteForHost('old.reddit.com')).toBe('reddit');
    expect(siteForHost('www.threads.net')).toBe('threads');
    expect(siteForHost('threads.com')).toBe('threads');
    expect(siteForHost('www.threads.com')).toBe('threads');
    expect(siteForHost('bsky.app')).toBe('bluesky');
    expect(siteForHost('www.tiktok.com')).toBe('tiktok');
    expect(siteForHost('www.youtube.com')).toBe('youtube');
    expect(siteForHost('m.youtube.com')).toBe('youtube');
    expect(siteForHost('nextdoor.com')).toBe('nextdoor');
  });
  it('does not match look-alike domains', () => {
    expect(siteForHost('notx.com')).toBeNull();
    expect(siteForHost('x.com.evil.example')).toBeNull();
    expect(siteForHost('facebook.com.example.org')).toBeNull();
    expect(siteForHost('example.org')).toBeNull();
  });
  it('treats only the instances the member added as Mastodon', () => {
    expect(siteForHost('mastodon.social')).toBeNull();
    expect(siteForHost('mastodon.social', ['mastodon.social'])).toBe('mastodon');
    expect(siteForHost('Mastodon.Social.', ['mastodon.social'])).toBe('mastodon');
    expect(mastodonMatchPatterns('Mastodon.Social')).toEqual(['https://mastodon.social/*']);
  });
});

describe('site registry', () => {
  it('lists every record file of src/sites/ (a new site is one file plus its line in SITES)', () => {
    const files = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '../../../src/sites')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('is the one source of settings ids, labels, discovery hints and Post knowledge', () => {
    expect(SETTINGS_SITE_IDS).toBe(SITE_IDS);
    expect(new Set(SITE_IDS).size).toBe(SITES.length);
    for (const site of SITES) {
      expect(SITE_LABELS[site.id]).toBe(site.label);
      expect(SITE_ADAPTERS[site.id]).toBe(site);
      expect(SITE_SUBMIT[site.id]).toBe(site.submit);
      expect(siteById(site.id)).toBe(site);
      // Every selector parses (a typo would throw in the content script).
      for (const sel of [...(site.skipWithin ?? []), ...(site.composers ?? []), ...site.submit.controls, ...site.submit.enterSendsIn]) {
        expect(() => document.createDocumentFragment().querySelector(sel), `${site.id}: ${sel}`).not.toThrow();
      }
    }
  });

  it('no two sites claim the same domain', () => {
    const domains = SITES.flatMap((s) => s.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('gives both manifests one HTTPS match pattern per domain, the domain and its subdomains', () => {
    const base = baseManifest as Manifest;
    const matches = contentScriptMatches();
    expect(chromeManifest(base, '1.0.0').content_scripts![0]!.matches).toEqual(matches);
    expect(firefoxManifest(base, '1.0.0').content_scripts![0]!.matches).toEqual(matches);
    expect(matches).toContain('https://*.threads.com/*');
    expect(matches).toContain('https://*.bsky.app/*');
    for (const m of matches) expect(m).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('adding a fictional site takes one record: host lookup, manifest matches, policy schema and settings follow', () => {
    const fictional = defineSite({
      id: 'chirper',
      label: 'Chirper',
      domains: ['chirper.example'],
      skipWithin: ['[role="search"]'],
      submit: { controls: ['[data-testid="chirpButton"]'], enterSendsIn: [] },
    });
    const sites = [...SITES, fictional];
    expect(siteForHost('m.chirper.example', [], sites)).toBe('chirper');
    expect(siteForHost('m.chirper.example')).toBeNull();
    expect(siteById('chirper', sites)).toBe(fictional);
    expect(chromeManifest(baseManifest as Manifest, '1.0.0', sites).content_scripts![0]!.matches).toContain('https://*.chirper.example/*');
    expect(firefoxManifest(baseManifest as Manifest, '1.0.0', sites).content_scripts![0]!.matches).toContain('https://*.chirper.example/*');
    const schema = managedSchemaFor({ properties: { disabledSites: { items: { enum: [] as unknown[] } }, reviewDisabledSites: { items: { enum: [] as unknown[] } } } }, sites.map((s) => s.id));
    expect(schema.properties.disabledSites.items.enum).toContain('chirper');
    expect(schema.properties.reviewDisabledSites.items.enum).toContain('chirper');
    // The real settings only accept real ids.
    expect(parseSettings({ disabledSites: ['chirper'] }).problems.length).toBeGreaterThan(0);
    expect(parseSettings({ disabledSites: ['x'] }).problems).toEqual([]);
  });
});
