// The tab the popup explains: the active tab, or `?tabId=N` when the popup
// page is opened as a tab (tests, keyboard users who prefer a full tab).
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** Host of the tab's page when the browser tells us (sites we may run on). */
  host: string | null;
}

export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  let tab: browser.Tabs.Tab | undefined;
  if (param && /^\d+$/.test(param)) {
    tab = await browser.tabs.get(Number(param)).catch(() => ({ id: Number(param) }) as browser.Tabs.Tab);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  if (tab?.id === undefined) return null;
  return { id: tab.id, host: hostOf(tab.url) };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}
