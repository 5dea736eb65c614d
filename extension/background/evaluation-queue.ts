// Drafts waiting to be evaluated. Only the latest draft of each composer is
// kept (an older one still waiting is answered as superseded: its answer
// would be dropped by the content script anyway), and tabs take turns, one
// evaluation per task. So a tab that sends drafts without pause delays
// another tab's warning by one evaluation at most, never by its backlog.
// A tab whose last evaluation was heavy (a huge draft, far beyond any post a
// site accepts) rests for a multiple of that time before its next one, so a
// tab re-sending huge drafts holds the worker a small share of the time and
// another tab's draft rarely finds one of them running. Ordinary drafts cost
// a few milliseconds and never rest.

export const SUPERSEDED = Symbol('superseded');

/** An evaluation longer than this is heavy. */
export const HEAVY_MS = 50;
/** After a heavy evaluation its tab rests this many times its duration (≤ 1/10 of the worker's time). */
export const REST_FACTOR = 9;

export interface QueueClock {
  now(): number;
  /** Runs `fn` in a later task, after `ms` (0: the next task). */
  later(fn: () => void, ms: number): void;
}

const realClock: QueueClock = {
  now: () => performance.now(),
  later: (fn, ms) => void setTimeout(fn, ms),
};

interface Waiting<T> {
  run: () => T;
  resolve: (value: T | typeof SUPERSEDED) => void;
}

export class EvaluationQueue<T> {
  /** Per tab, per composer, in arrival order. */
  private readonly tabs = new Map<number, Map<string, Waiting<T>>>();
  /** Tabs with work, in turn order. */
  private readonly turns: number[] = [];
  private pumping = false;
  private waking = false;
  /** Whose draft ran last: another tab goes before it next. */
  private lastTab: number | undefined;
  /** Tabs resting after a heavy evaluation, until this time. */
  private readonly restUntil = new Map<number, number>();

  constructor(private readonly clock: QueueClock = realClock) {}

  /** Queues `run` for this composer, replacing (and answering SUPERSEDED to) its draft still waiting. */
  add(tabId: number, composerId: string, run: () => T): Promise<T | typeof SUPERSEDED> {
    return new Promise((resolve) => {
      let tab = this.tabs.get(tabId);
      if (!tab) {
        this.tabs.set(tabId, (tab = new Map()));
        this.turns.push(tabId);
      }
      const older = tab.get(composerId);
      if (older) {
        tab.delete(composerId);
        older.resolve(SUPERSEDED);
      }
      tab.set(composerId, { run, resolve });
      this.schedule();
    });
  }

  /** A composer went away: its waiting draft is not evaluated. */
  drop(tabId: number, composerId?: string): void {
    const tab = this.tabs.get(tabId);
    if (!tab) return;
    for (const [id, job] of tab) {
      if (composerId !== undefined && id !== composerId) continue;
      tab.delete(id);
      job.resolve(SUPERSEDED);
    }
    if (!tab.size) this.forgetTab(tabId);
  }

  /** Drafts waiting, all tabs. */
  get size(): number {
    let n = 0;
    for (const tab of this.tabs.values()) n += tab.size;
    return n;
  }

  private forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
    this.restUntil.delete(tabId);
    const i = this.turns.indexOf(tabId);
    if (i >= 0) this.turns.splice(i, 1);
  }

  private schedule(): void {
    if (this.pumping) return;
    this.pumping = true;
    this.clock.later(() => {
      this.pumping = false;
      this.pump();
    }, 0);
  }

  /** A wake-up for when a resting tab may go; a draft from another tab is still taken at once (schedule()). */
  private wakeAt(ms: number): void {
    if (this.waking) return;
    this.waking = true;
    this.clock.later(() => {
      this.waking = false;
      this.pump();
    }, ms);
  }

  private pump(): void {
    const now = this.clock.now();
    if (this.turns.length > 1 && this.turns[0] === this.lastTab) this.turns.push(this.turns.shift()!);
    const ready = this.turns.findIndex((t) => (this.restUntil.get(t) ?? 0) <= now);
    if (ready < 0) {
      // Every tab with work is resting: wake when the first may go.
      if (this.turns.length) this.wakeAt(Math.max(1, Math.min(...this.turns.map((t) => this.restUntil.get(t)!)) - now));
      return;
    }
    const [tabId] = this.turns.splice(ready, 1) as [number];
    const tab = this.tabs.get(tabId)!;
    const [composerId, job] = tab.entries().next().value!;
    tab.delete(composerId);
    if (tab.size) this.turns.push(tabId);
    else this.tabs.delete(tabId);
    this.lastTab = tabId;
    const started = this.clock.now();
    try {
      job.resolve(job.run());
    } finally {
      const cost = this.clock.now() - started;
      if (cost > HEAVY_MS) this.restUntil.set(tabId, this.clock.now() + cost * REST_FACTOR);
      else this.restUntil.delete(tabId);
      if (this.turns.length) this.schedule();
    }
  }
}
