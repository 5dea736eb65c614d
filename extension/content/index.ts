// Content script entry: finds compose boxes and shows warnings inline.
// Runs in every frame of the social sites (and of Mastodon instances the
// member granted); starts and stops with the settings, live.
import { SITE_ADAPTERS, siteForHost } from '../../src/sites';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { InlineWarnings } from './controller';
import { watchEarlyInput } from './early-input';
import { pageHost } from './page-host';
import { setActive } from './registry';
import { startPostReview } from './review/start';

// Before anything async: keys typed while the settings load still count as the member's input.
watchEarlyInput(window);

let running: InlineWarnings | null = null;
/** Settings were applied once already: a later start is the member resuming checks. */
let applied = false;

async function apply(): Promise<void> {
  const { settings } = await loadSettings({ gallery: false });
  const host = pageHost();
  const site = siteForHost(host, settings.mastodonInstances);
  const wanted = !!site && !settings.paused && !settings.disabledSites.includes(site);
  if (wanted && !running) {
    running = new InlineWarnings(document, host, SITE_ADAPTERS[site], applied);
  } else if (!wanted && running) {
    running.destroy();
    running = null;
  }
  setActive(running);
  applied = true;
}

void apply();
onSettingsChanged(() => void apply(), { gallery: false });
// One last look when Post is pressed with warnings left (reads the registry above).
startPostReview();
