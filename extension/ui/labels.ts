// Names members see for settings and sites.
import type { Settings } from '../../src/settings/schema';
import { SITE_LABELS } from '../../src/sites';

/** Site names come from the site registry (src/sites/). */
export { SITE_LABELS };

const SETTING_LABELS: Partial<Record<keyof Settings, string>> = {
  paused: 'Pause everywhere',
  disabledSites: 'Sites checked',
  sensitivity: 'Sensitivity',
  pack: 'Policy',
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
