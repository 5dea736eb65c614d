// Mastodon runs on any domain, so its instances cannot be listed in the
// manifest: the member adds an instance in the options (which asks for the
// host permission), and this module registers the same content script for
// every instance whose permission is granted. Kept in step with the settings
// and with permissions granted or revoked later.
import browser from 'webextension-polyfill';
import { mastodonMatchPatterns } from '../../src/sites';

const ID = 'second-look-mastodon';

/**
 * The built content script's path, read from the manifest so it follows the build's file names.
 * Firefox's getManifest() gives full moz-extension:// URLs, which registerContentScripts refuses
 * ("must be a relative URL"): paths are made relative to the extension's root.
 */
function contentScriptFiles(): string[] {
  const root = browser.runtime.getURL('/');
  return (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []).map((file) => (file.startsWith(root) ? file.slice(root.length) : file));
}

/** Match patterns of the instances the member added AND granted. */
export async function grantedPatterns(instances: readonly string[]): Promise<string[]> {
  const patterns: string[] = [];
  for (const instance of instances) {
    const origins = mastodonMatchPatterns(instance);
    if (await browser.permissions.contains({ origins })) patterns.push(...origins);
  }
  return patterns;
}

/** The sync in progress: each waits for the one before (a permission and a settings change arrive together). */
let queue: Promise<void> = Promise.resolve();

/** Registers (or updates, or removes) the content script on granted Mastodon instances. */
export function syncMastodonScripts(instances: readonly string[]): Promise<void> {
  const run = queue.then(() => sync(instances));
  queue = run.catch(() => {});
  return run;
}

async function sync(instances: readonly string[]): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const matches = await grantedPatterns(instances);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  const js = contentScriptFiles();
  if (!matches.length || !js.length) return;
  await browser.scripting.registerContentScripts([
    { id: ID, matches, js, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
