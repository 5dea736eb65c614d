// Every setting, grouped: used by the options page. Pure (values and
// callbacks in), so locked and corrupt states are unit-tested without a browser.
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../src/settings/schema';
import { packById, packs } from '../../src/policy';
import { orderName, type PolicyPack } from '../../src/policy/schema';
import { ListEditor, PackChoice, ProblemsBanner, SensitivityChoice, SiteToggles, Toggle } from './settings-controls';

export interface SettingsFormProps {
  settings: Settings;
  locked: readonly (keyof Settings)[];
  problems: readonly (keyof Settings)[];
  save: (patch: Partial<Settings>) => void | Promise<void>;
  /** Asks the browser for access to a Mastodon server; must run inside the click. */
  requestHost: (host: string) => Promise<boolean>;
  /** Gives the access back when a server is removed. */
  dropHost?: (host: string) => Promise<unknown>;
}

/** "https://Mastodon.Social/@me" → "mastodon.social"; null when it is not a host name. */
export function normalizeHost(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#@].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return SettingsSchema.shape.mastodonInstances.def.element.safeParse(host).success ? host : null;
}

/** The City-device hint names the chosen order's rule on City equipment, or says the order has none. */
function cityDeviceHint(pack: PolicyPack | undefined): string {
  const rule = pack?.clauses.find((c) => c.id === 'city-equipment');
  const section = rule && pack?.sections.find((s) => s.id === rule.section)?.title;
  const where = pack && rule ? ` (${orderName(pack)}, ${section ?? rule.title})` : '';
  const reminder = `For members on City computers and phones: every compose box reminds you that City equipment is not for personal social media${where}.`;
  return pack && !rule ? `${reminder} The chosen policy has no such rule, so nothing is shown.` : reminder;
}

export function SettingsForm({ settings, locked, problems, save, requestHost, dropHost }: SettingsFormProps) {
  const isLocked = (k: keyof Settings) => locked.includes(k);
  const restore = () => save(Object.fromEntries(problems.map((k) => [k, DEFAULT_SETTINGS[k]])) as Partial<Settings>);
  return (
    <div class="settings">
      <ProblemsBanner problems={problems} onRestore={restore} />
      <fieldset>
        <legend>Checking</legend>
        <Toggle
          id="paused"
          label="Pause everywhere"
          hint="Second Look stops checking drafts on every site until you switch this off."
          checked={settings.paused}
          locked={isLocked('paused')}
          onChange={(paused) => save({ paused })}
        />
        <Toggle
          id="cityDevice"
          label="City-device mode"
          hint={cityDeviceHint(packById(settings.pack))}
          checked={settings.cityDevice}
          locked={isLocked('cityDevice')}
          onChange={(cityDevice) => save({ cityDevice })}
        />
      </fieldset>
      <SiteToggles
        id="site"
        legend="Sites checked"
        off={settings.disabledSites}
        locked={isLocked('disabledSites')}
        onChange={(disabledSites) => save({ disabledSites })}
      />
      <PackChoice value={settings.pack} packs={packs} locked={isLocked('pack')} onChange={(pack) => save({ pack: pack as Settings['pack'] })} />
      <SensitivityChoice value={settings.sensitivity} locked={isLocked('sensitivity')} onChange={(sensitivity) => save({ sensitivity })} />
      <fieldset>
        <legend>Review before posting</legend>
        <Toggle
          id="reviewOnPost"
          label="Show a last look when I press Post and the draft has warnings"
          hint="A summary of the warnings, with Post anyway and Edit. It never stops a post."
          checked={settings.reviewOnPost}
          locked={isLocked('reviewOnPost')}
          onChange={(reviewOnPost) => save({ reviewOnPost })}
        />
      </fieldset>
      {settings.reviewOnPost && (
        <SiteToggles
          id="review-site"
          legend="Review before posting on"
          off={settings.reviewDisabledSites}
          locked={isLocked('reviewDisabledSites')}
          onChange={(reviewDisabledSites) => save({ reviewDisabledSites })}
        />
      )}
      <ListEditor
        id="mastodon"
        legend="Mastodon servers"
        hint="Mastodon runs on many servers. Add yours (e.g. mastodon.social); your browser will ask to let Second Look read compose boxes there."
        inputLabel="Mastodon server host name"
        placeholder="mastodon.social"
        items={settings.mastodonInstances}
        locked={isLocked('mastodonInstances')}
        onAdd={async (value) => {
          const host = normalizeHost(value);
          if (!host) return 'That is not a server name. Type the part after https://, e.g. mastodon.social.';
          if (settings.mastodonInstances.includes(host)) return null;
          // Asked first, synchronously inside the submit: browsers only prompt during a user gesture.
          const granted = await requestHost(host);
          if (!granted) return `Access to ${host} was not granted, so Second Look cannot check drafts there.`;
          await save({ mastodonInstances: [...settings.mastodonInstances, host] });
          return null;
        }}
        onRemove={(host) => {
          void save({ mastodonInstances: settings.mastodonInstances.filter((h) => h !== host) });
          void dropHost?.(host);
        }}
      />
      <ListEditor
        id="watchTerms"
        legend="Custom watch terms"
        hint="Words your unit wants protected, e.g. case-number prefixes or names. A draft containing one gets a warning. Kept in your browser's settings."
        inputLabel="New watch term"
        placeholder="e.g. CR-2026-"
        items={settings.watchTerms}
        locked={isLocked('watchTerms')}
        onAdd={async (value) => {
          const next = [...new Set([...settings.watchTerms, value])];
          const parsed = SettingsSchema.shape.watchTerms.safeParse(next);
          if (!parsed.success) return 'Watch terms are 2 to 100 characters, at most 200 of them.';
          await save({ watchTerms: next });
          return null;
        }}
        onRemove={(term) => save({ watchTerms: settings.watchTerms.filter((t) => t !== term) })}
      />
    </div>
  );
}
