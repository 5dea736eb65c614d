// The popup's quick toggles; everything else is on the options page.
import type { Settings, SiteId } from '../../src/settings/schema';
import { SITE_LABELS } from '../ui/labels';
import { ProblemsBanner, SensitivityChoice, Toggle } from '../ui/settings-controls';

interface Props {
  settings: Settings;
  locked: readonly (keyof Settings)[];
  problems: readonly (keyof Settings)[];
  site: SiteId | null;
  save: (patch: Partial<Settings>) => void;
  onOpenOptions: () => void;
}

export function QuickSettings({ settings, locked, problems, site, save, onOpenOptions }: Props) {
  const isLocked = (k: keyof Settings) => locked.includes(k);
  const toggleIn = (list: readonly SiteId[], s: SiteId, on: boolean) => (on ? list.filter((x) => x !== s) : [...list, s]);
  return (
    <div class="settings quick">
      <h2>Settings</h2>
      <ProblemsBanner problems={problems} />
      <Toggle id="q-paused" label="Pause everywhere" checked={settings.paused} locked={isLocked('paused')} onChange={(paused) => save({ paused })} />
      {site && (
        <Toggle
          id="q-site"
          label={`Check drafts on ${SITE_LABELS[site]}`}
          checked={!settings.disabledSites.includes(site)}
          locked={isLocked('disabledSites')}
          onChange={(on) => save({ disabledSites: toggleIn(settings.disabledSites, site, on) })}
        />
      )}
      <Toggle
        id="q-review"
        label={site ? `Review before posting on ${SITE_LABELS[site]}` : 'Review before posting'}
        hint="A last look at the warnings when you press Post. Never stops a post."
        checked={settings.reviewOnPost && !(site && settings.reviewDisabledSites.includes(site))}
        locked={isLocked('reviewOnPost') || (!!site && settings.reviewOnPost && isLocked('reviewDisabledSites'))}
        onChange={(on) =>
          site && settings.reviewOnPost && !on
            ? save({ reviewDisabledSites: toggleIn(settings.reviewDisabledSites, site, false) })
            : site && on
              ? save({ reviewOnPost: true, reviewDisabledSites: toggleIn(settings.reviewDisabledSites, site, true) })
              : save({ reviewOnPost: on })
        }
      />
      <Toggle
        id="q-city"
        label="City-device mode"
        hint="On a City computer or phone: remind me on every compose box."
        checked={settings.cityDevice}
        locked={isLocked('cityDevice')}
        onChange={(cityDevice) => save({ cityDevice })}
      />
      <SensitivityChoice value={settings.sensitivity} locked={isLocked('sensitivity')} onChange={(sensitivity) => save({ sensitivity })} />
      <button type="button" onClick={onOpenOptions}>
        All settings: sites, Mastodon servers, watch terms…
      </button>
    </div>
  );
}
