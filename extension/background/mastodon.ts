// Mastodon runs on any domain, so its instances cannot be listed in the
// manifest: the member adds an instance in the options (which asks for the
// host permission), and this module registers the same content script for
// every instance whose permission is granted. Kept in step with the settings
// and with permissions granted or revoked later.
import browser from 'webextension-polyfill';
import { mastodonMatchPatterns } from '../../src/sites';

const ID = 'second-look-mastodon';

/** The built content script's path, read from the manifest so it follows the build's file names. */
function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
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

/** Registers (or updates, or removes) the content script on granted Mastodon instances. */
export async function syncMastodonScripts(instances: readonly string[]): Promise<void> {
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
