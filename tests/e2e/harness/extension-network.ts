// Records every network request an extension context makes, through the
// DevTools protocol on ALL targets (service worker, extension pages, the
// offscreen document, their iframes and workers), plus requests that site
// pages make on behalf of extension code (a chrome-extension:// script in the
// initiator stack: content-script fetches, images our UI would load).
// Complements browser.ts's Playwright-level recorder, which does not see
// offscreen documents or service-worker restarts.
//
//   const port = await freePort();
//   const browser = await launchChromium({ server, args: debuggingArgs(port) });
//   const net = await watchExtensionNetwork(port, browser.extensionId);
//   ... net.requests() → [] ; net.firstRequest → rejects on the first one
import { attachToAllTargets, CdpConnection, type AttachedTarget } from './cdp';

export interface ExtensionRequest {
  url: string;
  method: string;
  /** Target type that sent it: service_worker, page, other (offscreen), iframe, worker… */
  targetType: string;
  /** URL of the sending target. */
  targetUrl: string;
  /** Why it counts as the extension's. */
  reason: 'extension context' | 'extension script in initiator stack';
}

export interface ExtensionNetworkWatch {
  /** All extension requests seen so far. */
  requests(): ExtensionRequest[];
  /** Types and URLs (each URL a target has had) of every target watched so far: proof the service worker etc. were covered. */
  targetsSeen(): { type: string; url: string }[];
  /** Forgets what was recorded (after a deliberate canary request that proves the recorder works). */
  clear(): void;
  /** Rejects on the first extension request (await it in Promise.race with the test's work). */
  firstRequest: Promise<never>;
  close(): void;
}

const LOCAL_SCHEMES = /^(chrome-extension|data|blob|about|chrome|devtools):/;

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackMentions(stack: StackTrace | undefined, prefix: string): boolean {
  for (let s = stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(prefix))) return true;
  return false;
}

export async function watchExtensionNetwork(port: number, extensionId: string): Promise<ExtensionNetworkWatch> {
  if (!extensionId) throw new Error('watchExtensionNetwork needs the extension id');
  const origin = `chrome-extension://${extensionId}/`;
  const cdp = await CdpConnection.connect(port);
  const found: ExtensionRequest[] = [];
  const seen: { type: string; url: string }[] = [];
  let fail: (e: Error) => void = () => undefined;
  const arm = () => {
    const p = new Promise<never>((_, reject) => (fail = reject));
    p.catch(() => undefined); // observed by whoever awaits it
    return p;
  };
  let firstRequest = arm();

  let attached = new Map<string, AttachedTarget>();
  cdp.on('Network.requestWillBeSent', (params, sessionId) => {
    const target = sessionId ? attached.get(sessionId) : undefined;
    const request = params.request as { url: string; method: string };
    if (!target || LOCAL_SCHEMES.test(request.url)) return;
    const initiator = params.initiator as { url?: string; stack?: StackTrace } | undefined;
    let reason: ExtensionRequest['reason'] | undefined;
    if (target.info.url.startsWith(origin)) reason = 'extension context';
    else if (initiator?.url?.startsWith(origin) || stackMentions(initiator?.stack, origin)) reason = 'extension script in initiator stack';
    if (!reason) return;
    const entry: ExtensionRequest = { url: request.url, method: request.method, targetType: target.info.type, targetUrl: target.info.url, reason };
    found.push(entry);
    fail(new Error(`network request from the extension: ${JSON.stringify(entry)}`));
  });

  cdp.on('Target.targetInfoChanged', (params) => {
    const info = params.targetInfo as { type: string; url: string };
    seen.push({ type: info.type, url: info.url });
  });

  attached = await attachToAllTargets(cdp, async (t) => {
    seen.push({ type: t.info.type, url: t.info.url });
    await cdp.send('Network.enable', {}, t.sessionId).catch(() => undefined);
  });

  return {
    requests: () => [...found],
    targetsSeen: () => [...seen],
    get firstRequest() {
      return firstRequest;
    },
    clear: () => {
      found.length = 0;
      firstRequest = arm();
    },
    close: () => cdp.close(),
  };
}
