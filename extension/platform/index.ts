// The one place that knows Chrome and Firefox differ. Everything else calls
// these functions and never tests for a browser itself.
//
// - DOM work outside a page (decoding images, canvas, OCR): Chrome's MV3
//   background is a service worker with no DOM, so it runs in an offscreen
//   document; Firefox's MV3 background is an event page that has a DOM, so it
//   runs right there.
// - storage.managed: Chrome answers {} without a policy, Firefox throws.
import browser from 'webextension-polyfill';

/** The subset of chrome.offscreen / chrome.runtime.getContexts used here (no @types/chrome needed). */
interface ChromeOffscreenApi {
  offscreen?: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime?: { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
}

function chromeApi(): ChromeOffscreenApi | undefined {
  return (globalThis as { chrome?: ChromeOffscreenApi }).chrome;
}

/** True in Firefox (desktop and Android). Prefer the capability checks below for behaviour. */
export const isFirefox: boolean = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/** Where DOM-needing analysis runs. */
export type AnalysisContext =
  /** Chrome: an offscreen document; talk to it with runtime messages. */
  | { kind: 'offscreen'; url: string }
  /** Firefox: the background page itself has a DOM; call the analysis code directly. */
  | { kind: 'background' };

export interface AnalysisContextOptions {
  /** Extension-relative path of the offscreen page, e.g. 'extension/offscreen/index.html' (Chrome only). */
  path: string;
  /** chrome.offscreen.Reason values, e.g. ['DOM_PARSER', 'BLOBS']. */
  reasons: string[];
  /** Shown in Chrome's review: why the document exists. */
  justification: string;
}

let creating: Promise<void> | null = null;

/** True when the background has no DOM and needs an offscreen document (Chrome). */
export function needsOffscreenDocument(): boolean {
  return !!chromeApi()?.offscreen && typeof document === 'undefined';
}

/**
 * Makes sure a DOM context exists for image analysis and says which one it is.
 * Safe to call concurrently and repeatedly: at most one offscreen document is created.
 */
export async function ensureAnalysisContext(options: AnalysisContextOptions): Promise<AnalysisContext> {
  if (!needsOffscreenDocument()) return { kind: 'background' };
  const chrome = chromeApi()!;
  const url = browser.runtime.getURL(options.path);
  const existing = (await chrome.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (existing.length === 0) {
    creating ??= chrome.offscreen!
      .createDocument({ url: options.path, reasons: options.reasons, justification: options.justification })
      .finally(() => {
        creating = null;
      });
    await creating;
  }
  return { kind: 'offscreen', url };
}

/** Closes the offscreen document when idle (frees memory); no-op in Firefox. */
export async function closeAnalysisContext(): Promise<void> {
  if (!needsOffscreenDocument()) return;
  try {
    await chromeApi()!.offscreen!.closeDocument();
  } catch {
    // Already closed.
  }
}

/** Department policy (storage.managed), or {} when there is none or the browser lacks it (Firefox Android). */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    // Firefox throws "Managed storage manifest not found" when no policy is installed.
    return {};
  }
}
