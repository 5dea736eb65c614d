// The site registry: every site Second Look runs on, one record per file in
// this folder. Everything else is derived from this list: settings ids and
// labels, the content-script matches of both manifests, the department-policy
// schema's site lists, host lookup, discovery hints and Post detection.
// Adding a site = one file here + its line in SITES (a unit test checks that
// no file is left out). Browser-free: content script, background and pages share it.
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { nextdoor } from './nextdoor';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteDefinition } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { SiteDefinition, SiteSubmit } from './types';
export { defineSite } from './types';

/** Every site, in the order members see them. */
export const SITES = [x, facebook, instagram, linkedin, reddit, threads, bluesky, tiktok, youtube, nextdoor, mastodon] as const;

export type SiteId = (typeof SITES)[number]['id'];
export const SITE_IDS = SITES.map((s) => s.id) as unknown as readonly [SiteId, ...SiteId[]];

/** What generic discovery cannot know about a site (a view of its record). */
export type SiteAdapter = Pick<SiteDefinition, 'skipWithin' | 'composers'>;

export function siteById(id: SiteId): SiteDefinition<SiteId>;
export function siteById(id: string, sites?: readonly SiteDefinition[]): SiteDefinition | undefined;
export function siteById(id: string, sites: readonly SiteDefinition[] = SITES): SiteDefinition | undefined {
  return sites.find((s) => s.id === id);
}

/** One value per site id, read from each record. */
export function perSite<T>(pick: (site: SiteDefinition<SiteId>) => T): Record<SiteId, T> {
  return Object.fromEntries(SITES.map((s) => [s.id, pick(s)])) as Record<SiteId, T>;
}

/** Discovery hints per site id. */
export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = perSite((s) => s);

/** Member-facing names per site id. */
export const SITE_LABELS: Record<SiteId, string> = perSite((s) => s.label);

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The site id for a host, or null when Second Look does not run there.
 * Mastodon instances are any domain the member added in the options.
 */
export function siteForHost(host: string, mastodonInstances?: readonly string[]): SiteId | null;
export function siteForHost(host: string, mastodonInstances: readonly string[], sites: readonly SiteDefinition[]): string | null;
export function siteForHost(host: string, mastodonInstances: readonly string[] = [], sites: readonly SiteDefinition[] = SITES): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const site of sites) if (site.domains.some((d) => onDomain(h, d))) return site.id;
  if (mastodonInstances.some((i) => onDomain(h, i.toLowerCase()))) return 'mastodon';
  return null;
}

/**
 * Content-script match patterns for the sites with fixed domains.
 * `*.domain` matches the domain itself and every subdomain (www, m., mobile., old.).
 */
export function contentScriptMatches(sites: readonly SiteDefinition[] = SITES): string[] {
  return sites.flatMap((s) => s.domains.map((d) => `https://*.${d}/*`));
}

/** Match patterns for one Mastodon instance (content-script registration, permission request). */
export function mastodonMatchPatterns(instance: string): string[] {
  return [`https://${instance.toLowerCase()}/*`];
}
