// The settings in force: the member's, overridden key by key by the
// department's (storage.managed), which are then locked. A managed value that
// does not pass the settings schema (Chrome's policy schema cannot express
// every limit, e.g. how many watch terms) still locks its key — to the safe
// default, never to the member's own value — and is reported so the options
// page can say so.
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the department (storage.managed): shown locked. */
  locked: (keyof Settings)[];
  /** Keys whose stored (member) value was invalid and replaced by the default. */
  problems: (keyof Settings)[];
  /** Keys the department set to an invalid value: locked to the default until the policy is fixed. */
  managedProblems: (keyof Settings)[];
}

export function effectiveSettings(memberRaw: unknown, managedRaw: Record<string, unknown>): EffectiveSettings {
  const member = parseSettings(memberRaw);
  const managed = parseSettings(managedRaw);
  const locked = (Object.keys(managedRaw) as (keyof Settings)[]).filter((k) => k in DEFAULT_SETTINGS && managedRaw[k] !== undefined);
  const settings = { ...member.settings };
  for (const key of locked) {
    (settings as Record<string, unknown>)[key] = managed.problems.includes(key) ? structuredClone(DEFAULT_SETTINGS[key]) : managed.settings[key];
  }
  return { settings, locked, problems: member.problems, managedProblems: managed.problems };
}

/** storage.local key of the copy of the department policy that reads use while storage.managed is slow to answer (extension/shared/settings-store.ts). */
export const MANAGED_COPY_KEY = 'departmentPolicyCopy';
