// What the deep check can do on this device, in words for the member. The
// browser's own availability states (Chrome: unavailable / downloadable /
// downloading / available) plus the extension's (off, no API, permission,
// Firefox prefs). Shared by the popup, the review and the options page.
import * as z from 'zod/mini';

export const DeepStateSchema = z.enum([
  /** The member (or the department) has not turned it on. */
  'off',
  /** This browser has no on-device model API. */
  'unsupported',
  /** The browser has the API but this device cannot run its model. */
  'unavailable',
  /** The model can be downloaded: the member starts it from the options page. */
  'downloadable',
  'downloading',
  /** Firefox: the trialML permission was not granted. */
  'needs-permission',
  /** Firefox: the trial ML API is switched off in the browser's preferences. */
  'disabled',
  /** Firefox: no model named for the deep check. */
  'no-model',
  'available',
]);
export type DeepState = z.infer<typeof DeepStateSchema>;

export const DeepStatusSchema = z.object({
  state: DeepStateSchema,
  /** Which API it would use. */
  api: z.enum(['chrome-prompt', 'firefox-trial-ml', 'none']),
  /** Set by the department's policy (cannot be changed by the member). */
  forced: z.boolean(),
  /** 0..1 while downloading. */
  progress: z.optional(z.number().check(z.gte(0), z.lte(1))),
});
export type DeepStatus = z.infer<typeof DeepStatusSchema>;

/** Why the deep check does not run here, in one sentence; null when it runs (or is simply off). */
export function unavailableReason(status: DeepStatus): string | null {
  switch (status.state) {
    case 'off':
    case 'available':
      return null;
    case 'unsupported':
      return 'this browser has no on-device language model for extensions (desktop Chrome 138 or later has one).';
    case 'unavailable':
      return "this device does not meet the browser's requirements for its on-device model (desktop only, about 22 GB of free disk, and a graphics card with more than 4 GB of memory or 16 GB of RAM with 4 cores).";
    case 'downloadable':
      return 'the browser has not downloaded its model yet; start the download from Second Look’s settings.';
    case 'downloading':
      return `the browser is still downloading its model${status.progress !== undefined ? ` (${Math.round(status.progress * 100)}%)` : ''}.`;
    case 'needs-permission':
      return 'Firefox has not given Second Look access to its trial machine-learning API; allow it in Second Look’s settings.';
    case 'disabled':
      return 'Firefox’s trial machine-learning API is switched off (preferences browser.ml.enable and extensions.ml.enabled).';
    case 'no-model':
      return 'Firefox offers no instruction-following model to extensions; your department has not named one.';
  }
}
