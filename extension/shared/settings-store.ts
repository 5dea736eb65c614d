// The one place that reads and writes settings. storage.sync holds the
// member's choices; storage.managed (department policy) overrides them and
// locks those keys. Every read is validated; a bad value falls back to its
// default and is reported in `problems`, never thrown.
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../../src/settings/schema';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the department (storage.managed): shown locked. */
  locked: (keyof Settings)[];
  /** Keys whose stored value was invalid and replaced by the default. */
  problems: (keyof Settings)[];
}

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    // Throws on Firefox when no policy is installed, and where the API is missing.
    return ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [syncRaw, managedRaw] = await Promise.all([browser.storage.sync.get(null), readManaged()]);
  const member = parseSettings(syncRaw);
  const managed = parseSettings(managedRaw);
  const locked = (Object.keys(managedRaw) as (keyof Settings)[]).filter(
    (k) => k in member.settings && !managed.problems.includes(k),
  );
  const settings = { ...member.settings };
  for (const key of locked) (settings as Record<string, unknown>)[key] = managed.settings[key];
  return { settings, locked, problems: [...member.problems, ...managed.problems] };
}

/** Saves the member's choices; locked keys are never written. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const { locked } = await loadSettings();
  const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k as keyof Settings)));
  await browser.storage.sync.set(allowed);
}

export function onSettingsChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
