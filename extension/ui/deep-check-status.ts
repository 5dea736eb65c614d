// Asks the background what the deep check can do on this device (popup and
// options page), validated; re-asked every few seconds while shown so a
// download's progress moves.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DeepStatusSchema, type DeepStatus } from '../../src/deep-check/status';

export async function getDeepStatus(): Promise<DeepStatus | null> {
  try {
    const parsed = DeepStatusSchema.safeParse(await browser.runtime.sendMessage({ type: 'deep/status' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `key` changes (e.g. the setting) ask again at once. */
export function useDeepStatus(key: unknown, everyMs = 3_000): DeepStatus | null {
  const [status, setStatus] = useState<DeepStatus | null>(null);
  useEffect(() => {
    let live = true;
    const ask = () => void getDeepStatus().then((s) => live && setStatus(s));
    ask();
    const timer = setInterval(ask, everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [key, everyMs]);
  return status;
}
