// Whether the pre-publish review runs on this site, from the member's (or
// the department's) settings. Pure; the content script keeps the settings in memory.
import type { Settings, SiteId } from '../../../src/settings/schema';

export function isReviewEnabled(settings: Settings, site: SiteId | undefined): boolean {
  if (settings.paused || !settings.reviewOnPost) return false;
  if (!site) return true;
  return !settings.disabledSites.includes(site) && !settings.reviewDisabledSites.includes(site);
}
