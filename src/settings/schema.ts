// Settings as stored in storage.sync (the member gallery in storage.local, see
// member-gallery.ts) and storage.managed for departments.
// Every read goes through parseSettings: a corrupt value falls back to the
// default for that field and the problem is reported, never thrown.
import * as z from 'zod/mini';

import { DEFAULT_PACK_ID, PACK_IDS } from '../policy/ids';
import { SITE_IDS, type SiteId } from '../sites';

/** Site ids come from the site registry (src/sites/). */
export { SITE_IDS, type SiteId };

/** Enough for a department's badge, patches and vehicle markings; each image is a data URL kept on the device. */
export const MAX_INSIGNIA_IMAGES = 50;
const MAX_INSIGNIA_DATA_URL_CHARS = 500_000;
export const InsigniaImageSchema = z.object({
  /** Shown to the member, e.g. "DPD shoulder patch". */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  dataUrl: z.string().check(z.regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/), z.maxLength(MAX_INSIGNIA_DATA_URL_CHARS)),
});
export type InsigniaImage = z.infer<typeof InsigniaImageSchema>;

export const SettingsSchema = z.object({
  paused: z.boolean(),
  /** Sites switched off by the member. */
  disabledSites: z.array(z.enum(SITE_IDS)),
  sensitivity: z.enum(['balanced', 'strict']),
  cityDevice: z.boolean(),
  /** Mastodon instance host names, e.g. "mastodon.social" (at most 253 characters, written so the managed schema's pattern can say the same). */
  mastodonInstances: z.array(z.string().check(z.regex(/^[a-z0-9.-]{1,189}\.[a-z]{2,63}$/i))),
  watchTerms: z.array(z.string().check(z.minLength(2), z.maxLength(100))).check(z.maxLength(200)),
  /** Pre-publish review on/off, globally and per site. */
  reviewOnPost: z.boolean(),
  reviewDisabledSites: z.array(z.enum(SITE_IDS)),
  /** Reference images of department insignia (badge, patch, car livery) for image checks; usually set by department policy. */
  insigniaGallery: z.array(InsigniaImageSchema).check(z.maxLength(MAX_INSIGNIA_IMAGES)),
  /** Id of the policy pack drafts are checked against: one of the registered packs (src/policy/index.ts). */
  pack: z.enum(PACK_IDS),
  /** Policy pack version the department requires ("" = any); the popup warns when the built-in pack differs. */
  policyPackVersion: z.string().check(z.regex(/^(\d+\.\d+\.\d+)?$/)),
  /** A second, contextual reading by the browser's own on-device language model (see docs/deep-check.md). Off until turned on. */
  deepCheck: z.boolean(),
  /**
   * Firefox only: the Transformers.js text-generation model the trial ML API runs for the deep check
   * (a Mozilla or Xenova model on Hugging Face, which Firefox downloads). "" = none: Firefox has no built-in one.
   */
  deepCheckFirefoxModel: z.string().check(z.regex(/^(([A-Za-z0-9._-]{1,100}\/)?[A-Za-z0-9._-]{1,99})?$/)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  sensitivity: 'balanced',
  cityDevice: false,
  mastodonInstances: [],
  watchTerms: [],
  reviewOnPost: true,
  reviewDisabledSites: [],
  insigniaGallery: [],
  pack: DEFAULT_PACK_ID,
  policyPackVersion: '',
  deepCheck: false,
  deepCheckFirefoxModel: '',
};

export interface ParsedSettings {
  settings: Settings;
  /** Keys whose stored value was invalid and replaced by the default. */
  problems: (keyof Settings)[];
}

/** Validates each key on its own so one bad value does not reset the rest. */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: (keyof Settings)[] = [];
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in obj) || obj[key] === undefined) continue;
    const parsed = SettingsSchema.shape[key].safeParse(obj[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
    else problems.push(key);
  }
  return { settings, problems };
}
