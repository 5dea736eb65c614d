// Names members see for settings and sites.
import type { Settings, SiteId } from '../../src/settings/schema';

export const SITE_LABELS: Record<SiteId, string> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  threads: 'Threads',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  nextdoor: 'Nextdoor',
  mastodon: 'Mastodon',
};

const SETTING_LABELS: Partial<Record<keyof Settings, string>> = {
  paused: 'Pause everywhere',
  disabledSites: 'Sites checked',
  sensitivity: 'Sensitivity',
  cityDevice: 'City-device mode',
  mastodonInstances: 'Mastodon servers',
  watchTerms: 'Custom watch terms',
  reviewOnPost: 'Review before posting',
  reviewDisabledSites: 'Review before posting, per site',
};

export function settingLabel(key: string): string {
  return SETTING_LABELS[key as keyof Settings] ?? key;
}

/** "X, Facebook, Instagram… and Mastodon" for the empty state. */
export function siteList(): string {
  const names = Object.values(SITE_LABELS);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
