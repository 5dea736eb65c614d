// Which social site a page belongs to, from its host name. Browser-free:
// the content script, the background and the options page share it.
import type { SiteId } from './settings/schema';

/** Registrable domains per site; a host matches the domain or any subdomain of it. */
const SITE_DOMAINS: Record<Exclude<SiteId, 'mastodon'>, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  linkedin: ['linkedin.com'],
  reddit: ['reddit.com'],
  threads: ['threads.net', 'threads.com'],
  bluesky: ['bsky.app'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com'],
  nextdoor: ['nextdoor.com'],
};

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The site id for a host, or null when Second Look does not run there.
 * Mastodon instances are any domain the member added in the options.
 */
export function siteForHost(host: string, mastodonInstances: readonly string[] = []): SiteId | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [site, domains] of Object.entries(SITE_DOMAINS) as [SiteId, readonly string[]][]) {
    if (domains.some((d) => onDomain(h, d))) return site;
  }
  if (mastodonInstances.some((i) => onDomain(h, i.toLowerCase()))) return 'mastodon';
  return null;
}

/** Match patterns for one Mastodon instance (content-script registration, permission request). */
export function mastodonMatchPatterns(instance: string): string[] {
  return [`https://${instance.toLowerCase()}/*`];
}

/**
 * What generic discovery cannot know about a site. Selectors are matched
 * against candidate editables (or their ancestors, for `skipWithin`).
 */
export interface SiteAdapter {
  /** Editables inside these are never checked (site search, login, ads). */
  skipWithin?: readonly string[];
  /** Extra selectors that identify composers generic discovery misses. */
  composers?: readonly string[];
}

/** One entry per site, only where generic discovery is not enough. */
export const SITE_ADAPTERS: Partial<Record<SiteId, SiteAdapter>> = {
  // X's search box is a role=combobox input inside a search form.
  x: { skipWithin: ['form[role="search"]', '[data-testid="SearchBox_Search_Input"]'] },
  // Facebook's top bar search and the Marketplace search are contenteditables in a search role.
  facebook: { skipWithin: ['[role="search"]', '[role="banner"] [role="combobox"]'] },
  // Reddit's composer is a web component with the editor in its (open) shadow root.
  reddit: { composers: ['shreddit-composer [contenteditable="true"]'], skipWithin: ['reddit-search-large', 'faceplate-search-input'] },
  // YouTube's search is a plain input; comment boxes are contenteditable divs (#contenteditable-root).
  youtube: { skipWithin: ['ytd-searchbox', '#search-form'] },
  tiktok: { skipWithin: ['form[action*="search"]', '[data-e2e="search-box"]'] },
  linkedin: { skipWithin: ['#global-nav-search', '.search-global-typeahead'] },
};
