// Keeps "is the review on for this site?" in memory, so the Post path never
// waits for storage. Off until the settings are read: a member who turned the
// review off is never interrupted during page load.
import { loadSettings, onSettingsChanged } from '../../shared/settings-store';
import type { SiteId } from '../../../src/settings/schema';
import { isReviewEnabled } from './review-settings';

export interface ReviewSwitch {
  enabled(): boolean;
  dispose(): void;
}

export function trackReviewEnabled(site: SiteId | undefined): ReviewSwitch {
  let enabled = false;
  const refresh = () =>
    loadSettings().then(
      ({ settings }) => {
        enabled = isReviewEnabled(settings, site);
      },
      () => {
        enabled = false;
      },
    );
  void refresh();
  const stop = onSettingsChanged(() => void refresh());
  return { enabled: () => enabled, dispose: stop };
}
