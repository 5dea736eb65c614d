// The content script's own JavaScript world (Chrome's isolated world for the
// extension), reached through the DevTools protocol: the page cannot see it,
// and neither can Playwright's page.evaluate. Tests and benchmarks use it to
// read the closed shadow root (chrome.dom.openOrClosedShadowRoot), to count
// the observers the content script keeps, to time highlights and to read the
// world's heap — without any debug hook in the shipped extension.
//
//   const world = await ContentWorld.attach(browser.context, page);
//   await world.waitFor(UNDERLINES + '.length > 0');
//   world.errors()   // uncaught exceptions in any world + console errors of ours
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const EXTENSION_NAME = 'Second Look';

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** Expression: the extension's closed shadow root, or null (runs in the content world). */
export const UI_ROOT = `(() => {
  for (const el of document.documentElement.children) {
    const r = chrome.dom.openOrClosedShadowRoot(el);
    if (r && r.querySelector('.layer')) return r;
  }
  return null;
})()`;

/** Expression: the underline boxes currently shown. */
export const UNDERLINES = `[...(${UI_ROOT}?.querySelectorAll('.u') ?? [])].filter((u) => u.style.display !== 'none')`;

/** Expression: the badges currently shown, as their text. */
export const BADGES = `[...(${UI_ROOT}?.querySelectorAll('.badge') ?? [])].filter((b) => b.style.display !== 'none').map((b) => b.textContent)`;

/**
 * Script that wraps MutationObserver/ResizeObserver/IntersectionObserver in the
 * content world to count what is being observed. Install it before the
 * scenario: observers made earlier are not counted.
 */
const OBSERVER_COUNTER = `(() => {
  if (globalThis.__observerCount) return;
  const live = new Map(); // observer -> Set of targets
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const proto = globalThis[name]?.prototype;
    if (!proto) continue;
    const observe = proto.observe, unobserve = proto.unobserve, disconnect = proto.disconnect;
    proto.observe = function (target, ...rest) {
      let set = live.get(this);
      if (!set) live.set(this, (set = new Set()));
      set.kind = name;
      set.add(target);
      return observe.call(this, target, ...rest);
    };
    if (unobserve) proto.unobserve = function (target) { live.get(this)?.delete(target); return unobserve.call(this, target); };
    proto.disconnect = function () { live.delete(this); return disconnect.call(this); };
  }
  globalThis.__observerCount = () => {
    let observers = 0, targets = 0, detached = 0;
    const detachedBy = {};
    for (const set of live.values()) {
      if (set.size) observers++;
      for (const t of set) {
        targets++;
        if (!t.isConnected) {
          detached++;
          const what = set.kind + ' on ' + (t.nodeName || '?').toLowerCase() + (t.className && typeof t.className === 'string' ? '.' + t.className.split(' ')[0] : '');
          detachedBy[what] = (detachedBy[what] || 0) + 1;
        }
      }
    }
    return { observers, targets, detached, detachedBy };
  };
})()`;

export interface ObserverCount {
  /** Observers (made since the counter was installed) observing at least one node. */
  observers: number;
  /** Nodes they observe. */
  targets: number;
  /** Observed nodes no longer in the document: leaks. */
  detached: number;
  /** The leaks by observer kind and node, e.g. { 'ResizeObserver on div.editor': 2 }. */
  detachedBy: Record<string, number>;
}

export class ContentWorld {
  private contextId: number | undefined;
  private readonly errorLog: string[] = [];

  private constructor(
    private readonly session: CDPSession,
    private readonly frameId: string,
    private readonly name: string,
  ) {}

  /** Attaches to `page`'s main frame; the content world is found as the extension's isolated context there. */
  static async attach(context: BrowserContext, page: Page, name = EXTENSION_NAME): Promise<ContentWorld> {
    const session = await context.newCDPSession(page);
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = new ContentWorld(session, frameTree.frame.id, name);
    session.on('Runtime.executionContextCreated', ({ context: c }) => world.contextCreated(c as ContextDescription));
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      if (executionContextId === world.contextId) world.contextId = undefined;
    });
    session.on('Runtime.executionContextsCleared', () => (world.contextId = undefined));
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      const d = exceptionDetails as { text: string; exception?: { description?: string }; url?: string };
      world.errorLog.push(`uncaught: ${d.exception?.description ?? d.text} ${d.url ?? ''}`.trim());
    });
    session.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
      if ((type === 'error' || type === 'assert') && executionContextId === world.contextId) {
        world.errorLog.push(`console.${type}: ${(args as { value?: unknown; description?: string }[]).map((a) => a.value ?? a.description).join(' ')}`);
      }
    });
    await session.send('Runtime.enable'); // replays executionContextCreated for existing contexts
    await world.ready();
    return world;
  }

  private contextCreated(c: ContextDescription): void {
    if (c.auxData?.type === 'isolated' && c.name === this.name && c.auxData.frameId === this.frameId) this.contextId = c.id;
  }

  /** Waits until the content script's world exists in the main frame (after a navigation too). */
  async ready(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.contextId === undefined) {
      if (Date.now() > deadline) throw new Error(`no "${this.name}" content-script world in the page (is the content script injected?)`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Evaluates an expression in the content world; promises are awaited, the value is returned by value. */
  async evaluate<T>(expression: string): Promise<T> {
    await this.ready();
    const res = (await this.session.send('Runtime.evaluate', { expression, contextId: this.contextId, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(`in the content world: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  /** Polls a boolean expression in the content world. */
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`!!(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting in the content world for: ${expression.slice(0, 200)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async installObserverCounter(): Promise<void> {
    await this.evaluate(OBSERVER_COUNTER);
  }

  observerCount(): Promise<ObserverCount> {
    return this.evaluate<ObserverCount>('globalThis.__observerCount()');
  }

  /** JS heap of the content world's isolate share, via Runtime.getHeapUsage on this page's session. */
  async heapUsage(): Promise<{ usedSize: number; totalSize: number }> {
    return (await this.session.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  }

  /** Uncaught exceptions in any world of the page, and console errors of the content script. */
  errors(): string[] {
    return [...this.errorLog];
  }

  get cdp(): CDPSession {
    return this.session;
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
