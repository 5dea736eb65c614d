// Background service worker (Chrome) / background script (Firefox): evaluates
// drafts and keeps the latest report per tab, in memory only.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { createDeepCheck } from './deep-check';
import { BackgroundState, handleMessage } from './handle-message';
import { handleImageMessage, isImageMessage, isOffscreenMessage } from './images';
import { syncMastodonScripts } from './mastodon';

const state = new BackgroundState();
let settings: Settings = DEFAULT_SETTINGS;
let locked: (keyof Settings)[] = [];
const deep = createDeepCheck(state, () => ({ settings, locked }));

async function refreshSettings(): Promise<void> {
  const loaded = await loadSettings();
  if (loaded.problems.length) console.warn(`Second Look: invalid stored settings replaced by defaults: ${loaded.problems.join(', ')}`);
  settings = loaded.settings;
  locked = loaded.locked;
  deep.settingsChanged();
  void syncMastodonScripts(settings.mastodonInstances).catch((e: unknown) => console.warn(`Second Look: Mastodon registration failed: ${String(e)}`));
}
const ready = refreshSettings();
onSettingsChanged(() => void refreshSettings());
// A Mastodon host permission granted or revoked from the options page or the browser's own UI.
browser.permissions.onAdded.addListener(() => void refreshSettings());
browser.permissions.onRemoved.addListener(() => void refreshSettings());

browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
  await ready;
  const info = {
    extensionId: browser.runtime.id,
    senderId: sender.id,
    tabId: sender.tab?.id,
    host: sender.url ? new URL(sender.url).hostname : undefined,
  };
  // Our own messages to the offscreen document are not for us (Firefox delivers them here too).
  if (isOffscreenMessage(message)) return undefined;
  const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL(''));
  const result = isImageMessage(message)
    ? await handleImageMessage(message, info, state, () => settings)
    : deep.isMessage(message)
      ? await deep.handle(message, { ...info, frameId: sender.frameId, fromExtensionPage })
      : handleMessage(message, info, state, settings);
  if (!result.ok) {
    console.warn(`Second Look: ${result.error}`);
    return { error: result.error };
  }
  afterMessage(message, result.response, info.tabId, sender.frameId);
  return result.response;
});

/** The deep check follows the engine: scheduled after each evaluated draft, stopped with its composer. */
function afterMessage(message: unknown, response: unknown, tabId: number | undefined, frameId: number | undefined): void {
  if (tabId === undefined || frameId === undefined || !message || typeof message !== 'object') return;
  const m = message as { type?: unknown; composerId?: string; seq?: number; text?: string };
  if (m.type === 'draft/evaluate' && response && typeof response === 'object') {
    const note = deep.drafted({ tabId, frameId, composerId: m.composerId! }, m.seq!, m.text!);
    if (note) (response as { deep?: unknown }).deep = note;
  } else if (m.type === 'composer/gone') {
    deep.gone({ tabId, frameId, composerId: m.composerId! });
  }
}

browser.tabs.onRemoved.addListener((tabId) => {
  state.tabs.delete(tabId);
  deep.runner.cancelTab(tabId);
});
