// Background service worker (Chrome) / background script (Firefox): evaluates
// drafts and keeps the latest report per tab, in memory only.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/settings/schema';
import { BackgroundState, handleMessage } from './handle-message';

const state = new BackgroundState();
let settings: Settings = DEFAULT_SETTINGS;

async function loadSettings(): Promise<void> {
  const { settings: s, problems } = parseSettings(await browser.storage.sync.get(null));
  if (problems.length) console.warn(`Second Look: invalid stored settings replaced by defaults: ${problems.join(', ')}`);
  settings = s;
}
const ready = loadSettings();
browser.storage.onChanged.addListener(() => void loadSettings());

browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
  await ready;
  const result = handleMessage(
    message,
    {
      extensionId: browser.runtime.id,
      senderId: sender.id,
      tabId: sender.tab?.id,
      host: sender.url ? new URL(sender.url).hostname : undefined,
    },
    state,
    settings,
  );
  if (!result.ok) {
    console.warn(`Second Look: ${result.error}`);
    return { error: result.error };
  }
  return result.response;
});

browser.tabs.onRemoved.addListener((tabId) => state.tabs.delete(tabId));
