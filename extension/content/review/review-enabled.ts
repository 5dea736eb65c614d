// Keeps "which site is this, and is the review on here?" in memory, so the
// Post path never waits for storage. Off until the settings are read: a
// member who turned the review off is never interrupted during page load.
import { loadSettings, onSettingsChanged } from '../../shared/settings-store';
import { siteForHost } from '../../../src/sites';
import type { SiteId } from '../../../src/settings/schema';
import { isReviewEnabled } from './review-settings';

export interface ReviewSwitch {
  enabled(): boolean;
  site(): SiteId | undefined;
  dispose(): void;
}

/** `onSite` is called once the settings are read, and again if the site changes (a Mastodon instance added). */
export function trackReviewEnabled(host: string, onSite: (site: SiteId | undefined) => void = () => {}): ReviewSwitch {
  let enabled = false;
  let site: SiteId | undefined;
  let loaded = false;
  const refresh = () =>
    loadSettings({ gallery: false }).then(
      ({ settings }) => {
        const next = siteForHost(host, settings.mastodonInstances) ?? undefined;
        enabled = isReviewEnabled(settings, next);
        if (!loaded || next !== site) {
          loaded = true;
          onSite((site = next));
        }
      },
      () => {
        enabled = false;
      },
    );
  void refresh();
  const stop = onSettingsChanged(() => void refresh(), { gallery: false });
  return { enabled: () => enabled, site: () => site, dispose: stop };
}
