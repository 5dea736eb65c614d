import { describe, expect, it } from 'vitest';
import { siteForHost, mastodonMatchPatterns, SITE_ADAPTERS } from '../../../src/sites';
import { SITE_IDS } from '../../../src/settings/schema';

describe('siteForHost', () => {
  it('knows every site, with and without www and on subdomains', () => {
    expect(siteForHost('x.com')).toBe('x');
    expect(siteForHost('twitter.com')).toBe('x');
    expect(siteForHost('mobile.twitter.com')).toBe('x');
    expect(siteForHost('www.facebook.com')).toBe('facebook');
    expect(siteForHost('m.facebook.com')).toBe('facebook');
    expect(siteForHost('www.instagram.com')).toBe('instagram');
    expect(siteForHost('www.linkedin.com')).toBe('linkedin');
    expect(siteForHost('old.reddit.com')).toBe('reddit');
    expect(siteForHost('www.threads.net')).toBe('threads');
    expect(siteForHost('threads.com')).toBe('threads');
    expect(siteForHost('bsky.app')).toBe('bluesky');
    expect(siteForHost('www.tiktok.com')).toBe('tiktok');
    expect(siteForHost('www.youtube.com')).toBe('youtube');
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
  it('has adapters only for known site ids', () => {
    for (const id of Object.keys(SITE_ADAPTERS)) expect(SITE_IDS).toContain(id);
  });
});
