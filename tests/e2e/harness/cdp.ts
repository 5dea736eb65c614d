// A raw DevTools-protocol connection to the WHOLE browser, beside Playwright's
// own: Playwright gives no browser-level session for a persistent context, and
// its CDP sessions cannot follow child targets. With this connection a test
// auto-attaches (flat sessions) to every target — pages, the extension's
// service worker, its offscreen document, workers, iframes — including the
// ones created later, and talks to each.
//
//   const port = await freePort();
//   const browser = await launchChromium({ server, args: debuggingArgs(port) });
//   const cdp = await CdpConnection.connect(port);
//   cdp.on('Target.attachedToTarget', ...); await cdp.send('Target.setAutoAttach', {...});
import { createServer } from 'node:net';
import WebSocket from 'ws';

/** A port nobody listens on right now (for --remote-debugging-port). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Chromium switches that open the DevTools endpoint this module connects to (only on 127.0.0.1). */
export function debuggingArgs(port: number): string[] {
  return [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'];
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title?: string;
}

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void; method: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.fail(new Error(`${p.method}: ${msg.error.message}`));
        else p?.ok(msg.result);
      } else if (msg.method) {
        for (const l of this.listeners.get(msg.method) ?? []) l(msg.params ?? {}, msg.sessionId);
      }
    });
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error(`${p.method}: connection closed`));
      this.pending.clear();
    });
  }

  /** Connects to the browser endpoint of a Chromium started with debuggingArgs(port). */
  static async connect(port: number, timeoutMs = 10_000): Promise<CdpConnection> {
    const deadline = Date.now() + timeoutMs;
    let endpoint: string | undefined;
    while (!endpoint) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/json/version`);
        endpoint = ((await res.json()) as { webSocketDebuggerUrl: string }).webSocketDebuggerUrl;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`no DevTools endpoint on port ${port}: ${String(e)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const ws = new WebSocket(endpoint, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    return new CdpConnection(ws);
  }

  /** Sends a command to the browser, or to one attached target with its sessionId. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail, method });
      this.ws.send(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }));
    });
  }

  /** Listens to an event from any session; returns the unsubscribe function. */
  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    this.ws.close();
  }
}

export interface AttachedTarget {
  sessionId: string;
  info: TargetInfo;
}

/**
 * Attaches to every target of the browser, now and later, and to their
 * children (iframes, workers). `onAttach` runs before a new target's first
 * line of script (the target waits for it), so nothing it does is missed.
 * Returns the live list of attached targets.
 */
export async function attachToAllTargets(cdp: CdpConnection, onAttach: (t: AttachedTarget) => Promise<void>): Promise<Map<string, AttachedTarget>> {
  const attached = new Map<string, AttachedTarget>();
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };
  cdp.on('Target.attachedToTarget', (params) => {
    const t: AttachedTarget = { sessionId: params.sessionId as string, info: params.targetInfo as TargetInfo };
    attached.set(t.sessionId, t);
    void (async () => {
      try {
        await onAttach(t);
        // Follow this target's own children; workers and service workers have no such command.
        await cdp.send('Target.setAutoAttach', autoAttach, t.sessionId).catch(() => undefined);
      } finally {
        await cdp.send('Runtime.runIfWaitingForDebugger', {}, t.sessionId).catch(() => undefined);
      }
    })();
  });
  cdp.on('Target.detachedFromTarget', (params) => attached.delete(params.sessionId as string));
  cdp.on('Target.targetInfoChanged', (params) => {
    const info = params.targetInfo as TargetInfo;
    for (const t of attached.values()) if (t.info.targetId === info.targetId) t.info = info;
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  await cdp.send('Target.setAutoAttach', { ...autoAttach, filter: [{ type: 'browser', exclude: true }, { type: 'tab', exclude: true }, {}] });
  return attached;
}
