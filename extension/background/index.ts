// Background service worker (Chrome) / background script (Firefox): evaluates
// drafts and keeps the latest report per tab, in memory only.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { createDeepCheck } from './deep-check';
import { EvaluationQueue, SUPERSEDED } from './evaluation-queue';
import { BackgroundState, handleMessage, type HandleResult, type SenderInfo } from './handle-message';
import { handleImageMessage, isImageMessage, isOffscreenMessage } from './images';
import { syncMastodonScripts } from './mastodon';

// Start-up marks (service-worker-local, never seen by a page) that
// bench/first-warning.bench.ts reads to tell where a cold start's time goes.
const mark = (name: string) => performance.mark(`second-look:${name}`);
mark('modules-loaded');
let firstDraft = true;

const state = new BackgroundState();
const drafts = new EvaluationQueue<HandleResult>();
/** Our own pages' URLs start with this; a content script's sender URL is the page's. */
const OWN_ORIGIN = browser.runtime.getURL('');

/** draft/evaluate waits its turn (latest per composer, tabs in turn); everything else is answered at once. */
async function route(message: unknown, info: SenderInfo, frameId: number | undefined): Promise<HandleResult> {
  if (isImageMessage(message)) return handleImageMessage(message, info, state, () => settings);
  if (deep.isMessage(message)) return deep.handle(message, { ...info, frameId, fromExtensionPage: info.extensionPage === true });
  const m = message && typeof message === 'object' ? (message as { type?: unknown; composerId?: unknown }) : {};
  if (info.tabId !== undefined && typeof m.composerId === 'string') {
    if (m.type === 'composer/gone') drafts.drop(info.tabId, m.composerId);
    if (m.type === 'draft/evaluate') {
      const result = await drafts.add(info.tabId, m.composerId, () => handleMessage(message, info, state, settings));
      return result === SUPERSEDED ? { ok: true, response: { error: 'superseded by a newer draft' } } : result;
    }
  }
  return handleMessage(message, info, state, settings);
}
let settings: Settings = DEFAULT_SETTINGS;
let locked: (keyof Settings)[] = [];
const deep = createDeepCheck(state, () => ({ settings, locked }));

async function refreshSettings(): Promise<void> {
  const loaded = await loadSettings();
  if (loaded.problems.length) console.warn(`Second Look: invalid stored settings replaced by defaults: ${loaded.problems.join(', ')}`);
  if (loaded.managedProblems.length) console.warn(`Second Look: invalid department policy values, locked to defaults: ${loaded.managedProblems.join(', ')}`);
  settings = loaded.settings;
  locked = loaded.locked;
  deep.settingsChanged();
  void syncMastodonScripts(settings.mastodonInstances).catch((e: unknown) => console.warn(`Second Look: Mastodon registration failed: ${String(e)}`));
}
const ready = refreshSettings().finally(() => mark('settings-read'));
onSettingsChanged(() => void refreshSettings());
// A Mastodon host permission granted or revoked from the options page or the browser's own UI.
browser.permissions.onAdded.addListener(() => void refreshSettings());
browser.permissions.onRemoved.addListener(() => void refreshSettings());

browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
  const timed = firstDraft && isDraft(message);
  if (timed) {
    firstDraft = false;
    mark('first-draft-received');
  }
  await ready;
  const extensionPage = !!sender.url?.startsWith(OWN_ORIGIN);
  const info: SenderInfo = {
    extensionId: browser.runtime.id,
    senderId: sender.id,
    tabId: sender.tab?.id,
    host: sender.url && !extensionPage ? new URL(sender.url).hostname : undefined,
    extensionPage,
  };
  // Our own messages to the offscreen document are not for us (Firefox delivers them here too).
  if (isOffscreenMessage(message)) return undefined;
  const result = await route(message, info, sender.frameId);
  if (!result.ok) {
    console.warn(`Second Look: ${result.error}`);
    return { error: result.error };
  }
  afterMessage(message, result.response, info.tabId, sender.frameId);
  if (timed) mark('first-draft-answered');
  return result.response;
});

function isDraft(message: unknown): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === 'draft/evaluate';
}

/** The deep check follows the engine: scheduled after each evaluated draft, stopped with its composer. */
function afterMessage(message: unknown, response: unknown, tabId: number | undefined, frameId: number | undefined): void {
  if (tabId === undefined || frameId === undefined || !message || typeof message !== 'object') return;
  const m = message as { type?: unknown; composerId?: string; seq?: number; text?: string };
  if (m.type === 'draft/evaluate' && response && typeof response === 'object' && !('error' in response)) {
    const note = deep.drafted({ tabId, frameId, composerId: m.composerId! }, m.seq!, m.text!);
    if (note) (response as { deep?: unknown }).deep = note;
  } else if (m.type === 'composer/gone') {
    deep.gone({ tabId, frameId, composerId: m.composerId! });
  }
}

browser.tabs.onRemoved.addListener((tabId) => {
  drafts.drop(tabId);
  state.tabs.delete(tabId);
  deep.runner.cancelTab(tabId);
});
